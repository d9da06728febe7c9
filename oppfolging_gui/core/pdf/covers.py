"""The two cover sheets printed before the plan: for posting to NAV, and to the doctor.

Both are one page, not numbered. The address sits where the window of a C5/C4
envelope with the window on the left shows it.

Each says why it comes, from the plan where the plan can know: the letter gives the
doctor the legal ground and quotes what the plan asks of the doctor (every measure's
«Behov for avklaring med lege/sykmelder», dialogue meeting 1); the NAV sheet ticks
why the plan is sent (bistand wanted, dialogue meeting 2) and leaves the rest to tick
by hand, and lists what is enclosed.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from ..deadlines import NAV_PREPARES_MEETING_2
from ..formspec import FormSpec, load_form
from ..i18n import Language
from ..identifiers import IdKind, check_national_id
from ..model import Plan
from ..messages import message
from . import styles as st
from .blocks import Ink, notice_box, row_table, table_style, tick_grid
from .flowables import WritingLines
from .text import format_date

# From the top of the frame to the address window of the envelope.
_TO_ADDRESS = 30 * mm
# Where the plan is posted (NAV's scanning centre; a name and an address, not words to translate).
NAV_ADDRESS = ("NAV skanning", "Postboks 1400", "0109 Oslo")


def enclosed_document(form: FormSpec, plan: Plan) -> str:
    return message(
        "pdf.nav_cover.document", form.language, title=form.title, form_number=form.form_number,
        version=plan.version, filled=format_date(plan.filled_date),
    )


def _sender_lines(form: FormSpec, plan: Plan) -> list[str]:
    employer = plan.key_info.employer
    manager = employer.manager.full_name
    phone = employer.manager.phone
    phone_text = message("pdf.phone", form.language, phone=phone) if phone else ""
    second = ", ".join(part for part in (manager, phone_text) if part)
    return [line for line in (employer.name, second) if line]


def _top_line(ink: Ink, left: str, right: str) -> Table:
    table = Table(
        [[ink.text(left, ink.styles.label), ink.line(right, ink.styles.right)]],
        colWidths=[st.CONTENT_WIDTH * 0.6, st.CONTENT_WIDTH * 0.4], splitInRow=1,
    )
    table.setStyle(table_style([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _address(ink: Ink, lines: list[str]) -> list[Flowable]:
    if not any(line.strip() for line in lines):
        return [WritingLines(4, spacing=18)]  # no address in the plan: write it by hand
    return [ink.line(line, ink.styles.address) for line in lines if line.strip()]


def nav_reasons(plan: Plan, today: date, form: FormSpec | None = None) -> list[tuple[str, bool]]:
    """Why the plan goes to NAV, ticked where the plan tells (NAV's request it cannot know),
    in ``form``'s language (default: the program's)."""
    form = form or load_form()
    meeting = plan.follow_up.dialogue_meeting_2_date
    first_day = plan.key_info.absence.first_day
    preparing = first_day is not None and (today - first_day).days >= NAV_PREPARES_MEETING_2
    meeting_2_due = not plan.follow_up.exceptions.dialogue_meeting_2.strip() and (
        (meeting is not None and meeting >= today) or (meeting is None and preparing))
    lang = form.language
    meeting_text = (message("pdf.nav_cover.why_meeting_2_on", lang, date=format_date(meeting)) if meeting
                    else message("pdf.nav_cover.why_meeting_2", lang))
    wants_assistance = any(
        a.advice or a.dialogue_meeting or a.work_measures or a.aids
        for a in (measure.nav_assistance for measure in plan.measures)
    )
    return [
        (message("pdf.nav_cover.why_asked", lang), False),
        (meeting_text, meeting_2_due),
        (message("pdf.nav_cover.why_assistance", lang, section=_group_title(form, "nav_assistance")),
         wants_assistance),
    ]


def _group_title(form: FormSpec, group_id: str) -> str:
    """The title of a measure's group as the form in this language prints it."""
    return next(group.title for group in form.section("measures").groups if group.id == group_id)


