"""spaCy in, plain records out: named-entity mentions and sentences, with the stock model's slips mended.

No spaCy object leaves this module. The stock English model stumbles on Arabic names (places read as
PERSON or ORG, militias read as people); the fixes here are general: a ruler of known organisations,
place cue words ("X governorate", "the town of X", "east of X"), the gazetteer, and one label per name
within an article (document-level consistency).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .dates import MONTHS, WEEKDAYS
from .gazetteer import Gazetteer
from .models import Entity, Mention, Span
from .settings import RESOURCES, model_name

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "DATE", "TIME")
PLACE_LABELS = ("GPE", "LOC", "FAC")

# Words that, right after a name, say that the name is a place.
PLACE_CUES_AFTER = {
    "governorate", "governorates", "province", "provinces", "district", "districts", "area", "areas",
    "neighbourhood", "neighborhood", "region", "city", "town", "village", "villages", "camp", "countryside",
    "suburb", "suburbs", "quarter", "subdistrict", "sub-district", "municipality", "county", "state", "oblast",
    "oblasts", "krai", "raion", "mountains", "mountain", "hills", "valley", "desert", "plains", "plateau",
    "peninsula", "island", "islands", "corridor",
}
# Words that, right before "of X" (or before X), say that X is a place.
PLACE_CUES_BEFORE = {
    "governorate", "province", "city", "town", "towns", "village", "villages", "district", "region",
    "outskirts", "suburbs", "north", "south", "east", "west", "northeast", "northwest", "southeast",
    "southwest", "north-east", "north-west", "south-east", "south-west", "near", "around", "outside",
    "capital", "neighbourhood", "neighborhood", "area", "countryside", "port", "governorates", "provinces",
}
# Head nouns that make a capitalised name a facility ("al-Dailami Air Base"), or a place plus a facility
# ("Hodeidah port") when they follow a place name in lower case.
FACILITY_HEADS = {
    "base", "airbase", "airport", "airfield", "port", "harbour", "harbor", "prison", "hospital", "dam", "bridge",
    "crossing", "refinery", "palace", "embassy", "consulate", "barracks", "checkpoint", "camp", "complex",
    "field", "oilfield", "mall", "market", "hotel", "stadium", "school", "church", "cathedral", "mosque",
    "university", "station",
}
_LOCATIVE_WORDS = {"in", "at", "near", "into", "toward", "towards", "outside"}
# Words between a name and its facility noun: 'the X refugee camp', 'the X border crossing'.
_FACILITY_MODIFIERS = {"refugee", "border", "military", "air", "naval", "detention", "displacement", "army", "police",
                       "gas", "oil", "shopping", "power", "train", "bus", "fuel"}
_DIRECTION_WORDS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
    "north-west", "south-east", "south-west",
}
# Cue words before "of X" that name a kind of place: X is a place whether or not the gazetteer knows it.
_PLACE_TYPE_NOUNS = {
    "town", "towns", "village", "villages", "city", "district", "neighbourhood", "neighborhood", "governorate",
    "province", "region", "area", "countryside", "outskirts", "suburbs", "governorates", "provinces",
}
_ARTICLE_PREFIX = {"al", "el", "ad", "ash", "as", "ar", "an", "at", "az", "adh", "ath", "ed", "en", "es"}
_WEEKDAYS_MONTHS = set(WEEKDAYS) | set(MONTHS)


@dataclass(frozen=True)
class Reading:
    """What the model read in one text: entity mentions (plain records) and sentence spans."""

    mentions: tuple[Mention, ...]
    sentences: tuple[Span, ...]


def load_organisations() -> list[dict]:
    return json.loads((RESOURCES / "entities" / "organisations.json").read_text(encoding="utf-8"))["organisations"]


def _ruler_patterns() -> list[dict]:
    """Patterns for known organisations, with their canonical name as the pattern id.

    Names match case-insensitively, acronyms only as written ('IS' must not match the verb 'is').
    A possessive variant ("Hezbollah's Brigades" for "Hezbollah Brigades") is added for multi-word names.
    """
    patterns = []
    for org in load_organisations():
        label = org.get("label", "ORG")
        for name in [org["name"], *org.get("aliases", [])]:
            if _is_acronym(name):
                patterns.append({"label": label, "pattern": [{"ORTH": name}], "id": org["name"]})
                continue
            patterns.append({"label": label, "pattern": name, "id": org["name"]})
            first, _, rest = name.partition(" ")
            if rest and not first.endswith("'s"):
                patterns.append({"label": label, "pattern": f"{first}'s {rest}", "id": org["name"]})
    return patterns


def _is_acronym(name: str) -> bool:
    return " " not in name and (name.isupper() or len(name) <= 3)


def load_pipeline(name: str | None = None):
    """The spaCy pipeline with only what the workbench needs, and the organisation ruler before NER."""
    import spacy

    name = name or model_name()
    # Sentences come from punctuation rules: as good as the statistical senter on edited news prose, and
    # the senter would run a second CNN over every token.
    nlp = spacy.load(name, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    nlp.add_pipe("sentencizer", first=True)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER", "validate": False})
    ruler.add_patterns(_ruler_patterns())
    return nlp


# The model holds about 3 MB per 1 000 characters of a batch while it reads: a text longer than a piece
# is read in paragraph-bounded pieces, and a batch holds at most BATCH_CHARS, so memory stays bounded.
PIECE_CHARS = 100_000
BATCH_CHARS = 200_000


class EntityReader:
    """Reads texts with spaCy (in batches) and returns mended entity mentions and sentences."""

    def __init__(self, gazetteer: Gazetteer, nlp=None, batch_size: int = 32):
        self.gazetteer = gazetteer
        self.nlp = nlp if nlp is not None else load_pipeline()
        self.batch_size = batch_size

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
        pieces = ((piece, (i, offset)) for i, text in enumerate(texts) for offset, piece in text_pieces(text, limit))
        parts: dict[int, list[Reading | Exception]] = defaultdict(list)
        done = 0  # texts yielded so far
        for batch in _batches(pieces, self.batch_size, BATCH_CHARS):
            for (i, offset), doc in self._docs(batch):
                parts[i].append(doc if isinstance(doc, Exception) else self._shifted_reading(doc, offset))
            last = batch[-1][1][0]  # the last text of this batch may go on in the next one
            while done < last:
                yield _whole(parts.pop(done))
                done += 1
        while done in parts:
            yield _whole(parts.pop(done))
            done += 1

    def _docs(self, pieces: list[tuple[str, tuple[int, int]]]) -> list[tuple[tuple[int, int], object]]:
        try:
            return [(context, doc) for doc, context in self.nlp.pipe(pieces, as_tuples=True, batch_size=len(pieces))]
        except Exception:  # noqa: BLE001 -- which piece raised is unknown: read each alone, so only that one fails
            return [(context, _doc_or_error(self.nlp, piece)) for piece, context in pieces]

    def _shifted_reading(self, doc, offset: int) -> Reading | Exception:
        try:
            reading = self._reading(doc)
        except Exception as exc:  # noqa: BLE001 -- a rule tripping on one text must not cost the batch its others
            return exc
        if not offset:
            return reading
        return Reading(
            mentions=tuple(dataclasses.replace(m, start=m.start + offset, end=m.end + offset) for m in reading.mentions),
            sentences=tuple(Span(s.start + offset, s.end + offset, s.text) for s in reading.sentences),
        )

    def _reading(self, doc) -> Reading:
        text = doc.text  # a property that joins every token: read it once, not once per sentence
        sentences = tuple(_trimmed(text, s.start_char, s.end_char) for s in doc.sents)
        spans = [_Candidate(e.start, e.end, e.label_, e.ent_id_ or "") for e in doc.ents if e.label_ in ENTITY_LABELS]
        spans = [c for c in (_trim(doc, c) for c in spans) if c is not None and _has_substance(doc, c)]
        spans = _merge_date_time(doc, spans)
        spans = _promote_places(doc, spans, self.gazetteer)
        spans = _consistent_labels(doc, spans, self.gazetteer)
        mentions = tuple(
            Mention(
                start=doc[c.start].idx,
                end=doc[c.end - 1].idx + len(doc[c.end - 1].text),
                text=doc[c.start : c.end].text,
                label=c.label,
                canonical=c.canonical,
            )
            for c in sorted(spans, key=lambda c: c.start)
        )
        return Reading(mentions=mentions, sentences=sentences)


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
        cut = next((at + len(sep) for sep in ("\n\n", "\n", ". ", " ")
                    if (at := text.rfind(sep, start + limit // 2, start + limit)) >= 0), start + limit)
        yield start, text[start:cut]
        start = cut
    yield start, text[start:] if start else text


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
    return Reading(mentions=tuple(m for p in parts for m in p.mentions),
                   sentences=tuple(s for p in parts for s in p.sentences))


def _trimmed(text: str, start: int, end: int) -> Span:
    """A sentence without the line breaks spaCy keeps at its edges."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


