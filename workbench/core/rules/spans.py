"""What the rules work on: candidate entity spans over a spaCy Doc, and the small tools they share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import ARTICLE_PREFIXES, COMPASS_PATTERN, FIRST_LEVEL_UNIT_NOUNS, NAME_PARTICLES, REGION_NOUNS

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "DATE", "TIME")
OPENING_QUOTES = ("“", '"', "‘", "'")
CLOSING_QUOTES = ("”", '"', "’", "'")
PLACE_LABELS = ("GPE", "LOC", "FAC")


@dataclass
class Candidate:
    """A span the rules may still change: token offsets, label, and what they learnt about it."""

    start: int  # token offsets
    end: int
    label: str
    canonical: str = ""  # set by the organisation ruler
    cue: bool = False  # a place cue word stands next to it


def is_name_token(tok) -> bool:
    """A capitalised word, an apostrophe inside it included ("Ma'an", "O'Higgins", "N’Zérékoré")."""
    return (
        tok.is_title
        or (tok.is_upper and len(tok.text) > 1)
        or (tok.text[:1].isupper() and (tok.is_alpha or _INNER_APOSTROPHE.sub("", tok.text).isalpha()))
    )


_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")


def name_run_before(doc, i: int) -> tuple[int, int] | None:
    """The capitalised name that ends right before token i ('al-Mashtal' before 'area', 'Cruz del Lago' before
    'Province'), as token offsets."""
    end = i
    j = i - 1
    while j >= 0:
        tok = doc[j]
        if is_name_token(tok):
            j -= 1
        elif tok.text in ("-", "‑") and not tok.whitespace_ and j > 0 and not doc[j - 1].whitespace_:
            j -= 1
        elif tok.lower_ in ARTICLE_PREFIXES and j + 1 < end and doc[j + 1].text == "-":
            j -= 1
        elif tok.is_lower and tok.lower_ in NAME_PARTICLES and j > 0 and j + 1 < end and is_name_token(doc[j - 1]):
            j -= 1  # 'Cruz del Lago', 'Ponta da Serra': a particle inside one name
        else:
            break
    start = j + 1
    while start < end and (doc[start].text == "-" or (doc[start].is_stop and opens_a_clause(doc, start))):
        start += 1  # 'In' opening a sentence; 'Say' in 'near Say Taung' is part of the name
    return (start, end) if start < end else None


def opens_a_clause(doc, i: int) -> bool:
    """Token i opens a sentence or follows punctuation (a quote, a comma), where any word is capitalised."""
    return i == 0 or doc[i].is_sent_start or doc[i - 1].is_punct or doc[i - 1].is_space


def name_run_after(doc, i: int) -> tuple[int, int] | None:
    """The capitalised name that starts at token i ('Al-Khiam' in 'towns of Al-Khiam', 'Khan al-Assal'), as
    token offsets."""
    j = i
    if j < len(doc) and doc[j].lower_ in ARTICLE_PREFIXES and j + 1 < len(doc) and doc[j + 1].text == "-":
        j += 2
    start = i
    while j < len(doc) and (
        is_name_token(doc[j])
        or (doc[j].text == "-" and not doc[j].whitespace_ and j > start)
        or (
            j > start
            and doc[j].lower_ in ARTICLE_PREFIXES
            and j + 2 < len(doc)
            and doc[j + 1].text == "-"
            and is_name_token(doc[j + 2])
        )
    ):
        j += 1
    while j > start and doc[j - 1].text == "-":
        j -= 1
    return (start, j) if j > start and is_name_token(doc[j - 1]) else None


def overlapping(spans: list[Candidate], start: int, end: int) -> list[Candidate]:
    return [c for c in spans if c.start < end and start < c.end]


def set_place(spans: list[Candidate], start: int, end: int, label: str = "GPE", sure: bool = False) -> None:
    """Make tokens start..end a place mention, replacing the non-place spans it overlaps.

    A known organisation or a date overlapping it wins, unless the place is `sure` (a dateline's)."""
    for c in overlapping(spans, start, end):
        if c.label in PLACE_LABELS and c.start <= start and c.end >= end:
            c.cue = True
            return
        if (c.canonical or c.label in ("DATE", "TIME")) and not sure:
            return
    for c in overlapping(spans, start, end):
        spans.remove(c)
    spans.append(Candidate(start, end, label, cue=True))


def used_as_word(article: str, word: str) -> bool:
    """A capitalised word that also appears in lower case in the article is an ordinary word ('Split', 'Nice')."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", article) is not None


def clean_name(text: str) -> str:
    text = re.sub(r"[’']s$", "", text.strip())
    return re.sub(r"^(the|The)\s+", "", text)


def coarse(label: str) -> str:
    return "place" if label in PLACE_LABELS else label


# ----------------------------------------------------------------------------- grouping mentions
def words(text: str) -> list[str]:
    text = clean_name(text)
    return [w for w in re.split(r"[\s\-]+", text.lower()) if w and w not in ARTICLE_PREFIXES]


def article_text(doc) -> str:
    """The Doc's text, joined once per Doc: `doc.text` joins every token again at each reading."""
    text = doc.user_data.get("workbench.text")
    if text is None:
        text = doc.user_data["workbench.text"] = doc.text
    return text


def span_chars(doc, start: int, end: int) -> tuple[int, int]:
    """The character offsets of `doc[start:end]` (start < end) without making the Span: rules ask for
    thousands of them per article."""
    bounds = doc.user_data.get("workbench.token_bounds")
    if bounds is None:
        bounds = doc.user_data["workbench.token_bounds"] = ([t.idx for t in doc], [t.idx + len(t) for t in doc])
    return bounds[0][start], bounds[1][end - 1]


def span_text(doc, start: int, end: int) -> str:
    """`doc[start:end].text`, without making the Span."""
    if start >= end:
        return ""
    first, last = span_chars(doc, start, end)
    return article_text(doc)[first:last]


def lower_words(doc) -> list[str]:
    """Every token's lower-case form, made once per Doc. Rules look for their trigger words in this list
    and touch Token objects only where one stands: iterating a Doc makes a Token per word, per rule."""
    words = doc.user_data.get("workbench.lower_words")
    if words is None:
        words = doc.user_data["workbench.lower_words"] = [t.lower_ for t in doc]
    return words


def capitalised(doc) -> list[bool]:
    """Whether each token starts with a capital (what every name token does), made once per Doc."""
    flags = doc.user_data.get("workbench.capitalised")
    if flags is None:
        flags = doc.user_data["workbench.capitalised"] = [t.text[:1].isupper() for t in doc]
    return flags


def positions(doc, words, stop: int = 0) -> list[int]:
    """Indexes of the tokens whose lower-case form is one of `words`, leaving out the last `stop` tokens."""
    index = doc.user_data.get("workbench.word_index")
    if index is None:  # every word's positions, made once per Doc: some forty rules ask, each for a few words
        index = doc.user_data["workbench.word_index"] = {}
        for i, w in enumerate(lower_words(doc)):
            index.setdefault(w, []).append(i)
    end = len(doc) - stop
    found = [i for w in words if w in index for i in index[w] if i < end]
    return sorted(found)


# 'northwest region', 'Far North Region', 'eastern province': a region named by its bearing
_REGION_BY_BEARING = re.compile(
    rf"^(?:far[\s-]+)?(?:{COMPASS_PATTERN})(?:ern)?\s+(?:{'|'.join(sorted(REGION_NOUNS | FIRST_LEVEL_UNIT_NOUNS))})$",
    re.IGNORECASE,
)


def is_region_by_bearing(doc, start: int, end: int) -> bool:
    """Tokens start..end are a bearing and a region word ('the northwest region'): a name, though in lower case."""
    return bool(_REGION_BY_BEARING.match(doc[start:end].text))
