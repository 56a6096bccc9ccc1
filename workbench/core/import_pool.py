"""Import on every core: worker processes read and analyse the files, the importing process writes them.

The files go to the workers in small batches, fed in order and taken back in order, so the single writer
(one SQLite connection, one transaction per article) sees them as the in-process import would. Each worker
has its own engine, made once: where processes fork (Linux), it starts from the importing process's loaded
model, so it is ready at once; elsewhere it loads the model itself. Each opens its own connections to the
gazetteer and, read-only, to the library.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from .gazetteer import Gazetteer
from .pipeline import Engine, PreparedFile, prepare_files
from .store import LibraryHashes

FILES_PER_TASK = 4  # small: the workers share out the last files evenly (spaCy reads 4 texts as fast as 16)
TASKS_AHEAD = 2  # batches queued per worker: none waits for work, and few are wasted when cancelled

_engine: Engine | None = None
_library: LibraryHashes | None = None


def prepared_by_workers(engine: Engine, files: list[Path], library: str, workers: int) -> Iterator[PreparedFile]:
    """One PreparedFile per file, in order, from `workers` processes. Closing the generator cancels what
    the workers have not begun and waits for what they have (a batch each at most)."""
    tasks = [files[i : i + FILES_PER_TASK] for i in range(0, len(files), FILES_PER_TASK)]
    fork = "fork" in multiprocessing.get_all_start_methods()
    if fork:  # the model and the language detector, loaded once here, are every forked worker's at once
        engine.warm_up()
    # A spawned worker would be sent a pickled copy of the model, slower than loading its own.
    nlp = engine.reader.nlp if fork else None
    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(tasks)),
        mp_context=multiprocessing.get_context("fork" if fork else "spawn"),
        initializer=_start_worker,
        initargs=(
            engine.model,
            engine.french_model,
            str(engine.gazetteer.path),
            library if library != ":memory:" else None,
            nlp,
        ),
    )
    queued: deque[tuple[list[Path], Future | None]] = deque()
    upcoming = iter(tasks)
    try:
        while True:
            while len(queued) < workers * TASKS_AHEAD and (task := next(upcoming, None)) is not None:
                queued.append((task, _submitted(pool, task)))
            if not queued:
                return
            task, future = queued.popleft()
            yield from _results(task, future)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submitted(pool: ProcessPoolExecutor, task: list[Path]) -> Future | None:
    """The batch's future; None once a worker has died, which ends the pool for every later batch."""
    try:
        return pool.submit(_prepare, task)
    except BrokenProcessPool:
        return None


def _results(task: list[Path], future: Future | None) -> list[PreparedFile]:
    """A batch's prepared files; when a worker died (killed, out of memory), each file says so by name."""
    try:
        if future is not None:
            return future.result()
    except BrokenProcessPool:
        pass
    return [
        PreparedFile(str(path), failure="not analysed: an analysing process stopped (killed, or out of memory)")
        for path in task
    ]


def _start_worker(model: str, french_model: str, gazetteer: str, library: str | None, nlp) -> None:
    """Once per worker process: its engine (on the inherited model, or a model of its own) and connections."""
    global _engine, _library
    threading.Thread(target=end_with_parent, args=(os.getppid(),), daemon=True).start()
    _engine = Engine(gazetteer=Gazetteer(Path(gazetteer)), nlp=nlp, model=model, french_model=french_model)
    _engine.warm_up()
    _library = LibraryHashes(library) if library else None


def end_with_parent(parent: int) -> None:
    """A worker whose importing process was killed would wait for work forever (it holds the queue's other
    end itself), and keep the terminal's or the caller's pipes open: it ends itself instead."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _prepare(paths: list[Path]) -> list[PreparedFile]:
    known = _library.find if _library is not None else (lambda digest: None)
    return list(prepare_files(_engine, paths, known))
