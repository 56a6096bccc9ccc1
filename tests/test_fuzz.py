"""Whatever file an analyst is sent, importing and exporting it either works or says why the file was refused:
random bytes, random Unicode and hostile strings go read -> analyse -> store -> export (hypothesis; the long
run of the same chain is bench/fuzz.py)."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core.store import Store

from .hostile import (
    FORMATS,
    HOSTILE,
    LONG_WORD,
    Rejected,
    random_file,
    through_the_workbench,
)

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
TEXT_FORMATS = (".txt", ".md", ".html", ".eml")
HEADER_KEYS = ("Title", "Source", "URL", "Published", "Author")

pieces = st.one_of(
    st.sampled_from([h for h in HOSTILE if h != LONG_WORD]),
    st.text(max_size=60),
    st.sampled_from(["Officials in Baghdad said on Monday", "in Mosul last week", "General Ahmed Karimi"]),
)
articles = st.builds(
    lambda headers, body: "".join(f"{k}: {v}\n" for k, v in headers) + ("\n" if headers else "") + body,
    st.lists(st.tuples(st.sampled_from(HEADER_KEYS), pieces), max_size=4),
    st.lists(pieces, min_size=1, max_size=20).map(" ".join),
)


def import_and_export(engine, suffix: str, data: bytes, pdf: bool = False) -> str:
    """One file through the workbench (the PDF report too, if asked): 'exported', or 'refused: <reason>'; any
    other exception fails the test."""
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "library.sqlite") as store:
        path = Path(folder) / f"sent{suffix}"
        path.write_bytes(data)
        try:
            problems = through_the_workbench(path, engine, store, Path(folder) / "report.pdf" if pdf else None)
        except Rejected as refused:
            assert refused.args[0], "a refusal says why"
            return f"refused: {refused.args[0]}"
    assert problems == []
    return "exported"


@FUZZ
@given(suffix=st.sampled_from(TEXT_FORMATS), data=st.binary(max_size=3000))
def test_random_bytes_in_any_text_format_are_imported_or_refused_with_a_reason(engine, suffix, data):
    import_and_export(engine, suffix, data)


@FUZZ
@given(
    suffix=st.sampled_from((".txt", ".md")),
    text=articles,
    encoding=st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1")),
)
def test_articles_of_hostile_strings_and_any_unicode_export_inert(engine, suffix, text, encoding):
    import_and_export(engine, suffix, text.encode(encoding, errors="replace"))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(suffix=st.sampled_from(FORMATS), seed=st.integers(0, 2**32 - 1))
def test_well_formed_damaged_and_noise_files_of_every_format_never_crash_the_import(engine, qapp, suffix, seed):
    import_and_export(engine, suffix, random_file(random.Random(seed), suffix), pdf=True)


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_well_formed_hostile_file_of_each_format_is_exported(engine, suffix):
    """The generator makes files the workbench can read (otherwise the fuzzing above would only test refusals)."""
    outcomes = {import_and_export(engine, suffix, random_file(random.Random(seed), suffix)) for seed in range(12)}
    assert "exported" in outcomes
