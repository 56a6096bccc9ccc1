"""The analysing process's side of the pipe, run here on the test's engine (mutation testing sees only what
runs in the test's own process): what it answers between two of an import's files, which cancel ends the
import, which files the library already holds, and how a failure crosses back to the lane."""

from __future__ import annotations

from multiprocessing import Pipe

import pytest

from workbench.core.analysis_process import DONE, FAILED, ITEM, _answer, _portable, _stream_prepared
from workbench.core.ingest import IngestError
from workbench.core.pipeline import ingest_paths
from workbench.core.store import Store

from .conftest import dispatch_files


def answers(lane) -> list[tuple]:
    received = []
    while lane.poll():  # the child's side ran here: everything it sent is there
        received.append(lane.recv())
    return received


def test_between_two_files_the_process_answers_the_lane_s_call_and_only_this_import_s_cancel_ends_it(engine, tmp_path):
    files = [str(f) for f in dispatch_files(tmp_path / "in", 3)]
    lane, child = Pipe()
    lane.send((6, "cancel", (5,)))  # an earlier import's cancel, come late: nothing to stop
    lane.send((7, "analyze", ("Aid reached Mosul on Tuesday.", None, [])))
    lane.send((8, "cancel", (1,)))
    _stream_prepared(child, engine, 1, files, None, 1, 32)
    received = answers(lane)
    assert [(request, kind) for request, kind, _ in received] == [(1, ITEM), (7, DONE)]
    assert received[0][2].path == files[0] and received[0][2].analysis is not None
    assert "Mosul" in {p.name for p in received[1][2].places}


def test_the_process_skips_what_the_library_already_holds(engine, tmp_path):
    files = [str(f) for f in dispatch_files(tmp_path / "in", 2)]
    with Store(tmp_path / "library.sqlite") as store:
        (stored,) = [p.result.article_id for p in ingest_paths(store, engine, files[:1])]
        lane, child = Pipe()
        _stream_prepared(child, engine, 1, files, str(tmp_path / "library.sqlite"), 1, 32)
        first, second = [item for _, _, item in answers(lane)]
    assert (first.duplicate_of, first.analysis) == (stored, None)
    assert second.duplicate_of is None and second.analysis is not None


def test_a_failed_call_goes_back_to_the_lane_and_the_process_goes_on(engine):
    lane, child = Pipe()
    _answer(child, engine, 3, "analyze", (None,))  # no text: the engine raises
    _answer(child, engine, 4, "analyze_many", ([("Talks resumed in Doha on Monday.", None)],))
    (failed_request, failed, _), (request, done, (analysis,)) = answers(lane)
    assert (failed_request, failed, request, done) == (3, FAILED, 4, DONE)
    assert "Doha" in {p.name for p in analysis.places}


def test_a_workbench_failure_reaches_the_lane_named_and_a_built_in_one_as_itself():
    named = _portable(IngestError("a.pdf", "damaged PDF"))
    assert type(named) is RuntimeError and str(named).startswith("IngestError: ")
    built_in = _portable(ValueError("no text"))
    assert type(built_in) is ValueError and built_in.args == ("no text",)


def test_a_call_after_the_window_closed_the_engine_fails_saying_so_and_starts_no_process():
    from workbench.core.analysis_process import AnalysisStopped, RemoteEngine

    remote = RemoteEngine(model="en_core_web_sm", french_model="fr_core_news_sm")
    remote.close()
    with pytest.raises(AnalysisStopped, match="^the workbench is closing$"):
        remote.analyze("Aid reached Mosul on Tuesday.")
    assert remote.pid is None
