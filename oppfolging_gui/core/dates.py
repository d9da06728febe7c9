"""Dates as the user reads them: dd.mm.åååå in every language (a Norwegian form).

One function for the window, the PDFs and the command line: ``strftime("%Y")`` writes
year 1 as "1" on Linux, so a plan dated 01.01.0001 would show "01.01.1" in one place
and "01.01.0001" in another, and the window's date field could not read its own text.
"""

from __future__ import annotations

from datetime import date


def dmy(day: date) -> str:
    """dd.mm.åååå, also for years below 1000."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def format_date(value: date | None) -> str:
    """dd.mm.åååå, or "" when there is no date."""
    return dmy(value) if value else ""