@dataclass
class _Candidate:
    start: int  # token offsets
    end: int
    label: str
    canonical: str = ""  # set by the organisation ruler
    cue: bool = False  # a place cue word stands next to it


# Adjectives the model takes into a name when they open a sentence ('Neighbouring Burkina Faso').
_LEADING_MODIFIERS = {
    "neighbouring", "neighboring", "nearby", "war-torn", "oil-rich", "impoverished", "landlocked", "rival",
    "allied", "embattled", "restive", "besieged", "in", "on", "at", "from", "near", "across", "inside",
}
# Alone, these are adjectives ('Western allies'), whatever the gazetteer says (Fiji has a 'Western' division).
_DIRECTION_ADJECTIVES = {"western", "eastern", "northern", "southern", "central", "north", "south", "east", "west"}


def _trim(doc, c: _Candidate) -> _Candidate | None:
    """Drop a leading 'the', adjective or preposition ('In Rakhine' opening a sentence), a possessive, quotes
    and trailing dashes ('Kurdistan Region - A' -> 'Kurdistan Region')."""
    start, end = c.start, c.end
    while start < end and (doc[start].lower_ in ("the", '"', "“", "'") or doc[start].is_punct
                           or (doc[start].lower_ in _LEADING_MODIFIERS and doc[start].whitespace_ and end - start > 1
                               and not c.canonical)):
        start += 1
    for i in range(start + 1, end):
        if doc[i].text in ("-", "–", "—") and doc[i].whitespace_ and doc[i - 1].whitespace_:
            end = i
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s", "'", "’")):
        end -= 1
    if start >= end:
        return None
    return _Candidate(start, end, c.label, c.canonical, c.cue)


