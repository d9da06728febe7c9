"""The legal follow-up milestones (tidsfrister) of a sick-leave absence.

Exactly as ``shared/spec/deadlines.md`` defines them: dates counted from the first
day of absence (day 1 is the first day, so "within N weeks" ends on
``first_day + 7·N − 1``), and a status relative to "today" that is *derived* from
the plan's follow-up log and exceptions every time — never stored in the file.

The wording (titles, who, the plain-Norwegian explanations from NAV's texts in
``shared/reference/`` 000, 001, 003) lives in the one table ``_TEXTS`` below rather
than in ``forms/``: these texts are bound to the legal rules in this module (an id,
an offset and a rule change together when the law changes), they are not part of
NAV's form, and the command line, the calendar export and the window all read them
from here. The event-kind labels, which *are* form wording, come from ``forms/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from .model import Plan

Status = Literal["done", "not_required", "overdue", "due_soon", "upcoming", "info", "unknown"]
STATUSES: tuple[Status, ...] = Status.__args__  # type: ignore[attr-defined]

# How far ahead a deadline counts as "due soon" (today ≤ date ≤ today + 7).
DUE_SOON_DAYS = 7
# NAV starts preparing dialogue meeting 2 in week 16; a plan sent to NAV from then on
# counts as the revised plan for the meeting.
NAV_PREPARES_MEETING_2 = 105
# Dialogue meeting 2 is held within 26 weeks unless NAV has set a date.
MEETING_2_LATEST = 181

FIRST_DAY_NEEDED = "Fyll inn første fraværsdag for å se tidsfristene."

# Norwegian status texts, shown next to the colour so the status never depends on colour.
STATUS_LABELS: dict[Status, str] = {
    "done": "Utført",
    "not_required": "Ikke påkrevd",
    "overdue": "Fristen er passert",
    "due_soon": "Frist snart",
    "upcoming": "Kommende",
    "info": "Til orientering",
    "unknown": "Ukjent dato",
}


@dataclass(frozen=True)
class _Text:
    title: str
    who: str
    explanation: str


# id → wording. Titles are the spec's texts exactly; explanations say what must be
# done and by whom, in one or two sentences, after NAV's brochure and pages.
_TEXTS: dict[str, _Text] = {
    "plan_to_sick_note_author": _Text(
        "Oppfølgingsplanen skal være utarbeidet og sendt til sykmelder",
        "arbeidsgiver",
        "Arbeidsgiveren lager oppfølgingsplanen sammen med arbeidstakeren og sender den "
        "uoppfordret til den som sykmelder, senest når sykefraværet har vart i 4 uker. "
        "Det kan gjøres unntak når en plan er åpenbart unødvendig.",
    ),
    "dialogue_meeting_1": _Text(
        "Dialogmøte 1 på arbeidsplassen",
        "arbeidsgiver",
        "Arbeidsgiveren kaller inn arbeidstakeren til dialogmøte 1 om oppfølgingsplanen og "
        "tilrettelegging, senest innen 7 uker ved 100 % sykmelding. Ved gradert sykmelding "
        "holdes møtet bare hvis arbeidsgiveren, arbeidstakeren eller sykmelder mener det er "
        "hensiktsmessig.",
    ),
    "activity_requirement": _Text(
        "Aktivitetsplikten: arbeidsrelatert aktivitet, eller dokumentasjon på at det ikke er mulig",
        "arbeidstaker, sykmelder, arbeidsgiver",
        "Innen 8 uker skal arbeidstakeren være i arbeidsrelatert aktivitet for fortsatt å ha "
        "rett til sykepenger. Hindrer medisinske grunner det, dokumenterer sykmelder det; er "
        "tilrettelegging ikke mulig, dokumenterer arbeidsgiveren det.",
    ),
    "nav_week_16_question": _Text(
        "NAV spør om behovet for dialogmøte 2 (uke 16)",
        "NAV",
        "I uke 16 spør NAV arbeidsgiveren og arbeidstakeren hvordan de vurderer behovet for "
        "dialogmøte 2. Svar NAV; alle parter kan be om at møtet holdes tidligere.",
    ),
    "revised_plan_to_nav": _Text(
        "Revidert oppfølgingsplan sendes NAV senest 1 uke før dialogmøte 2",
        "arbeidsgiver",
        "Arbeidsgiveren oppdaterer oppfølgingsplanen sammen med arbeidstakeren og sender den "
        "reviderte planen til NAV senest 1 uke før dialogmøte 2.",
    ),
    "dialogue_meeting_2": _Text(
        "Dialogmøte 2 i regi av NAV",
        "NAV",
        "NAV kaller inn arbeidstakeren og arbeidsgiveren til dialogmøte 2 senest innen 26 "
        "uker, og begge har møteplikt. NAV kan bestemme at møtet ikke trengs.",
    ),
    "sickness_benefit_end": _Text(
        "Maksimal tid med sykepenger (ca. 52 uker / 248 sykepengedager) nås",
        "NAV",
        "Etter omtrent ett år er retten til sykepenger brukt opp. Før det vurderer NAV, "
        "arbeidstakeren og sykmelder om det trengs arbeidsrettede tiltak eller "
        "arbeidsavklaringspenger (AAP).",
    ),
}

MILESTONE_IDS: tuple[str, ...] = tuple(_TEXTS)
INFO_ONLY = frozenset({"activity_requirement", "nav_week_16_question", "sickness_benefit_end"})

# The follow-up event that marks a milestone done.
_DONE_BY_EVENT = {
    "plan_to_sick_note_author": "sent_to_sick_note_author",
    "dialogue_meeting_1": "dialogue_meeting_1",
    "dialogue_meeting_2": "dialogue_meeting_2",
}

# Notes that say where a date or status rests on facts the program cannot know.
_NOTE_MEETING_2_ESTIMATED = "NAV har ikke satt dato ennå; datoen er siste frist etter 26 uker."
_NOTE_MEETING_2_SET = "Datoen er møtedatoen NAV har satt."
_NOTE_GRADED = "Gradert sykmelding: møtet er bare påkrevd hvis noen mener det er hensiktsmessig."
_NOTE_EXCEPTION = "Registrert som unntak under «Dialogmøter og unntak»."


@dataclass(frozen=True)
class Milestone:
    id: str
    title: str
    who: str
    date: date | None
    status: Status
    explanation: str
    note: str = ""  # a remark about this plan's situation (estimated date, exception…)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def title_of(milestone_id: str) -> str:
    return _TEXTS[milestone_id].title


def milestones(plan: Plan, today: date) -> list[Milestone]:
    """Every milestone of the spec, in order, with its date and today's status."""
    first_day = plan.key_info.absence.first_day
    if first_day is None:
        return [
            Milestone(mid, t.title, t.who, None, "unknown", t.explanation, FIRST_DAY_NEEDED)
            for mid, t in _TEXTS.items()
        ]
    dates = milestone_dates(plan, first_day)
    return [_milestone(plan, mid, t, dates[mid], today) for mid, t in _TEXTS.items()]


