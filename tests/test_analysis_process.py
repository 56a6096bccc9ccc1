"""The window's lane analyses in a process of its own, so the window never holds the language model: what
that process finds is what the engine here finds, an import through it stores the same library, an analyst's
correction during an import is answered between two files, and a process that is killed fails its work by
name and gives way to a new one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from workbench.core.analysis_process import NOT_ANALYSED, AnalysisStopped, RemoteEngine
from workbench.core.ingest import read_article
from workbench.core.models import Analysis, ArticleDraft
from workbench.core.ops import AddCorrection
from workbench.core.pipeline import ingest_paths
from workbench.core.store import Store

from .conftest import ROOT, SEED
from .test_import_workers import dispatches, imported, what_was_stored


@pytest.fixture
def remote():
    """An analysing process of the test's own (the tests that kill it)."""
    engine = RemoteEngine()
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def shared_remote():
    """One analysing process for the tests that only ask it things: each start loads the model anew."""
    engine = RemoteEngine()
    yield engine
    engine.close()


def essentials(analysis: Analysis) -> tuple:
    return analysis.entities, analysis.places, analysis.events, analysis.sentences, analysis.language


def test_the_analysing_process_finds_in_the_seed_what_the_engine_here_finds(engine, shared_remote):
    remote = shared_remote
    draft = read_article(SEED)
    there = remote.analyze(draft.text, draft.published)
    assert essentials(there) == essentials(engine.analyze(draft.text, draft.published))
    assert {"Baghdad", "Al Anbar", "Mashtal"} <= {p.name for p in there.places}
    assert remote.pid is not None and remote.pid != os.getpid()


@pytest.mark.parametrize("workers", [1, 2])
def test_an_import_through_the_analysing_process_stores_what_this_process_stores(
    engine, shared_remote, tmp_path, workers
):
    remote = shared_remote
    files = dispatches(tmp_path / "in", 11)
    with Store(tmp_path / "here.sqlite") as here, Store(tmp_path / "there.sqlite") as there:
        alone = imported(here, engine, files, workers=1)
        remotely = imported(there, remote, files, workers=workers)
        assert [r.status for r in remotely] == ["stored"] * len(files)
        assert what_was_stored(there, remotely) == what_was_stored(here, alone)
        again = imported(there, remote, files, workers=workers)
        assert [r.status for r in again] == ["duplicate"] * len(files)


def test_a_text_analysed_during_an_import_is_answered_between_two_files(shared_remote, tmp_path):
    remote = shared_remote
    files = dispatches(tmp_path / "in", 20)
    draft = read_article(SEED)
    with Store(tmp_path / "library.sqlite") as store:
        steps = ingest_paths(store, remote, files, workers=1, batch_size=4)
        first = next(steps)
        meanwhile = remote.analyze(draft.text, draft.published)
        rest = list(steps)
    assert "Baghdad" in {p.name for p in meanwhile.places}
    assert [s.result.status for s in [first, *rest]] == ["stored"] * len(files)


def kill_soon(remote: RemoteEngine, after: float) -> threading.Thread:
    def kill():
        time.sleep(after)
        os.kill(remote.pid, signal.SIGKILL)

    killer = threading.Thread(target=kill)
    killer.start()
    return killer


def test_killing_the_analysing_process_mid_import_names_the_files_left_and_the_next_import_starts_a_new_one(
    remote, tmp_path
):
    files = dispatches(tmp_path / "in", 60)
    with Store(tmp_path / "library.sqlite") as store:
        remote.warm_up()
        killed = remote.pid
        steps = ingest_paths(store, remote, files, workers=1, batch_size=4)
        results = [next(steps).result]
        os.kill(killed, signal.SIGKILL)
        results += [step.result for step in steps]
        stored = [r for r in results if r.status == "stored"]
        failed = [r for r in results if r.status == "error"]
        assert stored and failed and len(stored) + len(failed) == len(files) == len(results)
        assert {r.reason for r in failed} == {NOT_ANALYSED}
        assert [r.path for r in failed] == [str(f) for f in files[len(stored) :]]  # each file left, by name
        assert store.count() == len(stored)

        again = imported(store, remote, files, workers=1)
        assert [r.status for r in again] == ["duplicate"] * len(stored) + ["stored"] * len(failed)
        assert remote.pid not in (None, killed)


