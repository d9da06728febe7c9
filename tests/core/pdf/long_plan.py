"""A plan that pushes the printout: many measure blocks, 10,000-character fields,
markup characters, typed line breaks, words longer than a line, control characters
and characters the font does not have."""

from __future__ import annotations

import math
from datetime import date

from oppfolging_gui.core.canonical import content_sha256
from oppfolging_gui.core.model import FollowUpEvent, Measure, Plan, Signature

TRICKY = "Tiltak <b>ikke</b> & «sitat» – 5 < 7 > 3 &amp; æøå ÆØÅ"
LONG_WORD = "https://eksempel.no/" + "veldig-lang-adresse-uten-mellomrom" * 12
TYPED_LINES = "Første linje\nAndre linje\n\nFjerde linje etter en tom linje"


def long_text(seed: str, length: int = 10_000) -> str:
    """About ``length`` characters of text with markup characters and line breaks."""
    sentence = f"{seed}: {TRICKY}. Arbeidstaker og leder avtaler gradvis opptrapping. "
    text = ""
    n = 0
    while len(text) < length:
        n += 1
        text += f"{n:03d} {sentence}" + ("\n" if n % 7 == 0 else "")
    return text[:length].rstrip()


def wave(offset: float) -> list[list[tuple[float, float]]]:
    """A synthetic signature: two strokes in the 1000 × 300 box."""
    first = [(40 + i * 12.0, 150 + 80 * math.sin(i / 4 + offset)) for i in range(60)]
    second = [(300 + i * 8.0, 230 - i * 2.0) for i in range(40)]
    return [first, second]


def long_plan(measures: int = 9) -> Plan:
    plan = Plan.new(date(2026, 11, 20))
    plan.version = 3
    key = plan.key_info
    key.employer.name = "Verksted & Søn <AS>"
    key.employer.business_number = "973154281"
    key.employee.first_name = "Åse"
    key.employee.last_name = "Ødegård-Ærlig"
    key.employee.national_id = "14838541241"
    key.employee.position = LONG_WORD
    key.employee.ordinary_tasks = long_text("Oppgaver")
    key.absence.first_day = date(2026, 10, 1)
    key.absence.sick_leave_percent = 80
    plan.measures = [
        Measure(
            tasks_possible=long_text(f"Kan {i}", 3000),
            tasks_not_possible=TYPED_LINES,
            description=long_text(f"Tiltak {i}"),
            goal=f"Mål {i}: {TRICKY}",
            period_from=date(2026, 11, 1 + i),
            period_to=date(2026, 12, 1 + i),
            sick_leave_percent=50,
        )
        for i in range(1, measures + 1)
    ]
    plan.measures[0].nav_assistance.advice = True
    plan.progress = long_text("Framdrift")
    plan.additional_info = "Kontroll\x00tegn\x07 og BOM\ufeff og tab\tmed. Emoji 😀 og 漢字 uten glyf."
    plan.follow_up.events = [
        FollowUpEvent(date=date(2026, 10, 5), kind="follow_up_conversation", note=long_text("Logg", 4000)),
        FollowUpEvent(date=date(2026, 10, 20), kind="sent_to_sick_note_author", note=TRICKY),
    ]
    plan.follow_up.sick_note_author.name = "Dr. Lege"
    plan.follow_up.sick_note_author.address = "Legekontoret\nGata 1\n0001 Oslo"
    plan.signatures.date = date(2026, 11, 20)
    digest = content_sha256(plan)
    plan.signatures.employee = Signature(
        name="Åse Ødegård-Ærlig", signed_on=date(2026, 11, 20), strokes=wave(0), content_sha256=digest
    )
    plan.signatures.employer = Signature(
        name="Leder Lederson", signed_on=date(2026, 11, 19), strokes=wave(1), content_sha256="0" * 64
    )
    return plan
