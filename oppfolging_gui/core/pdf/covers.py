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
from ..formspec import FormSpec
from ..identifiers import IdKind, check_national_id
from ..model import Plan
from . import styles as st
from . import wording
from .blocks import Ink, notice_box, row_table, table_style, tick_grid
from .flowables import WritingLines
from .text import format_date

# From the top of the frame to the address window of the envelope.
_TO_ADDRESS = 30 * mm


def enclosed_document(form: FormSpec, plan: Plan) -> str:
    return wording.NAV_COVER_DOCUMENT.format(
        title=form.title, form_number=form.form_number, version=plan.version,
        filled=format_date(plan.filled_date),
    )


def _sender_lines(plan: Plan) -> list[str]:
    employer = plan.key_info.employer
    manager = employer.manager.full_name
    phone = employer.manager.phone
    second = ", ".join(part for part in (manager, f"tlf. {phone}" if phone else "") if part)
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


def nav_reasons(plan: Plan, today: date) -> list[tuple[str, bool]]:
    """Why the plan goes to NAV, ticked where the plan tells (NAV's request it cannot know)."""
    meeting = plan.follow_up.dialogue_meeting_2_date
    first_day = plan.key_info.absence.first_day
    preparing = first_day is not None and (today - first_day).days >= NAV_PREPARES_MEETING_2
    meeting_2_due = not plan.follow_up.exceptions.dialogue_meeting_2.strip() and (
        (meeting is not None and meeting >= today) or (meeting is None and preparing))
    meeting_text = (wording.NAV_COVER_WHY_MEETING_2_ON.format(date=format_date(meeting)) if meeting
                    else wording.NAV_COVER_WHY_MEETING_2)
    wants_assistance = any(
        a.advice or a.dialogue_meeting or a.work_measures or a.aids
        for a in (measure.nav_assistance for measure in plan.measures)
    )
    return [
        (wording.NAV_COVER_WHY_ASKED, False),
        (meeting_text, meeting_2_due),
        (wording.NAV_COVER_WHY_ASSISTANCE, wants_assistance),
    ]


def nav_cover(form: FormSpec, plan: Plan, ink: Ink, today: date, with_log: bool = False) -> list[Flowable]:
    styles = ink.styles
    key = plan.key_info

    def row(label: str, value: str) -> tuple[Flowable, Flowable]:
        return ink.line(label, styles.label), ink.text(value, styles.cell)

    facts = [
        row(wording.NAV_COVER_EMPLOYEE, key.employee.full_name),
        row(form.label("key_info.employee.national_id"), key.employee.national_id),
        row(wording.NAV_COVER_EMPLOYER, key.employer.name),
        row(form.label("key_info.employer.business_number"), key.employer.business_number),
    ]
    if key.employer.organization_number:
        facts.append(row(form.label("key_info.employer.organization_number"), key.employer.organization_number))
    facts.append(row(wording.NAV_COVER_SENDER, "\n".join(_sender_lines(plan))))
    enclosed = [f"•  {enclosed_document(form, plan)}"]
    if with_log:
        enclosed.append(f"•  {wording.NAV_COVER_LOG}")
    story: list[Flowable] = [
        _top_line(ink, wording.NAV_COVER_HEADING, format_date(today)),
        Spacer(0, _TO_ADDRESS),
        *_address(ink, list(wording.NAV_ADDRESS)),
        Spacer(0, 22 * mm),
        ink.line(f"{form.form_number} {form.title}", styles.title),
        Spacer(0, 10),
        ink.line(wording.NAV_COVER_NOTE, styles.letter),
        Spacer(0, 4),
        ink.line(wording.NAV_COVER_ABOUT, styles.group),
        row_table(facts, blank=False),
        Spacer(0, 6),
        ink.line(wording.NAV_COVER_WHY, styles.group),
        tick_grid(nav_reasons(plan, today)),
        Spacer(0, 6),
        ink.line(wording.NAV_COVER_ENCLOSED, styles.group),
        *[ink.line(line, styles.value) for line in enclosed],
        ink.line(f"•  {wording.NAV_COVER_OTHER}", styles.value),
        WritingLines(1, spacing=18),
        Spacer(0, 16),
        notice_box(ink, wording.NAV_COVER_BARCODE.format(form_number=form.form_number)),
    ]
    return story