def test_a_correction_whose_analysis_is_killed_fails_naming_the_article_and_is_not_kept(remote, tmp_path):
    text = "Officials met in Baghdad on Monday. " * 6000  # long enough to be killed while analysed
    with Store(tmp_path / "library.sqlite") as store:
        article = store.add_article(ArticleDraft(title="A long day in Baghdad", text=text), Analysis((), (), ()), "h")
        correction = AddCorrection(article, "label", 0, 9, "Officials", {"label": "ORG"})
        remote.warm_up()
        killer = kill_soon(remote, after=0.5)
        with pytest.raises(AnalysisStopped, match="“A long day in Baghdad” was not analysed again: .*killed"):
            correction.apply(store, remote)
        killer.join()
        assert store.corrections(article) == []  # nothing half-written

        # the next correction starts a new analysing process (a short article: the long one takes seconds)
        short = store.add_article(ArticleDraft(title="Baghdad", text=text[:36]), Analysis((), (), ()), "h2")
        AddCorrection(short, "label", 0, 9, "Officials", {"label": "ORG"}).apply(store, remote)
        assert [c.kind for c in store.corrections(short)] == ["label"]
        assert "ORG" in {e.label for e in store.article(short).analysis.entities if e.canonical == "Officials"}


# The real window, in a process of its own: the seed imported and corrected, then Quit.
WINDOW = r"""
import json, sys, time
from workbench.qt.app import make_application, release_windows
app = make_application()
from PySide6.QtCore import QCoreApplication
from workbench.core.ops import AddCorrection
from workbench.qt.main_window import MainWindow

def wait(condition, timeout=120):
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)

window = MainWindow({db!r})
window.show()
window.import_paths([{seed!r}])
wait(lambda: not window.busy and window.store.count() == 1)
article = window.store.article_ids()[0]
text = window.store.draft(article).text
start = text.index("Baghdad")
window.lane.submit_op(AddCorrection(article, "label", start, start + len("Baghdad"), "Baghdad", {{"label": "ORG"}}))
wait(lambda: not window.busy)
stored = window.store.article(article)
child = window.lane.lane.engine.pid
report = dict(
    spacy="spacy" in sys.modules,
    places=sorted(p.name for p in stored.analysis.places),
    organisations=sorted(e.canonical for e in stored.analysis.entities if e.label == "ORG"),
    corrections=len(window.store.corrections(article)),
    child=child,
)
sent = time.monotonic()
window.close()
report["close_seconds"] = time.monotonic() - sent
report["lane_running"] = window.lane.thread.isRunning()
release_windows(app)
print(json.dumps(report), flush=True)
"""


def test_the_window_imports_and_corrects_without_ever_loading_the_model_itself(tmp_path):
    script = WINDOW.format(db=str(tmp_path / "library.sqlite"), seed=str(SEED))
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["spacy"] is False
    assert report["child"] and not os.path.exists(f"/proc/{report['child']}")  # ended with the window
    assert {"Al Anbar", "Mashtal"} <= set(report["places"])
    assert report["corrections"] == 1 and "Baghdad" in report["organisations"]  # analysed again with it
    assert report["close_seconds"] < 2 and report["lane_running"] is False


def test_quitting_while_the_model_loads_ends_its_process_at_once(qapp, qtbot, tmp_path):
    from workbench.qt.workers import LaneRunner

    runner = LaneRunner(tmp_path / "library.sqlite")
    runner.warm_up()
    qtbot.waitUntil(lambda: runner.lane.engine.pid is not None, timeout=10_000)
    loading = runner.lane.engine.pid
    sent = time.monotonic()
    assert runner.shutdown(timeout=5)
    assert time.monotonic() - sent < 2
    assert not os.path.exists(f"/proc/{loading}")
