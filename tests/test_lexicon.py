"""One lexicon: every word list the analysis reads lives once in resources/lexicon/ (with a note on what it is
for) and is loaded once by workbench/core/lexicon.py; no other module writes a word list out."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from .conftest import ROOT

LEXICON_FILES = sorted((ROOT / "resources" / "lexicon").glob("*.json"))
WORKBENCH = ROOT / "workbench"

# A word or phrase in lower case ('governorate', 'war-torn', 'a while'); labels ('PERSON') and codes ('.txt') are none.
_WORD = re.compile(r"[a-z][a-z'’.\- ]*")
# An alternative of a regex group that is a word, maybe with an optional letter ('harbou?r', 'plans? to').
_REGEX_WORD = re.compile(r"[a-z][a-z ?'\-]*[a-z]")
MANY = 5  # fewer words are a small structural choice ('and', 'or'), not a vocabulary
# Module-level constants whose words name the program's own things, not words it reads text with.
STRUCTURAL = {
    ("ingest.py", "HEADER_KEYS"),  # front-matter fields
    ("store.py", "ANALYSIS_TABLES"),  # table names
    ("mapping.py", "KIND_COLOURS"),  # the gazetteer's kinds of place
    ("divisions.py", "PRECISION_OF_KIND"),  # the gazetteer's kinds of place
    ("cli.py", "EXPORT_FORMATS"),  # file formats
}


def words_in(node: ast.AST) -> list[str]:
    """The lower-case words a literal set, tuple, list or dict (its keys), or a "...".split(), writes out."""
    if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
        items = node.elts
    elif isinstance(node, ast.Dict):
        items = [k for k in node.keys if k is not None]
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
    ):
        return node.func.value.value.split()
    else:
        return []
    return [
        i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str) and _WORD.fullmatch(i.value)
    ]


def regex_words(node: ast.AST) -> list[str]:
    """The most words one group of a regex literal alternates between: '(sea|gulf|ocean|lake|river)'."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        pattern = node.value
    elif isinstance(node, ast.JoinedStr):  # an f-string: what it builds in stands for no word
        pattern = "".join(v.value if isinstance(v, ast.Constant) else "\0" for v in node.values)
    else:
        return []
    groups, open_groups, i = [], [[""]], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            open_groups[-1][-1] += pattern[i : i + 2]
            i += 2
            continue
        if ch == "(":
            open_groups.append([""])
            i += 3 if pattern.startswith("?:", i + 1) else 1
            continue
        if ch == ")" and len(open_groups) > 1:
            groups.append(open_groups.pop())
            open_groups[-1][-1] += "\0"
        elif ch == "|":
            open_groups[-1].append("")
        else:
            open_groups[-1][-1] += ch
        i += 1
    groups += open_groups
    return max(([a.strip() for a in g if _REGEX_WORD.fullmatch(a.strip())] for g in groups), key=len)


def word_lists(source: str, everywhere: bool, skip: frozenset[str] = frozenset()) -> list[tuple[int, tuple[str, ...]]]:
    """Word lists written out in a module's source: in its module-level constants but those in `skip`, or
    `everywhere`."""
    tree = ast.parse(source)
    if everywhere:
        roots = [tree]
    else:
        roots = [
            n.value
            for n in tree.body
            if isinstance(n, (ast.Assign, ast.AnnAssign))
            and n.value is not None
            and not any(
                isinstance(t, ast.Name) and t.id in skip
                for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
            )
        ]
    found = set()
    for root in roots:
        for node in ast.walk(root):
            for words in (words_in(node), regex_words(node)):
                if len(set(words)) >= MANY:
                    found.add((node.lineno, tuple(sorted(set(words)))))
    return sorted(found)


def test_the_check_catches_word_lists_and_leaves_labels_alone():
    assert word_lists('GROUP = {"gang", "militia", "cartel", "faction", "rebels"}', everywhere=False)
    assert word_lists('_WATER = re.compile(r"\\b(sea|gulf|ocean|lake|river)\\b")', everywhere=False)
    assert word_lists('_STOP = set("the a an and or of".split())', everywhere=False)
    assert word_lists('def f(t):\n    return t in ("which", "is", "lies", "located", "just")', everywhere=True)
    assert not word_lists('LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")', everywhere=False)
    assert not word_lists('_COUNT = rf"(?:\\d+|few|several|many|{_NUMBER})"', everywhere=False)
    assert not word_lists('def f(t):\n    return t in ("which", "is", "lies", "located", "just")', everywhere=False)


