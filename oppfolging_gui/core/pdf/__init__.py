"""PDF rendering of the plan, the blank form and cover sheets (reportlab platypus).

The public functions import reportlab only when called, so importing this package
(the window does, at start-up) costs nothing.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ..model import Plan
    from ..progress import Progress

__all__ = ["render_blank_pdf", "render_plan_pdf"]


def render_plan_pdf(
    plan: Plan,
    *,
    cover: Literal["nav", "sick-note-author"] | None = None,
    today: date | None = None,
    with_log: bool = False,
    lang: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The plan as PDF bytes; ``cover`` puts a cover sheet first (not numbered).

    ``today`` is the date printed on the cover sheet (default: today). ``with_log``
    adds the follow-up log, exceptions and the absence's end after the form; ``lang``
    the language of the printout, nb, nn or en (default: the program's language).
    ``progress`` (the window's, on a worker thread) is told of each page and can stop
    the layout: it raises ``core.progress.Cancelled`` then.
    """
    from .render import render_plan_pdf as render

    return render(plan, cover=cover, today=today, with_log=with_log, lang=lang, progress=progress)


def render_blank_pdf(lang: str | None = None) -> bytes:
    """The empty form, with writing lines and boxes, for filling in by hand, in ``lang``."""
    from .render import render_blank_pdf as render

    return render(lang)
