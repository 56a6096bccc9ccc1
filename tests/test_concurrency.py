"""One library, several processes: two imports at once, the window reading while they write, an import killed
mid-batch. Nothing is lost, nothing is stored twice, the file stays whole."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

from workbench.core.dedup import content_hash
from workbench.core.models import Analysis, ArticleDraft, Span
from workbench.core.pipeline import ingest_paths, store_article
from workbench.core.store import BUSY_TIMEOUT_S, Store

from .conftest import ROOT, dispatch_files

# One importing process: loads the engine, says "ready", waits for a line on stdin, then imports the files
# given and prints one JSON line per file.
IMPORTER = """
import json, sys
from workbench.core.pipeline import Engine, ingest_paths
from workbench.core.store import Store

db, files = sys.argv[1], sys.argv[2:]
engine = Engine()
engine.warm_up()
print("ready", flush=True)
sys.stdin.readline()
with Store(db) as store:
    for progress in ingest_paths(store, engine, files, batch_size=4):
        r = progress.result
        print(json.dumps({"path": r.path, "status": r.status, "article_id": r.article_id,
                          "duplicate_of": r.duplicate_of, "reason": r.reason}), flush=True)
"""


def start_importer(db, files) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(db), *map(str, files)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "ready", process.stderr.read()
    return process


def a_draft(i: int) -> tuple[ArticleDraft, Analysis]:
    text = f"Report {i} from Mosul."
    return ArticleDraft(title=f"Report {i}", text=text), Analysis((), (), (), (Span(0, len(text), text),))


def assert_library_whole(db) -> None:
    """The file passes SQLite's own check, and every article came with its analysis (the counts kept on
    the article row are written last in its transaction, so they agree only if it was stored whole)."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        half_written = conn.execute(
            "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id) "
            "OR a.n_places != (SELECT COUNT(*) FROM places p WHERE p.article_id = a.id) "
            "OR NOT EXISTS (SELECT 1 FROM minhash_bands b WHERE b.article_id = a.id)"
        ).fetchall()
        assert half_written == []
    finally:
        conn.close()


def test_library_writes_wait_up_to_the_busy_timeout(store):
    assert BUSY_TIMEOUT_S >= 10
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == int(BUSY_TIMEOUT_S * 1000)


def test_a_writer_waits_for_another_process_to_commit_instead_of_failing(tmp_path):
    db = tmp_path / "library.sqlite"
    Store(db).close()
    holding, committed, failures = threading.Event(), threading.Event(), []

    def other_process():  # a second connection, as another process has, holding the write lock a while
        try:
            with Store(db) as other:
                with other.writing():
                    other.add_article(*a_draft(1), content_hash="hash-1")
                    holding.set()
                    time.sleep(0.5)
                committed.set()
        except sqlite3.Error as exc:
            failures.append(exc)

    thread = threading.Thread(target=other_process)
    thread.start()
    holding.wait(5)
    with Store(db) as store:
        # It read the library before the other commit and writes after it: with a deferred BEGIN, SQLite
        # cannot upgrade that stale read and answers "database is locked" at once.
        assert store.count() == 0
        store.add_article(*a_draft(2), content_hash="hash-2")
        assert committed.is_set()
        assert store.count() == 2
    thread.join()
    assert failures == []


def test_a_text_another_process_stored_meanwhile_is_reported_as_a_duplicate(tmp_path, engine):
    db = tmp_path / "library.sqlite"
    draft = ArticleDraft(title="Clashes", text="Clashes broke out in Mosul on Monday.", path="/in/clashes.txt")
    analysis = engine.analyze(draft.text)
    with Store(db) as ours, Store(db) as theirs:
        assert ours.find_by_hash(content_hash(draft.text)) is None  # our look before analysing: nothing yet
        first = store_article(theirs, draft, analysis, content_hash(draft.text), engine.model)
        second = store_article(ours, draft, analysis, content_hash(draft.text), engine.model)
        assert (second.status, second.duplicate_of, second.path) == ("duplicate", first.article_id, "/in/clashes.txt")
        assert ours.count() == 1


def test_two_imports_of_overlapping_folders_at_once_store_each_file_exactly_once(tmp_path):
    db = tmp_path / "library.sqlite"
    files = dispatch_files(tmp_path, 16)
    importers = [start_importer(db, files[:12]), start_importer(db, files[4:])]
    for importer in importers:
        importer.stdin.write("go\n")
        importer.stdin.flush()
    reads = 0
    while any(i.poll() is None for i in importers) or reads == 0:  # the window reading the library meanwhile
        with Store(db) as reader:
            assert reader.count() <= len(files)
            reader.summaries(limit=50)
            reader.search("Clashes")
        reads += 1
    results = []
    for importer in importers:
        out, err = importer.communicate(timeout=60)
        assert importer.returncode == 0, err
        results += [json.loads(line) for line in out.splitlines()]

    assert len(results) == 24
    assert {r["status"] for r in results} <= {"stored", "duplicate"}, [r for r in results if r["status"] != "stored"]
    stored = sorted(r["path"] for r in results if r["status"] == "stored")
    assert stored == sorted(map(str, files))
    with Store(db) as library:
        assert library.count() == len(files)
        by_path = {library.draft(i).path: i for i in library.article_ids()}
        assert sorted(by_path) == sorted(map(str, files))
        assert all(by_path[r["path"]] == r["duplicate_of"] for r in results if r["status"] == "duplicate")
    assert_library_whole(db)


def test_an_import_killed_mid_batch_leaves_a_whole_library_and_the_next_import_completes(tmp_path, engine):
    db = tmp_path / "library.sqlite"
    files = dispatch_files(tmp_path, 24)
    stored_before = 0
    for _ in range(3):
        importer = start_importer(db, files)
        importer.stdin.write("go\n")
        importer.stdin.flush()
        while importer.poll() is None and _count(db) <= stored_before:
            time.sleep(0.002)
        os.kill(importer.pid, signal.SIGKILL)
        importer.communicate(timeout=30)
        stored_before = _count(db)
        assert_library_whole(db)
    assert stored_before < len(files), "an import ran to its end before it could be killed"

    with Store(db) as store:
        statuses = [p.result.status for p in ingest_paths(store, engine, files)]
        assert set(statuses) <= {"stored", "duplicate"}
        assert statuses.count("stored") == len(files) - stored_before
        assert store.count() == len(files)
    assert_library_whole(db)


def _count(db) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=BUSY_TIMEOUT_S)
    try:
        return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # the first importer has not made the tables yet
        return 0
    finally:
        conn.close()


def test_a_fresh_library_opens_while_another_process_writes_to_it(tmp_path):
    """Switching a new file to WAL fails at once while another connection holds a write lock (SQLite's busy
    handler does not wait there): the store waits its turn itself."""
    import sqlite3
    import threading

    db = tmp_path / "library.sqlite"
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE other_writer (x)")
    holder.execute("BEGIN IMMEDIATE")  # another importer's write, taken before the file is in WAL
    release = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        with Store(db) as store:
            assert store.count() == 0
    finally:
        release.join()
        holder.close()
