"""Dates as a reader means them, one behaviour each (publication: Thursday 2024-02-08)."""

from __future__ import annotations

from datetime import date

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
    assert _events(text, [("two days", "DATE"), ("Wednesday", "DATE")])[0] == \
        ("two days", date(2024, 2, 5), date(2024, 2, 5))


def test_a_sentence_with_no_date_counts_from_the_story_s_last_day_not_its_last_month():
    text = "Strikes hit on Wednesday. Talks had stalled in January. They come a day after a speech."
    assert _events(text, [("Wednesday", "DATE"), ("January", "DATE"), ("a day", "DATE")])[-1] == \
        ("a day", date(2024, 2, 6), date(2024, 2, 6))
