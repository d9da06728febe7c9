"""Deleting a whole plan (every version and recovery copy) and when to suggest it."""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oppfolging_gui.core.deletion import (
    PlanFiles,
    add_months,
    delete_plan_files,
    deletion_suggested,
    find_plan_files,
)
from oppfolging_gui.core.locking import lock_path_for, try_lock
from oppfolging_gui.core.model import FollowUpEvent, Plan
from oppfolging_gui.core.processes import this_host
from oppfolging_gui.core.recovery import RecoveryStore
from oppfolging_gui.core.storage import write_plan
from oppfolging_gui.core.versions import next_version, write_as_new_file


@pytest.fixture
def folder_with_two_plans(tmp_path, filled_plan):
    """Three versions of the example plan and one version of another plan."""
    folder = tmp_path / "planer"
    folder.mkdir()
    first = write_as_new_file(filled_plan, folder)
    second = write_as_new_file(next_version(filled_plan, date(2026, 12, 1)), folder)
    third = write_as_new_file(next_version(filled_plan, date(2026, 12, 2), version=3), folder)
    other = Plan.new(date(2026, 11, 1))
    other_path = folder / "annen.oppfplan"
    write_plan(other, other_path)
    return folder, filled_plan, [first, second, third], other, other_path


def test_deleting_a_plan_removes_every_version_and_recovery_copy_and_nothing_else(tmp_path, folder_with_two_plans):
    folder, plan, versions, other, other_path = folder_with_two_plans
    store = RecoveryStore(tmp_path / "recovery")
    store.write("a" * 32, plan, versions[0])
    store.write("b" * 32, other, other_path)
    lock = try_lock(versions[2])  # this window had the newest version open
    assert lock is not None and lock_path_for(versions[2]).exists()

    found = find_plan_files(folder, plan.plan_id, store)
    assert set(found.versions) == set(versions)
    assert found.recovery_copies == (store.file_for("a" * 32),)
    assert found.open_elsewhere == ()

    result = delete_plan_files(found)
    assert result.failed == []
    assert set(result.deleted) == set(found.all)
    assert not any(path.exists() for path in versions)
    assert not store.file_for("a" * 32).exists()
    assert not lock_path_for(versions[2]).exists()
    # The other plan in the same folder, and its recovery copy, are untouched.
    assert other_path.exists() and store.file_for("b" * 32).exists()
    assert sorted(p.name for p in folder.iterdir()) == ["annen.oppfplan"]


def test_a_version_open_in_another_running_program_is_reported_and_its_lock_kept(tmp_path, folder_with_two_plans):
    folder, plan, versions, *_ = folder_with_two_plans
    lock_path_for(versions[0]).write_text(json.dumps({
        "format": "oppfolgingsplan-lås", "pid": os.getppid(), "host": this_host(), "user": "kari",
        "since": datetime.now().astimezone().isoformat(), "token": "x",
    }), encoding="utf-8")

    found = find_plan_files(folder, plan.plan_id, RecoveryStore(tmp_path / "recovery"))
    assert len(found.open_elsewhere) == 1 and "kari" in found.open_elsewhere[0]

    delete_plan_files(found)
    assert lock_path_for(versions[0]).exists()  # still theirs


def test_a_file_that_cannot_be_deleted_is_reported_with_a_reason(tmp_path):
    stubborn = tmp_path / "ikke-en-fil.oppfplan"
    stubborn.mkdir()  # unlink() refuses a folder, as it refuses a protected file
    gone = tmp_path / "borte.oppfplan"

    result = delete_plan_files(PlanFiles("id", (stubborn, gone), ()))
    assert result.deleted == [gone]  # already gone counts as deleted: nothing is left of it
    [(path, reason)] = result.failed
    assert path == stubborn and reason.startswith(("Programmet", "Filen"))
    assert stubborn.exists()


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 15), 4, date(2026, 5, 15)),
        (date(2026, 10, 31), 4, date(2027, 2, 28)),  # no 31 February: the month's last day
        (date(2027, 10, 31), 4, date(2028, 2, 29)),  # leap year
        (date(2026, 9, 30), 4, date(2027, 1, 30)),  # across the year end
        (date(2026, 12, 1), 12, date(2027, 12, 1)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_no_reminder_before_the_end_of_the_absence_is_recorded(filled_plan):
    assert filled_plan.follow_up.absence_ended is None
    assert deletion_suggested(filled_plan, date(2099, 1, 1)) is None
    assert deletion_suggested(Plan(), date(9999, 12, 31)) is None


@pytest.mark.parametrize(
    ("ended", "first_reminded"),
    [
        (date(2027, 1, 31), date(2027, 5, 31)),
        (date(2027, 10, 31), date(2028, 2, 29)),  # no 31 February: the month's last day
    ],
)
def test_the_reminder_comes_four_months_after_the_absence_ended(filled_plan, ended, first_reminded):
    filled_plan.follow_up.absence_ended = ended
    found = [deletion_suggested(filled_plan, day) for day in
             (first_reminded - timedelta(days=1), first_reminded, first_reminded + timedelta(days=1))]
    assert found == [None, ended, ended]
    # Later dates elsewhere in the plan (a measure "until further notice") do not matter.
    filled_plan.measures[0].period_to = date(9999, 12, 31)
    assert deletion_suggested(filled_plan, first_reminded) == ended


any_date = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@settings(max_examples=300, deadline=None)
@given(ended=st.none() | any_date, today=any_date, months=st.integers(0, 12))
def test_no_date_the_format_allows_makes_the_reminder_fail(ended, today, months):
    plan = Plan()
    plan.follow_up.absence_ended = ended
    plan.measures[0].period_to = today
    suggested = deletion_suggested(plan, today)
    assert suggested is None or suggested == ended
    later = add_months(today, months)
    assert later is None or later >= today


def test_the_reminder_is_never_due_when_four_months_later_is_past_9999(filled_plan):
    filled_plan.follow_up.absence_ended = date(9999, 9, 1)
    assert add_months(date(9999, 9, 1), 4) is None
    assert deletion_suggested(filled_plan, date(9999, 12, 31)) is None
    filled_plan.follow_up.absence_ended = date(1, 1, 1)
    assert deletion_suggested(filled_plan, date(1, 5, 1)) == date(1, 1, 1)
    assert deletion_suggested(filled_plan, date(1, 4, 30)) is None
