"""Deleting a whole plan when it is no longer needed, and knowing when that is.

The plan holds a person's health-related situation. This module finds everything
the program keeps of one plan — every version in its folder, every recovery copy —
and removes it, file by file, so that a deletion that partly fails says exactly
what is left.

The reminder: the employer must be able to document the follow-up, so a plan is
never simply deleted. When the absence has ended (``follow_up.absence_ended``) and
four months have passed — when NAV deletes its own copy of the plan — the program
suggests archiving the plan and then deleting the local copies (seed 004). Before an
end is recorded there is no reminder: the follow-up may still be going on. The
program only reminds; deleting is always the user's decision.
"""

from __future__ import annotations

import contextlib
import errno
import logging
from datetime import date
from pathlib import Path
from typing import NamedTuple

from .errors import Doing, describe_os_error
from .locking import LockHeld, lock_path_for, read_lock
from .model import Plan
from .plan_identity import same_employee
from .recovery import RecoveryInfo, RecoveryStore
from .versions import plan_of, versions_of

log = logging.getLogger(__name__)

KEEP_MONTHS_AFTER_ABSENCE = 4  # NAV's own practice


class PlanFiles(NamedTuple):
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


class DeletionResult(NamedTuple):
    deleted: list[Path]
    failed: list[tuple[Path, str]]  # (file, reason in Norwegian)


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
    result = DeletionResult([], [])
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
def add_months(day: date, months: int) -> date | None:
    """The same day ``months`` later; the month's last day when it has no such day.
    None when that is after 9999-12-31 (a plan may hold any date up to it)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    if year > date.max.year:
        return None
    import calendar  # here: it imports locale, which the window's start does not need

    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def reminder_day(plan: Plan) -> date | None:
    """From when to suggest archiving and deleting: four months after the absence ended."""
    ended = plan.follow_up.absence_ended
    return None if ended is None else add_months(ended, KEEP_MONTHS_AFTER_ABSENCE)


def deletion_suggested(plan: Plan, today: date) -> date | None:
    """The day the absence ended, when that is four months ago or more; else None."""
    due = reminder_day(plan)
    return plan.follow_up.absence_ended if due is not None and today >= due else None
