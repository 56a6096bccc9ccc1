"""An import's worker process, its work done here on the test's engine (mutation testing sees only what
runs in the test's own process): a worker skips what the library holds, and a worker that died names
each file it did not prepare."""

from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from workbench.core import import_pool
from workbench.core.dedup import content_hash
from workbench.core.ingest import read_article
from workbench.core.pipeline import ingest_paths
from workbench.core.store import LibraryHashes, Store

from .conftest import dispatch_files


def test_a_worker_skips_the_files_the_library_holds_and_one_without_a_library_analyses_all(
    engine, tmp_path, monkeypatch
):
    files = dispatch_files(tmp_path / "in", 2)
    with Store(tmp_path / "library.sqlite") as store:
        (stored,) = [p.result.article_id for p in ingest_paths(store, engine, files[:1])]
    monkeypatch.setattr(import_pool, "_engine", engine)  # what _start_worker gives a worker process
    monkeypatch.setattr(import_pool, "_library", LibraryHashes(tmp_path / "library.sqlite"))
    assert [p.duplicate_of for p in import_pool._prepare(files)] == [stored, None]
    monkeypatch.setattr(import_pool, "_library", None)
    assert [(p.duplicate_of, p.analysis is not None) for p in import_pool._prepare(files)] == [(None, True)] * 2


def test_the_library_s_read_only_lookup_finds_a_stored_text_by_its_hash(store, engine, tmp_path):
    (f,) = dispatch_files(tmp_path / "in", 1)
    (stored,) = [p.result for p in ingest_paths(store, engine, [f])]
    hashes = LibraryHashes(store.path)
    assert hashes.find(content_hash(read_article(f).text)) == stored.article_id
    assert hashes.find("no such text") is None


def test_a_worker_that_died_names_each_file_of_its_batch():
    died: Future = Future()
    died.set_exception(BrokenProcessPool("killed"))
    batch = [Path("in/a.txt"), Path("in/b.pdf")]
    results = import_pool._results(batch, died)
    assert [(p.path, p.failure) for p in results] == [
        ("in/a.txt", "not analysed: an analysing process stopped (killed, or out of memory)"),
        ("in/b.pdf", "not analysed: an analysing process stopped (killed, or out of memory)"),
    ]