def nav_cover(form: FormSpec, plan: Plan, ink: Ink, today: date, with_log: bool = False) -> list[Flowable]:
    styles = ink.styles
    key = plan.key_info

    def say(key: str, **params: object) -> str:
        return message(key, form.language, **params)

    def row(label: str, value: str) -> tuple[Flowable, Flowable]:
        return ink.line(label, styles.label), ink.text(value, styles.cell)

    facts = [
        row(say("pdf.nav_cover.employee"), key.employee.full_name),
        row(form.label("key_info.employee.national_id"), key.employee.national_id),
        row(say("pdf.nav_cover.employer"), key.employer.name),
        row(form.label("key_info.employer.business_number"), key.employer.business_number),
    ]
    if key.employer.organization_number:
        facts.append(row(form.label("key_info.employer.organization_number"), key.employer.organization_number))
    facts.append(row(say("pdf.nav_cover.sender"), "\n".join(_sender_lines(form, plan))))
    enclosed = [f"•  {enclosed_document(form, plan)}"]
    if with_log:
        enclosed.append(f"•  {say('pdf.nav_cover.log')}")
    story: list[Flowable] = [
        _top_line(ink, say("pdf.nav_cover.heading"), format_date(today)),
        Spacer(0, _TO_ADDRESS),
        *_address(ink, list(NAV_ADDRESS)),
        Spacer(0, 22 * mm),
        ink.line(f"{form.form_number} {form.title}", styles.title),
        Spacer(0, 10),
        ink.line(say("pdf.nav_cover.note"), styles.letter),
        Spacer(0, 4),
        ink.line(say("pdf.nav_cover.about"), styles.group),
        row_table(facts, blank=False),
        Spacer(0, 6),
        ink.line(say("pdf.nav_cover.why"), styles.group),
        tick_grid(nav_reasons(plan, today, form)),
        Spacer(0, 6),
        ink.line(say("pdf.nav_cover.enclosed"), styles.group),
        *[ink.line(line, styles.value) for line in enclosed],
        ink.line(f"•  {say('pdf.nav_cover.other')}", styles.value),
        WritingLines(1, spacing=18),
        Spacer(0, 16),
        notice_box(ink, say("pdf.nav_cover.barcode", form_number=form.form_number)),
    ]
    return story


def id_kind_name(national_id: str, lang: Language | None = None) -> str:
    """«fødselsnummer» only when it is one: a D-number is called so (H-number too)."""
    check = check_national_id(national_id)
    if not check.valid or check.kind is None:
        return message("pdf.letter.id_unknown", lang)
    if check.kind in (IdKind.DNR, IdKind.DNR_AND_HNR, IdKind.DNR_AND_TNR):
        return message("pdf.letter.id_dnr", lang)
    if check.kind == IdKind.HNR:
        return message("pdf.letter.id_hnr", lang)
    return message("pdf.letter.id_fnr", lang)


def _doctor_questions(form: FormSpec, plan: Plan, ink: Ink) -> list[Flowable]:
    """Every measure's «Behov for avklaring med lege/sykmelder», quoted."""
    asked = [(n, m.doctor_clarification.strip()) for n, m in enumerate(plan.measures, start=1)
             if m.doctor_clarification.strip()]
    if not asked:
        return [ink.line(message("pdf.letter.no_questions", form.language), ink.styles.letter)]
    return [ink.line(message("pdf.letter.questions", form.language), ink.styles.letter)] + [
        ink.text(message("pdf.letter.question", form.language, n=n, text=text), ink.styles.letter)
        for n, text in asked
    ]


def _meeting_1(form: FormSpec, plan: Plan, ink: Ink, today: date) -> list[Flowable]:
    """A planned (dated after today) or held dialogue meeting 1, from the follow-up log."""
    days = sorted(e.date for e in plan.follow_up.events if e.kind == "dialogue_meeting_1" and e.date)
    planned = [day for day in days if day > today]
    if planned:
        planned_text = message("pdf.letter.meeting_1_planned", form.language, date=format_date(planned[0]))
        return [ink.line(planned_text, ink.styles.letter)]
    if days:
        held = message("pdf.letter.meeting_1_held", form.language, date=format_date(days[-1]))
        return [ink.line(held, ink.styles.letter)]
    return []


def sick_note_author_letter(
    form: FormSpec, plan: Plan, ink: Ink, today: date, with_log: bool = False
) -> list[Flowable]:
    styles = ink.styles
    key = plan.key_info
    lang = form.language

    def say(key: str, **params: object) -> str:
        return message(key, lang, **params)

    author = plan.follow_up.sick_note_author
    employee = key.employee.full_name or say("pdf.letter.no_name")
    national_id = key.employee.national_id
    national_id = say("pdf.letter.national_id", kind=id_kind_name(national_id, lang),
                      national_id=national_id) if national_id else ""
    manager = key.employer.manager
    phone = say("pdf.letter.contact_phone", phone=manager.phone) if manager.phone else ""
    body = say(
        "pdf.letter.body", employee=employee, national_id=national_id, version=plan.version,
        filled=format_date(plan.filled_date),
    )
    signer = [line for line in (manager.full_name, key.employer.name) if line]
    story: list[Flowable] = [
        _top_line(ink, "\n".join(_sender_lines(form, plan)), format_date(today)),
        Spacer(0, _TO_ADDRESS - 11),
        *_address(ink, [author.name, *author.address.split("\n")]),
        Spacer(0, 22 * mm),
        ink.line(say("pdf.letter.subject", employee=employee), styles.letter_heading),
        ink.line(body, styles.letter),
        ink.line(say("pdf.letter.why"), styles.letter),
        *_doctor_questions(form, plan, ink),
        *_meeting_1(form, plan, ink, today),
    ]
    if manager.full_name:
        story.append(ink.line(say("pdf.letter.contact", manager=manager.full_name, phone=phone), styles.letter))
    story += [
        Spacer(0, 4),
        KeepTogether([
            ink.line(say("pdf.letter.closing"), styles.letter),
            Spacer(0, 18),
            *[ink.line(line, styles.value) for line in signer],
        ]),
        Spacer(0, 18),
        ink.line(say("pdf.letter.enclosed", document=enclosed_document(form, plan)), styles.label),
    ]
    return story
