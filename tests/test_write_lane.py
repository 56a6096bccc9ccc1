"""One write lane: the window reads only, every edit is an operation on the lane's connection, and Ctrl+Z takes
the analyst's last edit back."""

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


def press_ctrl_z(qtbot, window) -> None:
    window.activateWindow()
    window.reader.text.setFocus()
    QTest.keyClick(window.reader.text, Qt.Key_Z, Qt.ControlModifier)
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

    press_ctrl_z(qtbot, window)
    assert window.store.highlights(window.current.id) == []
    assert background_at(window, start + 1) != "#fde047"
    assert undo_action(window).text() == "&Undo correction"

    press_ctrl_z(qtbot, window)
    assert window.store.corrections(window.current.id) == []
    assert {m.text: m.label for m in window.reader.analysis.mentions}["Abu Baqir al-Saadi"] == machine_label
    assert background_at(window, text.index("Abu Baqir al-Saadi") + 2) == LABEL_COLOURS[machine_label]
    assert not undo_action(window).isEnabled()
