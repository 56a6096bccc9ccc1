"""Date expressions -> calendar dates and intervals, resolved against the publication date.

News rules in the manner of HeidelTime: a bare weekday is the most recent such day on or before
publication (the publication weekday itself is that day), or the next one when its clause speaks of the
future ("will meet on Saturday"), "last week" is the previous Monday-Sunday,
"in January" is the most recent January, "late last year" is an interval. Durations and vague spans
("over the past week", "for decades") are not events. Explicit dates that the rules do not cover go
to dateparser, with the publication date as its relative base.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from dateutil.easter import easter

from .lexicon import (
    AGO_UNITS,
    CLOCK_TIME_OPENERS,
    CLOCK_WORDS,
    CLOCK_ZONES,
    DATE_HEDGES,
    DATE_PREPOSITIONS,
    DATE_SPELLING_VARIANTS,
    DATELIKE_WORDS,
    DAY_PART_OPENERS,
    DAY_WORDS,
    DEADLINE_PREPOSITIONS,
    DURATION_OPENERS,
    DURATION_QUALIFIERS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    FRENCH_DAY_WORDS,
    FRENCH_FUTURE,
    FRENCH_MONTHS,
    FRENCH_PAST,
    FRENCH_WEEKDAYS,
    FUTURE_MARKERS,
    MONTHS,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    PERIOD_PARTS,
    RANGE_JOINS,
    RELATIVE_SHIFTS,
    SEASONS,
    SPAN_UNITS,
    STORY_RELATIVE_DAYS,
    STORY_RELATIVE_OPENERS,
    VAGUE_WORDS,
    WEEKDAYS,
    alternation,
)
from .models import Event, Mention, Span

_MONTH = rf"({alternation(MONTHS)})\.?"
_WEEKDAY = alternation(WEEKDAYS)
_SEASON = alternation(SEASONS)
_PART_OF_DAY = rf"(?:\s+(?:{alternation(PARTS_OF_DAY)}))?"
_NUMBER = alternation(NUMBER_WORDS)
_UNITS = rf"({alternation(AGO_UNITS)})s?"
_COUNT = rf"(?:\d+|few|several|many|a few|{_NUMBER})"
_SPAN_UNITS = rf"(?:{alternation(SPAN_UNITS)})"
_OPENERS = alternation(DURATION_OPENERS)
_QUALIFIERS = alternation(DURATION_QUALIFIERS)
# 'a day after', 'two weeks earlier': an amount of time tied to another event (the amount is the mention).
ANCHORED_AMOUNT = re.compile(rf"\b({_COUNT}\s+(?:day|week)s?)\s+(?:after|before|later|earlier)\b", re.IGNORECASE)
# Durations are not events: "two days", "the past week", "over the last three months", "for decades".
_DURATION = re.compile(
    rf"^(?:(?:{_OPENERS})\s+)?(?:the\s+)?(?:{_QUALIFIERS}|recent)?\s*{_COUNT}\s+{_SPAN_UNITS}$"
    rf"|^(?:(?:{_OPENERS})\s+)?the\s+(?:{_QUALIFIERS})\s+{_SPAN_UNITS}$"
    rf"|^(?:{_OPENERS})?\s*(?:the\s+)?past\s+{_SPAN_UNITS}$"
)
_VAGUE = re.compile(rf"(^|\s)({alternation(VAGUE_WORDS)})($|\s)|\d+-(year|month|day|week)")
# 'three years ago' names a year, though 'years' alone is vague ('for years', 'in recent years').
_AGO = re.compile(rf"(\d+|{_NUMBER})\s+{_UNITS}\s+ago")
_LEADING_PREPOSITION = re.compile(rf"^(?:{alternation(DATE_PREPOSITIONS)})\s+")
# 'only a week ago', 'about two months ago': the word that rounds it says nothing of which day
_HEDGE_BEFORE_AGO = re.compile(rf"^(?:{alternation(DATE_HEDGES)})\s+(?=\S+\s+\S+\s+ago$)")
# 'the early hours of Monday': the part of the day before the date; the day is the date's.
_DAY_PART_OPENER = re.compile(rf"^(?:the\s+)?(?:{alternation(DAY_PART_OPENERS)})\s+")
# 'January 19 around 4:40pm', 'Monday at 10 a.m.', 'Friday midnight': a clock time after the date says nothing more
# of the day.
_CLOCK_TIME = re.compile(
    rf"(?:,?\s+(?:{alternation(CLOCK_TIME_OPENERS)}))?,?\s+(?:\d{{1,2}}"
    rf"(?:[:.h]\d{{2}}\s*(?:[ap]\.?m\.?|hrs)?|\s*[ap]\.?m\.?)|{alternation(CLOCK_WORDS)})(?:\s+(?:local time|gmt|utc))?$"
)
# 'around 11 p.m. on Tuesday', '0020hrs Sunday', 'midnight Friday': a clock time before the date says nothing more of
# the day.
_LEADING_CLOCK_TIME = re.compile(
    rf"^(?:(?:{alternation(CLOCK_TIME_OPENERS)})\s+)?(?:\d{{1,2}}(?:[:.h]\d{{2}}\s*(?:[ap]\.?m\.?|hrs)?|\s*[ap]\.?m\.?|\d{{2}}\s*hrs)"
    rf"|{alternation(CLOCK_WORDS)})(?:\s+(?:local time|gmt|utc))?,?\s+(?=\S)"
)
# 'overnight Thursday', 'today early morning': a part of the day around the date keeps it the same day.
_DAY_PART_AROUND = re.compile(rf"^overnight\s+(?=\S)|\s+(?:early|late)(?=\s+(?:{alternation(PARTS_OF_DAY)})$)")
# 'Christmas Eve' is 'December 24': a holiday on the same day every year is read as that date
_HOLIDAY = re.compile(rf"\b({alternation(FIXED_HOLIDAYS)})\b")
_STORY_OPENER = re.compile(rf"^(?:(?:{alternation(STORY_RELATIVE_OPENERS)})\s+)?(?:the\s+)?")
_DATELIKE = re.compile(rf"\b({_WEEKDAY}|{_MONTH}|{alternation(DATELIKE_WORDS)})\b")
# 'the following week' counts from publication too; no month or year is read so.
_WEEK_SHIFTS = RELATIVE_SHIFTS | {"the following": 1}
_WEEK = re.compile(rf"(earlier |later |early |late )?({alternation(_WEEK_SHIFTS)}) week(?:end)?")
# 'early last month', 'mid-next year': 'mid-' joins its word, the other parts stand apart.
_PERIOD_PART = rf"(?:{alternation(p for p in PERIOD_PARTS if p != 'mid')}) |mid-?"
_SHIFTED_MONTH = re.compile(rf"({_PERIOD_PART})?({alternation(RELATIVE_SHIFTS)}) month")
_SHIFTED_YEAR = re.compile(rf"({_PERIOD_PART}|earlier this |)?({alternation(RELATIVE_SHIFTS)}) year")
_DAY_WORD = re.compile(rf"(?:early |late |earlier |later )?({alternation(DAY_WORDS)}){_PART_OF_DAY}")
# 'yesterday, Thursday March 3, 2022', 'today (Sunday)': a day word and the same day named beside it
_DAY_WORD_IN_APPOSITION = re.compile(rf"^({alternation(DAY_WORDS)})\s*[,(]?\s*((?:{alternation(WEEKDAYS)})\b.*)$")


@dataclass(frozen=True)
class Resolution:
    start: date | None
    end: date | None
    granularity: str  # day, week, month, year, interval, decade, unresolved


def resolve_events(
    text: str, mentions: Iterable[Mention], sentences: Iterable[Span], published: date | None, language: str = "en"
) -> tuple[Event, ...]:
    """Every dated DATE/TIME mention as an Event with its sentence; durations and vague spans are left out.

    A French article's expressions go to the French resolver; the English story rules find nothing in them."""
    sentences = list(sentences)
    events: list[Event] = []
    pending_anchored: list[tuple[Mention, Span, int, str, str]] = []
    ordered = sorted((m for m in mentions if m.label in ("DATE", "TIME") or _year_of_event(m)), key=lambda m: m.start)
    for n, m in enumerate(ordered):
        sentence = _sentence_of(sentences, m.start, text)
        year = _year_of_event(m)
        if year:
            events.append(_event(m, sentence, _year_part(year, None)))
            continue
        anchored = re.match(r"\s+(after|before|later|earlier)\b", text[m.end : m.end + 12])
        amount = _amount(m.text)
        if anchored and amount:
            pending_anchored.append((m, sentence, amount[0], amount[1], anchored.group(1)))
            continue
        if time_of_day_alone(m.text):  # 'at 6 p.m.', 'at midnight': on the day the story is telling
            same = [e for e in events if sentence.start <= e.start and e.granularity == "day" and e.date]
            told = [
                e for e in events if e.granularity == "day" and e.date and (published is None or e.date <= published)
            ]
            day = same[-1].date if same else told[-1].date if told else published
            if day is not None:
                events.append(_event(m, sentence, Resolution(day, day, "day")))
            continue
        shift = _story_relative(m.text)
        if shift is not None:  # 'the previous day': from the last day the story named, else publication
            story_days = [
                e.date
                for e in events
                if e.granularity == "day" and e.date and e.end <= m.start and (published is None or e.date <= published)
            ]  # plans ahead are no anchor
            # 'that morning', 'the same day' point back at a day the story named: with none, they stay undated
            anchor = story_days[-1] if story_days else (published if shift else None)
            if anchor is not None:
                events.append(_event(m, sentence, Resolution(anchor + shift, anchor + shift, "day")))
            continue
        following = ordered[n + 1] if n + 1 < len(ordered) else None
        expr = _month_of_pair(text, m, ordered[n - 1] if n else None, following) or (
            m.text + _year_of_pair_end(text, m, following)
        )
        if _THE_BEFORE.search(text[max(0, m.start - 6) : m.start]) and _NEXT_WEEKDAY.match(expr):
            expr = _NEXT_WEEKDAY.sub("", expr)  # 'the next Friday': read as the story's Friday
        r = (
            resolve_french_expression(m.text, published)
            if language == "fr"
            else resolve_expression(
                expr, published, future=_future_before(text, sentence, m.start) or _deadline(text, m.start, expr)
            )
        )
        if r is None:
            continue
        events.append(_event(m, sentence, r))
    for m, sentence, n, unit, relation in pending_anchored:
        r = _resolve_anchored(m, sentence, n, unit, relation, events, published)
        if r is not None:
            events.append(_event(m, sentence, r))
    return _weekday_pairs_in_order(text, sorted(events, key=lambda e: e.start), published)


