"""Every employee's plan at a glance: the rows of ``oppfolging overview`` and of the
window's «Oversikt over planer».

A folder of plans is walked with its sub-folders (hidden folders, symbolic links to
folders and junctions are not entered, and no folder is entered twice, so a loop
cannot hold the walk). The version files are grouped into plans — by ``plan_id``
*and* the employee, so a file copied for another employee and never given a new id
does not join two people — and each plan is shown by its newest version, with the
next milestone and every overdue one from :mod:`.deadlines`. Files that cannot be
read (damaged, half-written while being copied, not plans) and folders that cannot
be opened are listed apart: never a crash, never skipped silently.

Reading is cheap by design, as the overview is looked at often: only what a row
shows (the ids, page one and the follow-up log) is validated here, with the same
model classes and rules as a full read; the rest of a file is judged when the plan
is opened. :class:`OverviewScanner` remembers what it read per file by
``(mtime_ns, size, inode)``, so a second look at a folder reads nothing that has
not changed.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError

from .deadlines import Milestone, milestones
from .errors import Doing, describe_os_error
from .messages import message
from .migrations import file_version, migrate
from .model import FORMAT_NAME, REQUIRE_ALL_KEYS, FollowUp, KeyInfo, OptionalDate, Plan, PlanId
from .plan_identity import split_by_employee
from .storage import PLAN_SUFFIX, PlanFileError, decode_plan_json, read_plan, read_plan_bytes

# The statuses that make a milestone the plan's "next" one (command-line.md).
_OPEN = ("overdue", "due_soon", "upcoming")


@dataclass(frozen=True)
class Unreadable:
    """A file (or folder) under the plans folder that could not be read, and why."""

    path: str  # as found under the folder
    message: str


@dataclass(frozen=True)
class OverviewRow:
    """One plan: its newest version and what is due."""

    plan_id: str
    employee: str
    employer: str
    version: int
    file: str  # the newest version's path as found under the folder
    filled_date: date | None
    first_day: date | None
    absence_ended: date | None
    next: Milestone | None
    overdue: tuple[Milestone, ...]

    @property
    def path(self) -> Path:
        return Path(self.file)

    def as_json(self) -> dict[str, Any]:
        """The row as ``oppfolging overview --json`` prints it (keys in the spec's order)."""
        return {
            "plan_id": self.plan_id,
            "employee": self.employee,
            "employer": self.employer,
            "version": self.version,
            "file": self.file,
            "filled_date": _iso(self.filled_date),
            "first_day": _iso(self.first_day),
            "absence_ended": _iso(self.absence_ended),
            "next": None if self.next is None else {
                "id": self.next.id,
                "date": _iso(self.next.date),
                "title": self.next.title,
                "status": self.next.status,
            },
            "overdue": [m.id for m in self.overdue],
        }

    def needs_attention(self, today: date, days: int) -> bool:
        """Something overdue, or the next milestone within ``days``."""
        if self.overdue:
            return True
        return self.next is not None and self.next.date is not None and (self.next.date - today).days <= days


@dataclass(frozen=True)
class Overview:
    folder: Path
    today: date
    rows: tuple[OverviewRow, ...]
    unreadable: tuple[Unreadable, ...]
    folders: tuple[str, ...]  # every folder that was read (the window watches them)

    def as_json(self) -> dict[str, Any]:
        return {"plans": [row.as_json() for row in self.rows], "unreadable": [u.path for u in self.unreadable]}

    def needing_attention(self, days: int = 7) -> list[OverviewRow]:
        """Plans with a milestone overdue or due within ``days`` (ended absences left out)."""
        return [r for r in self.rows if r.absence_ended is None and r.needs_attention(self.today, days)]


def overview(folder: Path, today: date) -> Overview:
    """One look at ``folder`` (the command line's); OSError when the folder itself
    cannot be read."""
    return OverviewScanner().scan(folder, today)


# ------------------------------------------------------------------------ reading
_Signature = tuple[int, int, int]  # mtime_ns, size, inode


@dataclass(frozen=True)
class _Version:
    path: str
    plan: Plan  # ids, page one and the follow-up log; the rest left at defaults


class OverviewScanner:
    """Looks at a plans folder again and again, reading only files that changed."""

    def __init__(self) -> None:
        self._read: dict[str, tuple[_Signature, _Version | Unreadable]] = {}
        self._last: tuple[tuple[Any, ...], Overview] | None = None

    def scan(self, folder: Path, today: date) -> Overview:
        """Every plan under ``folder``, most urgent first. Raises OSError when
        ``folder`` itself cannot be read; nothing under it makes this fail."""
        files, unreadable, folders = _walk(folder)
        key = (str(folder), today, tuple(files), tuple(unreadable))
        if self._last is not None and self._last[0] == key:
            return self._last[1]  # nothing changed since the last look
        read: dict[str, tuple[_Signature, _Version | Unreadable]] = {}
        versions: list[_Version] = []
        for path, signature in files:
            known = self._read.get(path)
            result = known[1] if known is not None and known[0] == signature else _read_version(path)
            read[path] = (signature, result)
            if isinstance(result, Unreadable):
                unreadable.append(result)
            else:
                versions.append(result)
        self._read = read  # files that are gone are forgotten
        result = Overview(
            folder=folder,
            today=today,
            rows=tuple(sorted((_row(group, today) for group in _group(versions)), key=_urgency)),
            unreadable=tuple(sorted(unreadable, key=lambda u: u.path)),
            folders=tuple(folders),
        )
        self._last = (key, result)
        return result


def _walk(folder: Path) -> tuple[list[tuple[str, _Signature]], list[Unreadable], list[str]]:
    """The plan files under ``folder`` with their signatures, the folders that could
    not be opened, and the folders read. OSError only for ``folder`` itself."""
    files: list[tuple[str, _Signature]] = []
    problems: list[Unreadable] = []
    folders: list[str] = []
    seen_folders: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()  # a file linked twice is one file
    top = os.stat(folder)
    if not stat.S_ISDIR(top.st_mode):
        raise NotADirectoryError(20, "Not a directory", str(folder))
    stack = [os.fspath(folder)]
    seen_folders.add((top.st_dev, top.st_ino))
    first = True
    while stack:
        current = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError as error:
            if first:
                raise
            problems.append(Unreadable(current, describe_os_error(error, Doing.READ_FOLDER)))
            continue
        first = False
        folders.append(current)
        subfolders: list[str] = []
        for entry in entries:
            if entry.name.startswith("."):  # hidden; also lock files and unfinished writes
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if not _is_link(entry) and not _is_hidden(entry):
                        info = entry.stat(follow_symlinks=False)
                        if (info.st_dev, info.st_ino) not in seen_folders:
                            seen_folders.add((info.st_dev, info.st_ino))
                            subfolders.append(entry.path)
                    continue
                if not entry.name.endswith(PLAN_SUFFIX) or _is_hidden(entry):
                    continue
                if entry.is_symlink() and entry.is_dir():
                    continue  # a link to a folder named like a plan
                info = entry.stat()
            except OSError:  # a broken link, a file gone while we looked
                files.append((entry.path, (0, -1, 0)))
                continue
            if (info.st_dev, info.st_ino) in seen_files:
                continue
            seen_files.add((info.st_dev, info.st_ino))
            files.append((entry.path, (info.st_mtime_ns, info.st_size, info.st_ino)))
        stack.extend(sorted(subfolders, reverse=True))
    files.sort()
    return files, problems, folders


def _is_link(entry: os.DirEntry[str]) -> bool:
    junction = getattr(entry, "is_junction", None)  # Windows, Python 3.12+
    return entry.is_symlink() or bool(junction and junction())


def _is_hidden(entry: os.DirEntry[str]) -> bool:
    """Windows' hidden attribute (names starting with a dot are handled by the caller)."""
    if os.name != "nt":
        return False
    # Free on Windows: the attributes came with the folder listing.
    attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    return bool(attributes & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))


