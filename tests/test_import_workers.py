"""An import of a folder runs on every core: worker processes read and analyse the files, this process stores
them. The library ends up as an import in one process leaves it: the same analyses, in the files' order, a
failing file named while the others go on, and a cancel that stops the workers."""

from __future__ import annotations

import json
import multiprocessing
import shutil

from workbench.cli import main
from workbench.core.ingest import MAX_TEXT_CHARS
from workbench.core.pipeline import MIN_FILES_FOR_WORKERS, ingest_paths
from workbench.core.settings import Settings, import_workers
from workbench.core.store import Store

from .conftest import SEED, dispatch_files


def dispatches(folder, count: int) -> list:
    """Short reports with places, people and dates, and the seed article among them."""
    files = dispatch_files(folder, count)
    shutil.copy(SEED, folder / "seed.txt")
    return [*files, folder / "seed.txt"]


def imported(store, engine, files, workers: int, cancel=lambda: False) -> list:
    return [p.result for p in ingest_paths(store, engine, files, cancel=cancel, workers=workers)]


def what_was_stored(store, results) -> list:
    """Per file: its name, status, and (for a stored one) its title and every part of its analysis."""
    rows = []
    for r in results:
        article = store.article(r.article_id) if r.article_id else None
        analysis = article.analysis if article else None
        rows.append(
            (
                r.path.rsplit("/", 1)[-1],
                r.status,
                r.title,
                analysis
                and (analysis.entities, analysis.places, analysis.events, analysis.sentences, analysis.language),
            )
        )
    return rows


def test_two_worker_processes_store_what_one_process_stores_in_the_files_order(engine, tmp_path):
    files = dispatches(tmp_path / "in", 13)
    with Store(tmp_path / "one.sqlite") as one, Store(tmp_path / "two.sqlite") as two:
        alone = imported(one, engine, files, workers=1)
        shared = imported(two, engine, files, workers=2)
        assert [r.status for r in shared] == ["stored"] * len(files)
        assert [r.path for r in shared] == [str(f) for f in files]
        assert [r.article_id for r in shared] == list(range(1, len(files) + 1))  # stored in the files' order
        assert what_was_stored(two, shared) == what_was_stored(one, alone)
        seed = two.article(shared[-1].article_id).analysis
        assert {"Baghdad", "Al Anbar"} <= {p.name for p in seed.places}


def test_a_file_that_cannot_be_read_is_named_and_the_others_are_stored(engine, tmp_path):
    files = dispatches(tmp_path / "in", 10)
    huge = tmp_path / "in" / "huge.txt"
    huge.write_text(
        "Title: Huge\n\n" + "Talks resumed in Geneva on Monday. " * (MAX_TEXT_CHARS // 30), encoding="utf-8"
    )
    twin = tmp_path / "in" / "twin.txt"
    shutil.copy(files[0], twin)
    with Store(tmp_path / "library.sqlite") as store:
        results = imported(
            store, engine, [files[0], huge, *files[1:], tmp_path / "in" / "missing.txt", twin], workers=2
        )
        by_name = {r.path.rsplit("/", 1)[-1]: r for r in results}
        assert by_name["huge.txt"].status == "error" and by_name["huge.txt"].reason.startswith("too long to analyse")
        assert by_name["missing.txt"].status == "error" and by_name["missing.txt"].reason
        assert by_name["twin.txt"].status == "duplicate"
        assert by_name["twin.txt"].duplicate_of == by_name["dispatch-00.txt"].article_id
        assert sum(r.status == "stored" for r in results) == len(files) == store.count()


def test_importing_a_folder_again_on_workers_finds_every_file_a_duplicate(engine, tmp_path):
    files = dispatches(tmp_path / "in", 9)
    with Store(tmp_path / "library.sqlite") as store:
        first = imported(store, engine, files, workers=2)
        again = imported(store, engine, files, workers=2)
        assert [r.status for r in again] == ["duplicate"] * len(files)
        assert [r.duplicate_of for r in again] == [r.article_id for r in first]


def test_a_cancelled_import_stops_its_workers_and_stores_nothing_more(engine, tmp_path):
    files = dispatches(tmp_path / "in", 30)
    seen = []

    def cancel() -> bool:
        return len(seen) >= 3

    with Store(tmp_path / "library.sqlite") as store:
        for progress in ingest_paths(store, engine, files, cancel=cancel, workers=2):
            seen.append(progress.result.status)
        assert seen[:3] == ["stored"] * 3
        assert seen[3:] == ["cancelled"] * (len(files) - 3)
        assert store.count() == 3
    assert multiprocessing.active_children() == []


def test_workers_start_for_a_folder_but_not_for_a_few_files(engine, tmp_path):
    files = dispatches(tmp_path / "in", 12)

    def children_at_first_file(paths) -> int:
        with Store(tmp_path / f"{len(paths)}.sqlite") as store:
            steps = ingest_paths(store, engine, paths, workers=2)
            next(steps)
            count = len(multiprocessing.active_children())
            list(steps)
        return count

    assert children_at_first_file(files[: MIN_FILES_FOR_WORKERS - 1]) == 0
    assert children_at_first_file(files) == 2
    assert multiprocessing.active_children() == []


def test_the_number_of_workers_comes_from_the_settings_file_and_the_environment(tmp_path, monkeypatch):
    settings = tmp_path / "settings.json"
    monkeypatch.setenv("WORKBENCH_SETTINGS", str(settings))
    monkeypatch.delenv("WORKBENCH_IMPORT_WORKERS")
    assert import_workers() == multiprocessing.cpu_count()  # no file: every core
    Settings(import_workers=3).save(settings)
    assert import_workers() == 3
    settings.write_text(json.dumps({"import_workers": True, "db": "x"}))  # no number: every core
    assert import_workers() == multiprocessing.cpu_count()
    monkeypatch.setenv("WORKBENCH_IMPORT_WORKERS", "1")
    assert import_workers() == 1


def test_workbench_ingest_takes_the_number_of_workers(tmp_path, capsys):
    files = dispatches(tmp_path / "in", 9)
    assert main(["ingest", "--db", str(tmp_path / "library.sqlite"), "--workers", "2", str(tmp_path / "in")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["stored"] * len(files)
    assert [line.split()[1].rstrip(":") for line in lines] == sorted(str(f) for f in files)


def test_the_window_imports_a_folder_on_worker_processes_and_lists_the_failed_file(
    make_window, qtbot, tmp_path, monkeypatch
):
    monkeypatch.setenv("WORKBENCH_IMPORT_WORKERS", "2")
    files = dispatches(tmp_path / "in", 10)
    (tmp_path / "in" / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    window = make_window()
    window.import_paths([str(tmp_path / "in")])
    qtbot.waitUntil(lambda: not window.busy, timeout=120_000)
    assert window.library.model.total == len(files) == window.store.count()
    assert window.import_status.failures.count() == 1 and "broken.pdf" in window.import_status.failures.item(0).text()
    assert multiprocessing.active_children() == []
