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

The wording (titles, who, the plain-language explanations from NAV's texts in
``shared/reference/`` 000, 001, 003, and the notes) is in the message catalogue
under ``deadlines.<id>.title`` / ``.who`` / ``.description`` and ``deadlines.note.*``,
in bokmål, nynorsk and English; :func:`milestones` gives them in the language asked
for, so the command line, the calendar export and the window say the same.

Every date from 0001-01-01 to 9999-12-31 may be in a plan ("until 31.12.9999"): a
milestone that would fall outside that range has no date (status ``unknown``), and
no comparison adds days to "today", so nothing here fails on extreme dates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Literal, NamedTuple

from .dates import dmy
from .i18n import Language, resolve
from .messages import message
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

# A note: a message key and its placeholders ("" when there is none), put into words
# in the language asked for when the milestones are made.
Note = tuple[str, dict[str, object]]
NO_NOTE: Note = ("", {})
_NOTE_MEETING_2_ESTIMATED: Note = ("deadlines.note.meeting_2_estimated", {})
_NOTE_MEETING_2_SET: Note = ("deadlines.note.meeting_2_set", {})
_NOTE_EXCEPTION: Note = ("deadlines.note.exception", {})
_NOTE_NO_MEETING_2: Note = ("deadlines.note.no_meeting_2", {})
_NOTE_MEETING_2_HELD: Note = ("deadlines.note.meeting_2_held", {})
_NOTE_OUT_OF_RANGE: Note = ("deadlines.note.out_of_range", {})


def first_day_needed(lang: Language | str | None = None) -> str:
    """What to say instead of the milestones while the first day of absence is empty."""
    return message("deadlines.first_day_needed", lang)


def status_label(status: Status, lang: Language | str | None = None) -> str:
    """The status in words, shown next to its colour so it never depends on colour."""
    return message(f"deadlines.status.{status}", lang)


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


def _graded_leave(plan: Plan, first_day: date, when: date) -> Note:
    # An unknown percentage counts as 100 % (the stricter duty applies).
    percent = percent_at_meeting_1(plan, first_day)
    return ("deadlines.note.graded", {"percent": percent}) if percent is not None and percent < 100 else NO_NOTE


def _meeting_2_already_held(plan: Plan, first_day: date, when: date) -> Note:
    held = any(e.kind == "dialogue_meeting_2" and e.date and e.date < when for e in plan.follow_up.events)
    return _NOTE_MEETING_2_HELD if held else NO_NOTE


def _meeting_2_date_note(plan: Plan, first_day: date, when: date | None) -> Note:
    return _NOTE_MEETING_2_SET if plan.follow_up.dialogue_meeting_2_date else _NOTE_MEETING_2_ESTIMATED


# A further reason, besides an exception and the end of the absence, why a milestone
# is not required: the note to show, or NO_NOTE when it does not apply.
NotRequiredRule = Callable[[Plan, date, date], Note]


class Rule(NamedTuple):
    """One milestone of ``deadlines.md``: one row, everything the rules need (its words
    are the catalogue's ``deadlines.<id>.*``)."""

    id: str
    due: Callable[[Plan, date], date | None]  # (plan, first day) → date, None if out of range
    info: bool = False  # information only: never done, overdue or due soon
    done_by: str = ""  # the event kind that marks it done
    done_from: Callable[[Plan, date], date] | None = None  # such an event counts from this day
    excused_by: str = ""  # the exception (follow_up.exceptions.<name>) that makes it not required
    excused_note: Note = _NOTE_EXCEPTION
    not_required_when: NotRequiredRule | None = None
    date_note: Callable[[Plan, date, date | None], Note] | None = None  # says where the date comes from


RULES: tuple[Rule, ...] = (
    Rule(
        "plan_to_sick_note_author",
        due=_offset(27),
        done_by="sent_to_sick_note_author",
        excused_by="plan",
    ),
    Rule(
        "dialogue_meeting_1",
        due=_offset(MEETING_1_DAY),
        done_by="dialogue_meeting_1",
        excused_by="dialogue_meeting_1",
        not_required_when=_graded_leave,
    ),
    Rule(
        "activity_requirement",
        due=_offset(55),
        info=True,
    ),
    Rule(
        "nav_week_16_question",
        due=_offset(NAV_PREPARES_MEETING_2),
        info=True,
        not_required_when=_meeting_2_already_held,
    ),
    Rule(
        "revised_plan_to_nav",
        due=_revised_plan_due,
        done_by="sent_to_nav",
        done_from=_revised_plan_counts_from,
        excused_by="dialogue_meeting_2",
        excused_note=_NOTE_NO_MEETING_2,
        date_note=_meeting_2_date_note,
    ),
    Rule(
        "dialogue_meeting_2",
        due=_meeting_2,
        done_by="dialogue_meeting_2",
        excused_by="dialogue_meeting_2",
        date_note=_meeting_2_date_note,
    ),
    Rule(
        "sickness_benefit_end",
        due=_offset(363),
        info=True,
    ),
)

