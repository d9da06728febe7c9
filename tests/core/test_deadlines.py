"""The follow-up milestones: every date and status pinned (deadlines.md)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oppfolging_gui.core.deadlines import (
    INFO_ONLY,
    MILESTONE_IDS,
    STATUSES,
    dmy,
    first_day_needed,
    milestones,
    status_label,
)
from oppfolging_gui.core.ics import calendar_bytes
from oppfolging_gui.core.model import EVENT_KINDS, FollowUpEvent, Plan

D = date


def plan_with(first_day: date | None, percent: int | None = 100, **follow_up) -> Plan:
    plan = Plan.new(D(2026, 11, 1))
    plan.key_info.absence.first_day = first_day
    plan.key_info.absence.sick_leave_percent = percent
    for name, value in follow_up.items():
        setattr(plan.follow_up, name, value)
    return plan


def log(plan: Plan, kind: str, when: date | None) -> None:
    plan.follow_up.events.append(FollowUpEvent(date=when, kind=kind))


def dates(plan: Plan, today: date = D(2026, 1, 1)) -> dict[str, date | None]:
    return {m.id: m.date for m in milestones(plan, today)}


def statuses(plan: Plan, today: date) -> dict[str, str]:
    return {m.id: m.status for m in milestones(plan, today)}


def test_ids_titles_and_order_are_the_specs():
    found = milestones(plan_with(D(2026, 11, 2)), D(2026, 11, 2))
    assert [(m.id, m.title, m.who) for m in found] == [
        ("plan_to_sick_note_author", "Oppfølgingsplanen skal være utarbeidet og sendt til sykmelder", "arbeidsgiver"),
        ("dialogue_meeting_1", "Dialogmøte 1 på arbeidsplassen", "arbeidsgiver"),
        ("activity_requirement", "Aktivitetsplikten: arbeidsrelatert aktivitet, eller dokumentasjon på at det ikke er mulig", "arbeidstaker, sykmelder, arbeidsgiver"),
        ("nav_week_16_question", "NAV spør om behovet for dialogmøte 2 (uke 16)", "NAV"),
        ("revised_plan_to_nav", "Revidert oppfølgingsplan sendes NAV senest 1 uke før dialogmøte 2", "arbeidsgiver"),
        ("dialogue_meeting_2", "Dialogmøte 2 i regi av NAV", "NAV"),
        ("sickness_benefit_end", "Maksimal tid med sykepenger (ca. 52 uker / 248 sykepengedager) nås", "NAV"),
    ]
    assert tuple(m.id for m in found) == MILESTONE_IDS


def test_every_milestone_explains_itself_in_one_or_two_sentences():
    for m in milestones(plan_with(D(2026, 11, 2)), D(2026, 11, 2)):
        sentences = [s for s in m.explanation.replace(";", ".").split(". ") if s]
        assert 1 <= len(sentences) <= 3, m.id  # two sentences; a ";" may join clauses
        assert m.explanation.endswith(".")
    assert all(status_label(status) for status in STATUSES)


# first day → expected dates, all pinned by hand from the counting rule
# (day 1 = first day; "within N weeks" = first_day + 7N − 1).
CASES = {
    "spec example, Monday 2 Nov 2026": (D(2026, 11, 2), {
        "plan_to_sick_note_author": D(2026, 11, 29),
        "dialogue_meeting_1": D(2026, 12, 20),
        "activity_requirement": D(2026, 12, 27),
        "nav_week_16_question": D(2027, 2, 15),
        "revised_plan_to_nav": D(2027, 4, 25),
        "dialogue_meeting_2": D(2027, 5, 2),
        "sickness_benefit_end": D(2027, 10, 31),
    }),
    "leap year, through 29 Feb 2028": (D(2028, 2, 1), {
        "plan_to_sick_note_author": D(2028, 2, 28),
        "dialogue_meeting_1": D(2028, 3, 20),
        "activity_requirement": D(2028, 3, 27),
        "nav_week_16_question": D(2028, 5, 16),
        "revised_plan_to_nav": D(2028, 7, 24),
        "dialogue_meeting_2": D(2028, 7, 31),
        "sickness_benefit_end": D(2029, 1, 29),
    }),
    "first day is 29 Feb": (D(2028, 2, 29), {
        "plan_to_sick_note_author": D(2028, 3, 27),
        "dialogue_meeting_1": D(2028, 4, 17),
        "activity_requirement": D(2028, 4, 24),
        "nav_week_16_question": D(2028, 6, 13),
        "revised_plan_to_nav": D(2028, 8, 21),
        "dialogue_meeting_2": D(2028, 8, 28),
        "sickness_benefit_end": D(2029, 2, 26),  # 29 Feb 2028 → 1 Mar 2029 is 366 days
    }),
    "year end": (D(2026, 12, 20), {
        "plan_to_sick_note_author": D(2027, 1, 16),
        "dialogue_meeting_1": D(2027, 2, 6),
        "activity_requirement": D(2027, 2, 13),
        "nav_week_16_question": D(2027, 4, 4),
        "revised_plan_to_nav": D(2027, 6, 12),
        "dialogue_meeting_2": D(2027, 6, 19),
        "sickness_benefit_end": D(2027, 12, 18),
    }),
    "first day on a Sunday: no weekend shift": (D(2026, 11, 1), {
        "plan_to_sick_note_author": D(2026, 11, 28),
        "dialogue_meeting_1": D(2026, 12, 19),
        "activity_requirement": D(2026, 12, 26),
        "nav_week_16_question": D(2027, 2, 14),
        "revised_plan_to_nav": D(2027, 4, 24),
        "dialogue_meeting_2": D(2027, 5, 1),
        "sickness_benefit_end": D(2027, 10, 30),
    }),
}


@pytest.mark.parametrize("first_day, expected", CASES.values(), ids=CASES.keys())
def test_dates_follow_the_counting_rule(first_day, expected):
    assert dates(plan_with(first_day)) == expected


def test_the_counting_rule_itself():
    # "Within 4 weeks" from Monday 2 Nov 2026 ends on Sunday 29 Nov 2026.
    assert D(2026, 11, 29).isoweekday() == 7
    assert D(2026, 11, 29) - D(2026, 11, 2) == timedelta(days=4 * 7 - 1)


def test_a_nav_meeting_date_moves_meeting_2_and_the_revised_plan():
    plan = plan_with(D(2026, 11, 2), dialogue_meeting_2_date=D(2027, 3, 15))
    found = dates(plan)
    assert found["dialogue_meeting_2"] == D(2027, 3, 15)
    assert found["revised_plan_to_nav"] == D(2027, 3, 8)
    # The other dates stay counted from the first day.
    assert found["nav_week_16_question"] == D(2027, 2, 15)
    notes = {m.id: m.note for m in milestones(plan, D(2027, 1, 1))}
    assert "NAV har satt" in notes["dialogue_meeting_2"]
    assert "ikke satt dato" in milestones(plan_with(D(2026, 11, 2)), D(2027, 1, 1))[5].note


def test_without_a_first_day_every_date_is_unknown():
    plan = plan_with(None, dialogue_meeting_2_date=D(2027, 3, 15))
    log(plan, "sent_to_sick_note_author", D(2026, 11, 20))
    found = milestones(plan, D(2026, 12, 1))
    assert [m.date for m in found] == [None] * 7
    assert {m.status for m in found} == {"unknown"}
    assert all(m.note == "" for m in found)  # the one reason is said once, above the list
    assert "første fraværsdag" in first_day_needed()


def test_statuses_on_one_day():
    plan = plan_with(D(2026, 11, 2))
    assert statuses(plan, D(2026, 12, 14)) == {
        "plan_to_sick_note_author": "overdue",
        "dialogue_meeting_1": "due_soon",
        "activity_requirement": "info",
        "nav_week_16_question": "info",
        "revised_plan_to_nav": "upcoming",
        "dialogue_meeting_2": "upcoming",
        "sickness_benefit_end": "info",
    }


def test_logged_events_mark_milestones_done():
    plan = plan_with(D(2026, 11, 2))
    log(plan, "sent_to_sick_note_author", D(2026, 11, 25))
    log(plan, "dialogue_meeting_1", D(2026, 12, 28))  # late, but held
    log(plan, "dialogue_meeting_2", D(2027, 4, 1))
    log(plan, "dialogue_meeting_3", D(2027, 4, 2))  # marks nothing
    found = statuses(plan, D(2027, 6, 1))
    assert found["plan_to_sick_note_author"] == "done"
    assert found["dialogue_meeting_1"] == "done"
    assert found["dialogue_meeting_2"] == "done"
    assert found["revised_plan_to_nav"] == "overdue"


@pytest.mark.parametrize(
    "sent_on, done",
    [
        (D(2027, 2, 14), False),  # first_day + 104: before NAV prepares meeting 2
        (D(2027, 2, 15), True),  # first_day + 105
        (D(2027, 5, 10), True),  # late, but sent
        (None, False),  # no date: cannot tell
        (D(2026, 11, 20), False),  # the first plan sent to NAV, long before
    ],
)
def test_revised_plan_counts_from_week_16(sent_on, done):
    plan = plan_with(D(2026, 11, 2))
    log(plan, "sent_to_nav", sent_on)
    log(plan, "sent_to_sick_note_author", D(2027, 3, 1))  # the wrong kind never counts
    status = statuses(plan, D(2027, 6, 1))["revised_plan_to_nav"]
    assert status == ("done" if done else "overdue")


def test_revised_plan_rule_uses_the_first_day_not_the_meeting_date():
    plan = plan_with(D(2026, 11, 2), dialogue_meeting_2_date=D(2027, 2, 20))
    log(plan, "sent_to_nav", D(2027, 2, 15))  # after first_day + 105, after the deadline 13 Feb
    assert statuses(plan, D(2027, 3, 1))["revised_plan_to_nav"] == "done"


def test_exceptions_make_milestones_not_required():
    plan = plan_with(D(2026, 11, 2))
    plan.follow_up.exceptions.plan = "Kommer tilbake uten tilrettelegging."
    plan.follow_up.exceptions.dialogue_meeting_1 = "Samme grunn."
    plan.follow_up.exceptions.dialogue_meeting_2 = "NAV har bestemt at møtet ikke trengs."
    found = statuses(plan, D(2027, 6, 1))
    assert found["plan_to_sick_note_author"] == "not_required"
    assert found["dialogue_meeting_1"] == "not_required"
    assert found["dialogue_meeting_2"] == "not_required"
    # No meeting, no plan to send before it.
    assert found["revised_plan_to_nav"] == "not_required"
    # A reason of only spaces is no exception.
    plan.follow_up.exceptions.plan = "   "
    assert statuses(plan, D(2027, 6, 1))["plan_to_sick_note_author"] == "overdue"


def test_done_wins_over_an_exception():
    plan = plan_with(D(2026, 11, 2))
    plan.follow_up.exceptions.plan = "Åpenbart unødvendig."
    log(plan, "sent_to_sick_note_author", D(2026, 11, 20))
    assert statuses(plan, D(2027, 1, 1))["plan_to_sick_note_author"] == "done"


@pytest.mark.parametrize(
    "percent, status",
    [
        (50, "not_required"),
        (0, "not_required"),
        (99, "not_required"),
        (100, "overdue"),
        (None, "overdue"),  # unknown counts as 100
        (150, "overdue"),  # a draft's wrong value is not graded leave
    ],
)
def test_graded_leave_and_dialogue_meeting_1(percent, status):
    plan = plan_with(D(2026, 11, 2), percent=percent)
    assert statuses(plan, D(2027, 1, 1))["dialogue_meeting_1"] == status
    note = milestones(plan, D(2027, 1, 1))[1].note
    assert ("Gradert" in note) == (status == "not_required")


def test_graded_leave_meeting_held_anyway_is_done():
    plan = plan_with(D(2026, 11, 2), percent=40)
    log(plan, "dialogue_meeting_1", D(2026, 12, 10))
    assert statuses(plan, D(2027, 1, 1))["dialogue_meeting_1"] == "done"


def _expected_by_date(deadline: date, today: date) -> str:
    if today > deadline:
        return "overdue"
    if today >= deadline - timedelta(days=7):
        return "due_soon"
    return "upcoming"


def test_statuses_as_today_moves_day_by_day():
    plan = plan_with(D(2026, 11, 2))
    # Pinned thresholds for dialogue meeting 1 (deadline Sunday 20 Dec 2026).
    assert statuses(plan, D(2026, 12, 12))["dialogue_meeting_1"] == "upcoming"
    assert statuses(plan, D(2026, 12, 13))["dialogue_meeting_1"] == "due_soon"
    assert statuses(plan, D(2026, 12, 20))["dialogue_meeting_1"] == "due_soon"
    assert statuses(plan, D(2026, 12, 21))["dialogue_meeting_1"] == "overdue"
    deadlines = dates(plan)
    today = D(2026, 10, 1)  # before the absence began
    while today <= D(2027, 12, 31):
        found = statuses(plan, today)
        for mid in ("plan_to_sick_note_author", "dialogue_meeting_1", "revised_plan_to_nav", "dialogue_meeting_2"):
            assert found[mid] == _expected_by_date(deadlines[mid], today), (mid, today)
        for mid in ("activity_requirement", "nav_week_16_question", "sickness_benefit_end"):
            assert found[mid] == "info"
        today += timedelta(days=1)


def test_a_status_is_never_stored_in_the_plan():
    plan = plan_with(D(2026, 11, 2))
    before = plan.to_json_dict()
    milestones(plan, D(2027, 1, 1))
    assert plan.to_json_dict() == before
    assert "status" not in str(before["follow_up"])


# ----------------------------------------------------------------------------------
# The status rules of deadlines.md, each pinned at its edge: the day before, the day
# of and the day after the date on which the rule turns.

FIRST = D(2026, 11, 2)  # meeting 1 due 20.12.2026, week 16 = 15.02.2027, meeting 2 = 02.05.2027
LATE = D(2028, 1, 1)  # a "today" after every milestone


def one_day_around(day: date) -> list[date]:
    return [day - timedelta(days=1), day, day + timedelta(days=1)]


@pytest.mark.parametrize(
    "mid, due",
    [
        ("plan_to_sick_note_author", D(2026, 11, 29)),
        ("dialogue_meeting_1", D(2026, 12, 20)),
        ("activity_requirement", D(2026, 12, 27)),
        ("nav_week_16_question", D(2027, 2, 15)),
        ("revised_plan_to_nav", D(2027, 4, 25)),
        ("dialogue_meeting_2", D(2027, 5, 2)),
        ("sickness_benefit_end", D(2027, 10, 31)),
    ],
)
def test_an_absence_ended_before_a_milestone_makes_it_not_required(mid, due):
    after_end = {}
    for ended in one_day_around(due):
        plan = plan_with(FIRST, absence_ended=ended)
        m = next(m for m in milestones(plan, LATE) if m.id == mid)
        assert m.date == due
        after_end[ended] = m.status
        if m.status == "not_required":
            assert dmy(ended) in m.note and "avsluttet" in m.note
    usual = "info" if mid in INFO_ONLY else "overdue"
    assert list(after_end.values()) == ["not_required", usual, usual]


def test_the_end_of_the_absence_never_undoes_what_was_done():
    plan = plan_with(FIRST, absence_ended=D(2026, 11, 10))
    log(plan, "sent_to_sick_note_author", D(2026, 11, 9))
    assert statuses(plan, LATE)["plan_to_sick_note_author"] == "done"


def test_nav_deciding_meeting_2_is_not_needed_also_excuses_the_revised_plan():
    plan = plan_with(FIRST)
    plan.follow_up.exceptions.dialogue_meeting_2 = "NAV har vurdert at møtet ikke trengs."
    found = {m.id: m for m in milestones(plan, LATE)}
    assert found["revised_plan_to_nav"].status == "not_required"
    assert "ikke trengs" in found["revised_plan_to_nav"].note
    assert found["dialogue_meeting_2"].status == "not_required"
    # A plan sent anyway is still done.
    log(plan, "sent_to_nav", D(2027, 3, 1))
    assert statuses(plan, LATE)["revised_plan_to_nav"] == "done"


@pytest.mark.parametrize(
    "sent_on, done",
    [
        (D(2027, 1, 17), False),  # meeting 14.02.2027 − 28 − 1
        (D(2027, 1, 18), True),  # meeting − 28: an early meeting needs the plan earlier
        (D(2027, 1, 19), True),
    ],
)
def test_a_plan_sent_before_an_early_meeting_2_counts(sent_on, done):
    plan = plan_with(FIRST, dialogue_meeting_2_date=D(2027, 2, 15))
    log(plan, "sent_to_nav", sent_on)
    assert statuses(plan, LATE)["revised_plan_to_nav"] == ("done" if done else "overdue")


def test_a_late_meeting_2_date_does_not_move_the_week_16_start():
    # Meeting set to 01.07.2027: meeting − 28 is after week 16, so week 16 counts.
    plan = plan_with(FIRST, dialogue_meeting_2_date=D(2027, 7, 1))
    for sent_on, done in ((D(2027, 2, 14), False), (D(2027, 2, 15), True), (D(2027, 2, 16), True)):
        plan.follow_up.events = [FollowUpEvent(date=sent_on, kind="sent_to_nav")]
        assert statuses(plan, LATE)["revised_plan_to_nav"] == ("done" if done else "overdue"), sent_on


def _graded_plan(period_from: date, period_to: date, percent: int | None) -> Plan:
    plan = plan_with(FIRST, percent=100)
    plan.measures[0].period_from = period_from
    plan.measures[0].period_to = period_to
    plan.measures[0].sick_leave_percent = percent
    return plan


def test_graded_leave_is_read_from_the_measure_in_force_at_week_7():
    week_7 = D(2026, 12, 20)  # first day + 48
    # A 50 % measure starting the day before, on, and the day after week 7's date.
    starts = {start: statuses(_graded_plan(start, D(2027, 3, 1), 50), LATE)["dialogue_meeting_1"]
              for start in one_day_around(week_7)}
    assert list(starts.values()) == ["not_required", "not_required", "overdue"]
    # … and ending the day before, on, and the day after.
    ends = {end: statuses(_graded_plan(D(2026, 12, 1), end, 50), LATE)["dialogue_meeting_1"]
            for end in one_day_around(week_7)}
    assert list(ends.values()) == ["overdue", "not_required", "not_required"]


def test_graded_leave_of_the_measures_overrides_the_sick_note_percentage_both_ways():
    graded_at_sick_note = plan_with(FIRST, percent=50)
    graded_at_sick_note.measures[0].period_from = D(2026, 12, 1)
    graded_at_sick_note.measures[0].period_to = D(2027, 1, 31)
    graded_at_sick_note.measures[0].sick_leave_percent = 100  # back to full leave in week 7
    assert statuses(graded_at_sick_note, LATE)["dialogue_meeting_1"] == "overdue"
    note = next(m.note for m in milestones(_graded_plan(D(2026, 12, 1), D(2027, 1, 31), 40), LATE)
                if m.id == "dialogue_meeting_1")
    assert "40 %" in note


def test_several_measures_in_force_the_highest_percentage_counts():
    plan = _graded_plan(D(2026, 12, 1), D(2027, 1, 31), 40)
    plan.measures.append(plan.measures[0].model_copy(update={"sick_leave_percent": 100}))
    assert statuses(plan, LATE)["dialogue_meeting_1"] == "overdue"
    plan.measures[1].sick_leave_percent = 60
    assert statuses(plan, LATE)["dialogue_meeting_1"] == "not_required"
    plan.measures[1].sick_leave_percent = None  # unknown counts as 100
    assert statuses(plan, LATE)["dialogue_meeting_1"] == "overdue"


def test_a_measure_without_a_period_is_not_in_force():
    plan = plan_with(FIRST, percent=100)
    plan.measures[0].sick_leave_percent = 50
    assert statuses(plan, LATE)["dialogue_meeting_1"] == "overdue"


def test_the_week_16_question_is_not_shown_once_meeting_2_is_held_before_it():
    week_16 = D(2027, 2, 15)
    found = {}
    for held in one_day_around(week_16):
        plan = plan_with(FIRST)
        log(plan, "dialogue_meeting_2", held)
        found[held] = statuses(plan, LATE)["nav_week_16_question"]
    assert list(found.values()) == ["not_required", "info", "info"]


def test_due_soon_and_overdue_at_their_edges():
    plan = plan_with(FIRST)  # meeting 1 due 20.12.2026
    assert [statuses(plan, day)["dialogue_meeting_1"] for day in one_day_around(D(2026, 12, 13))] == [
        "upcoming", "due_soon", "due_soon"]
    assert [statuses(plan, day)["dialogue_meeting_1"] for day in one_day_around(D(2026, 12, 20))] == [
        "due_soon", "due_soon", "overdue"]
    assert status_label("due_soon") == "Fristen nærmer seg"


# ---------------------------------------------------------------- extreme dates

@pytest.mark.parametrize("first_day", [D(1, 1, 1), D(9999, 12, 31), D(9999, 1, 1), D(9998, 12, 31)])
@pytest.mark.parametrize("today", [D(1, 1, 1), D(9999, 12, 31)])
def test_extreme_first_days_give_no_date_rather_than_fail(first_day, today):
    found = milestones(plan_with(first_day), today)
    for m in found:
        assert (m.date is None) == (m.status == "unknown")
        if m.date is None:
            assert "9999" in m.note


def test_a_milestone_past_9999_12_31_has_no_date():
    found = {m.id: m for m in milestones(plan_with(D(9999, 12, 1)), D(9999, 12, 1))}
    assert found["plan_to_sick_note_author"].date == D(9999, 12, 28)
    assert found["dialogue_meeting_1"].date is None
    assert found["dialogue_meeting_1"].status == "unknown"


any_date = st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31))


@settings(max_examples=300, deadline=None)
@given(
    first_day=any_date, today=any_date, meeting_2=st.none() | any_date, ended=st.none() | any_date,
    period=st.tuples(st.none() | any_date, st.none() | any_date), event_day=st.none() | any_date,
    kind=st.sampled_from(EVENT_KINDS), percent=st.none() | st.integers(-5, 200),
)
def test_no_date_the_format_allows_makes_the_deadlines_fail(
    first_day, today, meeting_2, ended, period, event_day, kind, percent
):
    plan = plan_with(first_day, percent=percent, dialogue_meeting_2_date=meeting_2, absence_ended=ended)
    plan.measures[0].period_from, plan.measures[0].period_to = period
    plan.measures[0].sick_leave_percent = percent
    log(plan, kind, event_day)
    found = milestones(plan, today)
    assert [m.id for m in found] == list(MILESTONE_IDS)
    assert all(m.status in STATUSES for m in found)
    calendar_bytes(plan, today)  # the calendar export reads the same dates


def test_milestones_in_nynorsk_and_english_with_the_same_dates_and_statuses():
    plan = plan_with(FIRST, dialogue_meeting_2_date=None)
    today = D(2027, 1, 1)
    bokmal, nynorsk, english = (milestones(plan, today, lang) for lang in ("nb", "nn", "en"))
    assert [(m.id, m.date, m.status) for m in bokmal] == [(m.id, m.date, m.status) for m in english]
    assert [(m.id, m.date, m.status) for m in bokmal] == [(m.id, m.date, m.status) for m in nynorsk]
    assert english[1].title == "Dialogue meeting 1 at the workplace"
    assert english[5].note == "NAV has not set a date yet; the date is the latest deadline after 26 weeks."
    assert nynorsk[0].who == "arbeidsgjevar"
    assert status_label("overdue", "en") == "Overdue"
    assert first_day_needed("en") == "Fill in the first day of absence to see the deadlines."
