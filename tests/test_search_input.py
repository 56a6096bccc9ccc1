"""Whatever an analyst types or pastes into a search (a NUL, FTS5 syntax, a whole article, bytes that are no
UTF-8) answers with hits, or none, and at most a notice: never an SQLite error or a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.models import Analysis, ArticleDraft
from workbench.core.store import MAX_SEARCH_TERMS, LibraryQuery, SearchError, Store

from .conftest import ROOT

CLASHES = "Clashes broke out in Mosul on Monday between the army and a militia, officials said."
TALKS = "Talks on the water dispute resumed in Basra on Tuesday."


@pytest.fixture
def library(tmp_path) -> Store:
    store = Store(tmp_path / "library.sqlite")
    for title, text in (("Clashes in Mosul", CLASHES), ("Talks in Basra", TALKS)):
        store.add_article(ArticleDraft(title=title, text=text), Analysis((), (), ()), content_hash=title)
    yield store
    store.close()


def titles(hits) -> list[str]:
    return sorted(h.title for h in hits)


def test_control_characters_in_the_query_are_ignored(library):
    for query in ("Mosul\x00", "\x00Mosul", "Mosul\x1b\x7f", "\udcffMosul"):
        assert titles(library.search(query)) == ["Clashes in Mosul"], repr(query)


def test_fts5_syntax_is_plain_words_unless_the_search_is_advanced(library):
    assert library.search("Mosul OR Basra") == []  # three words, 'or' among them, found together nowhere
    assert titles(library.search("Mosul OR Basra", advanced=True)) == ["Clashes in Mosul", "Talks in Basra"]
    for query in ('"', "(Mosul", "Mosul AND", "NEAR(Mosul", "title:Mosul", "Mos*", "^Mosul", "-Mosul", "{title}:x"):
        library.search(query)  # plain words: never a syntax error
    assert titles(library.search("Mos*", advanced=True)) == ["Clashes in Mosul"]


def test_an_advanced_query_sqlite_cannot_read_says_so_as_a_search_error(library):
    for query in ("Mosul AND", "NEAR(Mosul", "nosuchcolumn:Mosul"):
        with pytest.raises(SearchError):
            library.search(query, advanced=True)


def test_a_pasted_article_searches_its_first_32_words_and_says_so(library):
    words = [f"term{i}" for i in range(MAX_SEARCH_TERMS)]
    library.add_article(ArticleDraft(title="Terms", text=" ".join(words)), Analysis((), (), ()), content_hash="terms")
    hits = library.search(" ".join(words * 3 + ["absent", "Basra"] + ["Basra"] * 5000))
    # Repeats count once; the two words past the 32nd, found nowhere beside these, are not searched.
    assert titles(hits) == ["Terms"]
    assert hits.notice == f"Only the first {MAX_SEARCH_TERMS} words were searched."
    assert library.search("Mosul " * 5000).notice == ""


def test_the_library_list_reads_the_search_box_the_same_way(library):
    assert library.count_matching(LibraryQuery(text="Mosul\x00 OR")) == 0
    assert library.count_matching(LibraryQuery(text="Mosul\x00 army")) == 1
    assert library.count_matching(LibraryQuery(text=" ".join(f"w{i}" for i in range(5000)))) == 0
    assert library.count_matching(LibraryQuery(text="!!! ;;; ***")) == 2  # no words: nothing filtered out


def test_an_advanced_query_of_more_than_32_words_is_refused(library):
    with pytest.raises(SearchError, match="32"):
        library.search(" OR ".join(f"w{i}" for i in range(40)), advanced=True)


def run_cli(*args: str | bytes, db) -> subprocess.CompletedProcess:
    # PYTHONIOENCODING: strict UTF-8 output, as in a desktop terminal (en_US.UTF-8); C.UTF-8 would forgive more.
    env = {**os.environ, "WORKBENCH_DB": str(db), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", *args], capture_output=True, env=env, cwd=ROOT, check=False, timeout=120
    )


def test_the_command_line_takes_bytes_that_are_no_utf8_as_text(library, tmp_path):
    out = run_cli("search", b"Mosul\xff", db=library.path)
    assert out.returncode == 0 and b"Traceback" not in out.stderr
    assert b"Clashes in Mosul" in out.stdout  # read as 'Mosul\ufffd': the word Mosul and a sign
    out = run_cli("search", b"\xff", db=library.path)
    assert out.returncode == 0 and out.stderr == b"no matches\n"


def test_a_library_whose_file_name_is_no_utf8_opens(tmp_path):
    from workbench.core.store import Store

    Store(tmp_path / os.fsdecode(b"lib\xff.sqlite")).close()  # search reads a library, never makes one
    out = run_cli("search", "Mosul", "--db", os.fsencode(tmp_path) + b"/lib\xff.sqlite", db=tmp_path / "unused")
    assert out.returncode == 0 and b"Traceback" not in out.stderr


def test_search_on_the_command_line_prints_the_notice_and_takes_advanced(library, capsys):
    assert main(["search", "--db", library.path, " ".join(f"w{i}" for i in range(40))]) == 0
    assert "Only the first 32 words were searched" in capsys.readouterr().err
    assert main(["search", "--db", library.path, "--advanced", "Mosul OR Basra"]) == 0
    assert "Clashes in Mosul" in capsys.readouterr().out
    assert main(["search", "--db", library.path, "--advanced", "Mosul AND"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: not a query the library understands") and "Traceback" not in err
    assert main(["search", "--db", library.path, "Mosul AND"]) == 0  # plain words: 'and' is just a word
    assert "Clashes in Mosul" in capsys.readouterr().out


def test_a_file_whose_name_is_no_utf8_is_stored_and_named_by_its_own_bytes(tmp_path):
    name = os.fsencode(tmp_path) + b"/dispatch-\xff.txt"
    with open(name, "w") as f:
        f.write("Title: Dispatch\n\nClashes broke out in Mosul on Monday.")
    out = run_cli("ingest", name, db=tmp_path / "library.sqlite")
    assert out.returncode == 0 and b"Traceback" not in out.stderr
    assert out.stdout.startswith(b"stored     " + name + b": article 1")
    with Store(tmp_path / "library.sqlite") as store:
        assert store.draft(1).path == os.fsencode(name).decode("utf-8", "replace")


def test_a_long_query_in_the_window_says_what_was_searched_and_marks_only_those_words(make_window, qtbot, tmp_path):
    words = [f"w{i:02}x" for i in range(40)]
    with Store(tmp_path / "library.sqlite") as store:
        store.add_article(ArticleDraft(title="Terms", text=" ".join(words)), Analysis((), (), ()), content_hash="terms")
    window = make_window(tmp_path / "library.sqlite")
    window.library.search.setText(" ".join(words) + "\x00")
    window.library.search.returnPressed.emit()
    assert window.library.model.rowCount() == 1
    assert window.statusBar().currentMessage().startswith("Only the first 32 words were searched")
    window.open_article(window.library.model.article_id(0))
    qtbot.waitUntil(lambda: window.current is not None)
    marked = [window.current.draft.text[s:e] for s, e in window.reader.marked("search")]
    assert sorted(marked) == sorted(words[:32])


def test_the_store_formats_into_its_sql_only_table_names_and_clauses_of_placeholders():
    """What the analyst types reaches SQLite as parameters only; an f-string may name a table from the
    store's own list, or splice a clause built of `?` placeholders (`where`) or a whitelisted column."""
    import ast

    import workbench.core.store as store_module

    tree = ast.parse(Path(store_module.__file__).read_text(encoding="utf-8"))
    spliced = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant)).upper()
            if any(word in text for word in ("SELECT ", "INSERT ", "UPDATE ", "DELETE ", " WHERE ", "LIMIT")):
                spliced |= {ast.unparse(v.value) for v in node.values if isinstance(v, ast.FormattedValue)}
    assert spliced == {"table", "where", "order", "direction"}
