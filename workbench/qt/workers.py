"""Work off the GUI thread: one serial lane that owns the engine (spaCy, gazetteer: in a child process of
its own, `core.analysis_process`, so the window never loads the model) and the library's only writing
connection.

Every write is an operation (`core.ops`) submitted with `submit_op`; its `OpChanges` notice comes back
through `changed`. Reads too slow for the GUI thread (gathering articles, exports) are plain functions
`job(lane) -> result` submitted with `submit`; long ones report progress through `lane.report(...)` and look
at `lane.cancelled()`. Answers come back to the GUI thread as signals with the job's id, so the window can
drop one it no longer wants (the analyst moved on).
"""

from __future__ import annotations

import gc
import itertools
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from ..core.analysis_process import RemoteEngine
from ..core.ops import Op
from ..core.store import Store

log = logging.getLogger(__name__)


class Lane(QObject):
    """Lives in its own QThread; runs one job at a time, in the order they were submitted."""

    started = Signal(int, str)  # job id, what
    progress = Signal(int, object)  # job id, payload
    finished = Signal(int, object)  # job id, result
    failed = Signal(int, str)  # job id, message
    changed = Signal(int, object, object)  # job id, operation, OpChanges
    engine_ready = Signal()
    _submit = Signal(int, str, object)
    _drain = Signal()
    _open = Signal()

    def __init__(self, db_path: Path, engine=None):
        super().__init__()
        self.db_path = Path(db_path)
        # Its own engine, in a child process started at the first analysis, unless given one (the tests
        # share one loaded model between windows).
        self._owns_engine = engine is None
        self.engine = RemoteEngine() if engine is None else engine
        self._store: Store | None = None
        self._cancel = threading.Event()
        self._current = 0
        self._ops: deque[tuple[int, Op]] = deque()
        self._ops_lock = threading.Lock()
        self._submit.connect(self._run)
        self._drain.connect(self._run_ops)
        self._open.connect(self._open_store, Qt.BlockingQueuedConnection)

    @property
    def store(self) -> Store:
        self._open_store()
        return self._store

    @Slot()
    def _open_store(self) -> None:
        """Opened on the lane's own thread (SQLite connections stay on theirs), a new library made and an old
        one migrated, before the window reads it."""
        if self._store is None:
            self._store = Store(self.db_path)

    def report(self, payload) -> None:
        self.progress.emit(self._current, payload)
        # An analyst's edit made during a long import is applied now, between two files, not after the last.
        self._run_ops(edits_only=True)

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

    def queue_op(self, job_id: int, op: Op) -> None:
        with self._ops_lock:
            self._ops.append((job_id, op))
        self._drain.emit()

    def _next_op(self, edits_only: bool) -> tuple[int, Op] | None:
        with self._ops_lock:
            for i, (job_id, op) in enumerate(self._ops):
                if not (edits_only and op.long):
                    del self._ops[i]
                    return job_id, op
        return None

    @Slot()
    def _run_ops(self, edits_only: bool = False) -> None:
        while (queued := self._next_op(edits_only)) is not None:
            self._apply(*queued)

    def _apply(self, job_id: int, op: Op) -> None:
        if op.long:
            self._current = job_id
            self._cancel.clear()
            self.started.emit(job_id, f"{op.label.capitalize()}…")
        try:
            changes = op.apply(self.store, self.engine if op.needs_engine else None, self)
        except Exception as exc:  # an operation's failure is reported, never fatal to the lane
            log.exception("Operation %d (%s) failed", job_id, op)
            self.failed.emit(job_id, f"{type(exc).__name__}: {exc}")
            return
        self.changed.emit(job_id, op, changes)

    def stop_engine(self) -> None:
        """End the lane's own analysing process, from any thread: a call waiting on it fails at once."""
        if self._owns_engine:
            self.engine.close()

    def close(self) -> None:
        self.stop_engine()
        if self._store is not None:
            self._store.close()
            self._store = None


class LaneRunner(QObject):
    """The GUI thread's handle on the lane: submit jobs (each with its own answers to call back), cancel the
    current one, shut down cleanly. Answers that come back after the shutdown are dropped."""

    changed = Signal(int, object, object)  # job id, operation, OpChanges: on the GUI thread
    failed = Signal(int, str)  # job id, message: on the GUI thread

    def __init__(self, db_path: Path, engine=None, parent: QObject | None = None):
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("workbench-lane")
        self.lane = Lane(db_path, engine)
        self.lane.moveToThread(self.thread)
        self.thread.start()
        self._ids = itertools.count(1)
        self._waiting: dict[int, tuple[Callable | None, Callable | None]] = {}  # job id -> (done, progress)
        self._closed = False
        # Queued: the answers touch widgets, so they are called on the GUI thread.
        self.lane.progress.connect(self._on_progress, Qt.QueuedConnection)
        self.lane.finished.connect(self._on_finished, Qt.QueuedConnection)
        self.lane.changed.connect(self._on_changed, Qt.QueuedConnection)
        self.lane.failed.connect(self._on_failed, Qt.QueuedConnection)
        self.lane._open.emit()  # waits until the lane has the library open: the window reads it next

    @property
    def busy(self) -> bool:
        """True while a job submitted here has not come back."""
        return bool(self._waiting)

    def submit(self, what: str, job: Callable, done: Callable | None = None, progress: Callable | None = None) -> int:
        """A read (or a file written elsewhere) on the lane; `done(result)` and `progress(payload)` are called
        on the GUI thread."""
        job_id = next(self._ids)
        self._waiting[job_id] = (done, progress)
        self.lane._submit.emit(job_id, what, job)
        return job_id

    def submit_op(self, op: Op, progress: Callable | None = None) -> int:
        """A write, applied on the lane's connection in the order submitted; its notice comes through `changed`."""
        job_id = next(self._ids)
        self._waiting[job_id] = (None, progress)
        self.lane.queue_op(job_id, op)
        return job_id

    @Slot(int, object)
    def _on_progress(self, job_id: int, payload) -> None:
        _, progress = self._waiting.get(job_id, (None, None))
        if progress is not None and not self._closed:
            progress(payload)

    @Slot(int, object)
    def _on_finished(self, job_id: int, result) -> None:
        done, _ = self._waiting.pop(job_id, (None, None))
        if done is not None and not self._closed:
            done(result)

    @Slot(int, object, object)
    def _on_changed(self, job_id: int, op, changes) -> None:
        self._waiting.pop(job_id, None)
        if not self._closed:
            self.changed.emit(job_id, op, changes)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        self._waiting.pop(job_id, None)
        if not self._closed:
            self.failed.emit(job_id, message)

    def cancel(self) -> None:
        self.lane._cancel.set()

    def warm_up(self) -> int:
        def job(lane: Lane):
            lane.engine.warm_up()
            # The model and gazetteer are long-lived: keep them out of the collector's full passes, which
            # otherwise stop every thread (the GUI's too) for a tenth of a second at a time.
            gc.freeze()
            lane.engine_ready.emit()

        return self.submit(
            "Loading the language model (the first start also builds the gazetteer, about a minute)…", job
        )

    def shutdown(self, timeout: float = 5) -> bool:
        """Cancel the current job, end the analysing process, close the lane's library after the job and stop
        the thread; False when a job that cannot be cancelled (loading a model given to the lane, in this
        process) still runs after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        self._closed = True
        self._waiting.clear()
        self.cancel()
        self.lane.stop_engine()  # a job waiting on the model (loading it, analysing) ends now
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
