"""One untrusted file never changes what happens to another: a text too long, a file the system will not
hand over, front matter that explodes, stray bytes and names that break lines each get their own answer."""

from __future__ import annotations

import os
import time
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest

from workbench.core import nlp
from workbench.core.ingest import (
    MAX_TEXT_CHARS,
    IngestError,
    read_article,
    read_article_noting,
)
from workbench.core.nlp import text_pieces
from workbench.core.pipeline import Engine, ingest_paths

from .conftest import SEED
from .test_cli import run_cli

TRIPOLI = "Title: Tripoli\nPublished: 2022-08-27\n\nClashes erupted in Tripoli on Saturday, officials said."
ERBIL = "Title: Erbil\nPublished: 2023-04-09\n\nA drone struck near Erbil airport on Friday, officials said."


def write(folder: Path, name: str, text: str) -> Path:
    f = folder / name
    f.write_text(text, encoding="utf-8")
    return f


def results_by_name(store, engine, paths) -> dict:
    return {Path(p.result.path).name: p.result for p in ingest_paths(store, engine, paths)}


def assert_stored_as_if_alone(store, engine, result) -> None:
    assert result.status == "stored", result.reason
    article = store.article(result.article_id)
    stored, alone = article.analysis, engine.analyze(article.draft.text, article.draft.published)
    assert (stored.entities, stored.events, stored.sentences) == (alone.entities, alone.events, alone.sentences)
    assert [(p.name, p.lat, p.lon, p.mentions) for p in stored.places] == [
        (p.name, p.lat, p.lon, p.mentions) for p in alone.places
    ]


# ----------------------------------------------------------------------------- long texts
def test_a_two_million_character_text_is_refused_by_name_and_its_neighbours_are_stored(store, engine, tmp_path):
    before = write(tmp_path, "a.txt", TRIPOLI)
    huge = write(tmp_path, "huge.txt", "Title: Huge\n\n" + ("Talks resumed in Geneva on Monday. " * 60_000)[:2_000_000])
    after = write(tmp_path, "c.txt", ERBIL)
    results = results_by_name(store, engine, [before, huge, after])
    assert results["huge.txt"].status == "error"
    assert results["huge.txt"].reason == f"too long to analyse (2,000,000 characters; the limit is {MAX_TEXT_CHARS:,})"
    assert_stored_as_if_alone(store, engine, results["a.txt"])
    assert_stored_as_if_alone(store, engine, results["c.txt"])


def test_a_text_longer_than_a_piece_is_read_in_pieces_whose_offsets_point_into_the_whole_text(
    store, engine, tmp_path, monkeypatch
):
    # Pieces of 10 000 characters rather than 100 000: two pieces either way, and a tenth of the text to read.
    monkeypatch.setattr(nlp, "PIECE_CHARS", 10_000)
    seed = read_article(SEED).text
    copies = nlp.PIECE_CHARS // len(seed) + 2
    body = "\n\n".join([seed] * copies) + "\n\nClashes erupted in Tripoli on Saturday, officials said."
    long = write(tmp_path, "long.txt", "Title: Long\nPublished: 2024-02-08\n\n" + body)
    results = results_by_name(store, engine, [write(tmp_path, "a.txt", TRIPOLI), long, write(tmp_path, "c.txt", ERBIL)])
    assert_stored_as_if_alone(store, engine, results["a.txt"])
    assert_stored_as_if_alone(store, engine, results["c.txt"])
    article = store.article(results["long.txt"].article_id)
    text, analysis = article.draft.text, article.analysis
    assert len(text) > nlp.PIECE_CHARS
    assert all(text[s.start : s.end] == s.text for s in analysis.sentences)
    assert all(text[m.start : m.end] == m.text for e in analysis.entities for m in e.mentions)
    assert all(text[s.start : s.end] == s.text for p in analysis.places for s in p.mentions)
    assert all(text[e.start : e.end] == e.text for e in analysis.events)
    tripoli = next(p for p in analysis.places if p.name == "Tripoli")
    assert tripoli.mentions[-1].start == text.rindex("Tripoli")  # in the last piece, at its place in the text
    saturday = next(e for e in analysis.events if e.start == text.rindex("Saturday"))
    assert saturday.date == date(2024, 2, 3)
    assert sum(e.text == "last week" for e in analysis.events) == copies  # every piece was read


def test_pieces_cover_the_text_end_to_end_and_end_at_paragraph_breaks():
    paragraphs = [f"Paragraph {i} says something about Basra. " * (i % 7 + 1) for i in range(400)]
    text = "\n\n".join(paragraphs)
    pieces = list(text_pieces(text, 2_000))
    assert "".join(piece for _, piece in pieces) == text
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
    assert all(len(piece) <= 2_000 for _, piece in pieces)
    assert all(piece.endswith("\n\n") for _, piece in pieces[:-1])
    assert list(text_pieces("A short article.", 2_000)) == [(0, "A short article.")]