def test_no_module_but_the_lexicon_writes_out_a_word_list():
    """Module-level constants everywhere, and anything in the rules (where lists used to creep in inline)."""
    offenders = []
    for path in sorted(WORKBENCH.rglob("*.py")):
        if path == WORKBENCH / "core" / "lexicon.py":
            continue
        rules = path.parent.name == "rules"
        skip = frozenset(name for module, name in STRUCTURAL if module == path.name)
        for line, words in word_lists(path.read_text(encoding="utf-8"), everywhere=rules, skip=skip):
            offenders.append(f"{path.relative_to(ROOT)}:{line} {words[:6]}")
    assert not offenders, "word lists outside resources/lexicon/:\n" + "\n".join(offenders)


@pytest.mark.parametrize("path", LEXICON_FILES, ids=lambda p: p.name)
def test_every_lexicon_list_says_what_it_is_for_and_holds_each_word_once(path: Path):
    def no_repeated_keys(pairs):
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), f"{path.name}: a key twice in {keys}"
        return dict(pairs)

    data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=no_repeated_keys)
    assert data["_about"].strip()
    for name, entry in data.items():
        if name == "_about" or path.name == "national_forces.json":  # a table by country, not word lists
            continue
        about = entry["_about"]
        assert about.strip() and "\n" not in about, f"{path.name}: {name} has no one-line _about"
        words = entry.get("words", [])
        assert len(words) == len(set(words)), f"{path.name}: {name} repeats {[w for w in words if words.count(w) > 1]}"
        assert words or entry.get("meanings") or entry.get("pairs"), f"{path.name}: {name} is empty"


def test_the_lexicon_loads_once_and_reads_as_the_rules_need():
    from workbench.core import lexicon

    assert lexicon.theme("places") is lexicon.theme("places")  # read once
    assert {"governorate", "mountains"} <= lexicon.PLACE_CUES_AFTER  # natural features are place cues too
    assert {"north-east", "capital", "port", "town"} <= lexicon.PLACE_CUES_BEFORE
    assert "air base" in lexicon.FACILITY_WORDS and "air base" not in lexicon.FACILITY_HEADS
    assert lexicon.MONTHS["sept"] == lexicon.MONTHS["september"] == 9
    assert lexicon.WEEKDAYS[0] == "monday"  # date.weekday() counts from Monday
    assert lexicon.SEASONS["winter"] == (12, 2)
    assert ("ese", "on") in lexicon.DEMONYM_ENDINGS
    assert any(org["name"] == "Hezbollah" for org in lexicon.known_organisations())


def test_regexes_built_from_the_lexicon_read_phrases_and_optional_spacing():
    from workbench.core import dates, lexicon, places

    assert re.fullmatch(lexicon.alternation(["close to", "in"], space=r"\s+"), "close   to")
    assert places._FACILITY_WORDS.search("Balad Air Base") and places._FACILITY_WORDS.search("the Rumaila oil field")
    assert places._TYPE_SUFFIX.search("Gwoza Local Government Area").group(1) == "Local Government Area"
    assert places._ANCHOR.match(", about 20 km north-west of ") and places._ANCHOR.match(" on the outskirts of ")
    assert dates.resolve_expression("a while", None) is None  # a vague phrase is no date


def test_a_change_to_the_words_the_gazetteer_build_reads_makes_it_stale(monkeypatch):
    from workbench.core import gazetteer

    before = gazetteer.additions_digest()
    monkeypatch.setattr(gazetteer, "ARTICLE_PREFIXES", gazetteer.ARTICLE_PREFIXES | {"il"})
    assert gazetteer.additions_digest() != before
    monkeypatch.setattr(gazetteer, "LETTERS_WITHOUT_ACCENTS", {**gazetteer.LETTERS_WITHOUT_ACCENTS, "ə": "e"})
    assert gazetteer.additions_digest() != before
