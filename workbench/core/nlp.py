"""spaCy in, plain records out: named-entity mentions and sentences, with the stock model's slips mended.

No spaCy object leaves this module. The model (with a ruler of known organisations before its NER) reads
each text; the rules in `rules/` then mend what it read, in one traced order.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .gazetteer import Gazetteer
from .lexicon import (
    ACRONYM_PATTERN_ID,
    ORGANISATION_HEADS,
    ORGANISATION_TAILS,
    PERSON_TITLES,
    is_acronym,
    known_acronyms,
    known_organisations,
)
from .models import Entity, Mention, RuleStep, Span
from .rules import RULES, apply_rules, model_spans
from .rules.spans import PLACE_LABELS, article_text, clean_name, span_chars, span_text, words
from .settings import model_name


@dataclass(frozen=True)
class Reading:
    """What the model read in one text: entity mentions (plain records) and sentence spans."""

    mentions: tuple[Mention, ...]
    sentences: tuple[Span, ...]
    trace: tuple[RuleStep, ...] = ()


def _ruler_patterns() -> list[dict]:
    """Patterns for known organisations, with their canonical name as the pattern id.

    Names match case-insensitively; acronyms only as written, all of them in one token pattern per label
    (one pattern each made the matcher test every acronym at every token), their canonical names looked
    up afterwards (`rules.model_spans`). A possessive variant ("Hezbollah's Brigades" for "Hezbollah
    Brigades") is added for multi-word names, and the spellings news copy gives the same name: a typographic
    apostrophe ("Uganda People’s Defence Force") and a dotted abbreviation ("U.N. refugee agency").
    """
    patterns = []
    for org in known_organisations():
        label = org.get("label", "ORG")
        for name in [org["name"], *org.get("aliases", [])]:
            if is_acronym(name):
                continue
            first, _, rest = name.partition(" ")
            spellings = {name, f"{first}'s {rest}" if rest and not first.endswith("'s") else name}
            for spelling in sorted(spellings):
                for variant in _spelling_variants(spelling):
                    patterns.append({"label": label, "pattern": variant, "id": org["name"]})
    for label in sorted({label for _, label in known_acronyms().values()}):
        acronyms = sorted(a for a, (_, lbl) in known_acronyms().items() if lbl == label)
        patterns.append({"label": label, "pattern": [{"ORTH": {"IN": acronyms}}], "id": ACRONYM_PATTERN_ID})
    return patterns


def _spelling_variants(name: str) -> list[str]:
    """'People's' also as 'People’s'; 'UN refugee agency' also as 'U.N. refugee agency' (AP and Reuters style);
    'Defence' also as 'Defense' and back (British and American spelling); a name ending in 'Force' also with
    'Forces' and back (copy pluralises a force's name: 'the Kenya Defence Force')."""
    names = {name, re.sub(r"\b(Defen)([cs])e\b", lambda m: m[1] + ("s" if m[2] == "c" else "c") + "e", name)}
    names |= {re.sub(r" Forces?$", lambda m: " Force" if m[0].endswith("s") else " Forces", n) for n in names}
    variants = {n.replace("'", mark) for n in names for mark in ("'", "’")}
    first, _, rest = name.partition(" ")
    if rest and re.fullmatch(r"[A-Z]{2}", first):
        variants |= {f"{'.'.join(first)}. {rest}".replace("'", mark) for mark in ("'", "’")}
    return sorted(variants)


# The model's components the workbench never loads (the desktop bundle leaves their weights out). Sentences
# come from punctuation rules: as good as the statistical senter on edited news prose, and the senter would
# run a second CNN over every token.
UNUSED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


def load_pipeline(name: str | None = None):
    """The spaCy pipeline with only what the workbench needs, and the organisation ruler before NER."""
    import spacy

    name = name or model_name()
    nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    _split_after_initials(nlp)
    _split_agency_marks(nlp)
    _ranks_keep_their_stop(nlp)
    nlp.add_pipe("sentencizer", first=True)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER", "validate": False})
    ruler.add_patterns(_ruler_patterns())
    return nlp


def _split_after_initials(nlp) -> None:
    """'U.S.-led', 'U.K.-based', 'the U.S.-Mexico border' are three tokens, as 'US-led' is: the country's initials
    stand on their own; so does a name after a closing bracket and a dash ('Hilltown (L/R)-Lakeland', a dateline's
    '(June 3 - Outlet)---Police ...')."""
    from spacy.util import compile_infix_regex

    infixes = [
        *nlp.Defaults.infixes,
        r"(?<=[A-Z]\.)-(?=[A-Za-z])",
        r"(?<=\w)\)(?=[-–—]+[A-Z])",  # 'Outlet)---Police': the bracket closes the dateline, then a dash
        r"(?<=\))[-–—]+(?=[A-Z])",
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _ranks_keep_their_stop(nlp) -> None:
    """'Brig. Osei', 'Col. Musa': a title's abbreviation is one token with its full stop, as 'Gen.' already is,
    so the title reads as a title (not 'Brig', a Swiss town, and a sentence's end)."""
    from spacy.symbols import ORTH

    for title in PERSON_TITLES:
        if title.endswith(".") and title[:-1].isalpha():
            nlp.tokenizer.add_special_case(title.capitalize(), [{ORTH: title.capitalize()}])


def _split_agency_marks(nlp) -> None:
    """'Tallinn, Oct 25 (BNS).- Police', 'RIGA, May 2. /LETA/. A man': the agency's name in a dateline
    stands apart from the slashes and the '.-' around it, so the organisation ruler can read it; so does the
    city of 'Sfax- Outlet' and the agency of '(AGENCY- Outlet)' from the dash written on to them ('al-' stays the
    article of a name)."""
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    nlp.tokenizer.prefix_search = compile_prefix_regex([*nlp.Defaults.prefixes, r"/(?=[A-Z])"]).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(
        [*nlp.Defaults.suffixes, r"\.-$", r"(?<=[A-Za-z])/\.?$", r"(?<=[A-Za-z]{3})[-–]$"]
    ).search


# The model holds about 3 MB per 1 000 characters of a batch while it reads: a text longer than a piece
# is read in paragraph-bounded pieces, and a batch holds at most BATCH_CHARS, so memory stays bounded.
PIECE_CHARS = 100_000
BATCH_CHARS = 200_000


class EntityReader:
    """Reads texts with spaCy (in batches) and returns mended entity mentions and sentences."""

    def __init__(
        self, gazetteer: Gazetteer, nlp=None, batch_size: int = 32, rules=RULES, labels: dict[str, str] | None = None
    ):
        """`rules` and `labels` (the model's labels in the workbench's) suit the model's language."""
        self.gazetteer = gazetteer
        self.nlp = nlp if nlp is not None else load_pipeline()
        self.batch_size = batch_size
        self.rules = rules
        self.labels = labels

    def read(self, text: str) -> Reading:
        reading = next(self.read_many([text]))
        if isinstance(reading, Exception):
            raise reading
        return reading

    def read_many(self, texts: Iterable[str]) -> Iterator[Reading | Exception]:
        """One result per text, in order: its Reading, or the exception that stopped that text alone.

        A failure never reaches another text: a batch that raises is read again one piece at a time.
        """
        limit = min(PIECE_CHARS, self.nlp.max_length)
        pieces = (
            (model_spelling(piece), (i, offset, piece))
            for i, text in enumerate(texts)
            for offset, piece in text_pieces(text, limit)
        )
        parts: dict[int, list[Reading | Exception]] = defaultdict(list)
        done = 0  # texts yielded so far
        for batch in _batches(pieces, self.batch_size, BATCH_CHARS):
            for (i, offset, piece), doc in self._docs(batch):
                parts[i].append(doc if isinstance(doc, Exception) else self._shifted_reading(doc, offset, piece))
            last = batch[-1][1][0]  # the last text of this batch may go on in the next one
            while done < last:
                yield _whole(parts.pop(done))
                done += 1
        while done in parts:
            yield _whole(parts.pop(done))
            done += 1

    def _docs(self, pieces: list[tuple[str, tuple[int, int, str]]]) -> list[tuple[tuple[int, int, str], object]]:
        try:
            return [(context, doc) for doc, context in self.nlp.pipe(pieces, as_tuples=True, batch_size=len(pieces))]
        except Exception:  # noqa: BLE001 -- which piece raised is unknown: read each alone, so only that one fails
            return [(context, _doc_or_error(self.nlp, piece)) for piece, context in pieces]

    def _shifted_reading(self, doc, offset: int, piece: str) -> Reading | Exception:
        try:
            reading = _in_own_spelling(self._reading(doc), piece)
        except Exception as exc:  # noqa: BLE001 -- a rule tripping on one text must not cost the batch its others
            return exc
        if not offset:
            return reading
        return Reading(
            mentions=tuple(
                dataclasses.replace(m, start=m.start + offset, end=m.end + offset) for m in reading.mentions
            ),
            sentences=tuple(Span(s.start + offset, s.end + offset, s.text) for s in reading.sentences),
            trace=tuple(dataclasses.replace(t, start=t.start + offset, end=t.end + offset) for t in reading.trace),
        )

    def _reading(self, doc) -> Reading:
        text = article_text(doc)  # `doc.text` joins every token: read once here and by every rule
        sentences = tuple(_trimmed(text, s.start_char, s.end_char) for s in doc.sents)
        spans, trace = apply_rules(doc, model_spans(doc, self.labels), self.gazetteer, self.rules)
        mentions = tuple(
            Mention(
                *span_chars(doc, c.start, c.end),
                text=span_text(doc, c.start, c.end),
                label=c.label,
                canonical=c.canonical,
            )
            for c in sorted(spans, key=lambda c: c.start)
        )
        return Reading(mentions=mentions, sentences=sentences, trace=tuple(trace))


def _batches(pieces: Iterable[tuple[str, tuple]], size: int, max_chars: int) -> Iterator[list[tuple[str, tuple]]]:
    """Up to `size` pieces at a time, and no more than `max_chars` characters unless one piece alone is longer."""
    batch: list = []
    chars = 0
    for piece in pieces:
        if batch and (len(batch) == size or chars + len(piece[0]) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(piece)
        chars += len(piece[0])
    if batch:
        yield batch


def text_pieces(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs that cover the text end to end, each at most `limit` characters, cut after a
    paragraph break in the piece's second half if it has one (else a line break, a sentence's end, a space)."""
    start = 0
    while len(text) - start > limit:
        cut = next(
            (
                at + len(sep)
                for sep in ("\n\n", "\n", ". ", " ")
                if (at := text.rfind(sep, start + limit // 2, start + limit)) >= 0
            ),
            start + limit,
        )
        yield start, text[start:cut]
        start = cut
    yield start, text[start:] if start else text


# The elided article in names as the model's training text writes it: it reads "Valle d'Aosta" as a place and
# "Valle d’Aosta" as an organisation ('d’', 'l’', 'n’' alike). Only a lone d, l or n
# before the apostrophe: straightening possessives and other apostrophes changed as many readings for the worse
# as for the better. One character for one, so every offset stays the text's own.
_CURLY_APOSTROPHE = re.compile(r"(?<=\b[dlnDLN])\u2019(?=\w)")


def model_spelling(text: str) -> str:
    """The text as the model reads it best: the curly apostrophe of an elided article ('d’', 'l’') made straight."""
    return _CURLY_APOSTROPHE.sub("'", text) if "\u2019" in text else text


def _in_own_spelling(reading: Reading, piece: str) -> Reading:
    """A reading of `model_spelling(piece)` with its texts taken back from the piece as written."""
    if model_spelling(piece) == piece:
        return reading
    return Reading(
        mentions=tuple(dataclasses.replace(m, text=piece[m.start : m.end]) for m in reading.mentions),
        sentences=tuple(Span(s.start, s.end, piece[s.start : s.end]) for s in reading.sentences),
        trace=tuple(dataclasses.replace(t, text=piece[t.start : t.end]) for t in reading.trace),
    )


def _doc_or_error(nlp, text: str):
    try:
        return nlp(text)
    except Exception as exc:  # noqa: BLE001 -- the failure is this piece's result, not the batch's
        return exc


def _whole(parts: list[Reading | Exception]) -> Reading | Exception:
    """One text's reading from its pieces' readings (already at the text's offsets), or its first failure."""
    failure = next((p for p in parts if isinstance(p, Exception)), None)
    if failure is not None:
        return failure
    if len(parts) == 1:
        return parts[0]
    return Reading(
        mentions=tuple(m for p in parts for m in p.mentions),
        sentences=tuple(s for p in parts for s in p.sentences),
        trace=tuple(t for p in parts for t in p.trace),
    )


def _trimmed(text: str, start: int, end: int) -> Span:
    """A sentence without the line breaks spaCy keeps at its edges."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def _abbreviates(acronym: str, name: str) -> bool:
    """'CENTCOM' can shorten 'US Central Command' (its letters in order); 'JNIM' cannot shorten 'Muslims'."""
    rest = name.lower()
    for letter in acronym.lower():
        if not letter.isalpha():
            continue
        at = rest.find(letter)
        if at < 0:
            return False
        rest = rest[at + 1 :]
    return True


_ORGANISATION_WORDS = frozenset(w.lower() for w in ORGANISATION_HEADS | ORGANISATION_TAILS)


def _share_a_word(a: str, b: str) -> bool:
    """'Lakeside Liberation Forces' and 'Lakeside Liberation Front' share a word (its first five letters, for
    'Organisation' and 'Organization'); 'Anadolu Agency' and 'Hillside Army' none, nor do two names that share
    only an organisation's word ('Forces', 'Army')."""

    def stems(name: str) -> set[str]:
        return {w[:5] for w in re.findall(r"\w{4,}", name.lower()) if w not in _ORGANISATION_WORDS}

    return bool(stems(a) & stems(b))


def group_entities(text: str, mentions: Iterable[Mention]) -> tuple[Entity, ...]:
    """Group mentions of one entity within an article: 'Al-Khazali', "Al-Khazali's" and 'Qais Al-Khazali'.

    Rules: a canonical name set earlier (organisation ruler, gazetteer) wins; a shorter PERSON or ORG name
    whose words end a longer name of the same label joins it; 'Name (ACRONYM)' links the acronym to the name,
    over a well-known organisation the acronym also stands for.
    """
    mentions = list(mentions)
    canonical: dict[int, str] = {}
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_label[m.label].append(i)
        canonical[i] = m.canonical or clean_name(m.text)
    for label in ("PERSON", "ORG"):
        idx = [i for i in by_label.get(label, []) if not mentions[i].canonical]
        longest_first = sorted(idx, key=lambda i: -len(words(mentions[i].text)))
        for i in idx:
            wi = words(mentions[i].text)
            for j in longest_first:
                wj = words(mentions[j].text)
                if len(wj) > len(wi) and wj[-len(wi) :] == wi:
                    canonical[i] = canonical[j]
                    break
    acronyms = {}
    for i, m in enumerate(mentions):
        after = text[m.end : m.end + 20]
        am = re.match(r"\s*\(([A-Z][A-Z\-]{1,9})\)", after)
        if am and m.label in ("ORG", "GPE", "NORP") and _abbreviates(am[1], m.text):
            acronyms[am[1]] = canonical[i]
    for i, m in enumerate(mentions):
        # the article's own 'Name (AA)' says what its AA is, over a well-known body of the same initials; a
        # name that shares a word with the well-known one is that body, spelled the article's way
        if m.text in acronyms and (
            not m.canonical or (m.label == "ORG" and not _share_a_word(m.canonical, acronyms[m.text]))
        ):
            canonical[i] = acronyms[m.text]
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for i, m in enumerate(mentions):
        key = (m.label if m.label not in PLACE_LABELS else "PLACE", canonical[i])
        groups[key].append(Mention(m.start, m.end, m.text, m.label, canonical[i]))
    entities = []
    for (_, name), ms in groups.items():
        label = Counter(m.label for m in ms).most_common(1)[0][0]
        entities.append(Entity(canonical=name, label=label, mentions=tuple(ms)))
    return tuple(sorted(entities, key=lambda e: e.mentions[0].start))
