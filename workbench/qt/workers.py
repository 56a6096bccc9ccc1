"""Work off the GUI thread: one serial lane that owns the engine (spaCy, gazetteer) and a library connection.

Jobs are plain functions `job(lane) -> result`; long ones report progress through `lane.report(...)` and
look at `lane.cancelled()`. Results come back to the GUI thread as signals with the job's id, so the
window can drop an answer it no longer wants (the analyst moved on).
"""

from __future__ import annotations

import gc
import itertools
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..core.store import Store

log = logging.getLogger(__name__)


class Lane(QObject):
    """Lives in its own QThread; runs one job at a time, in the order they were submitted."""

    started = Signal(int, str)  # job id, what
    progress = Signal(int, object)  # job id, payload
    finished = Signal(int, object)  # job id, result
    failed = Signal(int, str)  # job id, message
    engine_ready = Signal()
    _submit = Signal(int, str, object)

    def __init__(self, db_path: Path, engine=None):
        super().__init__()
        self.db_path = Path(db_path)
        self._engine = engine
        self._store: Store | None = None
        self._cancel = threading.Event()
        self._current = 0
        self._submit.connect(self._run)

    @property
    def engine(self):
        """The article engine, made on the lane (its modules load there, not while the window starts)."""
        if self._engine is None:
            from ..core.pipeline import Engine

            self._engine = Engine()
        return self._engine

    @property
    def store(self) -> Store:
        if self._store is None:  # opened on the lane's own thread: SQLite connections stay on theirs
            self._store = Store(self.db_path)
        return self._store

    def report(self, payload) -> None:
        self.progress.emit(self._current, payload)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot(int, str, object)
    def _run(self, job_id: int, what: str, job: Callable) -> None:
        self._current = job_id
        self._cancel.clear()
        self.started.emit(job_id, what)
        try:
            result = job(self)
        except Exception as exc:  # a job's failure is reported, never fatal to the lane
            log.exception("Job %d (%s) failed", job_id, what)
            self.failed.emit(job_id, f"{type(exc).__name__}: {exc}")
            return
        self.finished.emit(job_id, result)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class LaneRunner(QObject):
    """The GUI thread's handle on the lane: submit jobs, cancel the current one, shut down cleanly."""

    def __init__(self, db_path: Path, engine=None, parent: QObject | None = None):
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("workbench-lane")
        self.lane = Lane(db_path, engine)
        self.lane.moveToThread(self.thread)
        self.thread.start()
        self._ids = itertools.count(1)

    def submit(self, what: str, job: Callable) -> int:
        job_id = next(self._ids)
        self.lane._submit.emit(job_id, what, job)
        return job_id

    def cancel(self) -> None:
        self.lane._cancel.set()

    def warm_up(self) -> int:
        def job(lane: Lane):
            lane.engine.warm_up()
            # The model and gazetteer are long-lived: keep them out of the collector's full passes, which
            # otherwise stop every thread (the GUI's too) for a tenth of a second at a time.
            gc.freeze()
            lane.engine_ready.emit()

        return self.submit("Loading the language model (the first start also builds the gazetteer, about a minute)…", job)

    def shutdown(self, timeout: float = 5) -> bool:
        """Cancel the current job, close the lane's library after it and stop the thread; False when a job
        that cannot be cancelled (loading the model) still runs after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        self.cancel()
        done = threading.Event()
        self.lane._submit.emit(0, "close", lambda lane: (lane.close(), done.set()))
        done.wait(timeout)
        self.thread.quit()
        stopped = self.thread.wait(max(0, int((deadline - time.monotonic()) * 1000)))
        if stopped:
            log.info("The lane stopped")
        else:
            log.warning("The lane is still busy after %s s", timeout)
        return stopped
