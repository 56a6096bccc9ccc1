"""An import as the analyst runs it: twins in one batch, and a cancel that stops where it says."""

from __future__ import annotations

from workbench.core.pipeline import ingest_paths

STORIES = [
    "Clashes erupted in Tripoli on Saturday.",
    "Aid reached Mosul on Tuesday.",
    "Talks resumed in Doha on Monday.",
]


def files(tmp_path, texts: list[str]) -> list[str]:
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"{i}.txt"
        path.write_text(f"Title: Story {i}\n\n{text}")
        paths.append(str(path))
    return paths


def test_a_file_imported_twice_in_one_batch_is_a_duplicate_of_the_first_copy(store, engine, tmp_path):
    first, second = files(tmp_path, [STORIES[0], STORIES[0]])
    results = [p.result for p in ingest_paths(store, engine, [first, second])]
    assert [r.status for r in results] == ["stored", "duplicate"]
    assert results[1].duplicate_of == results[0].article_id is not None


def test_a_cancel_during_a_batch_stores_nothing_after_it_and_says_so_for_each_file(store, engine, tmp_path):
    def cancel() -> bool:
        return len(store.article_ids()) >= 1  # the analyst presses Cancel once the first article is in

    progress = list(ingest_paths(store, engine, files(tmp_path, STORIES), cancel=cancel))
    assert [(p.done, p.total, p.result.status) for p in progress] == [
        (1, 3, "stored"),
        (2, 3, "cancelled"),
        (3, 3, "cancelled"),
    ]
    assert [p.result.reason for p in progress[1:]] == ["cancelled", "cancelled"]
    assert len(store.article_ids()) == 1


def test_a_cancel_between_batches_counts_every_file_left_against_the_whole_import(store, engine, tmp_path):
    def cancel() -> bool:
        return len(store.article_ids()) >= 1  # pressed once batch one's article is in

    progress = list(ingest_paths(store, engine, files(tmp_path, STORIES), cancel=cancel, batch_size=1))
    assert [(p.done, p.total, p.result.status) for p in progress] == [
        (1, 3, "stored"),
        (2, 3, "cancelled"),
        (3, 3, "cancelled"),
    ]


def test_an_import_of_more_files_than_a_batch_prepares_each_file_once_in_order(engine, tmp_path):
    paths = files(tmp_path, STORIES)
    prepared = engine.prepared(paths, ":memory:", lambda digest: None, workers=1, batch_size=2)
    assert [p.path for p in prepared] == paths


def test_a_place_the_analyst_sets_from_the_gazetteer_takes_that_entry_s_name_kind_point_and_country(gazetteer):
    from workbench.core.models import Correction, Place, Span
    from workbench.core.pipeline import apply_location_corrections

    text = "Aid reached Arbil on Tuesday."
    read = Place("Arbil", "governorate", 36.2, 44.0, "Iraq", 0.6, (Span(12, 17, "Arbil"),))
    erbil = next(e for e in gazetteer.lookup("Erbil") if e.kind == "city")
    chosen = Correction(1, 1, "location", 12, 17, "Arbil", {"gazetteer_id": erbil.id})
    (placed,) = apply_location_corrections((read,), [chosen], gazetteer)
    assert (placed.name, placed.kind, placed.lat, placed.lon, placed.country, placed.confidence) == (
        erbil.name,
        "city",
        erbil.lat,
        erbil.lon,
        erbil.country,
        1.0,
    )
    assert placed.gazetteer_id == erbil.id and text[12:17] == "Arbil"