def _has_substance(doc, c: _Candidate) -> bool:
    """'X.' (a social network) or a lone initial is not a name."""
    return sum(ch.isalnum() for ch in doc[c.start : c.end].text) >= 2


def _merge_date_time(doc, spans: list[_Candidate]) -> list[_Candidate]:
    """'Wednesday' (DATE) + 'evening' (TIME) -> one DATE 'Wednesday evening'."""
    out: list[_Candidate] = []
    for c in sorted(spans, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev and prev.label in ("DATE", "TIME") and c.label in ("DATE", "TIME") and c.start == prev.end:
            out[-1] = _Candidate(prev.start, c.end, "DATE" if "DATE" in (prev.label, c.label) else "TIME")
        else:
            out.append(c)
    return out


def _is_name_token(tok) -> bool:
    return tok.is_title or (tok.is_upper and len(tok.text) > 1) or (tok.text[:1].isupper() and tok.is_alpha)


def _name_run_before(doc, i: int) -> tuple[int, int] | None:
    """The capitalised name that ends right before token i ('al-Mashtal' before 'area'), as token offsets."""
    end = i
    j = i - 1
    while j >= 0:
        tok = doc[j]
        if _is_name_token(tok):
            j -= 1
        elif tok.text in ("-", "‑") and not tok.whitespace_ and j > 0 and not doc[j - 1].whitespace_:
            j -= 1
        elif tok.lower_ in _ARTICLE_PREFIX and j + 1 < end and doc[j + 1].text == "-":
            j -= 1
        else:
            break
    start = j + 1
    while start < end and (doc[start].text == "-" or doc[start].is_stop):  # 'In' opening a sentence
        start += 1
    return (start, end) if start < end else None


def _name_run_after(doc, i: int) -> tuple[int, int] | None:
    """The capitalised name that starts at token i ('Al-Khiam' in 'towns of Al-Khiam', 'Khan al-Assal'), as
    token offsets."""
    j = i
    if j < len(doc) and doc[j].lower_ in _ARTICLE_PREFIX and j + 1 < len(doc) and doc[j + 1].text == "-":
        j += 2
    start = i
    while j < len(doc) and (_is_name_token(doc[j]) or (doc[j].text == "-" and not doc[j].whitespace_ and j > start)
                            or (j > start and doc[j].lower_ in _ARTICLE_PREFIX and j + 2 < len(doc)
                                and doc[j + 1].text == "-" and _is_name_token(doc[j + 2]))):
        j += 1
    while j > start and doc[j - 1].text == "-":
        j -= 1
    return (start, j) if j > start and _is_name_token(doc[j - 1]) else None


def _overlapping(spans: list[_Candidate], start: int, end: int) -> list[_Candidate]:
    return [c for c in spans if c.start < end and start < c.end]


def _set_place(spans: list[_Candidate], start: int, end: int, label: str = "GPE", sure: bool = False) -> None:
    """Make tokens start..end a place mention, replacing the non-place spans it overlaps.

    A known organisation or a date overlapping it wins, unless the place is `sure` (a dateline's)."""
    for c in _overlapping(spans, start, end):
        if c.label in PLACE_LABELS and c.start <= start and c.end >= end:
            c.cue = True
            return
        if (c.canonical or c.label in ("DATE", "TIME")) and not sure:
            return
    for c in _overlapping(spans, start, end):
        spans.remove(c)
    spans.append(_Candidate(start, end, label, cue=True))


def _promote_places(doc, spans: list[_Candidate], gazetteer: Gazetteer) -> list[_Candidate]:
    """Place cue words and the gazetteer turn names the model mislabelled (or missed) into place mentions."""
    spans = list(spans)
    for i, tok in enumerate(doc):
        low = tok.lower_
        if low in PLACE_CUES_AFTER and i > 0:
            run = _name_run_before(doc, i)
            # 'the Iraqi town of Al-Qaim': a people's name before the cue word is an adjective
            if run and run[1] - run[0] <= 4 and not names_a_people(doc[run[0] : run[1]].text, gazetteer):
                _set_place(spans, *run)
        if low in PLACE_CUES_BEFORE and i + 1 < len(doc):
            k = i + 1
            if doc[k].lower_ == "of" and k + 1 < len(doc):
                k += 1
            elif low not in ("near", "around", "outside", "capital"):
                continue
            if doc[k].lower_ == "the":
                k += 1
            run = _name_run_after(doc, k)
            while run:
                text = doc[run[0] : run[1]].text
                if (doc[i].lower_ in _PLACE_TYPE_NOUNS or gazetteer.lookup(text)) and not names_a_people(text, gazetteer):
                    _set_place(spans, *run)  # but 'near the Turkish border' names no place
                nxt = run[1]
                if nxt + 1 < len(doc) and doc[nxt].lower_ in ("and", ",", "or"):
                    run = _name_run_after(doc, nxt + 1)
                else:
                    break
    _promote_appositive_directions(doc, spans)
    _promote_appositive_places(doc, spans)
    _promote_routes(doc, spans)
    _promote_listed_places(doc, spans, gazetteer)
    _promote_destinations(doc, spans, gazetteer)
    _promote_groups(doc, spans, gazetteer)
    _promote_dateline(doc, spans, gazetteer)
    _places_inside_events(doc, spans, gazetteer)
    # 'Ukrainian' or 'Tuareg' read as a place names a people, unless the gazetteer knows a place of that name.
    for c in spans:
        if c.label in PLACE_LABELS and not c.cue:
            text = _clean_name(doc[c.start : c.end].text)
            bare = re.sub(r"^(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central)\s+", "", text, flags=re.I)
            if names_a_people(bare, gazetteer) and not gazetteer.is_strong_place(text):  # 'southern Lebanese'
                c.label = "NORP"
    # Names the model mislabelled or missed that are places an analyst knows on sight.
    for c in list(spans):
        if c.label in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP") and not c.canonical:
            text = _clean_name(doc[c.start : c.end].text)
            if c.label == "NORP" and names_a_people(text, gazetteer):
                continue
            if gazetteer.is_strong_place(text):
                c.label = "GPE"
    # 'rockets at Kiryat Shmona': a name after a place preposition that the gazetteer knows as a town.
    for c in spans:
        if c.label == "PERSON" and not c.canonical and c.start > 0 and doc[c.start - 1].lower_ in _LOCATIVE_WORDS \
                and len(doc[c.start : c.end].text) >= 4 \
                and not (c.end < len(doc) and doc[c.end].lower_ in ("'s", "’s")):
            found = gazetteer.lookup(_clean_name(doc[c.start : c.end].text))
            if any(e.match != "skeleton" and e.kind in ("city", "neighbourhood", "district", "governorate") for e in found):
                c.label = "GPE"
    covered = {i for c in spans for i in range(c.start, c.end)}
    article = doc.text
    i = 0
    while i < len(doc):
        tok = doc[i]
        # A stop word ('Some', 'May') is capitalised at a sentence start, not because it names a place.
        if i in covered or not _is_name_token(tok) or tok.is_stop or tok.lower_ in _WEEKDAYS_MONTHS:
            i += 1
            continue
        run = _name_run_after(doc, i)
        if run and not any(k in covered for k in range(*run)):
            text = doc[run[0] : run[1]].text
            if len(text) >= 4 and gazetteer.is_strong_place(text) and not _used_as_word(article, text):
                spans.append(_Candidate(run[0], run[1], "GPE"))
                i = run[1]
                continue
        i += 1
    _extend_over_connectors(doc, spans, gazetteer)
    _split_place_pairs(doc, spans, gazetteer)
    _backers_are_actors(doc, spans)
    _promote_facilities(doc, spans, gazetteer)
    for c in spans:  # 'Operation Claw-Sword' is a military operation, not a facility
        if c.label in PLACE_LABELS and doc[c.start].lower_ == "operation" and c.end - c.start > 1:
            c.label = "EVENT"
    return spans


# 'the road between Elwak and Rhamu', 'the highway from X to Y': both names are places.
_ROUTE_WORDS = {"road", "highway", "route", "corridor", "border", "frontier", "frontline", "motorway", "railway"}
# 'Kani Masi, a town near the border': an appositive that says what kind of place a name is.
_APPOSITIVE_PLACE = {"town", "village", "city", "district", "suburb", "neighbourhood", "neighborhood", "region",
                     "province", "hamlet", "port", "county", "municipality", "camp", "settlement", "enclave"}
# 'the Gran Grif gang': a name before these nouns names an armed group.
_GROUP_HEADS = {"gang", "militia", "cartel", "faction", "group", "rebels", "insurgents"}


def _promote_routes(doc, spans: list[_Candidate]) -> None:
    for i, tok in enumerate(doc[:-1]):
        if tok.lower_ not in ("between", "from") or i == 0 or doc[i - 1].lower_ not in _ROUTE_WORDS:
            continue
        first = _name_run_after(doc, i + 1)
        if not first or first[1] + 1 >= len(doc) or doc[first[1]].lower_ not in ("and", "to"):
            continue
        second = _name_run_after(doc, first[1] + 1)
        if second:
            _set_place(spans, *first)
            _set_place(spans, *second)


# 'villages in the countryside, including Khan al-Assal and Anjara': the names listed are places.
_PLURAL_PLACE_NOUNS = {"villages", "towns", "cities", "areas", "districts", "neighbourhoods", "neighborhoods",
                       "provinces", "regions", "governorates", "camps", "suburbs", "settlements", "localities"}
# 'fled to Pemba', 'redeployed from X': a town the gazetteer knows, after a verb of moving.
_MOVING_VERBS = {"fled", "flee", "fleeing", "returned", "travelled", "traveled", "evacuated", "headed", "moved",
                 "deployed", "redeployed", "withdrew", "withdrawn", "retreated", "advanced", "marched"}
# 'Mocimboa da Praia', 'Palma de Mallorca': names joined by a lower-case particle.
_NAME_PARTICLES = {"da", "de", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "el", "al"}


def _promote_listed_places(doc, spans: list[_Candidate], gazetteer: Gazetteer) -> None:
    for i, tok in enumerate(doc):
        if tok.lower_ not in ("including", "like") and not (tok.lower_ == "such" and i + 1 < len(doc) and doc[i + 1].lower_ == "as"):
            continue
        if not any(t.lower_ in _PLURAL_PLACE_NOUNS for t in doc[max(0, i - 10) : i]):
            continue
        k = i + 1 + (tok.lower_ == "such")
        run = _name_run_after(doc, k) if k < len(doc) else None
        while run:
            # A name the model read as a person stays one unless the gazetteer knows it ('..., including Ahmed')
            person = any(c.label == "PERSON" for c in _overlapping(spans, *run))
            if not person or any(e.match != "skeleton" for e in gazetteer.lookup(doc[run[0] : run[1]].text)):
                _set_place(spans, *run)
            nxt = run[1] + (run[1] < len(doc) and doc[run[1]].text == ",")
            if nxt < len(doc) and doc[nxt].lower_ in ("and", "or"):
                nxt += 1
            run = _name_run_after(doc, nxt) if nxt < len(doc) and nxt > run[1] else None


def _promote_destinations(doc, spans: list[_Candidate], gazetteer: Gazetteer) -> None:
    for i, tok in enumerate(doc[:-2]):
        if tok.lower_ not in _MOVING_VERBS or doc[i + 1].lower_ not in ("to", "from", "into", "towards", "toward"):
            continue
        preposition = doc[i + 1].lower_
        k = i + 2
        for _ in range(3):  # 'fled to Pemba, the provincial capital, and to Montepuez'
            person = next((c for c in spans if c.start == k and c.label == "PERSON" and not c.canonical), None)
            if person and any(e.match == "exact" for e in gazetteer.lookup(doc[person.start : person.end].text)):
                person.label, person.cue = "GPE", True  # 'moved from Mocimboa da Praia', read as a person
            run = _name_run_after(doc, k) if k < len(doc) else None
            if run and not any(c.label == "PERSON" for c in _overlapping(spans, *run)) \
                    and any(e.match != "skeleton" for e in gazetteer.lookup(doc[run[0] : run[1]].text)):
                _set_place(spans, *run)  # 'returned to Trump' stays a person
            j = (run[1] if run else k)
            while j < min(len(doc) - 2, k + 8) and not (doc[j].lower_ == "and" and doc[j + 1].lower_ == preposition):
                j += 1
            if j >= min(len(doc) - 2, k + 8):
                break
            k = j + 2


def _extend_over_connectors(doc, spans: list[_Candidate], gazetteer: Gazetteer) -> None:
    absorbed: set[int] = set()
    for c in [c for c in spans if c.label in PLACE_LABELS]:
        if id(c) in absorbed:  # part of a name already extended
            continue
        for start, end in ((c.start - 2, c.end), (c.start, c.end + 2)):
            if start < 0 or end > len(doc):
                continue
            particle = doc[c.start - 1] if start < c.start else doc[c.end]
            other = doc[start] if start < c.start else doc[end - 1]
            if particle.lower_ not in _NAME_PARTICLES or not _is_name_token(other):
                continue
            others = [x for x in _overlapping(spans, start, end) if x is not c]
            if not any(x.canonical for x in others):
                if any(e.match == "exact" for e in gazetteer.lookup(doc[start:end].text)):
                    for x in others:
                        spans.remove(x)
                        absorbed.add(id(x))
                    c.start, c.end = start, end
                    break


# 'an Iran-backed militia': the country acts, it is not where anything happens ('Tripoli-based' stays a place).
_BACKING_WORDS = {"backed", "led", "allied", "aligned", "sponsored", "funded", "supported", "brokered", "made"}


def _backers_are_actors(doc, spans: list[_Candidate]) -> None:
    for c in spans:
        if c.label in PLACE_LABELS and c.end + 1 < len(doc) and doc[c.end].text == "-" \
                and not doc[c.end - 1].whitespace_ and doc[c.end + 1].lower_ in _BACKING_WORDS:
            c.label = "NORP"


def _split_place_pairs(doc, spans: list[_Candidate], gazetteer: Gazetteer) -> None:
    """'the Beirut-Damascus highway', 'the Kirkuk-Erbil road': two places joined by a hyphen, not one name."""
    for c in list(spans):
        if c.canonical or c.label in ("DATE", "TIME"):
            continue
        dashes = [k for k in range(c.start + 1, c.end - 1) if doc[k].text == "-" and not doc[k - 1].whitespace_
                  and not doc[k].whitespace_]
        if len(dashes) != 1 or gazetteer.lookup(doc[c.start : c.end].text):
            continue
        left, right = (c.start, dashes[0]), (dashes[0] + 1, c.end)
        if all(gazetteer.is_strong_place(doc[a:b].text) for a, b in (left, right)):
            spans.remove(c)
            spans.extend(_Candidate(a, b, "GPE", cue=True) for a, b in (left, right))


def _promote_appositive_places(doc, spans: list[_Candidate]) -> None:
    for i, tok in enumerate(doc[:-3]):
        if tok.text != "," or i == 0 or doc[i + 1].lower_ not in ("a", "an", "the"):
            continue
        for k in range(i + 2, min(i + 6, len(doc) - 1)):  # up to three adjectives: 'a small border town'
            if doc[k].lower_ in _APPOSITIVE_PLACE:
                nxt = doc[k + 1]
                if nxt.is_punct or nxt.lower_ in ("near", "in", "on", "of", "outside", "north", "south", "east",
                                                  "west", "close", "along", "that", "which", "where", "about", "some"):
                    run = _name_run_before(doc, i)
                    if run and run[1] - run[0] <= 4:
                        _set_place(spans, *run)
                break
            if not doc[k].is_alpha or doc[k].is_title:
                break


def _promote_groups(doc, spans: list[_Candidate], gazetteer: Gazetteer) -> None:
    for i, tok in enumerate(doc):
        if tok.text not in _GROUP_HEADS or i == 0:  # lower case: 'Group' may be part of a name
            continue
        run = _name_run_before(doc, i)
        if not run or names_a_people(doc[run[0] : run[1]].text, gazetteer):
            continue
        same = [c for c in _overlapping(spans, *run)
                if (c.start, c.end) == run and not c.canonical and not c.cue and c.label in ("FAC", "PERSON", "GPE")]
        if same:
            same[0].label = "ORG"  # the model's FAC or PERSON for a gang's name
        elif not _overlapping(spans, *run):
            spans.append(_Candidate(run[0], run[1], "ORG"))


def _promote_appositive_directions(doc, spans: list[_Candidate]) -> None:
    """'Sarif, northeast of the city center' and 'al-Hafa, which is south of Sanaa': the name is a place."""
    for i, tok in enumerate(doc):
        if tok.text != "," or i == 0:
            continue
        k = i + 1
        while k < len(doc) and doc[k].lower_ in ("which", "is", "lies", "located", "lying", "just", "about", "some"):
            k += 1
        if k + 1 < len(doc) and doc[k].lower_ in _DIRECTION_WORDS and doc[k + 1].lower_ == "of":
            run = _name_run_before(doc, i)
            if run and run[1] - run[0] <= 4:
                _set_place(spans, *run)


def _names_a_country(text: str, gazetteer: Gazetteer) -> bool:
    return any(e.kind == "country" and e.match != "skeleton" for e in gazetteer.lookup(_clean_name(text)))


def _promote_facilities(doc, spans: list[_Candidate], gazetteer: Gazetteer) -> None:
    """'al-Dailami Air Base' is a facility; 'Hodeidah port' is a facility named after a place."""
    for i, tok in enumerate(doc):
        low = tok.lower_
        if low not in FACILITY_HEADS:
            continue
        if _is_name_token(tok):
            run = _name_run_before(doc, i + 1)
            if run and run[1] - run[0] >= 2:
                _set_facility(spans, run[0], run[1])
        elif i > 0 and not (i + 1 < len(doc) and doc[i + 1].lower_ == "of"):  # 'the Black Sea port of Odesa'
            j = i - 1 if doc[i - 1].lower_ in _FACILITY_MODIFIERS else i  # 'the Nuseirat refugee camp'
            named = next((c for c in spans if c.end == j and (c.label in ("GPE", "LOC") or (
                c.label in ("ORG", "PERSON") and not c.canonical and c.start > 0 and doc[c.start - 1].lower_ == "the"))), None)
            # 'the Kerem Shalom crossing': a name before a facility noun names the facility; 'a U.S. base' does not
            if named is not None and not _names_a_country(doc[named.start : named.end].text, gazetteer):
                _set_facility(spans, named.start, i + 1)


def _set_facility(spans: list[_Candidate], start: int, end: int) -> None:
    if any(c.canonical for c in _overlapping(spans, start, end)):
        return
    for c in _overlapping(spans, start, end):
        spans.remove(c)
    spans.append(_Candidate(start, end, "FAC", cue=True))


def _promote_dateline(doc, spans: list[_Candidate], gazetteer: Gazetteer) -> None:
    """'ERBIL (Kurdistan 24) –', 'JERUSALEM/CAIRO, -' and 'PORT-AU-PRINCE, Haiti': a dateline's capitals
    name places; 'TRIPOLI, Feb 10 -': the date after them is the story's date."""
    i = 0
    while i < min(len(doc), 8) and (doc[i].is_upper or doc[i].text in ("/", ",")):
        if doc[i].is_upper and doc[i].is_alpha and len(doc[i].text) > 1:
            j = i
            while j + 1 < len(doc) and (doc[j + 1].is_upper and doc[j + 1].is_alpha or (
                    doc[j + 1].text == "-" and j + 2 < len(doc) and doc[j + 2].is_upper and doc[j + 2].is_alpha)):
                j += 1
            if (j > i or len(doc[i].text) > 2) and gazetteer.lookup(doc[i : j + 1].text):
                _set_place(spans, i, j + 1, sure=j > i)  # 'PORT-AU-PRINCE' outweighs the 'AU' inside it
            i = j + 1
        else:
            i += 1
    # The date right after the dateline's comma, which the model often leaves out.
    if 0 < i < len(doc) - 2 and doc[i - 1].text == "," and doc[i].lower_.rstrip(".") in MONTHS \
            and doc[i + 1 + (doc[i + 1].text == ".")].like_num:
        end = i + 2 + (doc[i + 1].text == ".")
        if not _overlapping(spans, i, end):
            spans.append(_Candidate(i, end, "DATE"))


def _places_inside_events(doc, spans: list[_Candidate], gazetteer: Gazetteer) -> None:
    """'the Gaza war': the analyst wants Gaza on the map; the place replaces the event mention."""
    for c in [c for c in spans if c.label == "EVENT"]:
        for k in range(c.start, c.end):
            if _is_name_token(doc[k]):
                run = _name_run_after(doc, k)
                if run and run[1] <= c.end and gazetteer.is_strong_place(doc[run[0] : run[1]].text):
                    spans.remove(c)
                    spans.append(_Candidate(run[0], run[1], "GPE"))
                    break


def _used_as_word(article: str, word: str) -> bool:
    """A capitalised word that also appears in lower case in the article is an ordinary word ('Split', 'Nice')."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", article) is not None


def _clean_name(text: str) -> str:
    text = re.sub(r"[’']s$", "", text.strip())
    return re.sub(r"^(the|The)\s+", "", text)


def _consistent_labels(doc, spans: list[_Candidate], gazetteer: Gazetteer) -> list[_Candidate]:
    """One label per name within an article: the majority, with cue words and the gazetteer as votes."""
    _known_as(doc, spans)
    _surnames_are_people(doc, spans, gazetteer)
    votes: dict[str, Counter] = defaultdict(Counter)
    for c in spans:
        if c.label in ("DATE", "TIME", "NORP") or c.canonical:
            continue
        key = _clean_name(doc[c.start : c.end].text).lower()
        votes[key][_coarse(c.label)] += 3 if c.cue else 1
        if c.label == "FAC":  # 'the Zamzam displacement camp' says that 'Zamzam' is a place
            head = next((k for k in range(c.start, c.end) if doc[k].lower_ in FACILITY_HEADS | _FACILITY_MODIFIERS), None)
            if head is not None and head > c.start:
                votes[_clean_name(doc[c.start : head].text).lower()]["place"] += 3
    for key, counter in votes.items():
        if gazetteer.lookup(key) and counter["place"]:
            counter["place"] += 1
    for c in spans:
        if c.label in ("DATE", "TIME", "NORP") or c.canonical:
            continue
        key = _clean_name(doc[c.start : c.end].text).lower()
        winner, _ = votes[key].most_common(1)[0]
        if winner == "place" and _coarse(c.label) != "place":
            c.label = "GPE"
        elif winner != "place" and _coarse(c.label) == "place" and not c.cue:
            c.label = max(
                (lbl for lbl in ("PERSON", "ORG") if votes[key][lbl]), key=lambda lbl: votes[key][lbl], default=c.label
            )
    _coordinated_places(doc, spans, gazetteer)
    # A name has a capital: 'mosques' (FAC) or 'juntas' (ORG) is not one; known organisations match in any case.
    return [c for c in spans if c.label in ("DATE", "TIME") or c.canonical
            or (any(t.text[:1].isupper() for t in doc[c.start : c.end])
                and not (c.end - c.start == 1 and doc[c.start].lower_ in _DIRECTION_ADJECTIVES))]


def _known_as(doc, spans: list[_Candidate]) -> None:
    """'Mohamed Hamdan Dagalo, known as Hemedti': the second name is the same person (or group)."""
    by_start = {c.start: c for c in spans}
    for i in range(1, len(doc) - 2):
        if doc[i].lower_ != "known" or doc[i + 1].lower_ != "as":
            continue
        k = i + 2 + (doc[i + 2].lower_ == "the")
        alias = by_start.get(k)
        j = i - (doc[i - 1].lower_ == "also")
        j -= doc[j - 1].text in (",", "(") if j > 0 else 0
        named = next((c for c in spans if c.end == j and c.label in ("PERSON", "ORG")), None)
        if alias is not None and named is not None and not alias.canonical:
            alias.label = named.label
            alias.canonical = named.canonical or _clean_name(doc[named.start : named.end].text)


def _surnames_are_people(doc, spans: list[_Candidate], gazetteer: Gazetteer) -> None:
    """'Burhan' after 'Abdel Fattah al-Burhan' is the person, even in "Burhan's government"."""
    tails = set()
    for c in spans:
        words = _words(doc[c.start : c.end].text)
        if c.label == "PERSON" and len(words) >= 2:
            tails |= {tuple(words[k:]) for k in range(1, len(words))}
    for c in spans:
        if c.canonical or c.cue or c.label not in ("ORG", "GPE", "LOC"):
            continue
        text = doc[c.start : c.end].text
        if tuple(_words(text)) in tails and (c.label == "ORG" or not gazetteer.is_strong_place(_clean_name(text))):
            c.label = "PERSON"


def _coordinated_places(doc, spans: list[_Candidate], gazetteer: Gazetteer) -> None:
    """'northern Aleppo and Tal Tamr': a name listed with a place, and known to the gazetteer, is a place."""
    ordered = sorted(spans, key=lambda c: c.start)
    for a, b in zip(ordered, ordered[1:]):
        between = doc[a.end : b.start].text.strip().lower()
        if not re.fullmatch(r",|,? ?(?:and|or)(?: (?:to|in|from|at|near|into))?", between):  # 'Mandalay and to Hsipaw'
            continue
        for place, other in ((a, b), (b, a)):
            if _coarse(place.label) == "place" and other.label in ("PERSON", "ORG") and not other.canonical:
                if any(e.match != "skeleton" for e in gazetteer.lookup(doc[other.start : other.end].text)):
                    other.label = "GPE"


def _coarse(label: str) -> str:
    return "place" if label in PLACE_LABELS else label


_DEMONYM_ENDINGS = (("ians", ""), ("ian", ""), ("ans", "a"), ("an", "a"), ("an", ""), ("is", ""), ("i", ""),
                    ("ese", ""), ("ese", "on"), ("ish", "ey"), ("ish", ""), ("n", ""), ("s", ""))


def country_of_demonym(word: str, gazetteer: Gazetteer) -> str | None:
    """'Iraqi' -> 'IQ', 'Lebanese' -> 'LB', 'Turkish' -> 'TR': the country a demonym points to, if any."""
    irregular = _demonyms()
    if word in irregular:
        return irregular[word]
    for ending, replacement in _DEMONYM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)] + replacement
            for e in gazetteer.lookup(stem):
                if e.kind == "country" and e.match != "skeleton":
                    return e.cc
    return None


def names_a_people(word: str, gazetteer: Gazetteer) -> bool:
    """'Iraqi', 'Kurds', 'Tuareg': a demonym or an ethnic or religious group, which is never a place."""
    return word in _additions()["peoples"] or bool(country_of_demonym(word, gazetteer))


def _demonyms() -> dict[str, str]:
    return _additions()["demonyms"]


@functools.cache
def _additions() -> dict:
    data = json.loads((RESOURCES / "gazetteer" / "additions.json").read_text(encoding="utf-8"))
    return {"demonyms": data.get("demonyms", {}), "peoples": frozenset(data.get("peoples", ()))}


# ----------------------------------------------------------------------------- grouping mentions
def _words(text: str) -> list[str]:
    text = _clean_name(text)
    return [w for w in re.split(r"[\s\-]+", text.lower()) if w and w not in _ARTICLE_PREFIX]


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


def group_entities(text: str, mentions: Iterable[Mention]) -> tuple[Entity, ...]:
    """Group mentions of one entity within an article: 'Al-Khazali', "Al-Khazali's" and 'Qais Al-Khazali'.

    Rules: a canonical name set earlier (organisation ruler, gazetteer) wins; a shorter PERSON or ORG name
    whose words end a longer name of the same label joins it; 'Name (ACRONYM)' links the acronym to the name.
    """
    mentions = list(mentions)
    canonical: dict[int, str] = {}
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_label[m.label].append(i)
        canonical[i] = m.canonical or _clean_name(m.text)
    for label in ("PERSON", "ORG"):
        idx = [i for i in by_label.get(label, []) if not mentions[i].canonical]
        longest_first = sorted(idx, key=lambda i: -len(_words(mentions[i].text)))
        for i in idx:
            wi = _words(mentions[i].text)
            for j in longest_first:
                wj = _words(mentions[j].text)
                if len(wj) > len(wi) and wj[-len(wi):] == wi:
                    canonical[i] = canonical[j]
                    break
    acronyms = {}
    for i, m in enumerate(mentions):
        after = text[m.end : m.end + 20]
        am = re.match(r"\s*\(([A-Z][A-Z\-]{1,9})\)", after)
        if am and m.label in ("ORG", "GPE", "NORP") and _abbreviates(am[1], m.text):
            acronyms[am[1]] = canonical[i]
    for i, m in enumerate(mentions):
        if not m.canonical and m.text in acronyms:
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
