"""The two cover sheets printed before the plan: for posting to NAV, and to the doctor.

Both are one page, not numbered. The address sits where the window of a C5/C4
envelope with the window on the left shows it.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from ..formspec import FormSpec
from ..model import Plan
from . import styles as st
from . import wording
from .blocks import Ink, row_table, table_style
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


def nav_cover(form: FormSpec, plan: Plan, ink: Ink, today: date) -> list[Flowable]:
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
    facts.append(row(wording.NAV_COVER_DATE, format_date(today)))
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
        ink.line(wording.NAV_COVER_ENCLOSED, styles.group),
        ink.line(f"•  {enclosed_document(form, plan)}", styles.value),
        Spacer(0, 16),
        _notice(ink, wording.NAV_COVER_BARCODE.format(form_number=form.form_number)),
    ]
    return story


def _notice(ink: Ink, text: str) -> Table:
    table = Table([[ink.line(text, ink.styles.signature_note)]], colWidths=[st.CONTENT_WIDTH])
    table.setStyle(table_style([
        ("BOX", (0, 0), (-1, -1), 0.8, st.RULE),
        ("BACKGROUND", (0, 0), (-1, -1), st.SUBBAND),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def sick_note_author_letter(form: FormSpec, plan: Plan, ink: Ink, today: date) -> list[Flowable]:
    styles = ink.styles
    key = plan.key_info
    author = plan.follow_up.sick_note_author
    employee = key.employee.full_name or "arbeidstaker"
    national_id = wording.LETTER_NATIONAL_ID.format(national_id=key.employee.national_id) if key.employee.national_id else ""
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
