"""Putting it together: a plan (or the empty form) to PDF bytes."""

from __future__ import annotations

from datetime import date
from typing import Literal

from reportlab.platypus import NextPageTemplate, PageBreak

from ..formspec import load_form
from ..i18n import Language
from ..messages import message
from ..model import Plan
from ..progress import Progress
from .blocks import Ink
from .covers import nav_cover, sick_note_author_letter
from .fonts import register_fonts
from .plan import PlanWriter
from .styles import styles
from .template import PLAN, Metadata, build_pdf
from .text import clean, cover_missing_glyphs, format_date

Cover = Literal["nav", "sick-note-author"]
_FOOTER_NAME_LIMIT = 60  # the footer repeats the name; the plan itself prints it whole
_PRODUCT = "Oppfølgingsplan"


def new_ink() -> Ink:
    return Ink(styles(), register_fonts().glyphs)


def short_for_footer(text: str) -> str:
    """A name for the footer: printable, on one line, cut to fit."""
    text = " ".join(cover_missing_glyphs(clean(text), register_fonts().glyphs).split())
    return text if len(text) <= _FOOTER_NAME_LIMIT else text[: _FOOTER_NAME_LIMIT - 1] + "…"


def plan_footer(form, plan: Plan) -> str:
    """The footer of a plan's pages: form number, employee, version, date filled in."""
    return " · ".join(part for part in (
        form.form_number, short_for_footer(plan.employee_name), f"{message('pdf.version', form.language)} {plan.version}",
        format_date(plan.filled_date),
    ) if part)


def render_plan_pdf(
    plan: Plan, *, cover: Cover | None = None, today: date | None = None, with_log: bool = False,
    lang: Language | str | None = None, progress: Progress | None = None,
) -> bytes:
    """The plan as an A4 PDF, optionally with a cover sheet as the first, unnumbered page,
    in ``lang`` (default: the program's language).

    ``with_log``: also the follow-up log, exceptions and the absence's end, after the
    form (the employer's documentation; not sent to the doctor or NAV by default).
    ``progress``: told of each page; cancelled, the layout stops with ``Cancelled``."""
    plan = plan.model_copy(deep=True)  # a frozen copy: the window may edit on meanwhile
    form = load_form(lang)
    ink = new_ink()
    story: list = []
    if cover is not None:
        make_cover = {"nav": nav_cover, "sick-note-author": sick_note_author_letter}[cover]
        story += make_cover(form, plan, ink, today or date.today(), with_log=with_log)
        story += [NextPageTemplate(PLAN), PageBreak()]
    story += PlanWriter(form, plan, ink, with_log=with_log).story()
    name = short_for_footer(plan.employee_name)
    footer = plan_footer(form, plan)
    metadata = Metadata(
        title=f"{form.title} – {name}" if name else form.title,
        author=short_for_footer(plan.key_info.employer.name) or _PRODUCT,
        subject=f"{form.form_number}, {message('pdf.version', form.language).lower()} {plan.version}, "
                f"{format_date(plan.filled_date)}".rstrip(", "),
    )
    return build_pdf(story, metadata, footer, with_cover=cover is not None, language=form.language,
                     progress=progress)


def render_blank_pdf(lang: Language | str | None = None) -> bytes:
    """The empty form with ruled lines and boxes, for filling in by hand, in ``lang``."""
    form = load_form(lang)
    story = PlanWriter(form, Plan(), new_ink(), blank=True, with_log=True).story()
    subject = message("pdf.blank_subject", form.language, form_number=form.form_number)
    metadata = Metadata(title=form.title, author=_PRODUCT, subject=subject)
    return build_pdf(story, metadata, f"{form.form_number} {form.title}", with_cover=False, language=form.language)