def id_kind_name(national_id: str) -> str:
    """«fødselsnummer» only when it is one: a D-number is called so (H-number too)."""
    check = check_national_id(national_id)
    if not check.valid or check.kind is None:
        return wording.ID_KIND_UNKNOWN
    if check.kind in (IdKind.DNR, IdKind.DNR_AND_HNR, IdKind.DNR_AND_TNR):
        return wording.ID_KIND_DNR
    if check.kind == IdKind.HNR:
        return wording.ID_KIND_HNR
    return wording.ID_KIND_FNR


def _doctor_questions(plan: Plan, ink: Ink) -> list[Flowable]:
    """Every measure's «Behov for avklaring med lege/sykmelder», quoted."""
    asked = [(n, m.doctor_clarification.strip()) for n, m in enumerate(plan.measures, start=1)
             if m.doctor_clarification.strip()]
    if not asked:
        return [ink.line(wording.LETTER_NO_QUESTIONS, ink.styles.letter)]
    return [ink.line(wording.LETTER_QUESTIONS, ink.styles.letter)] + [
        ink.text(wording.LETTER_QUESTION.format(n=n, text=text), ink.styles.letter) for n, text in asked
    ]


def _meeting_1(plan: Plan, ink: Ink, today: date) -> list[Flowable]:
    """A planned (dated after today) or held dialogue meeting 1, from the follow-up log."""
    days = sorted(e.date for e in plan.follow_up.events if e.kind == "dialogue_meeting_1" and e.date)
    planned = [day for day in days if day > today]
    if planned:
        return [ink.line(wording.LETTER_MEETING_1_PLANNED.format(date=format_date(planned[0])), ink.styles.letter)]
    if days:
        return [ink.line(wording.LETTER_MEETING_1_HELD.format(date=format_date(days[-1])), ink.styles.letter)]
    return []


def sick_note_author_letter(
    form: FormSpec, plan: Plan, ink: Ink, today: date, with_log: bool = False
) -> list[Flowable]:
    styles = ink.styles
    key = plan.key_info
    author = plan.follow_up.sick_note_author
    employee = key.employee.full_name or "arbeidstaker"
    national_id = key.employee.national_id
    national_id = wording.LETTER_NATIONAL_ID.format(
        kind=id_kind_name(national_id), national_id=national_id) if national_id else ""
    manager = key.employer.manager
    phone = wording.LETTER_CONTACT_PHONE.format(phone=manager.phone) if manager.phone else ""
    body = wording.LETTER_BODY.format(
        employee=employee, national_id=national_id, version=plan.version,
        filled=format_date(plan.filled_date),
    )
    signer = [line for line in (manager.full_name, key.employer.name) if line]
    story: list[Flowable] = [
        _top_line(ink, "\n".join(_sender_lines(plan)), format_date(today)),
        Spacer(0, _TO_ADDRESS - 11),
        *_address(ink, [author.name, *author.address.split("\n")]),
        Spacer(0, 22 * mm),
        ink.line(wording.LETTER_SUBJECT.format(employee=employee), styles.letter_heading),
        ink.line(body, styles.letter),
        ink.line(wording.LETTER_WHY, styles.letter),
        *_doctor_questions(plan, ink),
        *_meeting_1(plan, ink, today),
    ]
    if manager.full_name:
        story.append(ink.line(wording.LETTER_CONTACT.format(manager=manager.full_name, phone=phone), styles.letter))
    story += [
        Spacer(0, 4),
        KeepTogether([
            ink.line(wording.LETTER_CLOSING, styles.letter),
            Spacer(0, 18),
            *[ink.line(line, styles.value) for line in signer],
        ]),
        Spacer(0, 18),
        ink.line(wording.LETTER_ENCLOSED.format(document=enclosed_document(form, plan)), styles.label),
    ]
    return story
