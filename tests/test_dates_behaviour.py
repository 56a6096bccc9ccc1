"""Dates as a reader means them, one behaviour each (publication: Thursday 2024-02-08)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_dates import PUB, _events
from workbench.core.dates import Resolution, resolve_expression


def test_a_month_the_article_expects_is_this_month_or_the_next_such_month():
    """'due to leave by February' in an article of 8 February: this February; 'by January': next year's."""
    assert resolve_expression("February", PUB, future=True) == Resolution(date(2024, 2, 1), date(2024, 2, 29), "month")
    assert resolve_expression("January", PUB, future=True) == Resolution(date(2025, 1, 1), date(2025, 1, 31), "month")


def test_a_day_without_a_year_in_an_undated_article_is_kept_but_unresolved():
    assert resolve_expression("Oct. 7", None) == Resolution(None, None, "unresolved")


def test_an_amount_before_a_later_date_in_its_sentence_counts_back_from_it():
    text = "The ceasefire began two days before the vote on Wednesday."
    assert _events(text, [("two days", "DATE"), ("Wednesday", "DATE")])[0] == (
        "two days",
        date(2024, 2, 5),
        date(2024, 2, 5),
    )


def test_a_sentence_with_no_date_counts_from_the_story_s_last_day_not_its_last_month():
    text = "Strikes hit on Wednesday. Talks had stalled in January. They come a day after a speech."
    assert _events(text, [("Wednesday", "DATE"), ("January", "DATE"), ("a day", "DATE")])[-1] == (
        "a day",
        date(2024, 2, 6),
        date(2024, 2, 6),
    )


@pytest.mark.parametrize(
    "expr, day",
    [
        ("23/01/2024", date(2024, 1, 23)),
        ("January the 23rd", date(2024, 1, 23)),
        ("March the 3rd", date(2023, 3, 3)),  # no year: the last 3 March before publication
        ("the 5th of February at noon", date(2024, 2, 5)),
    ],
)
def test_a_day_written_in_a_less_usual_way_is_still_resolved_in_the_past(expr, day):
    assert resolve_expression(expr, PUB) == Resolution(day, day, "day")


def test_two_weekdays_whose_second_has_not_come_yet_are_last_week_s_pair():
    """'Thursday and Friday' in a Thursday article: Friday is still ahead, so the pair is last week's."""
    assert resolve_expression("Thursday and Friday", PUB) == Resolution(date(2024, 2, 1), date(2024, 2, 2), "interval")
    assert resolve_expression("Wednesday and Thursday", PUB) == Resolution(date(2024, 2, 7), PUB, "interval")


def test_next_and_the_article_s_own_weekday_is_a_week_ahead():
    """'next Thursday' in a Thursday article: a week on, not today; an expected 'Thursday' is today."""
    assert resolve_expression("next Thursday", PUB) == Resolution(date(2024, 2, 15), date(2024, 2, 15), "day")
    assert resolve_expression("Thursday", PUB, future=True) == Resolution(PUB, PUB, "day")


def test_late_in_a_month_is_its_last_ten_days_as_late_january_is():
    last_ten = Resolution(date(2024, 1, 21), date(2024, 1, 31), "interval")
    assert resolve_expression("late in January", PUB) == resolve_expression("late January", PUB) == last_ten


def test_a_day_after_with_no_date_in_its_sentence_counts_back_from_an_earlier_publication_day_mention():
    """'Talks opened on Thursday' in Thursday's article: 'a day after a speech' in the next sentence is
    Wednesday; the publication day itself is a story day like any other."""
    text = "Talks opened on Thursday. They come a day after a speech."
    assert _events(text, [("Thursday", "DATE"), ("a day", "DATE")])[-1] == ("a day", date(2024, 2, 7), date(2024, 2, 7))


def test_a_pair_of_weekdays_whose_first_is_not_a_day_the_story_can_date_is_no_date():
    """'every Sunday and Monday' recurs; 'Bloody Sunday' is a name: neither is the days of a story."""
    assert resolve_expression("every Sunday and Monday", PUB) is None
    assert resolve_expression("Bloody Sunday and Monday", PUB) is None


def test_years_ago_is_that_whole_year_and_a_year_ago_is_that_month_last_year():
    assert resolve_expression("three years ago", PUB) == Resolution(date(2021, 1, 1), date(2021, 12, 31), "year")
    assert resolve_expression("3 years ago", PUB) == resolve_expression("three years ago", PUB)
    assert resolve_expression("a year ago", PUB) == Resolution(date(2023, 2, 1), date(2023, 2, 28), "month")


def test_a_date_written_the_iso_way_is_that_day():
    assert resolve_expression("2023-11-05", PUB) == Resolution(date(2023, 11, 5), date(2023, 11, 5), "day")


@pytest.mark.parametrize("expr", ["February 5-20", "5-20 February"])
def test_a_range_of_days_running_on_past_publication_keeps_its_end_in_the_same_year(expr):
    """Published 8 February: a lone '20 February' twelve days ahead would be last year's, not a range's end."""
    assert resolve_expression(expr, PUB) == Resolution(date(2024, 2, 5), date(2024, 2, 20), "interval")


def test_a_range_of_days_written_backwards_is_its_first_day_never_an_interval_ending_before_it_starts():
    assert resolve_expression("March 9-3, 2023", PUB) == Resolution(date(2023, 3, 9), date(2023, 3, 9), "day")


def test_days_later_written_in_figures_count_from_the_story_s_last_day():
    text = "Strikes hit on Wednesday. Talks began 3 days later."
    assert _events(text, [("Wednesday", "DATE"), ("3 days later", "DATE")])[-1] == (
        "3 days later",
        date(2024, 2, 10),
        date(2024, 2, 10),
    )


def test_an_amount_written_in_figures_dates_the_event_it_is_tied_to():
    text = "Strikes hit on Wednesday. They come 2 days after a speech."
    assert _events(text, [("Wednesday", "DATE"), ("2 days", "DATE")])[-1] == (
        "2 days",
        date(2024, 2, 5),
        date(2024, 2, 5),
    )
