"""The engine in a process of its own: the window's lane analyses through it, so the window never loads the
language model, the language detector or the file readers.

One long-lived child process (started with `spawn`, never forked from the window's threads) holds an
`Engine`. The lane asks it to warm up, to analyse a text, or to prepare an import's files (read, skip what
the library holds, analyse), whose results stream back in order for the lane to write: the lane stays the
library's only writer. A big import's files go from the child to import_pool's workers, forked from the
child, which is where the loaded model is.

The child starts on the first call, and again on the next call after it died (killed, out of memory): the
call that was waiting fails with `AnalysisStopped`, and an import's files that were not analysed say so.
"""

from __future__ import annotations

import builtins
import itertools
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from multiprocessing.connection import Connection, wait
from pathlib import Path

from .settings import french_model_name, model_name

STOPPED = "the analysing process stopped (killed, or out of memory)"
NOT_ANALYSED = f"not analysed: {STOPPED}; import it again"

# Child -> lane: one of an import's prepared files, a call's result, or a call's failure; and, from the lane
# itself, the end of a child that will not answer.
ITEM, DONE, FAILED, ENDED = "item", "done", "failed", "ended"


class AnalysisStopped(RuntimeError):
    """The analysing process ended before it answered; the next call starts a new one."""


class RemoteEngine:
    """What the lane and the operations ask of an `Engine` (`model`, `analyze`, `analyze_many`, `warm_up`,
    `prepared`), answered by the child process. Calls come from one thread (the lane's); `close` may come
    from another, to end a call that would otherwise keep the window from closing."""

    def __init__(self, model: str | None = None, french_model: str | None = None):
        self.model = model or model_name()
        self.french_model = french_model or french_model_name()
        self._process = None
        self._conn: Connection | None = None
        self._ids = itertools.count(1)
        self._answers: dict[int, deque] = {}  # request -> its answers not taken yet
        self._closed = False
        self._lock = threading.Lock()  # the child is started on the lane's thread and ended on either

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs."""
        process = self._process
        return process.pid if process is not None and process.is_alive() else None

    def warm_up(self) -> None:
        self._call("warm_up")

    def analyze(self, text: str, published: date | None = None, corrections=()):
        return self._call("analyze", text, published, list(corrections))

    def analyze_many(self, items: Iterable[tuple[str, date | None]]) -> Iterator:
        return iter(self._call("analyze_many", list(items)))

    def prepared(
        self, files: list, library: str, known: Callable[[str], int | None], workers: int, batch_size: int = 32
    ) -> Iterator:
        """The import's files prepared by the child, one PreparedFile each, in order. The child asks the
        library itself which texts it holds (read-only), so `known` is not needed. When the child dies, each
        file it did not prepare comes back with that reason; closing the generator early tells the child."""
        from .pipeline import PreparedFile

        files = [str(f) for f in files]
        done, request = 0, None
        try:
            request = self._send("prepare", files, library if library != ":memory:" else None, workers, batch_size)
            while done < len(files):
                yield self._answer_to(request)
                done += 1
        except AnalysisStopped:
            pass
        finally:
            if done < len(files) and self._answers.pop(request, None) is not None and self._alive():
                self._send_quietly("cancel", request)
        for path in files[done:]:
            yield PreparedFile(path, failure=NOT_ANALYSED)

    def close(self) -> None:
        """End the child (it only reads, so nothing is lost) and refuse later calls."""
        self._closed = True
        self._end_child()

    # ------------------------------------------------------------------ the child, seen from the lane
    def _call(self, kind: str, *args):
        return self._answer_to(self._send(kind, *args))

    def _send(self, kind: str, *args) -> int:
        request = next(self._ids)
        conn = self._child()
        self._answers[request] = deque()
        try:
            conn.send((request, kind, args))
        except (OSError, EOFError):
            self._end_child()
        return request

    def _send_quietly(self, kind: str, *args) -> None:
        try:
            self._answers.pop(self._send(kind, *args), None)  # a cancel has no answer
        except AnalysisStopped:
            pass

    def _answer_to(self, request: int):
        """The next answer to `request` (a call's result, or an import's next file). Answers to other calls
        that come first wait in their queue; those to a call nobody waits for any more are dropped."""
        queue = self._answers[request]
        while not queue:
            self._receive()
        kind, value = queue.popleft()
        if kind != ITEM:
            del self._answers[request]  # a call has one answer; an import's last file is followed by none
        if kind in (FAILED, ENDED):
            raise value
        return value

    def _receive(self) -> None:
        conn, process = self._conn, self._process
        try:
            if conn is not None and process is not None and conn in wait([conn, process.sentinel]):
                answered, kind, value = conn.recv()
                if answered in self._answers:
                    self._answers[answered].append((kind, value))
                return
        except (OSError, EOFError):
            pass
        self._end_child()

    def _alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def _child(self) -> Connection:
        with self._lock:
            if self._closed:
                raise AnalysisStopped("the workbench is closing")
            if self._process is None or not self._process.is_alive():
                self._start_child()
            return self._conn

    def _start_child(self) -> None:
        self._end_child_locked()
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        # Not a daemon: a daemonic process may not start import_pool's workers. It ends with the lane
        # (`close`), or by itself when the window's process is gone.
        self._process = context.Process(
            target=serve, args=(theirs, self.model, self.french_model, os.getpid()), name="workbench-analysis"
        )
        self._process.start()
        theirs.close()
        self._conn = ours

    def _end_child(self) -> None:
        with self._lock:
            self._end_child_locked()

    def _end_child_locked(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        for queue in list(self._answers.values()):  # what the child did not answer, it never will
            queue.append((ENDED, AnalysisStopped(STOPPED)))
        if process is not None:
            if process.is_alive():
                process.terminate()
                process.join(1)
            if process.is_alive():
                process.kill()
            process.join(1)
        if conn is not None:
            conn.close()


# ---------------------------------------------------------------------- the child
def serve(conn: Connection, model: str, french_model: str, parent: int) -> None:
    """The child's life: one engine, then one request after another until the lane goes."""
    from .import_pool import end_with_parent
    from .pipeline import Engine

    threading.Thread(target=end_with_parent, args=(parent,), daemon=True).start()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in the terminal is the window's to handle
    engine = Engine(model=model, french_model=french_model)
    while True:
        try:
            request, kind, args = conn.recv()
        except (EOFError, OSError):
            return
        if kind == "prepare":
            _stream_prepared(conn, engine, request, *args)
        elif kind != "cancel":  # a cancel that came after its import ended
            _answer(conn, engine, request, kind, args)