MILESTONE_IDS: tuple[str, ...] = tuple(rule.id for rule in RULES)
INFO_ONLY = frozenset(rule.id for rule in RULES if rule.info)
_BY_ID = {rule.id: rule for rule in RULES}


class Milestone(NamedTuple):
    id: str
    title: str
    who: str
    date: date | None
    status: Status
    explanation: str
    note: str = ""  # a remark about this plan's situation (estimated date, exception…)

    status_label: str = ""  # the status in words, in the milestone's language


def title_of(milestone_id: str, lang: Language | str | None = None) -> str:
    return message(f"deadlines.{milestone_id}.title", lang)


def milestones(plan: Plan, today: date, lang: Language | str | None = None) -> list[Milestone]:
    """Every milestone of the spec, in order, with its date and today's status, in
    ``lang`` (default: the program's language)."""
    language = resolve(lang)
    return [judged.in_words(language) for judged in judge(plan, today)]


class Judged(NamedTuple):
    """A milestone's date and status before it is put into words: what the overview
    sorts hundreds of plans by, wording only the few rows it shows."""

    rule: Rule
    date: date | None
    status: Status
    note: Note

    def in_words(self, lang: Language | str | None = None) -> Milestone:
        return _milestone(self.rule, self.date, self.status, self.note, resolve(lang))


def judge(plan: Plan, today: date) -> list[Judged]:
    """Every milestone's date and status, in the spec's order, without their texts."""
    first_day = plan.key_info.absence.first_day
    if first_day is None:
        return [Judged(rule, None, "unknown", NO_NOTE) for rule in RULES]
    found = []
    for rule in RULES:
        when = rule.due(plan, first_day)
        status, note = _status(rule, plan, first_day, when, today)
        found.append(Judged(rule, when, status, note))
    return found


def milestone_dates(plan: Plan, first_day: date) -> dict[str, date | None]:
    """The date of each milestone by the spec's counting rule (day 1 = first day)."""
    return {rule.id: rule.due(plan, first_day) for rule in RULES}


def _milestone(rule: Rule, when: date | None, status: Status, note: Note, language: Language) -> Milestone:
    key, params = note
    return Milestone(
        rule.id,
        message(f"deadlines.{rule.id}.title", language),
        message(f"deadlines.{rule.id}.who", language),
        when,
        status,
        message(f"deadlines.{rule.id}.description", language),
        message(key, language, **params) if key else "",
        status_label(status, language),
    )


def _status(rule: Rule, plan: Plan, first_day: date, when: date | None, today: date) -> tuple[Status, Note]:
    """The spec's order: done, not required (and why), information, then by date."""
    date_note = rule.date_note(plan, first_day, when) if rule.date_note else NO_NOTE
    if when is None:
        return "unknown", _NOTE_OUT_OF_RANGE
    if _is_done(rule, plan, first_day):
        return "done", date_note
    reason = _not_required_reason(rule, plan, first_day, when)
    if reason[0]:
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


def _not_required_reason(rule: Rule, plan: Plan, first_day: date, when: date) -> Note:
    if rule.excused_by and getattr(plan.follow_up.exceptions, rule.excused_by).strip():
        return rule.excused_note
    ended = plan.follow_up.absence_ended
    if ended is not None and ended < when:
        return ("deadlines.note.ended", {"day": dmy(ended)})
    if rule.not_required_when is not None:
        return rule.not_required_when(plan, first_day, when)
    return NO_NOTE


def _by_date(when: date, today: date) -> Status:
    # Differences, never today + 7: today may be 9999-12-31.
    if when < today:
        return "overdue"
    if (when - today).days <= DUE_SOON_DAYS:
        return "due_soon"
    return "upcoming"