def refusing_engine(gazetteer) -> Engine:
    """A real spaCy pipeline with one more real component, which raises on any text that says 'poison':
    what a model bug on one article looks like from the outside."""
    import spacy
    from spacy.language import Language

    if "refuses_poison" not in Language.factories:

        @Language.component("refuses_poison")
        def refuses_poison(doc):
            if "poison" in doc.text:
                raise ValueError("the model choked on this one")
            return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("refuses_poison")
    return Engine(gazetteer=gazetteer, nlp=nlp)


def test_one_text_whose_analysis_raises_leaves_every_other_text_of_its_batch_its_own_analysis(gazetteer):
    engine = refusing_engine(gazetteer)
    texts = [
        ("Clashes erupted in Tripoli on Saturday.", date(2022, 8, 27)),
        ("The poison text.", None),
        ("A drone struck near Erbil airport on Friday.", date(2023, 4, 9)),
    ]
    first, failed, last = engine.analyze_many(texts)
    assert isinstance(failed, ValueError) and str(failed) == "the model choked on this one"
    assert first == engine.analyze(*texts[0])
    assert last == engine.analyze(*texts[2])


def test_an_article_whose_analysis_raises_is_reported_and_the_later_articles_of_the_batch_are_stored(
    store, gazetteer, tmp_path
):
    engine = refusing_engine(gazetteer)
    files = [
        write(tmp_path, "a.txt", TRIPOLI),
        write(tmp_path, "b.txt", "Title: B\n\nThe poison text."),
        write(tmp_path, "c.txt", ERBIL),
        write(tmp_path, "d.txt", "Title: D\n\nTalks resumed in Geneva."),
    ]
    results = results_by_name(store, engine, files)
    assert results["b.txt"].status == "error"
    assert results["b.txt"].reason == "could not be analysed (the model choked on this one)"
    assert [results[n].status for n in ("a.txt", "c.txt", "d.txt")] == ["stored"] * 3
    assert store.count() == 3


# ----------------------------------------------------------------------------- files the system will not hand over
def test_files_that_cannot_be_read_are_errors_of_their_own_and_the_batch_goes_on(store, engine, tmp_path):
    good = write(tmp_path, "good.txt", TRIPOLI)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)  # the operating system refuses to open it, whoever asks
    vanished = write(tmp_path, "vanished.txt", "Title: Gone\n\nIt was here when the folder was listed.")
    vanished.unlink()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
    empty_folder = tmp_path / "x.txt"
    empty_folder.mkdir()
    folder = tmp_path / "y.txt"
    folder.mkdir()
    inside = write(folder, "inside.txt", ERBIL)
    results = results_by_name(store, engine, [good, loop, vanished, fifo, empty_folder, folder])
    assert {name: (r.status, r.reason) for name, r in results.items()} == {
        "good.txt": ("stored", ""),
        "loop.txt": ("error", "cannot be read (too many levels of symbolic links)"),
        "vanished.txt": ("error", "file not found"),
        "pipe.txt": ("error", "not a regular file (a pipe, socket or device)"),
        "x.txt": ("error", "a folder with no files to import (hidden files are skipped)"),
        "inside.txt": ("stored", ""),  # a folder named like a file is walked as the folder it is
    }
    assert results["inside.txt"].path == str(inside)


def test_a_file_and_a_folder_without_read_permission_are_reported_by_name(store, engine, tmp_path):
    locked = write(tmp_path, "locked.txt", ERBIL)
    locked.chmod(0)
    if _opens(locked):
        pytest.skip("this process reads every file whatever its permissions (root)")
    closed = tmp_path / "closed"
    closed.mkdir()
    write(closed, "hidden-inside.txt", ERBIL)
    closed.chmod(0)
    try:
        results = [
            p.result
            for p in ingest_paths(store, engine, [locked, tmp_path / "closed", write(tmp_path, "a.txt", TRIPOLI)])
        ]
    finally:
        closed.chmod(0o755)
    assert [(Path(r.path).name, r.status, r.reason) for r in results] == [
        ("locked.txt", "error", "cannot be read (permission denied)"),
        ("closed", "error", "a folder that cannot be read (permission denied)"),
        ("a.txt", "stored", ""),
    ]


def _opens(path: Path) -> bool:
    try:
        path.read_bytes()
    except PermissionError:
        return False
    return True


# ----------------------------------------------------------------------------- front matter
BILLION_LAUGHS = """---
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
title: *i
---

Clashes erupted in Tripoli on Saturday.
"""