def milestone_dates(plan: Plan, first_day: date) -> dict[str, date]:
    """The date of each milestone by the spec's counting rule (day 1 = first day)."""
    meeting_2 = plan.follow_up.dialogue_meeting_2_date or _day(first_day, MEETING_2_LATEST)
    return {
        "plan_to_sick_note_author": _day(first_day, 27),
        "dialogue_meeting_1": _day(first_day, 48),
        "activity_requirement": _day(first_day, 55),
        "nav_week_16_question": _day(first_day, NAV_PREPARES_MEETING_2),
        "revised_plan_to_nav": meeting_2 - timedelta(days=7),
        "dialogue_meeting_2": meeting_2,
        "sickness_benefit_end": _day(first_day, 363),
    }


def _day(first_day: date, offset: int) -> date:
    return first_day + timedelta(days=offset)


def _milestone(plan: Plan, mid: str, text: _Text, when: date, today: date) -> Milestone:
    status, note = _status_and_note(plan, mid, when, today)
    return Milestone(mid, text.title, text.who, when, status, text.explanation, note)


def _status_and_note(plan: Plan, mid: str, when: date, today: date) -> tuple[Status, str]:
    note = _situation_note(plan, mid)
    if mid in INFO_ONLY:
        return "info", note
    if _is_done(plan, mid):
        return "done", note
    if _not_required(plan, mid):
        return "not_required", note
    return _by_date(when, today), note


def _by_date(when: date, today: date) -> Status:
    if when < today:
        return "overdue"
    if when <= today + timedelta(days=DUE_SOON_DAYS):
        return "due_soon"
    return "upcoming"


def _is_done(plan: Plan, mid: str) -> bool:
    events = plan.follow_up.events
    if mid == "revised_plan_to_nav":
        first_day = plan.key_info.absence.first_day
        assert first_day is not None
        from_day = _day(first_day, NAV_PREPARES_MEETING_2)
        return any(e.kind == "sent_to_nav" and e.date and e.date >= from_day for e in events)
    kind = _DONE_BY_EVENT.get(mid)
    return kind is not None and any(e.kind == kind for e in events)


def _not_required(plan: Plan, mid: str) -> bool:
    exceptions = plan.follow_up.exceptions
    if mid == "plan_to_sick_note_author":
        return bool(exceptions.plan.strip())
    if mid == "dialogue_meeting_1":
        return bool(exceptions.dialogue_meeting_1.strip()) or _graded_leave(plan)
    if mid == "dialogue_meeting_2":
        return bool(exceptions.dialogue_meeting_2.strip())
    return False


def _graded_leave(plan: Plan) -> bool:
    # An unknown percentage counts as 100 % (the stricter duty applies).
    percent = plan.key_info.absence.sick_leave_percent
    return percent is not None and percent < 100


def _situation_note(plan: Plan, mid: str) -> str:
    exceptions = plan.follow_up.exceptions
    if mid in ("revised_plan_to_nav", "dialogue_meeting_2"):
        if mid == "dialogue_meeting_2" and exceptions.dialogue_meeting_2.strip():
            return _NOTE_EXCEPTION
        if plan.follow_up.dialogue_meeting_2_date:
            return _NOTE_MEETING_2_SET
        return _NOTE_MEETING_2_ESTIMATED
    if mid == "plan_to_sick_note_author" and exceptions.plan.strip():
        return _NOTE_EXCEPTION
    if mid == "dialogue_meeting_1":
        if exceptions.dialogue_meeting_1.strip():
            return _NOTE_EXCEPTION
        if _graded_leave(plan):
            return _NOTE_GRADED
    return ""
