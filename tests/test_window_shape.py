"""The window over a working day: panels that hold their shape, a map that always shows land, proper dialogs
and exits, an honest first start, one settings file for the window and the command line, and a log."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFormLayout

from workbench.core.models import Event

from .conftest import ROOT, SEED
from .test_gui import import_and_wait, settle, wait_map

WORKBENCH = [sys.executable, "-c", "import sys; from workbench.cli import main; sys.exit(main())"]
LONG_URL = "https://www.example-news-agency.com/" + "/".join(["world", "middle-east", "iraq"] * 12) + "/story.html"


def test_a_long_source_url_elides_and_the_date_and_map_keep_their_width(qtbot, make_window, tmp_path):
    article = tmp_path / "long-source.txt"
    article.write_text(
        f"Title: Clashes in Tripoli\nSource: Agency\nURL: {LONG_URL}\nPublished: 2022-08-30\n\n"
        "Clashes erupted in Tripoli on Saturday."
    )
    window = make_window()
    import_and_wait(qtbot, window, [article])
    QApplication.processEvents()
    reader = window.reader
    assert LONG_URL in reader.source.toolTip()  # the full text is one hover away
    assert reader.source.width() <= reader.width()
    assert reader.published.width() >= reader.published.fontMetrics().horizontalAdvance("2022-08-30")
    assert window.side.map.width() >= 300
    assert window.reader.minimumSizeHint().width() < 500


def event_on(day: date, text: str = "fighting") -> Event:
    return Event(
        text=text,
        start=0,
        end=len(text),
        date=day,
        end_date=None,
        granularity="day",
        sentence=text,
        sentence_start=0,
        sentence_end=len(text),
    )


def test_a_timeline_entry_is_cut_at_a_word_with_an_ellipsis(qtbot, qapp):
    from workbench.qt.timeline import TimelineView

    view = TimelineView()
    qtbot.addWidget(view)
    sentence = "Heavy fighting broke out " + "near the market east of Baghdad " * 10
    view.set_events([Event("fighting", 0, 8, date(2024, 3, 1), None, "day", sentence, 0, len(sentence))])
    shown = view.list.item(0).text().split("\n")[1]
    assert shown.endswith("…") and len(shown) <= 161
    assert sentence.startswith(shown[:-1].rstrip()) and sentence[len(shown[:-1].rstrip())] == " "


def test_one_date_years_away_does_not_collapse_the_article_days(qtbot, qapp):
    from workbench.qt.timeline import TimelineView

    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    days = [event_on(date(2024, 3, d)) for d in (1, 2, 4, 5)]
    war = event_on(date(2003, 3, 20), "the 2003 invasion")
    view.set_events([*days, war])
    x = {item.event.date: item.rect.center().x() for item in view.axis.items}
    assert x[date(2024, 3, 5)] - x[date(2024, 3, 1)] > 150  # the article's days spread over the axis
    assert x[date(2003, 3, 20)] < x[date(2024, 3, 1)]  # the outlier sits at the edge, before them
    assert view.axis.outliers == [war]


def map_page_state(qtbot, view, script):
    box = []
    view.run_js(script, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return json.loads(box[0])


def test_the_map_attribution_is_one_compact_line_on_a_narrow_pane(qtbot, qapp):
    from workbench.core.mapping import Marker
    from workbench.qt.map_view import MapView

    view = MapView()
    qtbot.addWidget(view)
    view.resize(300, 300)
    view.show()
    view.show_markers([Marker(0, "Baghdad", "city", 33.34, 44.40, "Iraq", 1, ())])
    qtbot.waitUntil(lambda: view.is_ready, timeout=60_000)
    box, pane, text = map_page_state(
        qtbot,
        view,
        """JSON.stringify((function () {
        var a = document.querySelector('.leaflet-control-attribution').getBoundingClientRect();
        var m = window.workbench.map.getContainer().getBoundingClientRect();
        return [a.width * a.height, m.width * m.height,
                document.querySelector('.leaflet-control-attribution').textContent]; })())""",
    )
    assert box < pane / 20
    assert "Natural Earth" in text and "OpenStreetMap" in text and "GeoNames" in text


def test_two_districts_of_one_city_open_on_tiles_not_an_empty_pane(qtbot, qapp):
    from workbench.core.mapping import Marker
    from workbench.qt.map_view import MapView

    view = MapView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    view.show_markers(
        [
            Marker(0, "Karrada", "neighbourhood", 33.300, 44.430, "Iraq", 2, ()),
            Marker(1, "Mansour", "neighbourhood", 33.315, 44.350, "Iraq", 2, ()),
        ]
    )
    qtbot.waitUntil(lambda: view.is_ready, timeout=60_000)
    assert view.offline_tiles
    zoom = map_page_state(qtbot, view, "JSON.stringify(window.workbench.map.getZoom())")
    assert 6 < zoom <= 9
    qtbot.waitUntil(
        lambda: (
            map_page_state(qtbot, view, "JSON.stringify(document.querySelectorAll('img.leaflet-tile-loaded').length)")
            > 0
        ),
        timeout=20_000,
    )
    qtbot.wait(500)
    picture = view.grab().toImage()
    colours = {picture.pixel(x, y) for x in range(0, picture.width(), 7) for y in range(0, picture.height(), 7)}
    assert len(colours) > 50  # streets and land, not a plain grey pane with two dots


def _window_showing_a_failed_file(qtbot, make_window, tmp_path):
    window = make_window()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    import_and_wait(qtbot, window, [broken])
    window.import_status.failures_button.click()
    return window


def test_the_failed_files_are_a_dialog_of_the_window_with_a_close_button(qtbot, make_window, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    window = _window_showing_a_failed_file(qtbot, make_window, tmp_path)
    dialog = window.import_status.failures_dialog
    assert isinstance(dialog, QDialog) and dialog.parent() is window and dialog.isVisible()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Close).click()
    assert not dialog.isVisible()


def test_quit_leaves_nothing_open_even_with_the_failures_list_shown(qtbot, make_window, tmp_path):
    window = _window_showing_a_failed_file(qtbot, make_window, tmp_path)
    quit_action = next(a for a in window.findChildren(QAction) if a.text() == "&Quit")
    quit_action.trigger()
    # Nothing of the window stays on screen to keep the application running (the list of failed files was
    # a parentless window that did); exec() is not run here: once ended, it cannot run again in this process.
    assert not window.import_status.failures.isVisible() and not window.import_status.failures_dialog.isVisible()
    assert not window.isVisible() and not window.lane.thread.isRunning()


def workbench_env(tmp_path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env.update(
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        WORKBENCH_LOG=str(tmp_path / "workbench.log"),
        WORKBENCH_GAZETTEER=os.environ["WORKBENCH_GAZETTEER"],
    )
    env.update(extra)
    return env


def test_sigterm_stops_the_lane_and_the_window_exits_cleanly(tmp_path):
    log = tmp_path / "workbench.log"
    env = workbench_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        WORKBENCH + ["gui", "--db", str(tmp_path / "lib.sqlite")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and "Language model ready" not in (log.read_text() if log.exists() else ""):
            assert proc.poll() is None, proc.stderr.read()[-2000:]
            time.sleep(0.3)
        assert "Language model ready" in log.read_text()
        sent = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err[-2000:]
    assert time.monotonic() - sent < 5
    assert "QThread: Destroyed" not in err
    assert "The lane stopped" in log.read_text()


def test_without_a_display_the_window_says_so_and_exits_2(tmp_path):
    env = workbench_env(tmp_path)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    out = subprocess.run(
        WORKBENCH + ["gui", "--db", str(tmp_path / "lib.sqlite")],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2
    assert "no display" in out.stderr and "QT_QPA_PLATFORM=offscreen" in out.stderr
    assert "Traceback" not in out.stderr


def test_while_the_first_article_imports_the_reader_says_importing(qtbot, make_window):
    window = make_window()
    window.load_sample()
    assert window.banner.isVisible()
    assert "Importing" in window.banner.text.text() and "empty" not in window.banner.text.text()
    settle(qtbot, window)
    assert not window.banner.isVisible()


def open_export_dialog_and(window, look):
    """Open the Export dialog, let `look` read it, then cancel it."""
    seen = []

    def read_and_close():
        dialog = QApplication.activeModalWidget()
        seen.append(look(dialog))
        dialog.reject()

    QTimer.singleShot(200, read_and_close)
    window.exporter.ask()
    return seen[0]


def test_the_export_dialog_offers_pdf_page_sizes_only_for_pdf(qtbot, make_window):
    window = make_window()
    import_and_wait(qtbot, window, [SEED])

    def page_row_visible_per_format(dialog):
        form = dialog.findChild(QFormLayout)
        fmt = dialog.findChildren(QComboBox)[1]
        page = next(c for c in dialog.findChildren(QComboBox) if c.findText("A4") >= 0)
        visible = {}
        for i in range(fmt.count()):
            fmt.setCurrentIndex(i)
            visible[fmt.currentText()] = form.isRowVisible(page)
        return visible

    visible = open_export_dialog_and(window, page_row_visible_per_format)
    assert visible["PDF report"] is True
    assert not any(v for name, v in visible.items() if name != "PDF report")


def run_cli(tmp_path, *args, **env):
    return subprocess.run(
        WORKBENCH + [*args],
        check=False,
        cwd=ROOT,
        env=workbench_env(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_command_that_reads_the_library_refuses_a_missing_file(tmp_path):
    out = run_cli(tmp_path, "list", "--db", str(tmp_path / "typo.db"))
    assert out.returncode == 2
    assert "no library" in out.stderr and "typo.db" in out.stderr
    assert not (tmp_path / "typo.db").exists()


def test_the_command_line_reads_the_library_the_window_settings_chose(tmp_path):
    from workbench.core.settings import Settings

    chosen = tmp_path / "chosen.sqlite"
    assert run_cli(tmp_path, "ingest", "--db", str(chosen), str(SEED)).returncode == 0
    Settings(db=str(chosen)).save(tmp_path / "config" / "workbench" / "settings.json")
    out = run_cli(tmp_path, "list")
    assert out.returncode == 0, out.stderr
    assert "Khazali" in out.stdout or "Asaib" in out.stdout or out.stdout.strip().startswith("1")


def test_the_window_settings_saved_by_an_older_version_are_moved_to_the_settings_file(tmp_path, qapp, monkeypatch):
    from PySide6.QtCore import QSettings

    from workbench.core.settings import Settings, settings_path
    from workbench.qt.app import migrate_qsettings

    monkeypatch.setenv("WORKBENCH_SETTINGS", str(tmp_path / "settings.json"))
    old = QSettings()
    old.setValue("db", str(tmp_path / "old.sqlite"))
    old.setValue("model", "en_core_web_md")
    try:
        migrate_qsettings()
        assert Settings.load(settings_path()) == Settings(db=str(tmp_path / "old.sqlite"), model="en_core_web_md")
    finally:
        old.remove("db")
        old.remove("model")


def test_a_failed_job_is_logged_with_its_traceback(qtbot, make_window, caplog):
    window = make_window()

    def broken_job(lane):
        raise ValueError("the archive is corrupt")

    with qtbot.waitSignal(window.lane.lane.failed, timeout=10_000):
        window.lane.submit("Breaking", broken_job)
    assert "Traceback" in caplog.text and "the archive is corrupt" in caplog.text and "broken_job" in caplog.text


def test_help_menu_opens_the_log_folder(make_window):
    from workbench.core.settings import log_path

    window = make_window()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    action = next(a for a in help_menu.actions() if a.text() == "Open &log folder")
    assert str(log_path().parent) in action.statusTip()


def test_help_lists_the_keyboard_shortcuts_of_every_action(qtbot, make_window):
    window = make_window()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in help_menu.actions() if a.text() == "&Keyboard shortcuts").trigger()
    dialog = next(d for d in window.findChildren(QDialog) if d.windowTitle() == "Keyboard shortcuts")
    assert dialog.isVisible() and dialog.parent() is window
    listed = dialog.shortcuts()
    assert listed["Undo"] == QKeySequence(QKeySequence.Undo).toString(QKeySequence.NativeText)
    assert listed["Open"] == QKeySequence("Ctrl+O").toString(QKeySequence.NativeText)
    assert listed["Add tag"] == QKeySequence("Ctrl+T").toString(QKeySequence.NativeText)
    with_keys = [a for a in window.menu_actions() if not a.shortcut().isEmpty()]
    assert len(listed) == len(with_keys) >= 9
    window.menu_actions()[0].setShortcut(QKeySequence("Ctrl+Shift+O"))  # read from the actions, never a copy
    window.shortcuts_dialog()
    latest = [d for d in window.findChildren(QDialog) if d.windowTitle() == "Keyboard shortcuts"][-1]
    assert latest.shortcuts()["Open"] == QKeySequence("Ctrl+Shift+O").toString(QKeySequence.NativeText)


def test_opening_articles_all_day_makes_no_new_widgets_nor_pages(qtbot, make_window, tmp_path):
    from PySide6.QtWidgets import QWidget

    other = tmp_path / "tripoli.txt"
    other.write_text("Title: Clashes in Tripoli\nPublished: 2022-08-30\n\nClashes erupted in Tripoli on Saturday.")
    window = make_window()
    import_and_wait(qtbot, window, [SEED, other])
    first, second = window.store.article_ids()
    wait_map(qtbot, window)
    window.open_article(first)
    QApplication.sendPostedEvents(None, 0)
    widgets = len(window.findChildren(QWidget))
    for _ in range(5):
        window.open_article(second)
        window.open_article(first)
    QApplication.processEvents()
    assert len(window.findChildren(QWidget)) == widgets
    assert window.side.map.history().count() <= 1  # the one map page took every article's markers


def test_the_settings_dialog_keeps_what_it_does_not_show_and_saves_the_import_workers():
    from workbench.core.settings import Settings
    from workbench.qt.dialogs import chosen_settings

    before = Settings(db="/lib.sqlite", model="en_core_web_sm", import_workers=3)
    after = chosen_settings(before, " /other.sqlite ", "en_core_web_sm", 2)
    assert after == Settings(db="/other.sqlite", model="en_core_web_sm", import_workers=2)
