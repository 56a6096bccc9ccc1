"""Rules on date expressions the model split, missed or misread."""

from __future__ import annotations

import re

from ..dates import ANCHORED_AMOUNT, FRENCH_DATE, time_of_day_alone
from ..gazetteer import Gazetteer
from ..lexicon import (
    CALENDAR_WORDS,
    COUNTED_FROM,
    DATE_PREPOSITIONS,
    DAY_WORDS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    PERIOD_PARTS,
    RANGE_JOINS,
    RELATIVE_SHIFTS,
    STORY_RELATIVE_DAYS,
    WEEKDAYS,
)
from .spans import Candidate, article_text, overlapping, positions, span_text


def merge_date_time(doc, spans: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """'Wednesday' (DATE) + 'evening' (TIME) -> one DATE 'Wednesday evening'."""
    out: list[Candidate] = []
    for c in sorted(spans, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev and prev.label in ("DATE", "TIME") and c.label in ("DATE", "TIME") and c.start == prev.end:
            out[-1] = Candidate(prev.start, c.end, "DATE" if "DATE" in (prev.label, c.label) else "TIME")
        else:
            out.append(c)
    return out


_MONTH_TOKENS = frozenset(MONTHS) | {f"{m}." for m in MONTHS}


def month_day_dates(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Quetta, Mar 3:', 'on Sunday morning (Apr 7)', 'the June 5th war', '4th May, 2021': a capitalised month
    with a day number is a date, however the model read its surroundings (it misses them after datelines and in
    brackets, and reads an event named by its date as the event); in 'a week after Jan 27' the date is
    'Jan 27' (the span before it is a duration)."""
    for i in positions(doc, _MONTH_TOKENS, stop=1):
        tok = doc[i]
        if not tok.text[:1].isupper():
            continue
        k = i + 1 + (doc[i + 1].text == "." and i + 2 < len(doc))
        day = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", doc[k].text)  # 'Mar 3', 'October 7th'
        if not (day and 1 <= int(day[1]) <= 31):
            _day_before_its_month(doc, spans, i)
            continue
        end = k + 1
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text.isdigit() and len(doc[end + 1].text) == 4:
            end += 2  # 'Feb 2, 2019'
        inside = overlapping(spans, i, end)
        counted_from = [
            c
            for c in inside
            if c.label == "DATE"
            and c.start < i
            and c.end == end
            and not c.canonical
            and doc[i - 1].lower_ in COUNTED_FROM
        ]
        for c in counted_from:  # 'nearly a week after Jan 27': the day counted from is the date; the rest a span
            c.start = i
        # The model's reading of the month alone ('Mar' as a person) gives way; a longer span it found stays.
        if all(c.start >= i and c.end <= end and not c.canonical and c.label not in ("DATE", "TIME") for c in inside):
            for c in inside:
                spans.remove(c)
            spans.append(Candidate(i, end, "DATE"))


def _day_before_its_month(doc, spans: list[Candidate], i: int) -> None:
    """'4th May, 2021' read as 'May, 2021', '11 Sep 2020' not read at all: the day number written before the
    month at token i, and a year after it, are one date with it."""
    day = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", doc[i - 1].text) if i > 0 else None
    if not (day and 1 <= int(day[1]) <= 31):
        return
    start, end = i - 1, i + 1 + (i + 1 < len(doc) and doc[i + 1].text == ".")
    year = end + (end < len(doc) and doc[end].text == ",")
    if year < len(doc) and re.fullmatch(r"(?:19|20)\d\d", doc[year].text):
        end = year + 1  # '14th Aug, 2019', '5 March 2021'
    inside = overlapping(spans, start, end)
    if any(c.canonical for c in inside):
        return
    dates = [c for c in inside if c.label == "DATE"]
    for c in dates:
        c.start, c.end = min(c.start, start), max(c.end, end)
    if not dates and all(c.start >= start and c.end <= end and c.label != "TIME" for c in inside):
        for c in inside:
            spans.remove(c)
        spans.append(Candidate(start, end, "DATE"))


_HOLIDAY_WORDS = frozenset(word for holiday in FIXED_HOLIDAYS for word in holiday.split())
_DATE_OPENERS = CALENDAR_WORDS | frozenset(PERIOD_PARTS) | frozenset(RELATIVE_SHIFTS)


def dates_open_at_their_date(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'said on Twitter late Monday', 'Tamale / June 3:': a date the model began at a name before it (and
    a dateline's slash or dash after the name) starts at its first date word; the name is no part of the date."""
    for c in spans:
        if c.label != "DATE" or c.canonical:
            continue
        k = c.start
        while k < c.end - 1 and doc[k].is_title and doc[k].lower_ not in _DATE_OPENERS | _HOLIDAY_WORDS:
            k += 1
        while c.start < k < c.end - 1 and doc[k].text in ("/", "-", "–", "—", ","):
            k += 1
        if k > c.start and doc[k].lower_ in _DATE_OPENERS:
            c.start = k


def _by_first_word(phrases) -> dict[str, list[tuple[str, ...]]]:
    """Each first word -> the phrases it opens, as word tuples, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        table.setdefault(phrase.split()[0], []).append(tuple(phrase.split()))
    return table


def _phrase_at(doc, i: int, table: dict[str, list[tuple[str, ...]]]) -> int | None:
    """Where the longest phrase of `table` that starts at token i ends, or None."""
    for words in table.get(doc[i].lower_, ()):
        end = i + len(words)
        if end <= len(doc) and all(doc[k].lower_ == w for k, w in zip(range(i, end), words)):
            return end
    return None


_DAY_PHRASES = _by_first_word(DAY_WORDS)


def day_words_are_dates(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'"We were attacked last night," he said', 'Today, the army ...': a word that names a day ('today',
    'yesterday', 'last night') is a date, wherever it stands, when the model left it unread or ran it into the
    name before it ('released by Kelvo today')."""
    for i in positions(doc, _DAY_PHRASES):
        end = _phrase_at(doc, i, _DAY_PHRASES)
        if end is None:
            continue
        # 'a statement released by Kelvo today': the model ran the day word into the name before it
        for c in overlapping(spans, i, end):
            if c.label not in ("DATE", "TIME") and not c.canonical and c.start < i and c.end == end:
                c.end = i
        if not overlapping(spans, i, end):
            spans.append(Candidate(i, end, "DATE"))


_HOLIDAY_PHRASES = _by_first_word([*FIXED_HOLIDAYS, *EASTER_HOLIDAYS])


def holidays_are_dates(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'on Good Friday', 'after Easter', 'Christmas Day 2023': a holiday's name, and a year after it, is a date,
    though the model read an event, a person or nothing; not inside a name that goes on ('the Good Friday
    Agreement', 'Easter Island')."""
    for i in positions(doc, _HOLIDAY_PHRASES):
        end = _phrase_at(doc, i, _HOLIDAY_PHRASES)
        if end is None or not doc[i].is_title:
            continue
        if end < len(doc) and re.fullmatch(r"(?:1[89]|20)\d\d", doc[end].text):
            end += 1
        if end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
            continue  # the holiday names something longer
        inside = overlapping(spans, i, end)
        if any(c.canonical or c.label in ("DATE", "TIME") or c.start < i or c.end > end for c in inside):
            continue
        for c in inside:
            spans.remove(c)
        spans.append(Candidate(i, end, "DATE"))


_PAIR_JOINS = ("and", "to", "through", "until", "-", "–")
_PAIR_OPENERS = ("between", "from")


def date_pairs_are_two_dates(doc, spans: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """'from February 7 to February 9, 2020', 'between April 15 and May 15', 'November and December of last
    year': two dates that each name their month, joined into one span, are two dates, the start and the end
    (a timeline shows both days; 'from' and 'between' belong to neither)."""
    out = []
    for c in spans:
        joins = [k for k in range(c.start + 1, c.end - 1) if doc[k].lower_ in _PAIR_JOINS]
        if c.label != "DATE" or c.canonical or len(joins) != 1:
            out.append(c)
            continue
        start = c.start + (doc[c.start].lower_ in _PAIR_OPENERS)
        k = joins[0]
        if not (_names_a_month(doc, start, k) and _names_a_month(doc, k + 1, c.end)):
            out.append(c)
            continue
        out += [Candidate(start, k, "DATE"), Candidate(k + 1, c.end, "DATE")]
    return out


_WEEKDAY_JOINS = (
    frozenset({","}) | RANGE_JOINS | DATE_PREPOSITIONS
)  # 'Friday, Saturday and Sunday', 'from Thursday to Friday'


def days_of_the_month_in_brackets(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'on Monday (5)', 'on Sunday night (14)': a weekday with the day of the month in brackets after it, as many
    papers date events, is one date, the brackets and all (the resolver reads the day from them)."""
    for c in [c for c in spans if c.label in ("DATE", "TIME") and not c.canonical]:
        k = c.end
        if not (k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and _is_day_number(doc[k + 1])):
            continue
        if not any(t.lower_ in WEEKDAYS for t in doc[c.start : c.end]):
            continue
        for other in overlapping(spans, k, k + 3):
            spans.remove(other)
        c.end, c.label = k + 3, "DATE"  # 'Sunday night (14)', read as a time of day, is that day


def weekday_lists_are_dates(doc, spans: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """'on Friday, Saturday and Sunday', 'overnight from Tuesday to Wednesday' read as one date: a span of weekday
    names joined by commas, 'and' or 'to' is that many dates, one for each day."""
    out = []
    for c in spans:
        words = [t.lower_ for t in doc[c.start : c.end]]
        days = [k for k in range(c.start, c.end) if doc[k].lower_ in WEEKDAYS]
        if (
            c.label != "DATE"
            or c.canonical
            or len(days) < 2
            or any(w not in (*WEEKDAYS, *_WEEKDAY_JOINS) for w in words)
        ):
            out.append(c)
            continue
        out += [Candidate(k, k + 1, "DATE") for k in days]
    return out


_DAY_PAIR_JOINS = RANGE_JOINS | {"-", "–"}  # '11 and 12 March', '11-12 March'


def days_sharing_a_month(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'on 11 and 12 March', 'March 11 and 12': a bare day joined to a date that names its month
    is a date of that month too (the resolver reads the month from its partner)."""
    covered = {k for c in spans for k in range(c.start, c.end)}
    for c in [c for c in spans if c.label == "DATE" and not c.canonical]:
        first, last = doc[c.start], doc[c.end - 1]
        if _is_day_number(first) and c.start + 1 < c.end and doc[c.start + 1].lower_.rstrip(".") in MONTHS:
            k = c.start - 2  # '11 and 12 March': the day before the join
            if k >= 0 and doc[k + 1].lower_ in _DAY_PAIR_JOINS and _is_day_number(doc[k]) and k not in covered:
                spans.append(Candidate(k, k + 1, "DATE"))
                covered.add(k)
        if _is_day_number(last) and c.end - 2 >= c.start and doc[c.end - 2].lower_.rstrip(".") in MONTHS:
            k = c.end + 1  # 'March 11 and 12': the day after the join
            if k < len(doc) and doc[c.end].lower_ in _DAY_PAIR_JOINS and _is_day_number(doc[k]) and k not in covered:
                spans.append(Candidate(k, k + 1, "DATE"))
                covered.add(k)


def _is_day_number(tok) -> bool:
    return tok.text.isascii() and tok.text.isdigit() and 1 <= int(tok.text) <= 31


def _names_a_month(doc, start: int, end: int) -> bool:
    """Tokens start..end open with a month's name ('May 15', 'December of last year'), after a day ('7 May')."""
    k = start + (start < end and doc[start].text.isdigit())
    return k < end and doc[k].lower_.rstrip(".") in MONTHS


_STORY_PHRASES = _by_first_word(STORY_RELATIVE_DAYS)


def days_counted_in_the_story(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Earlier in the day, the minister said', 'later that day': a day counted from the story's own last date
    is one date, the whole phrase; the model reads 'day' alone, or nothing, and the date is lost."""
    for i in positions(doc, _STORY_PHRASES):
        if i > 0 and doc[i - 1].lower_ in NUMBER_WORDS:
            continue  # 'a day after the raid': an amount counted from another event (anchored_amounts)
        end = _phrase_at(doc, i, _STORY_PHRASES)
        if end is None:
            continue
        inside = overlapping(spans, i, end)
        # 'at around 07h30 that morning': a clock time read with the phrase says nothing more of the day
        if all(
            c.label in ("DATE", "TIME")
            and (c.start >= i or time_of_day_alone(span_text(doc, c.start, i)))
            and c.end <= end
            for c in inside
        ):
            for c in inside:
                spans.remove(c)
            spans.append(Candidate(i, end, "DATE"))


def anchored_amounts(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'The raid came two days after a rocket attack': the amount dates another event from the story's day;
    the model seldom marks it, so the date rules would never see it."""
    for found in ANCHORED_AMOUNT.finditer(article_text(doc)):
        span = doc.char_span(found.start(1), found.end(1), alignment_mode="contract")
        if span is not None and len(span) and not overlapping(spans, span.start, span.end):
            spans.append(Candidate(span.start, span.end, "DATE"))


def french_dates(doc, spans: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """'mercredi', 'le 12 mars', 'la semaine dernière': a French date expression is a date (the French model
    has no DATE label, and reads a weekday opening a sentence as a place)."""
    dates = []
    for match in FRENCH_DATE.finditer(article_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            dates.append(Candidate(span.start, span.end, "DATE"))
    return sorted(
        [c for c in spans if not any(c.start < d.end and d.start < c.end for d in dates)] + dates, key=lambda c: c.start
    )
