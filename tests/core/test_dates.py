"""dd.mm.åååå everywhere, for every date the format allows."""

from datetime import date

import pytest

from oppfolging_gui.core.dates import dmy, format_date


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(1, 1, 1), "01.01.0001"),
        (date(999, 12, 31), "31.12.0999"),
        (date(2026, 3, 5), "05.03.2026"),
        (date(9999, 12, 31), "31.12.9999"),
    ],
)
def test_four_digit_years_and_two_digit_days_and_months(day, text):
    assert dmy(day) == text
    assert format_date(day) == text


def test_no_date_is_empty_text():
    assert format_date(None) == ""


def test_the_window_reads_back_what_it_shows_for_year_one():
    from oppfolging_gui.gui.fields import parse_date

    assert parse_date(format_date(date(1, 1, 1))) == date(1, 1, 1)
