"""Date expressions resolved the way a news reader means them (publication: Thursday 2024-02-08)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from workbench.core.dates import resolve_events, resolve_expression
from workbench.core.models import Mention, Span

PUB = date(2024, 2, 8)


@pytest.mark.parametrize(
    "expr, start, end, granularity",
    [
        ("Wednesday evening", date(2024, 2, 7), date(2024, 2, 7), "day"),
        ("Thursday", PUB, PUB, "day"),  # the publication weekday is that very day
        ("last Thursday", date(2024, 2, 1), date(2024, 2, 1), "day"),
        ("last week", date(2024, 1, 29), date(2024, 2, 4), "week"),
        ("earlier this week", date(2024, 2, 5), date(2024, 2, 7), "interval"),
        ("in January", date(2024, 1, 1), date(2024, 1, 31), "month"),
        ("mid-January", date(2024, 1, 11), date(2024, 1, 20), "interval"),
        ("late last year", date(2023, 9, 1), date(2023, 12, 31), "interval"),
        ("last month", date(2024, 1, 1), date(2024, 1, 31), "month"),
        ("this month", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("last April", date(2023, 4, 1), date(2023, 4, 30), "month"),
        ("September", date(2023, 9, 1), date(2023, 9, 30), "month"),
        ("Oct. 7", date(2023, 10, 7), date(2023, 10, 7), "day"),
        ("Oct. 7 last year", date(2023, 10, 7), date(2023, 10, 7), "day"),
        ("24 August", date(2023, 8, 24), date(2023, 8, 24), "day"),
        ("Jan. 22", date(2024, 1, 22), date(2024, 1, 22), "day"),
        ("Sept. 30", date(2023, 9, 30), date(2023, 9, 30), "day"),
        ("February 3, 2022", date(2022, 2, 3), date(2022, 2, 3), "day"),
        ("2006", date(2006, 1, 1), date(2006, 12, 31), "year"),
        ("yesterday", date(2024, 2, 7), date(2024, 2, 7), "day"),
        ("two weeks ago", date(2024, 1, 25), date(2024, 1, 25), "day"),
        ("the 1990s", date(1990, 1, 1), date(1999, 12, 31), "decade"),
        ("earlier on Monday", date(2024, 2, 5), date(2024, 2, 5), "day"),
        ("over the weekend", date(2024, 2, 3), date(2024, 2, 4), "interval"),
        ("the end of last year", date(2023, 9, 1), date(2023, 12, 31), "interval"),
        ("the beginning of January", date(2024, 1, 1), date(2024, 1, 10), "interval"),
        ("January 3-4", date(2024, 1, 3), date(2024, 1, 4), "interval"),
        ("3-4 March 2023", date(2023, 3, 3), date(2023, 3, 4), "interval"),
        ("January 3 to 5 of this year", date(2024, 1, 3), date(2024, 1, 5), "interval"),  # one month's days
        ("3rd and 4th March 2023", date(2023, 3, 3), date(2023, 3, 4), "interval"),
        ("January 23 or 24", date(2024, 1, 23), date(2024, 1, 24), "interval"),  # one of the two days
        ("since last January 20", date(2024, 1, 20), date(2024, 1, 20), "day"),  # 'last' says no more
        ("Monday (5)", date(2024, 2, 5), date(2024, 2, 5), "day"),  # the weekday that fell on the 5th
        ("Sunday night (4)", date(2024, 2, 4), date(2024, 2, 4), "day"),
        ("Friday (1)", date(2024, 2, 2), date(2024, 2, 2), "day"),  # no Friday the 1st near: the last Friday
        ("the current year", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("November of 2013", date(2013, 11, 1), date(2013, 11, 30), "month"),
        ("midnight Sunday", date(2024, 2, 4), date(2024, 2, 4), "day"),  # a clock word before or after the day
        ("Monday noon", date(2024, 2, 5), date(2024, 2, 5), "day"),
        ("Monday at 14h30", date(2024, 2, 5), date(2024, 2, 5), "day"),  # a clock time written with an 'h'
        ("last 5 December", date(2023, 12, 5), date(2023, 12, 5), "day"),
        ("from 1994 to 2004", date(1994, 1, 1), date(2004, 12, 31), "interval"),  # a span of years
        ("between 2011 and 2015", date(2011, 1, 1), date(2015, 12, 31), "interval"),
        ("yesterday, Thursday February 1, 2024", date(2024, 2, 1), date(2024, 2, 1), "day"),  # the day in full
        ("yesterday, Wednesday", date(2024, 2, 7), date(2024, 2, 7), "day"),  # the day word and its weekday
        ("between Monday night", date(2024, 2, 5), date(2024, 2, 5), "day"),  # the pair's other end read apart
        ("last summer", date(2023, 6, 1), date(2023, 8, 31), "interval"),
        ("the winter", date(2023, 12, 1), date(2024, 2, 29), "interval"),  # under way in February
        ("last winter", date(2022, 12, 1), date(2023, 2, 28), "interval"),
        ("next summer", date(2024, 6, 1), date(2024, 8, 31), "interval"),
        ("March this year", date(2024, 3, 1), date(2024, 3, 31), "month"),
        ("late May last year", date(2023, 5, 21), date(2023, 5, 31), "interval"),
        ("the spring of 2019", date(2019, 3, 1), date(2019, 5, 31), "interval"),
        ("winter 2021", date(2021, 12, 1), date(2022, 2, 28), "interval"),
        ("between January 3 and February 1", date(2024, 1, 3), date(2024, 2, 1), "interval"),
        ("Jan 27", date(2024, 1, 27), date(2024, 1, 27), "day"),
        # next/last month names either side of the publication month, and the month itself
        ("next March", date(2024, 3, 1), date(2024, 3, 31), "month"),
        ("next January", date(2025, 1, 1), date(2025, 1, 31), "month"),
        ("next February", date(2025, 2, 1), date(2025, 2, 28), "month"),
        ("last February", date(2023, 2, 1), date(2023, 2, 28), "month"),
        ("last January", date(2024, 1, 1), date(2024, 1, 31), "month"),
        ("February", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("March", date(2023, 3, 1), date(2023, 3, 31), "month"),
        ("early in March", date(2023, 3, 1), date(2023, 3, 10), "interval"),
        ("late in January", date(2024, 1, 21), date(2024, 1, 31), "interval"),
        ("mid-March", date(2023, 3, 11), date(2023, 3, 20), "interval"),
        ("late January", date(2024, 1, 21), date(2024, 1, 31), "interval"),
        ("next month", date(2024, 3, 1), date(2024, 3, 31), "month"),
        ("earlier this month", date(2024, 2, 1), PUB, "interval"),
        # years, their parts, and spans counted back
        ("this year", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("last year", date(2023, 1, 1), date(2023, 12, 31), "year"),
        ("next year", date(2025, 1, 1), date(2025, 12, 31), "year"),
        ("earlier this year", date(2024, 1, 1), PUB, "interval"),
        ("early last year", date(2023, 1, 1), date(2023, 4, 30), "interval"),
        ("mid-2023", date(2023, 5, 1), date(2023, 8, 31), "interval"),
        ("late 2022", date(2022, 9, 1), date(2022, 12, 31), "interval"),
        ("early 2021", date(2021, 1, 1), date(2021, 4, 30), "interval"),
        ("three days ago", date(2024, 2, 5), date(2024, 2, 5), "day"),
        ("a week ago", date(2024, 2, 1), date(2024, 2, 1), "day"),
        ("two months ago", date(2023, 12, 1), date(2023, 12, 31), "month"),
        ("a year ago", date(2023, 2, 1), date(2023, 2, 28), "month"),  # an anniversary: that month
        # weeks, weekends, days and seasons
        ("next week", date(2024, 2, 12), date(2024, 2, 18), "week"),
        ("this week", date(2024, 2, 5), date(2024, 2, 11), "week"),
        ("last weekend", date(2024, 2, 3), date(2024, 2, 4), "interval"),
        ("this weekend", date(2024, 2, 10), date(2024, 2, 11), "interval"),
        ("Monday", date(2024, 2, 5), date(2024, 2, 5), "day"),
        ("next Monday", date(2024, 2, 12), date(2024, 2, 12), "day"),
        ("Monday last week", date(2024, 1, 29), date(2024, 1, 29), "day"),  # that weekday in the week named
        ("Friday of next week", date(2024, 2, 16), date(2024, 2, 16), "day"),
        ("Good Friday", date(2023, 4, 7), date(2023, 4, 7), "day"),  # Easter 2024 is after publication
        ("Easter Monday 2016", date(2016, 3, 28), date(2016, 3, 28), "day"),
        ("next Easter", date(2024, 3, 31), date(2024, 3, 31), "day"),
        ("next Friday", date(2024, 2, 16), date(2024, 2, 16), "day"),  # written on a Thursday: not tomorrow
        ("next Saturday's", date(2024, 2, 17), date(2024, 2, 17), "day"),
        ("next Sunday", date(2024, 2, 11), date(2024, 2, 11), "day"),
        ("last Friday", date(2024, 2, 2), date(2024, 2, 2), "day"),
        ("Friday night", date(2024, 2, 2), date(2024, 2, 2), "day"),
        ("tomorrow", date(2024, 2, 9), date(2024, 2, 9), "day"),
        ("today", PUB, PUB, "day"),
        ("last night", date(2024, 2, 7), date(2024, 2, 7), "day"),
        ("this morning", PUB, PUB, "day"),
        ("last autumn", date(2023, 9, 1), date(2023, 11, 30), "interval"),
        ("this spring", date(2024, 3, 1), date(2024, 5, 31), "interval"),
        ("the summer", date(2023, 6, 1), date(2023, 8, 31), "interval"),
        ("next winter", date(2024, 12, 1), date(2025, 2, 28), "interval"),
        ("last fall", date(2023, 9, 1), date(2023, 11, 30), "interval"),
        ("the 2010s", date(2010, 1, 1), date(2019, 12, 31), "decade"),
        # a part of the day written before the date, a clock time after it: the day is the date's
        ("the early hours of Sunday, November 14, 2021", date(2021, 11, 14), date(2021, 11, 14), "day"),
        ("the early hours of Tuesday", date(2024, 2, 6), date(2024, 2, 6), "day"),
        ("the night of 3 February", date(2024, 2, 3), date(2024, 2, 3), "day"),
        ("Friday, January 19 around 4:40pm", date(2024, 1, 19), date(2024, 1, 19), "day"),
        ("Monday at 10 a.m.", date(2024, 2, 5), date(2024, 2, 5), "day"),
        ("January 3 at 10:30 local time", date(2024, 1, 3), date(2024, 1, 3), "day"),
        # a clock time or a part of the day before the date, or around it: still the date's day
        ("around 11 p.m. this Tuesday", date(2024, 2, 6), date(2024, 2, 6), "day"),
        ("at 0020hrs Monday", date(2024, 2, 5), date(2024, 2, 5), "day"),
        ("2 p.m. on Wednesday", date(2024, 2, 7), date(2024, 2, 7), "day"),
        ("overnight Tuesday", date(2024, 2, 6), date(2024, 2, 6), "day"),
        ("today early morning", PUB, PUB, "day"),
        ("Sunday late evening", date(2024, 2, 4), date(2024, 2, 4), "day"),
        # a shift word before a month with its year: the year written out decides
        ("last October 2021", date(2021, 10, 1), date(2021, 10, 31), "month"),
        ("this March 2022", date(2022, 3, 1), date(2022, 3, 31), "month"),
        ("November of last year", date(2023, 11, 1), date(2023, 11, 30), "month"),
        ("January of this year", date(2024, 1, 1), date(2024, 1, 31), "month"),
        # 'the year' of a part of it is the year of publication; a weekend written with a hyphen is one
        ("the beginning of the year", date(2024, 1, 1), date(2024, 4, 30), "interval"),
        ("last week-end", date(2024, 2, 3), date(2024, 2, 4), "interval"),
        # holidays on the same day every year
        ("Christmas Eve", date(2023, 12, 24), date(2023, 12, 24), "day"),
        ("New Year's Day", date(2024, 1, 1), date(2024, 1, 1), "day"),
        ("New Year’s Eve 2021", date(2021, 12, 31), date(2021, 12, 31), "day"),
    ],
)
def test_expression_resolves(expr, start, end, granularity):
    r = resolve_expression(expr, PUB)
    assert (r.start, r.end, r.granularity) == (start, end, granularity)


@pytest.mark.parametrize(
    "expr",
    [
        "the past week",
        "over the past week",
        "two days",
        "11-month-old",
        "decades",
        "recent days",
        "three months",
        "daily",
        "an election year",
        "12-year",
    ],
)
def test_durations_and_vague_spans_are_not_events(expr):
    assert resolve_expression(expr, PUB) is None


def test_unresolved_without_publication_date_but_absolute_dates_still_resolve():
    assert resolve_expression("Wednesday", None).granularity == "unresolved"
    assert resolve_expression("February 3, 2022", None).start == date(2022, 2, 3)


def test_a_day_after_is_dated_from_its_anchor():
    text = "Jets struck the port on Saturday, a day after a drone hit the city."
    sat = text.index("Saturday")
    day = text.index("a day")
    mentions = [Mention(sat, sat + 8, "Saturday", "DATE", ""), Mention(day, day + 5, "a day", "DATE", "")]
    events = resolve_events(text, mentions, [Span(0, len(text), text)], date(2024, 7, 21))
    assert [(e.text, e.date) for e in events] == [("Saturday", date(2024, 7, 20)), ("a day", date(2024, 7, 19))]


def test_days_after_a_later_anchor_date_the_sentence_event():
    text = "The clashes began two days after a letter on 24 August."
    two = text.index("two days")
    aug = text.index("24 August")
    mentions = [Mention(two, two + 8, "two days", "DATE", ""), Mention(aug, aug + 9, "24 August", "DATE", "")]
    events = resolve_events(text, mentions, [Span(0, len(text), text)], date(2022, 8, 30))
    assert dict((e.text, e.date) for e in events)["two days"] == date(2022, 8, 26)


def test_a_weekday_in_a_clause_about_the_future_is_the_next_one():
    from workbench.core.models import Mention, Span

    text = "Netanyahu said on Tuesday that the army would enter Rafah. A delegation is expected in Cairo on Saturday."
    mentions = [
        Mention(text.index("Tuesday"), text.index("Tuesday") + 7, "Tuesday", "DATE", ""),
        Mention(text.index("Saturday"), text.index("Saturday") + 8, "Saturday", "DATE", ""),
    ]
    sentences = [Span(0, 58, text[:58]), Span(59, len(text), text[59:])]
    events = {e.text: e.date for e in resolve_events(text, mentions, sentences, date(2024, 5, 2))}  # a Thursday
    assert events == {"Tuesday": date(2024, 4, 30), "Saturday": date(2024, 5, 4)}


def test_the_previous_day_counts_from_the_story_not_from_a_plan():
    text = (
        "Missiles hit Kyiv on Tuesday. Zelensky will meet Duda on Monday. The previous day, drones hit Odesa. "
        "Three weeks earlier, a strike hit Sumy."
    )

    def mention(phrase):
        return Mention(text.index(phrase), text.index(phrase) + len(phrase), phrase, "DATE", "")

    mentions = [mention(p) for p in ("Tuesday", "Monday", "previous day", "Three weeks")]
    sentences, start = [], 0
    for part in text.split(". "):
        sentences.append(Span(start, start + len(part), part))
        start += len(part) + 2
    events = {e.text: e.date for e in resolve_events(text, mentions, sentences, PUB)}
    assert events["Tuesday"] == date(2024, 2, 6) and events["Monday"] == date(2024, 2, 12)  # 'will meet'
    assert events["previous day"] == date(2024, 2, 5)  # the day before Tuesday, not before Monday's meeting
    assert events["Three weeks"] == date(2024, 1, 15)  # three weeks before that day


def test_two_weekdays_make_an_interval():
    r = resolve_expression("Sunday and Monday", PUB)
    assert (r.start, r.end, r.granularity) == (date(2024, 2, 4), date(2024, 2, 5), "interval")


def test_a_month_in_a_clause_about_the_future_is_the_next_one():
    text = "The mission is due to leave the country by July, officials said in March."
    mentions = [
        Mention(text.index("July"), text.index("July") + 4, "July", "DATE", ""),
        Mention(text.index("March"), text.index("March") + 5, "March", "DATE", ""),
    ]
    events = {e.text: e.date for e in resolve_events(text, mentions, [Span(0, len(text), text)], date(2024, 5, 14))}
    assert events == {"July": date(2024, 7, 1), "March": date(2024, 3, 1)}


def _events(text: str, marked: list[tuple[str, str]], published=PUB):
    import re

    mentions = [Mention(text.index(t), text.index(t) + len(t), t, label, "") for t, label in marked]
    sentences = [Span(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.]+\.", text)]
    return [(e.text, e.date, e.end_date) for e in resolve_events(text, mentions, sentences, published)]


def test_a_named_event_that_opens_with_its_year_is_dated_by_it():
    assert _events("Israel has held it since the 2006 war ended.", [("2006 war", "EVENT")]) == [
        ("2006 war", date(2006, 1, 1), date(2006, 12, 31))
    ]
    assert _events("Since the Gaza war began.", [("Gaza war", "EVENT")]) == []


def test_an_amount_after_the_story_s_day_dates_the_other_event():
    """'Strikes hit on Wednesday. They come a day after a speech': the speech was on Tuesday."""
    text = "Strikes hit on Wednesday. They come a day after a speech."
    assert _events(text, [("Wednesday", "DATE"), ("a day", "DATE")])[-1] == (
        "a day",
        date(2024, 2, 6),
        date(2024, 2, 6),
    )
    text = "Strikes hit on Wednesday. Two days later, talks began."
    assert _events(text, [("Wednesday", "DATE"), ("Two days", "DATE")])[-1] == (
        "Two days",
        date(2024, 2, 9),
        date(2024, 2, 9),
    )
    text = "Strikes hit on Wednesday and two days later talks began."
    assert _events(text, [("Wednesday", "DATE"), ("two days", "DATE")])[-1] == (
        "two days",
        date(2024, 2, 9),
        date(2024, 2, 9),
    )


def test_the_previous_night_is_the_night_before_the_story_s_day():
    text = "Shelling went on into Monday after two died the previous night."
    assert _events(text, [("Monday", "DATE"), ("the previous night", "DATE")])[-1][1] == date(2024, 2, 4)


@pytest.mark.parametrize(
    "expr, day",
    [
        ("Feb. 12", date(2024, 2, 12)),  # four days after publication: an announced date, not last year's
        ("Feb. 15", date(2024, 2, 15)),  # a week ahead is still this year
        ("Feb. 16", date(2023, 2, 16)),  # further ahead, a date without a year is in the past
        ("Feb. 29", date(2024, 2, 29)),  # but 2023 had no 29 February: this leap year's, not 2020's
    ],
)
def test_a_date_without_a_year_looks_a_week_ahead_before_falling_back_a_year(expr, day):
    r = resolve_expression(expr, PUB)
    assert (r.start, r.end, r.granularity) == (day, day, "day")


def test_a_date_without_a_year_in_a_clause_about_the_future_stays_ahead():
    text = "The council will vote on the new budget on 4 July, officials said."
    assert _events(text, [("4 July", "DATE")])[0][1] == date(PUB.year, 7, 4)
    assert resolve_expression("4 July", PUB).start == date(PUB.year - 1, 7, 4)  # said of the past: last July


def test_a_part_of_the_story_s_day_with_no_day_before_it_stays_undated():
    text = "In 2019 the minister toured the region. That morning he met the governor."
    events = dict((t, d) for t, d, _ in _events(text, [("2019", "DATE"), ("That morning", "DATE")]))
    assert "That morning" not in events or events["That morning"] is None, events


def test_an_obligation_or_a_demand_puts_its_date_ahead():
    text = "The camp must be cleared by 4 July. Protesters are demanding that the council meet on 3 June."
    events = dict((t, d) for t, d, _ in _events(text, [("4 July", "DATE"), ("3 June", "DATE")]))
    assert events == {"4 July": date(2024, 7, 4), "3 June": date(2024, 6, 3)}


def test_a_scheduled_date_is_ahead_however_long_the_clause():
    text = "The mandate of the mission expires on 15 March. The curfew will be extended to the port - the region's second-largest town and its only harbour - on 4 July."
    events = dict((t, d) for t, d, _ in _events(text, [("15 March", "DATE"), ("4 July", "DATE")]))
    assert events == {"15 March": date(2024, 3, 15), "4 July": date(2024, 7, 4)}
    said = "The mission's mandate ended on 15 March."
    assert _events(said, [("15 March", "DATE")])[0][1] == date(2023, 3, 15)  # said of the past


def test_the_first_date_of_a_pair_takes_the_year_written_after_the_second():
    text = "Fighters crossed from February 7 to February 9, 2020, and again on May 2 and 3 June."
    events = dict(
        (t, d) for t, d, _ in _events(text, [("February 7", "DATE"), ("February 9, 2020", "DATE"), ("May 2", "DATE")])
    )
    assert events == {"February 7": date(2020, 2, 7), "February 9, 2020": date(2020, 2, 9), "May 2": date(2023, 5, 2)}


def test_a_day_counted_in_the_story_is_the_story_s_last_day():
    text = "Drones hit the port on Monday. Earlier in the day, the minister spoke."
    events = dict((t, d) for t, d, _ in _events(text, [("Monday", "DATE"), ("Earlier in the day", "DATE")]))
    assert events == {"Monday": date(2024, 2, 5), "Earlier in the day": date(2024, 2, 5)}


def test_a_written_date_after_until_is_a_deadline_this_year_and_a_weekday_after_it_stays_past():
    text = "The country is under a state of emergency until 15 March. Fighting went on until Friday."
    events = dict((t, d) for t, d, _ in _events(text, [("15 March", "DATE"), ("Friday", "DATE")]))
    assert events["15 March"] == date(2024, 3, 15)  # ahead of publication, this year's
    assert events["Friday"] < date(2024, 2, 10)


def test_the_first_of_two_weekdays_joined_by_to_is_the_day_before_the_second():
    text = "Herders clashed with police from Friday to Saturday."
    mentions = [Mention(text.index(d), text.index(d) + len(d), d, "DATE", "") for d in ("Friday", "Saturday")]
    events = resolve_events(text, mentions, [Span(0, len(text), text)], date(2012, 9, 7))  # itself a Friday
    assert [(e.text, e.date) for e in events] == [("Friday", date(2012, 8, 31)), ("Saturday", date(2012, 9, 1))]


@pytest.mark.parametrize(
    "expression, day",
    [
        ("only a week ago", date(2024, 6, 28)),
        ("about two weeks ago", date(2024, 6, 21)),
        ("only three days ago", date(2024, 7, 2)),
        ("two nights ago", date(2024, 7, 3)),  # a night counts as the day it falls in
    ],
)
def test_an_amount_of_time_ago_is_its_day_hedged_or_counted_in_nights(expression, day):
    r = resolve_expression(expression, date(2024, 7, 5))
    assert (r.start, r.granularity) == (day, "day")


def test_the_next_weekday_of_a_story_told_in_the_past_is_the_last_one_and_next_weekday_the_one_to_come():
    from workbench.core.models import Mention, Span

    text = "Two men died on Monday. The next Thursday, a third was found. The vote is next Thursday."

    def mention(phrase, nth=0):
        at = text.index(phrase) if not nth else text.index(phrase, text.index(phrase) + 1)
        return Mention(at, at + len(phrase), phrase, "DATE", "")

    mentions = [mention("Monday"), mention("next Thursday"), mention("next Thursday", 1)]
    sentences, start = [], 0
    for part in text.split(". "):
        sentences.append(Span(start, start + len(part), part))
        start += len(part) + 2
    events = [e.date for e in resolve_events(text, mentions, sentences, date(2024, 7, 5))]  # a Friday
    assert events == [date(2024, 7, 1), date(2024, 7, 4), date(2024, 7, 11)]


def test_a_bare_day_joined_to_a_date_of_a_month_is_a_day_of_that_month():
    text = "Strikes on 11 and 12 March 2023 and on May 3 and 4 closed schools."

    def mention(phrase):
        at = text.index(phrase)
        return Mention(at, at + len(phrase), phrase, "DATE", "")

    mentions = [mention("11"), mention("12 March 2023"), mention("May 3"), mention("4 closed")]
    mentions[-1] = Mention(mentions[-1].start, mentions[-1].start + 1, "4", "DATE", "")
    events = [e.date for e in resolve_events(text, mentions, [Span(0, len(text), text)], date(2024, 7, 5))]
    assert events == [date(2023, 3, 11), date(2023, 3, 12), date(2024, 5, 3), date(2024, 5, 4)]


def test_a_bound_on_an_amount_of_time_ago_names_no_day():
    assert resolve_expression("more than a week ago", date(2024, 7, 5)) is None
    assert resolve_expression("less than a month ago", date(2024, 7, 5)) is None


def test_a_time_of_day_alone_falls_on_the_day_the_story_is_telling():
    text = "The mayor said on Monday that troops would deploy at 6pm. Gunmen struck at midnight."
    monday = resolve_expression("Monday", PUB).start
    assert _events(text, [("Monday", "DATE"), ("6pm", "TIME"), ("midnight", "TIME")]) == [
        ("Monday", monday, monday),
        ("6pm", monday, monday),
        ("midnight", monday, monday),
    ]
    # with no day named before it, the day of publication
    assert _events("Turnout was 30% at 3pm local time.", [("3pm local time", "TIME")]) == [("3pm local time", PUB, PUB)]
    # a time with its own day is read as that day, not the story's
    tuesday = resolve_expression("Tuesday", PUB).start
    assert _events(
        "Troops left on Monday and came back at 6am Tuesday.", [("Monday", "DATE"), ("6am Tuesday", "TIME")]
    )[1] == ("6am Tuesday", tuesday, tuesday)


def test_the_subsequent_day_is_counted_from_the_story_s_last_day():
    text = "Gunmen struck on Monday. The subsequent day, troops arrived."
    monday = resolve_expression("Monday", PUB).start
    assert _events(text, [("Monday", "DATE"), ("The subsequent day", "DATE")])[1] == (
        "The subsequent day",
        monday + timedelta(days=1),
        monday + timedelta(days=1),
    )


def test_two_weekdays_joined_run_forward_over_the_publication_day_and_stay_past_from_it():
    """'from Saturday to Tuesday' published on a Sunday runs from the day before to the Tuesday to come; published
    on the Saturday itself, both are last week's, the Saturday before the Tuesday."""
    text = "Delegates met for a congress from Saturday to Tuesday."
    marked = [("Saturday", "DATE"), ("Tuesday", "DATE")]
    assert [(t, d) for t, d, _ in _events(text, marked, date(2024, 3, 17))] == [  # a Sunday
        ("Saturday", date(2024, 3, 16)),
        ("Tuesday", date(2024, 3, 19)),
    ]
    assert [(t, d) for t, d, _ in _events(text, marked, date(2024, 3, 16))] == [  # the Saturday
        ("Saturday", date(2024, 3, 9)),
        ("Tuesday", date(2024, 3, 12)),
    ]
