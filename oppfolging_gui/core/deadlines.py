"""The legal follow-up milestones (tidsfrister) of a sick-leave absence.

Exactly as ``shared/spec/deadlines.md`` defines them: dates counted from the first
day of absence (day 1 is the first day, so "within N weeks" ends on
``first_day + 7·N − 1``), and a status relative to "today" that is *derived* from
the plan's follow-up log and exceptions every time — never stored in the file.

Each milestone is one :class:`Rule`, one row of :data:`RULES`: its wording, how its
date is found, which logged event marks it done (and from which day such an event
counts), which recorded exception makes it not required, and any further reason it
may not be required. When the law changes, one row changes. The statuses are tried
in the spec's order by :func:`_status` for every row alike.

The wording (titles, who, the plain-Norwegian explanations from NAV's texts in
``shared/reference/`` 000, 001, 003) lives in the rows rather than in ``forms/``:
these texts are bound to the legal rules (an id, an offset and a rule change
together), they are not part of NAV's form, and the command line, the calendar
export and the window all read them from here.

Every date from 0001-01-01 to 9999-12-31 may be in a plan ("until 31.12.9999"): a
milestone that would fall outside that range has no date (status ``unknown``), and
no comparison adds days to "today", so nothing here fails on extreme dates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from .model import Plan

Status = Literal["done", "not_required", "overdue", "due_soon", "upcoming", "info", "unknown"]
STATUSES: tuple[Status, ...] = Status.__args__  # type: ignore[attr-defined]

# How far ahead a deadline counts as "due soon" (today ≤ date ≤ today + 7).
DUE_SOON_DAYS = 7
# The day (counted from the first day) when NAV starts preparing dialogue meeting 2
# (week 16); a plan sent to NAV from then on counts as the revised plan.
NAV_PREPARES_MEETING_2 = 105
# Dialogue meeting 2 is held within 26 weeks unless NAV has set a date.
MEETING_2_LATEST = 181
# The day dialogue meeting 1 is due (7 weeks): the sick-leave percentage in force
# then decides whether the meeting is a duty.
MEETING_1_DAY = 48
# An early meeting 2 needs the revised plan earlier: a plan sent from four weeks
# before a known meeting date counts too.
EARLY_MEETING_2_WINDOW = 28

FIRST_DAY_NEEDED = "Fyll inn første fraværsdag for å se tidsfristene."

# Norwegian status texts, shown next to the colour so the status never depends on colour.
STATUS_LABELS: dict[Status, str] = {
    "done": "Utført",
    "not_required": "Ikke påkrevd",
    "overdue": "Fristen er passert",
    "due_soon": "Fristen nærmer seg",
    "upcoming": "Kommende",
    "info": "Til orientering",
    "unknown": "Ukjent dato",
}

# Notes that say where a date or status rests on facts the program cannot know.
_NOTE_MEETING_2_ESTIMATED = "NAV har ikke satt dato ennå; datoen er siste frist etter 26 uker."
_NOTE_MEETING_2_SET = "Datoen er møtedatoen NAV har satt."
_NOTE_GRADED = "Gradert sykmelding ({percent} %) i uke 7: møtet er bare påkrevd hvis noen mener det er hensiktsmessig."
_NOTE_EXCEPTION = "Registrert som unntak under «Dialogmøter og unntak»."
_NOTE_NO_MEETING_2 = "NAV har bestemt at dialogmøte 2 ikke trengs; da skal det heller ikke sendes en plan før møtet."
_NOTE_ENDED = "Sykefraværet ble avsluttet {day}, før denne datoen."
_NOTE_MEETING_2_HELD = "Dialogmøte 2 er allerede holdt."
_NOTE_OUT_OF_RANGE = "Datoen ville falle utenfor kalenderen programmet kan vise (etter 31.12.9999)."


def dmy(day: date) -> str:
    """dd.mm.åååå, also for year 1 (strftime writes "1", not "0001", on Linux)."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def _day(first_day: date, offset: int) -> date | None:
    """first_day + offset days, or None when that falls outside 0001-01-01 … 9999-12-31."""
    try:
        return first_day + timedelta(days=offset)
    except OverflowError:
        return None


def _meeting_2(plan: Plan, first_day: date) -> date | None:
    return plan.follow_up.dialogue_meeting_2_date or _day(first_day, MEETING_2_LATEST)


def _offset(days: int) -> Callable[[Plan, date], date | None]:
    return lambda plan, first_day: _day(first_day, days)


def _revised_plan_due(plan: Plan, first_day: date) -> date | None:
    meeting = _meeting_2(plan, first_day)
    return None if meeting is None else _day(meeting, -7)


