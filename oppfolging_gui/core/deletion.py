"""Deleting a whole plan when it is no longer needed, and knowing when that is.

The plan holds a person's health-related situation. NAV deletes its own copy of a
follow-up plan four months after the absence ended, and employers should do the same
with theirs; this module finds everything the program keeps of one plan — every
version in its folder, every recovery copy — and removes it, file by file, so that a
deletion that partly fails says exactly what is left.

The plan file has no "absence ended" date, so the reminder goes by the last day the
plan mentions (a measure's end, an event in the follow-up log, a signature, the
filling-in date): when that is more than four months ago, the plan is probably no
longer needed. The program only reminds; deleting is always the user's decision.
"""

from __future__ import annotations

import calendar
import contextlib
import errno
import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import Doing, describe_os_error
from .locking import LockHeld, lock_path_for, read_lock
from .model import Plan
from .plan_identity import same_employee
from .recovery import RecoveryInfo, RecoveryStore
from .versions import plan_of, versions_of

log = logging.getLogger(__name__)

KEEP_MONTHS_AFTER_ABSENCE = 4  # NAV's own practice


@dataclass(frozen=True)
class PlanFiles:
    """What deleting one plan removes."""

    plan_id: str
    versions: tuple[Path, ...]
    recovery_copies: tuple[Path, ...]
    # Who else has a version open right now (another window, another PC): deleting
    # it under them would lose what they type, so the window refuses until they close.
    open_elsewhere: tuple[str, ...] = ()
    # Every employee name in the listed files, so the question names each of them.
    employees: tuple[str, ...] = ()

    @property
    def all(self) -> tuple[Path, ...]:
        return self.versions + self.recovery_copies


@dataclass
class DeletionResult:
    deleted: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # (file, reason in Norwegian)


def find_plan_files(
    folder: Path, plan_id: str, recovery: RecoveryStore | None = None, *, version: Path | None = None
) -> PlanFiles:
    """Every version of ``plan_id`` in ``folder`` and every recovery copy of it.

    ``version``: the file the user has open. Only the files of its plan are listed —
    the same ``plan_id`` *and* the same employee (Plan identity): another employee's
    file that shares the ``plan_id`` is never deleted with it. Recovery copies of
    windows still open elsewhere are included: deleting a plan means nothing of it
    stays behind. Raises OSError when ``folder`` cannot be read.
    """
    if version is None:
        entries = versions_of(folder, plan_id)
    else:  # the open file's plan; nothing when the file is gone (it cannot vouch for anyone)
        entry = plan_of(folder, plan_id, version)
        entries = entry.versions if entry is not None else []
    people = [(v.employee, v.national_id) for v in entries]
    store = recovery or RecoveryStore()
    copies = [
        info for info in store.list(include_running=True).copies
        if info.plan_id == plan_id and (version is None or (people and _about(info, people)))
    ]
    holders = [_held_by_someone_else(v.path) for v in entries]
    names = [v.employee for v in entries] + [info.employee_name for info in copies]
    return PlanFiles(
        plan_id, tuple(v.path for v in entries), tuple(info.file for info in copies),
        tuple(dict.fromkeys(h for h in holders if h)),
        tuple(dict.fromkeys(name for name in names if name)),
    )


def _about(info: RecoveryInfo, people: list[tuple[str, str]]) -> bool:
    """The copy is about the same employee as every listed version."""
    return all(same_employee(info.employee_name, info.employee_national_id, *person) for person in people)


def _held_by_someone_else(version: Path) -> str:
    owner = read_lock(version)
    if owner is None or owner.is_stale() or owner.is_this_process:
        return ""
    return LockHeld(owner).describe()


def delete_plan_files(files: PlanFiles) -> DeletionResult:
    """Remove each file (and a lock file left beside a version); report what failed."""
    result = DeletionResult()
    for path in files.all:
        try:
            path.unlink()
        except FileNotFoundError:
            result.deleted.append(path)  # gone already: nothing of it is left
        except OSError as error:
            # Never the path in the log: a plan's file name carries the employee's name.
            log.warning("Could not delete a plan file: %s", errno.errorcode.get(error.errno or 0, "?"))
            result.failed.append((path, describe_os_error(error, Doing.DELETE_FILE)))
        else:
            result.deleted.append(path)
    for path in files.versions:  # our own lock, or a stale one, would be left beside nothing
        if not _held_by_someone_else(path):
            with contextlib.suppress(OSError):
                lock_path_for(path).unlink(missing_ok=True)
    return result


# ---------------------------------------------------------------- the reminder
def last_recorded_day(plan: Plan) -> date | None:
    """The latest date the plan mentions, or None when it mentions none."""
    days = [
        plan.filled_date,
        plan.key_info.absence.first_day,
        plan.key_info.absence.sick_note_date,
        plan.follow_up.dialogue_meeting_2_date,
        plan.signatures.date,
        *(event.date for event in plan.follow_up.events),
        *(day for measure in plan.measures for day in (measure.period_from, measure.period_to)),
    ]
    known = [day for day in days if day is not None]
    return max(known, default=None)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the month's last day when it has no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def deletion_suggested(plan: Plan, today: date) -> date | None:
    """The plan's last recorded day when it is over four months ago, else None."""
    last = last_recorded_day(plan)
    if last is None or today < add_months(last, KEEP_MONTHS_AFTER_ABSENCE):
        return None
    return last
