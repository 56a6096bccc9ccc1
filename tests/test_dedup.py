"""The same article is stored once; a republished wire story is linked to its twin, not merged."""

from __future__ import annotations

from workbench.core import dedup
from workbench.core.pipeline import ingest_paths

from .conftest import SEED


def test_the_same_article_imported_twice_is_stored_once(store, engine, tmp_path):
    copy = tmp_path / "copy.txt"
    # Other header lines, other white space, same text: still the same article.
    copy.write_text("Title: Another headline\n\n" + "  \n".join(SEED.read_text().split("\n\n", 1)[1].splitlines()))
    first = next(ingest_paths(store, engine, [SEED])).result
    second = next(ingest_paths(store, engine, [copy])).result
    assert (first.status, second.status) == ("stored", "duplicate")
    assert second.duplicate_of == first.article_id
    assert store.count() == 1


def test_duplicates_within_one_batch_are_caught(store, engine, tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    for f in (a, b):
        f.write_text("Title: Same\n\nThe same words about Mosul, twice over, in two files.")
    statuses = [p.result.status for p in ingest_paths(store, engine, [a, b])]
    assert statuses == ["stored", "duplicate"]


def test_a_republished_story_with_small_edits_is_linked_as_near_duplicate(store, engine, tmp_path):
    body = SEED.read_text().split("\n\n", 1)[1]
    edited = body.replace("called on the Iraqis to unite", "urged Iraqis to unite").replace("He concluded.", "he said.")
    twin = tmp_path / "twin.txt"
    twin.write_text("Title: Khazali urges withdrawal\nSource: Wire\n\n" + edited)
    first = next(ingest_paths(store, engine, [SEED])).result
    second = next(ingest_paths(store, engine, [twin])).result
    assert second.status == "stored"
    assert second.near_duplicate_of == first.article_id
    assert store.count() == 2


def test_unrelated_articles_are_not_near_duplicates():
    a = dedup.minhash("Clashes erupted in Tripoli on Saturday between rival armed groups loyal to two governments.")
    b = dedup.minhash("A drone struck a convoy near Erbil airport on Friday afternoon, killing two fighters.")
    assert dedup.similarity(a, b) < 0.2
    assert dedup.similarity(a, a) == 1.0


def test_content_hash_ignores_case_punctuation_and_spacing():
    assert dedup.content_hash("Baghdad, Iraq.\n\nA strike.") == dedup.content_hash("baghdad iraq a   strike")


def test_the_hashes_a_library_keeps_stay_the_same_from_one_version_to_the_next():
    """Content hashes, MinHash signatures and band keys are stored: computed any other way, a new version
    would stop finding the duplicates of articles already in the library."""
    import hashlib

    text = "Clashes erupted in Tripoli on Saturday between rival armed groups."
    assert dedup.content_hash(text) == "f03a6feee475fd559ecf8b7e63f823d63b8e0d0ca998f48b76267d2fa2299542"
    for words, signature, first, last in [
        (text, "8e2bfd04a884a215", "08f1fd1a1d2f3427", "e13042eb24ec7f72"),
        ("Strike on Mosul", "d683a73af1f3f351", "5afa5893cf48a2f2", "414ccdd446e5a079"),  # fewer words than a shingle
    ]:
        sig = dedup.minhash(words)
        assert hashlib.sha256(sig.tobytes()).hexdigest()[:16] == signature
        keys = dedup.bands(sig)
        assert (keys[0], keys[-1]) == ((0, first), (dedup.BANDS - 1, last))
        assert len({key for _, key in keys}) == dedup.BANDS  # each band hashes its own rows


def test_similarity_reads_stored_signatures_and_refuses_mismatched_ones():
    sig = dedup.minhash("A drone struck a convoy near Erbil airport on Friday afternoon.")
    assert dedup.similarity(sig.tobytes(), sig) == dedup.similarity(sig, sig.tobytes()) == 1.0  # as stored: bytes
    assert dedup.similarity(sig, sig[: dedup.NUM_PERM // 2]) == 0.0
    assert dedup.similarity(b"", b"") == 0.0
    short = dedup.minhash("Strike on Mosul")
    assert dedup.similarity(short, dedup.minhash("strike on mosul!")) == 1.0
    assert dedup.similarity(short, dedup.minhash("Strike on Erbil")) == 0.0