def test_front_matter_with_aliases_is_refused_at_once(tmp_path):
    f = write(tmp_path, "laughs.md", BILLION_LAUGHS)
    assert len(BILLION_LAUGHS) < 1024
    started = time.perf_counter()
    with pytest.raises(IngestError) as info:
        read_article(f)
    assert time.perf_counter() - started < 2
    assert info.value.path == str(f)
    assert (
        info.value.reason == "YAML front matter refused: it uses an alias (*name), which the workbench does not expand"
    )


def test_front_matter_longer_than_its_limit_is_refused_before_it_is_parsed(tmp_path):
    f = write(tmp_path, "long.md", "---\n" + "tags: [" + ", ".join(["x"] * 40_000) + "]\n---\n\nBody.\n")
    with pytest.raises(IngestError) as info:
        read_article(f)
    assert info.value.reason.startswith("YAML front matter too long")


# ----------------------------------------------------------------------------- stray bytes
def test_nul_bytes_are_removed_and_noted_wherever_they_are_in_the_file(tmp_path):
    head = b"Title: Stray bytes\n\nClashes erupted in Tripoli on Saturday.\x00\n\n"
    filler = ("The fighting spread to the southern suburbs. " * 400).encode()  # past the first 8 KB
    early, late = tmp_path / "early.txt", tmp_path / "late.txt"
    early.write_bytes(head + filler)
    late.write_bytes(head.replace(b"\x00", b"") + filler + b"\x00\x00The end.")
    for f, note in ((early, "1 NUL byte removed"), (late, "2 NUL bytes removed")):
        draft, notes = read_article_noting(f)
        assert "\x00" not in draft.text and notes == (note,)
    assert read_article(late).text.endswith("southern suburbs. The end.")


def test_undecodable_bytes_in_utf8_text_are_replaced_and_the_replacement_is_noted(tmp_path):
    f = tmp_path / "damaged.txt"
    f.write_bytes(
        "Title: Café talks\n\nThe delegation met at a café in Beirut — “a first step”.".encode()
        + b" Then \xff\xfe\xc3 noise."
    )
    draft, notes = read_article_noting(f)
    assert notes == ("3 undecodable bytes replaced",)
    assert draft.text.endswith("a café in Beirut — “a first step”. Then \ufffd\ufffd\ufffd noise.")


def test_a_text_in_another_encoding_says_which_encoding_it_was_read_as(tmp_path):
    f = tmp_path / "legacy.txt"
    f.write_bytes(
        "Title: Café talks\n\nThe delegation met at a café in Beirut — “a first step”, an official said. "
        "The minister’s aides, who arrived on Tuesday, said the talks would go on.".encode("cp1252")
    )
    draft, notes = read_article_noting(f)
    assert "café in Beirut — “a first step”" in draft.text
    assert len(notes) == 1 and notes[0].startswith("not UTF-8: read as cp125")  # a Windows code page


def test_an_email_part_whose_bytes_do_not_fit_its_charset_is_decoded_with_a_note(tmp_path):
    msg = EmailMessage()
    msg["Subject"] = "Ceasefire"
    msg["From"] = "desk@example.org"
    msg.set_content("Talks resumed in Doha — officials said.")
    data = msg.as_bytes().replace("—".encode(), "—".encode() + b"\xff")
    f = tmp_path / "m.eml"
    f.write_bytes(data)
    draft, notes = read_article_noting(f)
    assert notes == ("1 undecodable byte replaced",)
    assert draft.text == "Talks resumed in Doha —\ufffd officials said."


def test_a_binary_file_whose_first_kilobytes_look_like_text_is_still_refused(tmp_path):
    f = tmp_path / "disguised.txt"
    f.write_bytes(b"Title: Plain enough\n\n" + b"words " * 2_000 + bytes(range(256)) * 400)
    with pytest.raises(IngestError) as info:
        read_article(f)
    assert info.value.reason == "binary data, not text"


# ----------------------------------------------------------------------------- the command line
def test_ingest_prints_one_line_per_file_however_it_is_named_and_says_what_it_mended(tmp_path):
    newline = write(tmp_path, "first\nsecond.txt", TRIPOLI)
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(ERBIL.encode() + " — “a warning”".encode() + b" \xff\xfe\xc3")
    out = run_cli(
        "ingest", str(newline), str(damaged), str(tmp_path / "gone\x1b[2J.txt"), "--db", str(tmp_path / "lib.sqlite")
    )
    lines = out.stdout.splitlines()
    assert len(lines) == 3, out.stdout
    assert lines[0].startswith(f"stored     {tmp_path}/first\\nsecond.txt: article 1 “Tripoli”")
    assert lines[1] == f"stored     {damaged}: article 2 “Erbil” (3 undecodable bytes replaced)"
    assert lines[2] == f"error      {tmp_path}/gone\\x1b[2J.txt: file not found"
    assert "Traceback" not in out.stderr