def _revised_plan_counts_from(plan: Plan, first_day: date) -> date:
    """A sent_to_nav event counts from the earlier of week 16 and a known meeting − 4 weeks."""
    candidates = [_day(first_day, NAV_PREPARES_MEETING_2) or date.max]
    if plan.follow_up.dialogue_meeting_2_date is not None:
        candidates.append(_day(plan.follow_up.dialogue_meeting_2_date, -EARLY_MEETING_2_WINDOW) or date.min)
    return min(candidates)


def _from_first_day(plan: Plan, first_day: date) -> date:
    return first_day


def percent_at_meeting_1(plan: Plan, first_day: date) -> int | None:
    """The sick-leave percentage in force on the day dialogue meeting 1 is due.

    That of a measure whose period covers the day (several: the highest, since the
    meeting is a duty whenever one may be due; a measure without a percentage counts
    as 100), else the percentage at the sick-note date. None when unknown.
    """
    day = _day(first_day, MEETING_1_DAY)
    if day is None:
        return None
    covering = [
        100 if m.sick_leave_percent is None else m.sick_leave_percent
        for m in plan.measures
        if (m.period_from or m.period_to)
        and (m.period_from is None or m.period_from <= day)
        and (m.period_to is None or day <= m.period_to)
    ]
    return max(covering) if covering else plan.key_info.absence.sick_leave_percent


def _graded_leave(plan: Plan, first_day: date, when: date) -> str:
    # An unknown percentage counts as 100 % (the stricter duty applies).
    percent = percent_at_meeting_1(plan, first_day)
    return _NOTE_GRADED.format(percent=percent) if percent is not None and percent < 100 else ""


def _meeting_2_already_held(plan: Plan, first_day: date, when: date) -> str:
    held = any(e.kind == "dialogue_meeting_2" and e.date and e.date < when for e in plan.follow_up.events)
    return _NOTE_MEETING_2_HELD if held else ""


def _meeting_2_date_note(plan: Plan, first_day: date, when: date | None) -> str:
    return _NOTE_MEETING_2_SET if plan.follow_up.dialogue_meeting_2_date else _NOTE_MEETING_2_ESTIMATED


# A further reason, besides an exception and the end of the absence, why a milestone
# is not required: the note to show, or "" when it does not apply.
NotRequiredRule = Callable[[Plan, date, date], str]


@dataclass(frozen=True)
class Rule:
    """One milestone of ``deadlines.md``: one row, everything the rules need."""

    id: str
    title: str
    who: str
    explanation: str
    due: Callable[[Plan, date], date | None]  # (plan, first day) → date, None if out of range
    info: bool = False  # information only: never done, overdue or due soon
    done_by: str = ""  # the event kind that marks it done
    done_from: Callable[[Plan, date], date] | None = None  # such an event counts from this day
    excused_by: str = ""  # the exception (follow_up.exceptions.<name>) that makes it not required
    excused_note: str = _NOTE_EXCEPTION
    not_required_when: NotRequiredRule | None = None
    date_note: Callable[[Plan, date, date | None], str] | None = None  # says where the date comes from


RULES: tuple[Rule, ...] = (
    Rule(
        "plan_to_sick_note_author",
        "Oppfølgingsplanen skal være utarbeidet og sendt til sykmelder",
        "arbeidsgiver",
        "Arbeidsgiveren lager oppfølgingsplanen sammen med arbeidstakeren og sender den "
        "uoppfordret til den som sykmelder, senest når sykefraværet har vart i 4 uker. "
        "Det kan gjøres unntak når en plan er åpenbart unødvendig.",
        due=_offset(27),
        done_by="sent_to_sick_note_author",
        excused_by="plan",
    ),
    Rule(
        "dialogue_meeting_1",
        "Dialogmøte 1 på arbeidsplassen",
        "arbeidsgiver",
        "Arbeidsgiveren kaller inn arbeidstakeren til dialogmøte 1 om oppfølgingsplanen og "
        "tilrettelegging, senest innen 7 uker ved 100 % sykmelding. Ved gradert sykmelding "
        "holdes møtet bare hvis arbeidsgiveren, arbeidstakeren eller sykmelder mener det er "
        "hensiktsmessig.",
        due=_offset(MEETING_1_DAY),
        done_by="dialogue_meeting_1",
        excused_by="dialogue_meeting_1",
        not_required_when=_graded_leave,
    ),
    Rule(
        "activity_requirement",
        "Aktivitetsplikten: arbeidsrelatert aktivitet, eller dokumentasjon på at det ikke er mulig",
        "arbeidstaker, sykmelder, arbeidsgiver",
        "Innen 8 uker skal arbeidstakeren være i arbeidsrelatert aktivitet for fortsatt å ha "
        "rett til sykepenger. Hindrer medisinske grunner det, dokumenterer sykmelder det; er "
        "tilrettelegging ikke mulig, dokumenterer arbeidsgiveren det.",
        due=_offset(55),
        info=True,
    ),
    Rule(
        "nav_week_16_question",
        "NAV spør om behovet for dialogmøte 2 (uke 16)",
        "NAV",
        "I uke 16 spør NAV arbeidsgiveren og arbeidstakeren hvordan de vurderer behovet for "
        "dialogmøte 2. Svar NAV; alle parter kan be om at møtet holdes tidligere.",
        due=_offset(NAV_PREPARES_MEETING_2),
        info=True,
        not_required_when=_meeting_2_already_held,
    ),
    Rule(
        "revised_plan_to_nav",
        "Revidert oppfølgingsplan sendes NAV senest 1 uke før dialogmøte 2",
        "arbeidsgiver",
        "Arbeidsgiveren oppdaterer oppfølgingsplanen sammen med arbeidstakeren og sender den "
        "reviderte planen til NAV senest 1 uke før dialogmøte 2.",
        due=_revised_plan_due,
        done_by="sent_to_nav",
        done_from=_revised_plan_counts_from,
        excused_by="dialogue_meeting_2",
        excused_note=_NOTE_NO_MEETING_2,
        date_note=_meeting_2_date_note,
    ),
    Rule(
        "dialogue_meeting_2",
        "Dialogmøte 2 i regi av NAV",
        "NAV",
        "NAV kaller inn arbeidstakeren og arbeidsgiveren til dialogmøte 2 senest innen 26 "
        "uker, og begge har møteplikt. NAV kan bestemme at møtet ikke trengs.",
        due=_meeting_2,
        done_by="dialogue_meeting_2",
        excused_by="dialogue_meeting_2",
        date_note=_meeting_2_date_note,
    ),
    Rule(
        "sickness_benefit_end",
        "Maksimal tid med sykepenger (ca. 52 uker / 248 sykepengedager) nås",
        "NAV",
        "Etter omtrent ett år er retten til sykepenger brukt opp. Før det vurderer NAV, "
        "arbeidstakeren og sykmelder om det trengs arbeidsrettede tiltak eller "
        "arbeidsavklaringspenger (AAP).",
        due=_offset(363),
        info=True,
    ),
)

