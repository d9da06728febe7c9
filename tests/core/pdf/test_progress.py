"""A PDF being made tells how far it is and stops when asked (core/progress.py, the
window's «Avbryt»): page by page, and nothing else changes."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from oppfolging_gui.core.pdf import render_plan_pdf
from oppfolging_gui.core.pdf.archive import render_archive_pdf
from oppfolging_gui.core.progress import Cancelled, Progress

from .archive_plans import three_versions


class StopAtPage(Progress):
    """Asks to stop when ``page`` is laid out, as a user pressing «Avbryt» then."""

    def __init__(self, page: int) -> None:
        super().__init__()
        self.stop_at = page
        self.seen: list[int] = []

    def page(self, number: int) -> None:
        self.seen.append(number)
        if number == self.stop_at:
            self.cancel()
        super().page(number)


def _pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def test_every_page_is_told_and_the_pdf_is_the_same(filled_plan):
    progress = Progress()
    told = render_plan_pdf(filled_plan, cover="nav", progress=progress)
    assert told == render_plan_pdf(filled_plan, cover="nav")  # the same bytes as without
    assert progress.pages == _pages(told)  # the cover counts: it is a page being made


def test_cancelled_before_the_first_page_nothing_is_laid_out(filled_plan):
    progress = StopAtPage(0)
    progress.cancel()
    with pytest.raises(Cancelled):
        render_plan_pdf(filled_plan, progress=progress)
    assert progress.seen == []


def test_cancelled_at_a_page_the_layout_stops_there(filled_plan):
    filled_plan.progress = "Gradvis opptrapping etter avtale. " * 6000  # many pages
    progress = StopAtPage(3)
    with pytest.raises(Cancelled):
        render_plan_pdf(filled_plan, progress=progress)
    assert progress.seen == [1, 2, 3]


def test_the_archive_stops_too(filled_plan):
    progress = StopAtPage(2)
    with pytest.raises(Cancelled):
        render_archive_pdf(three_versions(filled_plan), progress=progress)
    assert progress.seen == [1, 2]