class _Summary(BaseModel):
    """The parts of a plan file a row shows, validated by the plan's own classes."""

    model_config = ConfigDict(extra="ignore")

    plan_id: PlanId
    version: StrictInt = Field(ge=1)
    filled_date: OptionalDate
    key_info: KeyInfo
    follow_up: FollowUp


def _read_version(path: str) -> _Version | Unreadable:
    try:
        data = read_plan_bytes(path)
        obj = decode_plan_json(data, path)
        summary = _summary(obj)
        if summary is None:  # something is wrong: the full read says what, in words
            plan = read_plan(path)
        else:
            plan = Plan.model_construct(
                plan_id=summary.plan_id,
                version=summary.version,
                filled_date=summary.filled_date,
                key_info=summary.key_info,
                follow_up=summary.follow_up,
            )
    except PlanFileError as error:
        return Unreadable(path, error.message)
    except OSError as error:
        return Unreadable(path, describe_os_error(error, Doing.READ_PLAN))
    except (ValueError, RecursionError) as error:  # never let one file stop the look
        return Unreadable(path, message("overview.file_unreadable", reason=type(error).__name__))
    return _Version(path, plan)


def _summary(obj: Any) -> _Summary | None:
    """The row's parts of a plan of any format version this program reads (brought
    to the newest by the same migrations as a full read), or None when the file is
    not such a plan."""
    if not isinstance(obj, dict) or obj.get("format") != FORMAT_NAME or file_version(obj) is None:
        return None
    try:
        return _Summary.model_validate(migrate(obj), context={REQUIRE_ALL_KEYS: True})
    except ValidationError:
        return None


# ----------------------------------------------------------------------- grouping
def _group(versions: Iterable[_Version]) -> list[list[_Version]]:
    """Versions in plans: one ``plan_id`` and one employee each (``plan_identity``)."""
    by_id: dict[str, list[_Version]] = {}
    for version in versions:
        by_id.setdefault(version.plan.plan_id, []).append(version)
    return [group for same_id in by_id.values() for group in split_by_employee(same_id, _person)]


def _person(version: _Version) -> tuple[str, str]:
    employee = version.plan.key_info.employee
    return employee.full_name, employee.national_id


def _newest(group: list[_Version]) -> _Version:
    return max(group, key=lambda v: (v.plan.version, v.plan.filled_date or date.min, v.path))


def _row(group: list[_Version], today: date) -> OverviewRow:
    newest = _newest(group)
    plan = newest.plan
    found = [m for m in milestones(plan, today) if m.status in _OPEN and m.date is not None]
    found.sort(key=lambda m: m.date or date.max)
    return OverviewRow(
        plan_id=plan.plan_id,
        employee=plan.key_info.employee.full_name,
        employer=plan.key_info.employer.name,
        version=plan.version,
        file=newest.path,
        filled_date=plan.filled_date,
        first_day=plan.key_info.absence.first_day,
        absence_ended=plan.follow_up.absence_ended,
        next=found[0] if found else None,
        overdue=tuple(m for m in found if m.status == "overdue"),
    )


def _urgency(row: OverviewRow) -> tuple[Any, ...]:
    """Overdue first (earliest overdue date first), then by the next milestone's date,
    plans with none last; ties by employee name."""
    name = (row.employee.casefold(), row.employee, row.file)
    if row.overdue:
        return (0, row.overdue[0].date, *name)
    if row.next is not None:
        return (1, row.next.date, *name)
    return (2, date.max, *name)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