_WEEKDAY_ONLY = re.compile(rf"(?:{_WEEKDAY})\b", re.IGNORECASE)
# 'two died on Monday; the next Friday, a third was found': a story's sequence, told in the past like
# any weekday of it (not 'next Wednesday', the one to come)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NEXT_WEEKDAY = re.compile(rf"^next\s+(?=(?:{_WEEKDAY})\b)", re.IGNORECASE)


def _weekday_pairs_in_order(text: str, events: list[Event], published: date | None = None) -> tuple[Event, ...]:
    """'from Thursday to Friday' published on a Thursday: each weekday alone is its most recent day, which puts
    Friday after Saturday; the first of two weekdays joined by 'to' or 'and' is the one before the second. When
    the first is a day before publication, the two run over it ('a congress from Saturday to Tuesday' published on
    the Sunday), and the second is the one to come; on the publication day itself, both are taken as past."""
    for k in range(len(events) - 1):
        first, second = events[k], events[k + 1]
        if (
            first.granularity == second.granularity == "day"
            and first.date
            and second.date
            and first.date > second.date
            and _WEEKDAY_ONLY.match(first.text)
            and _WEEKDAY_ONLY.match(second.text)
            and _PAIR_JOIN.fullmatch(text[first.end : second.start])
        ):
            week = timedelta(days=7 * ((first.date - second.date).days // 7 + 1))
            if published is not None and first.date < published:
                events[k + 1] = replace(second, date=second.date + week, end_date=second.end_date + week)
            else:
                events[k] = replace(first, date=first.date - week, end_date=first.end_date - week)
    return tuple(events)


_PAIR_JOIN = re.compile(r"\s*(?:and|to|through|until|-|–)\s*")
_YEAR = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")


_MONTH_IN = re.compile(rf"\b({alternation(MONTHS)})\b", re.IGNORECASE)


def _month_of_pair(text: str, m: Mention, before: Mention | None, after: Mention | None) -> str | None:
    """'11 and 12 March', 'March 11 and 12': a bare day joined to a date of a month is a day of that month
    ('11 March', written with its partner's month and year); None for anything else."""
    if not (m.text.isascii() and m.text.isdigit() and 1 <= int(m.text) <= 31):
        return None
    for partner, day_first in ((after, True), (before, False)):
        if partner is None:
            continue
        between = text[m.end : partner.start] if day_first else text[partner.end : m.start]
        month = _MONTH_IN.search(partner.text) if _PAIR_JOIN.fullmatch(between) else None
        if month:
            year = _YEAR.search(partner.text)
            if day_first:
                return f"{m.text} {month[1]}" + (f" {year[1]}" if year else "")
            return f"{month[1]} {m.text}" + (f", {year[1]}" if year else "")
    return None


def _year_of_pair_end(text: str, m: Mention, following: Mention | None) -> str:
    """'from February 7 to February 9, 2020': a date without its year, joined to a date that has one, takes
    that year (as ', 2020' to append to its text); otherwise ''."""
    if following is None or _YEAR.search(m.text) or not _PAIR_JOIN.fullmatch(text[m.end : following.start]):
        return ""
    year = _YEAR.search(following.text)
    return f", {year[1]}" if year else ""


def _year_of_event(m: Mention) -> int | None:
    """'the 2006 war', 'the 1991 uprising': a named event that opens with its year is dated by it."""
    if m.label != "EVENT":
        return None
    found = re.match(r"(?:the\s+)?(\d{4})\b", m.text)
    return int(found[1]) if found and 1800 <= int(found[1]) <= 2200 else None


def _event(m: Mention, sentence: Span, r: Resolution) -> Event:
    return Event(
        text=m.text,
        start=m.start,
        end=m.end,
        date=r.start,
        end_date=r.end,
        granularity=r.granularity,
        sentence=sentence.text,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
    )


def _sentence_of(sentences: list[Span], offset: int, text: str) -> Span:
    for s in sentences:
        if s.start <= offset < s.end:
            return s
    return Span(0, len(text), text)


def _story_relative(expr: str) -> timedelta | None:
    """Days counted from the story's own last date ('the following day'), not from publication."""
    e = _STORY_OPENER.sub("", re.sub(r"\s+", " ", expr.lower().strip(" .,;:")))
    if e in STORY_RELATIVE_DAYS:
        return timedelta(days=STORY_RELATIVE_DAYS[e])
    m = re.fullmatch(rf"(\d+|{_NUMBER})\s+(day|week)s?\s+(earlier|later)", e)
    if m:
        n = int(m[1]) if m[1].isdigit() else NUMBER_WORDS[m[1]]
        return _delta(n, m[2]) * (1 if m[3] == "later" else -1)
    return None


def _amount(expr: str) -> tuple[int, str] | None:
    """'a day' -> (1, 'day'), 'two weeks' -> (2, 'week')."""
    m = re.fullmatch(rf"(\d+|{_NUMBER})\s+{_UNITS}", expr.strip().lower())
    if not m:
        return None
    n = int(m[1]) if m[1].isdigit() else NUMBER_WORDS[m[1]]
    return n, m[2]


def _resolve_anchored(
    m: Mention, sentence: Span, n: int, unit: str, relation: str, events: list[Event], published: date | None
) -> Resolution | None:
    """An amount of time tied to another event, dated from the nearest day-level date.

    'later' and 'earlier' count from the date before them ('on Saturday ... two days later': Monday).
    'after' and 'before' name another event: with the date before the phrase ("struck on Saturday, a day
    after a drone hit") the phrase dates that other event, anchor - n; with the date after it ("began two
    days after a letter on 24 August") it dates its own sentence's event, anchor + n. With no date in its
    sentence the anchor is the story's last day ('They come a day after <a speech>': the day before).
    """
    step = _delta(n, unit)
    if step is None:
        return None
    same = [e for e in events if sentence.start <= e.start < sentence.end and e.granularity == "day" and e.date]
    before = [e for e in same if e.end <= m.start]
    after = [e for e in same if e.start >= m.end]
    if not same:
        before = [
            e
            for e in events
            if e.end <= m.start and e.granularity == "day" and e.date and (published is None or e.date <= published)
        ]
    if before:
        day = before[-1].date + {"later": 1, "before": 1, "after": -1, "earlier": -1}[relation] * step
    elif after:
        day = after[0].date + {"after": 1, "later": 1, "before": -1, "earlier": -1}[relation] * step
    else:
        return None
    return Resolution(day, day, "day")


def _delta(n: int, unit: str) -> timedelta | None:
    return {"day": timedelta(days=n), "night": timedelta(days=n), "week": timedelta(weeks=n)}.get(unit)


# Words that put what follows in the future: 'is expected in Cairo on Saturday', 'will vote on Monday'.
_FUTURE = re.compile(rf"\b({alternation(FUTURE_MARKERS)})\b[^,;.!?]*$", re.IGNORECASE)


_DEADLINE = re.compile(rf"\b({alternation(DEADLINE_PREPOSITIONS)})\s+$", re.IGNORECASE)


def _deadline(text: str, start: int, expr: str) -> bool:
    """'until May 22', right before a date written with its day: a deadline, this year's day even when it is
    still ahead."""
    return any(ch.isdigit() for ch in expr) and bool(_DEADLINE.search(text[max(0, start - 12) : start]))


def _future_before(text: str, sentence: Span, start: int) -> bool:
    """Whether the clause before a date speaks of the future (HeidelTime reads tense the same way)."""
    before = text[max(sentence.start, start - 160) : start]
    return bool(_FUTURE.search(before))


def resolve_expression(expr: str, published: date | None, future: bool = False) -> Resolution | None:
    """One date expression -> its date or interval; None when it is a duration or too vague to place.

    `future`: the clause speaks of the future, so a bare weekday is the next such day, not the last."""
    e = _normalise(expr)
    if not e or _DURATION.match(e):
        return None
    explicit = _explicit(e, published, future)
    if explicit is not None:
        return explicit
    if _VAGUE.search(e) and not _AGO.fullmatch(e):
        return None
    if published is None:
        return Resolution(None, None, "unresolved") if _looks_datelike(e) else None
    if future:
        r = _rule_weekday(e, published, future=True) or _rule_future_month(e, published)
        if r is not None:
            return r
    for rule in _RELATIVE_RULES:
        r = rule(e, published)
        if r is not None:
            return r
    return _with_dateparser(e, published)


def _normalise(expr: str) -> str:
    e = expr.lower().replace("’", "'").strip(" .,;:\"'()")
    e = re.sub(r"\s+", " ", e)
    for variant, spelling in DATE_SPELLING_VARIANTS.items():
        e = e.replace(variant, spelling)
    e = _LEADING_PREPOSITION.sub("", e)
    e = _LEADING_CLOCK_TIME.sub("", e)
    e = _LEADING_PREPOSITION.sub("", e)
    e = _HEDGE_BEFORE_AGO.sub("", e)
    e = _DAY_PART_OPENER.sub("", e)
    e = _CLOCK_TIME.sub("", e)
    e = _DAY_PART_AROUND.sub("", e)
    e = _HOLIDAY.sub(lambda m: FIXED_HOLIDAYS[m[1]], e)
    if apposition := _DAY_WORD_IN_APPOSITION.match(e):
        # the day named in full says which day it is; a weekday alone says no more than the day word
        named = apposition[2].strip(" ,;:()")
        e = named if re.search(rf"\b{_MONTH}\b|\d{{4}}", named) else apposition[1]
    # 'the end of last year' -> 'late last year', 'the beginning of March' -> 'early march': one set of rules.
    e = re.sub(
        r"^(?:the\s+)?(end|start|beginning|middle)\s+of\s+(?:the\s+)?",
        lambda m: {"end": "late ", "middle": "mid "}.get(m[1], "early "),
        e,
    )
    # 'the beginning of the year' is this year's: the year the story is told in
    return re.sub(r"^(early|mid|late) year$", r"\1 this year", e)


_ZONES = alternation(CLOCK_ZONES, space=r"\s+")
_BARE_CLOCK = re.compile(
    rf"^(?:(?:{alternation(CLOCK_TIME_OPENERS)})\s+)?"
    rf"(?:\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]\.?m\.?|\d{{1,2}}[:.h]\d{{2}}|\d{{3,4}}\s*hrs|{alternation(CLOCK_WORDS)})"
    rf"(?:\s+(?:{_ZONES}))?$",
    re.IGNORECASE,
)


def time_of_day_alone(expr: str) -> bool:
    """'6 p.m.', 'at 3pm local time', 'midnight': a time of day with no day of its own."""
    return bool(_BARE_CLOCK.match(re.sub(r"\s+", " ", expr.strip(" ,;:\"'()"))))


def _looks_datelike(e: str) -> bool:
    return bool(_DATELIKE.search(e))


# ----------------------------------------------------------------------------- explicit dates
# between the two day numbers of one month's days: 'March 3-4', 'March 4 to 6', '3rd and 4th March'
_DAY_RANGE = rf"(?:st|nd|rd|th)?\s*(?:[-–]|{alternation(RANGE_JOINS)})\s*"


def _explicit(e: str, published: date | None, future: bool = False) -> Resolution | None:
    """Dates written out: '24 August', 'Jan. 22', 'Oct. 7 last year', 'January 2023', '2006', '2024-02-07'."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", e)
    if m:
        d = _safe(int(m[1]), int(m[2]), int(m[3]))
        return Resolution(d, d, "day") if d else None
    m = re.fullmatch(rf"({_WEEKDAY}){_PART_OF_DAY}\s*\((\d{{1,2}})\)?", e)
    if m and published is not None:  # 'Monday (5)': the weekday that fell on the 5th, as papers date it
        on_the = _weekday_on_the(WEEKDAYS.index(m[1]), int(m[2]), published, future)
        return on_the or _rule_weekday(m[1], published, future)
    e = re.sub(rf"^{_MONTH}\s+of\s+(?=\d{{4}}$)", r"\1 ", e)  # 'November of 2013'

    year_shift = 0
    tail = re.search(r"\s+(?:of\s+)?(last|this|next) year$", e)
    if tail:
        year_shift = {"last": -1, "this": 0, "next": 1}[tail[1]]
        e = e[: tail.start()]
        month = re.fullmatch(rf"(early|mid|late)?[\s-]*{_MONTH}", e)
        if month and published is not None:  # 'March this year', 'late May last year'
            return _month_part(published.year + year_shift, MONTHS[month[2]], month[1])
    m = re.fullmatch(r"(?:between\s+)?(.+?)\s+(?:and|to|until|till)\s+(.+)", e)
    if m and re.match(_MONTH, m[1]) and re.match(_MONTH, m[2]):  # 'between March 3 and April 9'
        first, last = _explicit(m[1], published), _explicit(m[2], published)
        if first and last and first.start and last.end and first.start <= last.end:
            return Resolution(first.start, last.end, "interval")
    m = re.fullmatch(rf"(?:the\s+)?({_SEASON})\s+(?:of\s+)?(\d{{4}})", e)
    if m:  # 'the spring of 2019': the northern season, as the wires write it
        first_month, last_month = SEASONS[m[1]]
        y = int(m[2])
        end_year = y + 1 if first_month > last_month else y
        return Resolution(
            date(y, first_month, 1),
            date(end_year, last_month, calendar.monthrange(end_year, last_month)[1]),
            "interval",
        )
    m = re.fullmatch(
        rf"{_MONTH}\s+(\d{{1,2}}){_DAY_RANGE}(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?", e
    ) or re.fullmatch(rf"(\d{{1,2}}){_DAY_RANGE}(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(\d{{4}}))?", e)
    if m:  # 'March 3-4', '3-4 March 2024', 'March 4 to 6': the days from one to the other
        month, (a, b), year = (
            (MONTHS[m[1]], (m[2], m[3]), m[4]) if m[1] in MONTHS else (MONTHS[m[3]], (m[1], m[2]), m[4])
        )
        first = _day_of(year, month, int(a), published, year_shift, future)
        # The last day is in the first day's year: 'February 5-20' in a story of 8 February runs on past it,
        # though a lone '20 February' twelve days ahead would be last year's.
        last = _safe(first.start.year, month, int(b)) if first and first.start else None
        if last and first.start <= last:
            return Resolution(first.start, last, "interval")
        return first
    # 'last March 9', 'last 9 March': 'last' before a day of a month says no more than the day does
    e = re.sub(rf"^last\s+(?={_MONTH}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH})", "", e)
    m = (
        re.fullmatch(rf"(?:\w+day,?\s+)?{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?{_PART_OF_DAY}", e)
        or None
    )
    if m:
        month, day, year = MONTHS[m[1]], int(m[2]), m[3]
        return _day_of(year, month, day, published, year_shift, future)
    m = re.fullmatch(
        rf"(?:\w+day,?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(\d{{4}}))?{_PART_OF_DAY}", e
    )
    if m:
        month, day, year = MONTHS[m[2]], int(m[1]), m[3]
        return _day_of(year, month, day, published, year_shift, future)
    # 'last October 2021': the year written out outweighs the shift word before the month
    m = re.fullmatch(
        rf"(?:(?:{alternation(RELATIVE_SHIFTS)})\s+)?(early|mid|late|end of|beginning of|the end of)?[\s-]*{_MONTH},?\s+(\d{{4}})",
        e,
    )
    if m:
        return _month_part(int(m[3]), MONTHS[m[2]], m[1])
    m = re.fullmatch(r"(early|mid|late)?[\s-]*(\d{4})", e)
    if m and 1800 <= int(m[2]) <= 2200:
        return _year_part(int(m[2]), m[1])
    m = re.fullmatch(rf"(?:between\s+)?(\d{{4}})\s*(?:[-–]|{_YEAR_SPAN_JOINS})\s*(\d{{4}})", e)
    if m and 1800 <= int(m[1]) < int(m[2]) <= 2200:  # 'from 1994 to 2004', 'between 2011 and 2015'
        return Resolution(date(int(m[1]), 1, 1), date(int(m[2]), 12, 31), "interval")
    m = re.fullmatch(r"(?:the\s+)?(\d{3})0s", e)
    if m:
        start = int(m[1]) * 10
        return Resolution(date(start, 1, 1), date(start + 9, 12, 31), "decade")
    return None


def _weekday_on_the(weekday: int, day: int, published: date, future: bool = False) -> Resolution | None:
    """The date within a fortnight before publication (or a week after it; three weeks after it, said of the future)
    that is that weekday and that day of its month; None when none is (the bare weekday is read instead)."""
    for back in range(0, -22, -1) if future else range(-7, 15):
        d = published - timedelta(days=back)
        if d.day == day and d.weekday() == weekday:
            return Resolution(d, d, "day")
    return None


_YEAR_SPAN_JOINS = alternation(RANGE_JOINS - {"or"})  # 'from 1994 to 2004' (not '1994 or 2004')


def _day_of(
    year: str | None, month: int, day: int, published: date | None, year_shift: int, future: bool = False
) -> Resolution | None:
    if year:
        d = _safe(int(year), month, day)
        return Resolution(d, d, "day") if d else None
    if published is None:
        return Resolution(None, None, "unresolved")
    y = published.year + year_shift
    d = _safe(y, month, day)
    # a date without year is in the past, unless its clause speaks of the future ('will vote on 4 July')
    if d and year_shift == 0 and not future and d > published + timedelta(days=7):
        # ... unless last year had no such day (29 February): this year's is then the nearest there is.
        d = _safe(y - 1, month, day) or d
    return Resolution(d, d, "day") if d else None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_range(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _month_part(y: int, m: int, part: str | None) -> Resolution:
    first, last = _month_range(y, m)
    if not part:
        return Resolution(first, last, "month")
    if part == "early" or part == "beginning of":
        return Resolution(first, date(y, m, 10), "interval")
    if part == "mid":
        return Resolution(date(y, m, 11), date(y, m, 20), "interval")
    return Resolution(date(y, m, 21), last, "interval")


def _year_part(y: int, part: str | None) -> Resolution:
    if not part:
        return Resolution(date(y, 1, 1), date(y, 12, 31), "year")
    return {
        "early": Resolution(date(y, 1, 1), date(y, 4, 30), "interval"),
        "mid": Resolution(date(y, 5, 1), date(y, 8, 31), "interval"),
        "late": Resolution(date(y, 9, 1), date(y, 12, 31), "interval"),
    }[part]


# ----------------------------------------------------------------------------- relative expressions
def _rule_day_words(e: str, pub: date) -> Resolution | None:
    m = _DAY_WORD.fullmatch(e)
    if not m:
        return None
    word = m[1]
    d = pub + timedelta(days=DAY_WORDS[word])
    return Resolution(d, d, "day")


def _rule_ago(e: str, pub: date) -> Resolution | None:
    m = _AGO.fullmatch(e)
    if not m:
        return None
    n = int(m[1]) if m[1].isdigit() else NUMBER_WORDS[m[1]]
    unit = m[2]
    if unit in ("day", "night", "week"):
        d = pub - _delta(n, unit)
        return Resolution(d, d, "day")
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, -n)
        return Resolution(*_month_range(y, mo), "month")
    if n == 1:  # 'a year ago' in an October story: last October, not just last year
        return Resolution(*_month_range(pub.year - 1, pub.month), "month")
    return Resolution(date(pub.year - n, 1, 1), date(pub.year - n, 12, 31), "year")


def _rule_weekday(e: str, pub: date, future: bool = False) -> Resolution | None:
    m = re.fullmatch(
        rf"(?:(last|this|next|past|late|early|late on|early on|earlier|later|earlier on|later on)\s+)?"
        rf"({_WEEKDAY})(?:'s)?{_PART_OF_DAY}",
        e,
    )
    if not m:
        week = re.fullmatch(rf"({_WEEKDAY})(?:'s)?\s+(?:of\s+)?(last|this|next|past) week", e)
        if not week:
            return None
        # 'Monday last week': that weekday in the week named (weeks start on Monday)
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=RELATIVE_SHIFTS.get(week[2], -1))
        d = monday + timedelta(days=WEEKDAYS.index(week[1]))
        return Resolution(d, d, "day")
    target = WEEKDAYS.index(m[2])
    back = (pub.weekday() - target) % 7
    if m[1] == "next":
        # 'next Saturday' written on a Friday is not tomorrow: within two days, 'next' skips to the week after
        ahead = (target - pub.weekday()) % 7
        d = pub + timedelta(days=ahead + 7 if ahead <= 2 else ahead)
    elif future and m[1] not in ("last", "past"):
        d = pub + timedelta(days=(target - pub.weekday()) % 7)
    elif m[1] in ("last", "past"):
        d = pub - timedelta(days=back or 7)
    else:
        d = pub - timedelta(days=back)
    return Resolution(d, d, "day")


def _rule_future_month(e: str, pub: date) -> Resolution | None:
    """'is due to leave by July': the next July, not the last one."""
    m = re.fullmatch(rf"(early|mid|late|end of)?[\s-]*{_MONTH}", e)
    if not m:
        return None
    month = MONTHS[m[2]]
    year = pub.year if month >= pub.month else pub.year + 1
    return _month_part(year, month, {"end of": "late"}.get(m[1] or "", m[1]))


def _rule_weekday_pair(e: str, pub: date) -> Resolution | None:
    """'Sunday and Monday', 'Friday to Saturday': the days from the first to the second."""
    m = re.fullmatch(rf"((?:\w+ )?(?:{_WEEKDAY}))\s*(?:and|to|through|-|–)\s*((?:{_WEEKDAY}){_PART_OF_DAY})", e)
    if not m:
        return None
    first, second = _rule_weekday(m[1], pub), _rule_weekday(m[2], pub)
    if first is None or second is None:
        return None
    if second.start < first.start:  # 'Sunday and Monday' published on a Monday: the Sunday before
        first = Resolution(first.start - timedelta(days=7), first.end - timedelta(days=7), "day")
    return Resolution(first.start, second.end, "interval")


def _rule_weekend(e: str, pub: date) -> Resolution | None:
    """'the weekend' in a news story is the last one, or the one it is published on."""
    if e not in ("the weekend", "weekend"):
        return None
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    return Resolution(saturday, saturday + timedelta(days=1), "interval")


def _rule_season(e: str, pub: date) -> Resolution | None:
    """'last summer', 'this spring', 'the winter' (northern seasons, as the wires write them)."""
    m = re.fullmatch(rf"(last|this|next|the|early|late|earlier this|later this)?\s*({_SEASON})", e)
    if not m:
        return None
    first, last = SEASONS[m[2]]

    def season(year: int) -> tuple[date, date]:
        end_year = year + 1 if first > last else year
        return date(year, first, 1), date(end_year, last, calendar.monthrange(end_year, last)[1])

    # The year the season begins in: this year's, but January belongs to the winter that began in December.
    this_year = pub.year - 1 if first > last and pub.month <= last else pub.year
    qualifier = (m[1] or "").strip()
    if qualifier in ("this", "earlier this", "later this"):
        year = this_year
    elif qualifier == "next":  # the first one that begins after publication
        year = this_year if season(this_year)[0] > pub else this_year + 1
    else:  # 'last summer', 'the summer': the season under way or the last one before publication
        year = this_year if season(this_year)[0] <= pub else this_year - 1
        if qualifier == "last" and season(year)[0] <= pub <= season(year)[1]:
            year -= 1
    start, end = season(year)
    return Resolution(start, end, "interval")


def _rule_week(e: str, pub: date) -> Resolution | None:
    m = _WEEK.fullmatch(e)
    if not m:
        return None
    monday = pub - timedelta(days=pub.weekday())
    shift = 7 * _WEEK_SHIFTS[m[2]]
    start = monday + timedelta(days=shift)
    end = start + timedelta(days=6)
    if e.endswith("weekend"):
        return Resolution(start + timedelta(days=5), end, "interval")
    if m[1] == "earlier " and shift == 0:
        return Resolution(start, max(start, pub - timedelta(days=1)), "interval")
    return Resolution(start, end, "week")


def _rule_month(e: str, pub: date) -> Resolution | None:
    m = _SHIFTED_MONTH.fullmatch(e)
    if m:
        shift = RELATIVE_SHIFTS[m[2]]
        y, mo = _add_months(pub.year, pub.month, shift)
        part = (m[1] or "").strip().rstrip("-")
        if part == "earlier" and shift == 0:
            return Resolution(date(y, mo, 1), pub, "interval")
        return _month_part(y, mo, PERIOD_PARTS.get(part))
    m = re.fullmatch(rf"(last|this|next|early|mid|late|earlier in|late in|early in)?[\s-]*{_MONTH}", e)
    if m:
        month = MONTHS[m[2]]
        qualifier = (m[1] or "").strip()
        y = pub.year
        if qualifier == "last":
            y = pub.year if month < pub.month else pub.year - 1
        elif qualifier == "next":
            y = pub.year if month > pub.month else pub.year + 1
        elif month > pub.month:
            y = pub.year - 1
        part = {"early": "early", "early in": "early", "mid": "mid", "late": "late", "late in": "late"}.get(qualifier)
        return _month_part(y, month, part)
    return None


def _rule_year(e: str, pub: date) -> Resolution | None:
    m = _SHIFTED_YEAR.fullmatch(e)
    if not m:
        return None
    shift = RELATIVE_SHIFTS[m[2]]
    part = (m[1] or "").strip().rstrip("-")
    y = pub.year + shift
    r = _year_part(y, PERIOD_PARTS.get(part))
    if part == "earlier" and shift == 0:
        return Resolution(date(y, 1, 1), pub, "interval")
    return r


_EASTER_HOLIDAY = re.compile(rf"(?:(last|this|next)\s+)?({alternation(EASTER_HOLIDAYS)})(?:\s+(\d{{4}}))?")


def _rule_easter_holiday(e: str, pub: date) -> Resolution | None:
    """'Good Friday', 'last Easter', 'Easter Monday 2016': a holiday counted from Easter Sunday, in the year
    given, else the last one on or before publication ('next' the first after it)."""
    m = _EASTER_HOLIDAY.fullmatch(e)
    if not m:
        return None
    offset = timedelta(days=EASTER_HOLIDAYS[m[2]])

    def day(year: int) -> date:
        return easter(year) + offset

    if m[3]:
        d = day(int(m[3]))
    elif m[1] == "next":
        d = day(pub.year) if day(pub.year) > pub else day(pub.year + 1)
    else:
        d = day(pub.year) if day(pub.year) <= pub else day(pub.year - 1)
        if m[1] == "last" and d == pub:
            d = day(pub.year - 1)
    return Resolution(d, d, "day")


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + n
    return total // 12, total % 12 + 1


_RELATIVE_RULES = (
    _rule_easter_holiday,
    _rule_day_words,
    _rule_ago,
    _rule_weekday,
    _rule_weekday_pair,
    _rule_weekend,
    _rule_week,
    _rule_season,
    _rule_month,
    _rule_year,
)


def _with_dateparser(e: str, pub: date) -> Resolution | None:
    """Anything else that names a day: dateparser, relative to the publication date, preferring the past."""
    if not re.search(rf"\d|\b({_MONTH})\b", e):
        return None
    import dateparser

    parsed = dateparser.parse(
        e,
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(pub.year, pub.month, pub.day),
            "PREFER_DATES_FROM": "past",
            "REQUIRE_PARTS": ["day", "month"],
        },
    )
    if parsed is None:
        return None
    d = parsed.date()
    return Resolution(d, d, "day")


# ----------------------------------------------------------------------------- French
_FR_DAY = r"(?:1er|[1-3]?\d)"
_FR_MONTH = rf"(?:{alternation(FRENCH_MONTHS)})"
_FR_WEEKDAY = rf"(?:{alternation(FRENCH_WEEKDAYS)})"
_FR_SHIFT = rf"(?:{alternation(FRENCH_PAST | FRENCH_FUTURE)})"
_FR_YEAR = r"(?:1[89]|20)\d{2}"
# What the French model (which has no DATE label) leaves unread: 'mercredi', 'mardi prochain', 'le 12 mars',
# 'mercredi 12 mars 2024', 'mars 2024', 'en mars', 'hier', 'la semaine dernière', "l'an dernier", 'en 2023'.
FRENCH_DATE = re.compile(
    rf"\b(?:{_FR_WEEKDAY}(?:\s+{_FR_DAY}\s+{_FR_MONTH}(?:\s+{_FR_YEAR})?|\s+{_FR_SHIFT})?"
    rf"|{_FR_DAY}\s+{_FR_MONTH}(?:\s+{_FR_YEAR})?"
    rf"|(?:(?:début|fin|mi-)\s*)?{_FR_MONTH}\s+{_FR_YEAR}"
    rf"|(?<=\ben\s){_FR_MONTH}"
    rf"|{alternation(FRENCH_DAY_WORDS)}"
    rf"|(?:la\s+)?semaine\s+{_FR_SHIFT}|(?:le\s+)?mois\s+{_FR_SHIFT}|l['’](?:année|an)\s+{_FR_SHIFT}"
    rf"|(?<=\ben\s){_FR_YEAR})(?![\w-])",
    re.IGNORECASE,
)


def resolve_french_expression(expr: str, published: date | None) -> Resolution | None:
    """A French date expression -> its date or interval, by dateparser (languages=['fr']) relative to the
    publication date; a weekday follows the English rule (the last such day on or before publication, or
    the next one after 'prochain'), and a week, month or year named is that whole period."""
    e = re.sub(r"\s+", " ", expr.lower().replace("’", "'").strip())
    e = re.sub(r"^l'an (?:dernier|passé)$", "l'année dernière", re.sub(r"^l'an prochain$", "l'année prochaine", e))
    part, e = _french_period_part(e)
    future = any(word in e.split() for word in FRENCH_FUTURE)
    weekday = next((i for i, day in enumerate(FRENCH_WEEKDAYS) if e.startswith(day)), None)
    has_day = bool(re.search(rf"{_FR_DAY} {_FR_MONTH}", e))
    if published is None:  # only an expression with its year can be placed
        return _french_parsed(e, date.today(), has_day, future, part) if re.search(_FR_YEAR, e) else None
    if weekday is not None and not has_day:
        d = (
            published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
            if future
            else published - timedelta(days=(published.weekday() - weekday) % 7)
        )
        return Resolution(d, d, "day")
    return _french_parsed(e, published, has_day, future, part)


def _french_period_part(e: str) -> tuple[str | None, str]:
    """'fin mars 2024' -> ('late', 'mars 2024'): the part of the period the English rules know."""
    for prefix, part in (("début ", "early"), ("fin ", "late"), ("mi-", "mid")):
        if e.startswith(prefix):
            return part, e[len(prefix) :].strip()
    return None, e


def _french_parsed(e: str, pub: date, has_day: bool, future: bool, part: str | None) -> Resolution | None:
    import dateparser

    parsed = dateparser.parse(
        e,
        languages=["fr"],
        settings={
            "RELATIVE_BASE": datetime(pub.year, pub.month, pub.day),
            "PREFER_DATES_FROM": "future" if future else "past",
        },
    )
    if parsed is None:
        return None
    d = parsed.date()
    if has_day or e in FRENCH_DAY_WORDS:
        return Resolution(d, d, "day")
    if "semaine" in e:
        monday = d - timedelta(days=d.weekday())
        return Resolution(monday, monday + timedelta(days=6), "week")
    if "mois" in e or re.search(_FR_MONTH, e):
        return _month_part(d.year, d.month, part)
    return _year_part(d.year, part)
