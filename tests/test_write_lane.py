"""One write lane: the window reads only, every edit is an operation on the lane's connection, Ctrl+Z takes
the analyst's last edit back and Ctrl+Shift+Z (or Ctrl+Y) does it again."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from workbench.core.ops import AddCorrection, ImportPaths
from workbench.core.palette import LABEL_COLOURS
from workbench.qt.reader import CorrectionRequest

from .conftest import SEED
from .test_gui import background_at, import_and_wait, settle

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN IMMEDIATE", "CREATE", "DROP", "ALTER")


class WriteRecorder:
    """Every write statement run on a connection, with the thread that ran it."""

    def __init__(self):
        self.writes: list[tuple[int, str]] = []

    def __call__(self, statement: str) -> None:
        if statement.lstrip().upper().startswith(WRITES):
            self.writes.append((threading.get_ident(), statement))


def record_the_lanes_writes(qtbot, window) -> tuple[WriteRecorder, int]:
    """Trace the lane's connection, from the lane's own thread; returns the recorder and that thread."""
    recorder, lane_thread = WriteRecorder(), []

    def install(lane):
        lane.store.db.conn.set_trace_callback(recorder)
        lane_thread.append(threading.get_ident())

    window.lane.submit("trace", install)
    settle(qtbot, window)
    return recorder, lane_thread[0]


def correction_of(text: str, words: str, label: str) -> CorrectionRequest:
    start = text.index(words)
    return CorrectionRequest("label", start, start + len(words), words, {"label": label})


def test_the_window_connection_refuses_to_write(qtbot, make_window):
    window = make_window()
    assert window.store.db.execute("PRAGMA query_only").fetchone()[0] == 1
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        window.store.db.execute("INSERT INTO notes (article_id, text) VALUES (1, 'from the GUI thread')")


def test_a_correction_made_during_a_200_file_import_is_kept_and_only_the_lane_writes(qtbot, make_window, tmp_path):
    window = make_window()
    import_and_wait(qtbot, window, [SEED])
    seed_id = window.current.id
    gui_writes = WriteRecorder()
    window.store.db.conn.set_trace_callback(gui_writes)
    lane_writes, lane_thread = record_the_lanes_writes(qtbot, window)
    notices = []
    window.lane.changed.connect(lambda job_id, op, changes: notices.append(type(op)))
    folder = tmp_path / "wire"
    folder.mkdir()
    for i in range(200):
        (folder / f"{i:03}.txt").write_text(
            f"Title: Report {i}\nPublished: 2024-03-{1 + i % 28:02}\n\n"
            f"Clashes erupted in Tripoli on Saturday, {i} residents said."
        )

    window.import_paths([str(folder)])
    qtbot.waitUntil(lambda: window.import_status.progress.value() >= 10, timeout=120_000)
    window.reader.correctionRequested.emit(correction_of(window.current.draft.text, "Abu Baqir al-Saadi", "ORG"))
    settle(qtbot, window)

    assert window.store.count() == 201
    assert notices == [AddCorrection, ImportPaths]  # applied between two files, not after the last one
    assert [c.payload for c in window.store.corrections(seed_id)] == [{"label": "ORG"}]
    assert {m.text: m.label for m in window.store.analysis(seed_id).mentions}["Abu Baqir al-Saadi"] == "ORG"
    assert len(lane_writes.writes) > 200 and {thread for thread, _ in lane_writes.writes} == {lane_thread}
    assert lane_thread != threading.get_ident()
    assert gui_writes.writes == []


def undo_action(window):
    return next(a for a in window.menu_actions() if a.shortcut() == QKeySequence(QKeySequence.Undo))


def redo_action(window):
    return next(a for a in window.menu_actions() if a.text().startswith("&Redo"))


def press_keys(qtbot, window, key=Qt.Key_Z, modifiers=Qt.ControlModifier) -> None:
    """Press keys (Ctrl+Z unless told) in the reader and wait for what they sent to the lane."""
    window.activateWindow()
    window.reader.text.setFocus()
    QTest.keyClick(window.reader.text, key, modifiers)
    settle(qtbot, window)


def test_ctrl_z_takes_back_a_highlight_then_a_correction(qtbot, make_window):
    window = make_window()
    import_and_wait(qtbot, window, [SEED])
    text = window.current.draft.text
    machine_label = {m.text: m.label for m in window.reader.analysis.mentions}["Abu Baqir al-Saadi"]
    assert not undo_action(window).isEnabled()
    window.reader.correctionRequested.emit(correction_of(text, "Abu Baqir al-Saadi", "ORG"))
    start = text.index("killed 17 members")
    window.reader.highlightRequested.emit(start, start + 17, "#fde047", "")
    settle(qtbot, window)
    assert background_at(window, start + 1) == "#fde047"
    assert undo_action(window).text() == "&Undo highlight"

    press_keys(qtbot, window)
    assert window.store.highlights(window.current.id) == []
    assert background_at(window, start + 1) != "#fde047"
    assert undo_action(window).text() == "&Undo correction"

    press_keys(qtbot, window)
    assert window.store.corrections(window.current.id) == []
    assert {m.text: m.label for m in window.reader.analysis.mentions}["Abu Baqir al-Saadi"] == machine_label
    assert background_at(window, text.index("Abu Baqir al-Saadi") + 2) == LABEL_COLOURS[machine_label]
    assert not undo_action(window).isEnabled()


def test_ctrl_shift_z_and_ctrl_y_do_again_what_ctrl_z_took_back_until_a_new_edit(qtbot, make_window):
    window = make_window()
    import_and_wait(qtbot, window, [SEED])
    text = window.current.draft.text
    assert not redo_action(window).isEnabled()
    window.reader.correctionRequested.emit(correction_of(text, "Abu Baqir al-Saadi", "ORG"))
    start = text.index("killed 17 members")
    window.reader.highlightRequested.emit(start, start + 17, "#fde047", "")
    settle(qtbot, window)
    press_keys(qtbot, window)
    press_keys(qtbot, window)
    assert window.store.corrections(window.current.id) == [] and window.store.highlights(window.current.id) == []
    assert redo_action(window).text() == "&Redo correction"

    press_keys(qtbot, window, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert [c.payload for c in window.store.corrections(window.current.id)] == [{"label": "ORG"}]
    assert {m.text: m.label for m in window.reader.analysis.mentions}["Abu Baqir al-Saadi"] == "ORG"
    assert (undo_action(window).text(), redo_action(window).text()) == ("&Undo correction", "&Redo highlight")

    press_keys(qtbot, window, Qt.Key_Y)
    assert background_at(window, start + 1) == "#fde047"
    assert undo_action(window).text() == "&Undo highlight" and not redo_action(window).isEnabled()

    press_keys(qtbot, window)  # what was done again can be taken back again
    assert background_at(window, start + 1) != "#fde047"
    assert redo_action(window).text() == "&Redo highlight"
    other = text.index("Abu Baqir al-Saadi")
    window.reader.highlightRequested.emit(other, other + 3, "#93c5fd", "")
    settle(qtbot, window)
    assert not redo_action(window).isEnabled()  # a new edit: the highlight taken back is not done again
    assert undo_action(window).text() == "&Undo highlight"


def test_redo_has_nothing_to_do_again_on_an_article_deleted_since(qtbot, make_window):
    window = make_window()
    import_and_wait(qtbot, window, [SEED])
    start = window.current.draft.text.index("killed 17 members")
    window.reader.highlightRequested.emit(start, start + 17, "#fde047", "")
    settle(qtbot, window)
    press_keys(qtbot, window)
    assert redo_action(window).text() == "&Redo highlight"
    window.edits.delete(window.current.id)
    settle(qtbot, window)
    assert window.store.count() == 0
    assert not redo_action(window).isEnabled() and not undo_action(window).isEnabled()