def _answer(conn: Connection, engine, request: int, kind: str, args: tuple) -> None:
    try:
        if kind == "warm_up":
            value = engine.warm_up()
        elif kind == "analyze":
            value = engine.analyze(*args)
        else:
            value = [r if not isinstance(r, Exception) else _portable(r) for r in engine.analyze_many(*args)]
    except Exception as exc:  # noqa: BLE001 -- the call's failure goes back to the lane, the child goes on
        conn.send((request, FAILED, _portable(exc)))
        return
    conn.send((request, DONE, value))


def _stream_prepared(conn: Connection, engine, request: int, files: list, library: str | None, workers, batch) -> None:
    """Each file prepared, sent as it comes; between two files, the lane's other calls (an analyst's
    correction during the import) are answered, and a cancel ends the import."""
    from .store import LibraryHashes

    known = LibraryHashes(library).find if library else (lambda digest: None)
    prepared = engine.prepared([Path(f) for f in files], library, known, workers, batch)
    try:
        for item in prepared:
            conn.send((request, ITEM, item))
            if _cancelled_meanwhile(conn, engine, request):
                return
    except Exception as exc:  # noqa: BLE001 -- reported to the lane, which names the files left
        conn.send((request, FAILED, _portable(exc)))
    finally:
        prepared.close()


def _cancelled_meanwhile(conn: Connection, engine, importing: int) -> bool:
    while conn.poll():
        request, kind, args = conn.recv()
        if kind == "cancel":
            if args[0] == importing:
                return True
        else:
            _answer(conn, engine, request, kind, args)
    return False


def _portable(exc: Exception) -> Exception:
    """The exception as the lane can receive it: a built-in one as it is, any other as a RuntimeError that
    names it (its class may not be rebuilt from its message on the other side)."""
    kind = getattr(builtins, type(exc).__name__, None)
    if isinstance(kind, type) and issubclass(kind, Exception) and type(exc) is kind:
        return kind(*[str(arg) for arg in exc.args])
    return RuntimeError(f"{type(exc).__name__}: {exc}")