MILESTONE_IDS: tuple[str, ...] = tuple(rule.id for rule in RULES)
INFO_ONLY = frozenset(rule.id for rule in RULES if rule.info)
_BY_ID = {rule.id: rule for rule in RULES}


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
    return _BY_ID[milestone_id].title


def milestones(plan: Plan, today: date) -> list[Milestone]:
    """Every milestone of the spec, in order, with its date and today's status."""
    first_day = plan.key_info.absence.first_day
    if first_day is None:
        return [_milestone(rule, None, "unknown", FIRST_DAY_NEEDED) for rule in RULES]
    found = []
    for rule in RULES:
        when = rule.due(plan, first_day)
        status, note = _status(rule, plan, first_day, when, today)
        found.append(_milestone(rule, when, status, note))
    return found


def milestone_dates(plan: Plan, first_day: date) -> dict[str, date | None]:
    """The date of each milestone by the spec's counting rule (day 1 = first day)."""
    return {rule.id: rule.due(plan, first_day) for rule in RULES}


def _milestone(rule: Rule, when: date | None, status: Status, note: str) -> Milestone:
    return Milestone(rule.id, rule.title, rule.who, when, status, rule.explanation, note)


def _status(rule: Rule, plan: Plan, first_day: date, when: date | None, today: date) -> tuple[Status, str]:
    """The spec's order: done, not required (and why), information, then by date."""
    date_note = rule.date_note(plan, first_day, when) if rule.date_note else ""
    if when is None:
        return "unknown", _NOTE_OUT_OF_RANGE
    if _is_done(rule, plan, first_day):
        return "done", date_note
    reason = _not_required_reason(rule, plan, first_day, when)
    if reason:
        return "not_required", reason
    if rule.info:
        return "info", date_note
    return _by_date(when, today), date_note


def _is_done(rule: Rule, plan: Plan, first_day: date) -> bool:
    if not rule.done_by:
        return False
    events = [e for e in plan.follow_up.events if e.kind == rule.done_by]
    if rule.done_from is None:
        return bool(events)
    counts_from = rule.done_from(plan, first_day)
    return any(e.date is not None and e.date >= counts_from for e in events)


def _not_required_reason(rule: Rule, plan: Plan, first_day: date, when: date) -> str:
    if rule.excused_by and getattr(plan.follow_up.exceptions, rule.excused_by).strip():
        return rule.excused_note
    ended = plan.follow_up.absence_ended
    if ended is not None and ended < when:
        return _NOTE_ENDED.format(day=dmy(ended))
    if rule.not_required_when is not None:
        return rule.not_required_when(plan, first_day, when)
    return ""


def _by_date(when: date, today: date) -> Status:
    # Differences, never today + 7: today may be 9999-12-31.
    if when < today:
        return "overdue"
    if (when - today).days <= DUE_SOON_DAYS:
        return "due_soon"
    return "upcoming"
