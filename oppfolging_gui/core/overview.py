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

Reading is cheap by design, as the overview is looked at often, in two steps.
Every file is read as JSON for what grouping needs (``plan_id``, version, date,
the employee); a file that is not JSON or not a plan goes through the full read,
which says what is wrong with it. Then only the newest version of each plan is
checked as strictly as opening it checks (no duplicate keys, every key present,
the plan's own model classes) for the parts a row shows and the deadlines use; if
that fails, the file is listed as unreadable and the version before it shows. An
older version's damage deeper in the file is found when that version is opened.
:class:`OverviewScanner` remembers both steps per file by ``(mtime_ns, size,
inode)``, so a second look at a folder reads nothing that has not changed.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError

from .deadlines import Milestone, judge
from .errors import Doing, describe_os_error
from .messages import message
from .migrations import file_version, migrate
from .model import FORMAT_NAME, REQUIRE_ALL_KEYS, FollowUp, KeyInfo, Measure, OptionalDate, Plan, PlanId
from .plan_identity import split_by_employee
from .storage import MAX_FILE_BYTES, PLAN_SUFFIX, PlanFileError, decode_plan_json, read_plan, read_plan_bytes

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
_Signature = tuple[int, int, int, bool]  # mtime_ns, size, inode, a regular file
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a file swapped for a pipe never blocks the look


@dataclass(frozen=True)
class _Head:
    """What grouping needs of a version file (step one)."""

    path: str
    plan_id: str
    version: int
    filled_date: date | None
    employee: str
    national_id: str


class OverviewScanner:
    """Looks at a plans folder again and again, reading only files that changed."""

    def __init__(self) -> None:
        self._heads: dict[str, tuple[_Signature, _Head | Unreadable]] = {}
        self._parts: dict[str, tuple[_Signature, _Parts | Plan | Unreadable]] = {}
        self._last: tuple[tuple[Any, ...], Overview] | None = None

    def scan(self, folder: Path, today: date) -> Overview:
        """Every plan under ``folder``, most urgent first. Raises OSError when
        ``folder`` itself cannot be read; nothing under it makes this fail."""
        files, unreadable, folders = _walk(folder)
        key = (str(folder), today, tuple(files), tuple(unreadable))
        if self._last is not None and self._last[0] == key:
            return self._last[1]  # nothing changed since the last look
        signatures = dict(files)
        heads: dict[str, tuple[_Signature, _Head | Unreadable]] = {}
        found: list[_Head] = []
        just_read: dict[str, bytes] = {}  # this look's bytes, so step two reads no file twice
        for path, signature in files:
            known = self._heads.get(path)
            if known is not None and known[0] == signature:
                head = known[1]
            else:
                head = _read_head(path, signature, just_read)
            heads[path] = (signature, head)
            if isinstance(head, Unreadable):
                unreadable.append(head)
            else:
                found.append(head)
        self._heads = heads  # files that are gone are forgotten
        parts: dict[str, tuple[_Signature, _Parts | Plan | Unreadable]] = {}
        rows = []
        for group in _group(found):
            for head in sorted(group, key=_age, reverse=True):  # the newest that reads
                known_parts = self._parts.get(head.path)
                signature = signatures[head.path]
                if known_parts is not None and known_parts[0] == signature:
                    plan = known_parts[1]
                else:
                    plan = _read_parts(head.path, just_read.get(head.path))
                parts[head.path] = (signature, plan)
                if isinstance(plan, Unreadable):
                    unreadable.append(plan)
                    continue
                rows.append(_row(plan, head.path, today))
                break
        self._parts = parts
        result = Overview(
            folder=folder,
            today=today,
            rows=tuple(sorted(rows, key=_urgency)),
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
        for entry in entries:  # kept lean: a second look is mostly this loop
            name = entry.name
            if name.startswith("."):  # hidden; also lock files and unfinished writes
                continue
            try:
                if not name.endswith(PLAN_SUFFIX):
                    if entry.is_dir(follow_symlinks=False) and not _is_link(entry) and not _is_hidden(entry):
                        info = entry.stat(follow_symlinks=False)
                        if (info.st_dev, info.st_ino) not in seen_folders:
                            seen_folders.add((info.st_dev, info.st_ino))
                            subfolders.append(entry.path)
                    continue
                info = entry.stat()  # through a link to a file: the file
            except OSError:  # a broken link, a file gone while we looked
                files.append((entry.path, (0, -1, 0, False)))
                continue
            if stat.S_ISDIR(info.st_mode):  # a folder named like a plan, or a link to one
                if not entry.is_symlink() and not _is_hidden(entry) and (info.st_dev, info.st_ino) not in seen_folders:
                    seen_folders.add((info.st_dev, info.st_ino))
                    subfolders.append(entry.path)
                continue
            if _is_hidden(entry) or (info.st_dev, info.st_ino) in seen_files:
                continue
            seen_files.add((info.st_dev, info.st_ino))
            files.append((entry.path, (info.st_mtime_ns, info.st_size, info.st_ino, stat.S_ISREG(info.st_mode))))
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


class _Parts(BaseModel):
    """The parts of a plan file a row needs, validated by the plan's own classes.

    It stands in for the :class:`Plan` that :func:`deadlines.milestones` reads, which
    uses page one, the follow-up log and the measures only; building a whole Plan
    (signatures, evaluation …) for every file would cost more than reading the file.
    The tests of this module run every row through ``milestones``: one that starts
    reading another part fails them."""

    model_config = ConfigDict(extra="ignore")

    plan_id: PlanId
    version: StrictInt = Field(ge=1)
    filled_date: OptionalDate
    key_info: KeyInfo
    follow_up: FollowUp
    measures: list[Measure] = Field(min_length=1)


def _read_head(path: str, signature: _Signature, keep: dict[str, bytes]) -> _Head | Unreadable:
    """Step one: the file as plain JSON, for what grouping needs (its bytes go into
    ``keep``). Anything unusual goes through the full read, for its verdict and words."""
    if not signature[3] or signature[1] > MAX_FILE_BYTES:
        return _read_fully(path)
    try:
        with os.fdopen(os.open(path, os.O_RDONLY | _NONBLOCK), "rb") as stream:
            info = os.fstat(stream.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
                return _read_fully(path)
            # Its own size, not the bound: read(n) sets aside n bytes first.
            data = stream.read(info.st_size + 1)
            if len(data) > info.st_size:  # it grew while we looked
                data += stream.read(MAX_FILE_BYTES + 1 - len(data))
        if len(data) > MAX_FILE_BYTES:
            return _read_fully(path)
        keep[path] = data
        obj = json.loads(data)
    except OSError as error:
        return Unreadable(path, describe_os_error(error, Doing.READ_PLAN))
    except (ValueError, RecursionError):  # not JSON, not UTF-8: the full read says which
        return _read_fully(path)
    return _head(path, obj) or _read_fully(path)


def _head(path: str, obj: Any) -> _Head | None:
    if not isinstance(obj, dict) or obj.get("format") != FORMAT_NAME or file_version(obj) is None:
        return None
    plan_id, version, filled = obj.get("plan_id"), obj.get("version"), obj.get("filled_date")
    key_info = obj.get("key_info")
    employee = key_info.get("employee") if isinstance(key_info, dict) else None
    if not (isinstance(plan_id, str) and type(version) is int and isinstance(employee, dict)):
        return None
    first, last, national_id = (employee.get(k) for k in ("first_name", "last_name", "national_id"))
    if not (isinstance(first, str) and isinstance(last, str) and isinstance(national_id, str)):
        return None
    try:
        filled_date = date.fromisoformat(filled) if isinstance(filled, str) else None
    except ValueError:
        filled_date = None  # step two judges it, if this is the version shown
    name = " ".join(part for part in (first, last) if part)
    return _Head(path, plan_id, version, filled_date, name, national_id)


def _read_fully(path: str) -> _Head | Unreadable:
    try:
        plan = read_plan(path)
    except PlanFileError as error:
        return Unreadable(path, error.message)
    except OSError as error:
        return Unreadable(path, describe_os_error(error, Doing.READ_PLAN))
    except (ValueError, RecursionError) as error:  # never let one file stop the look
        return Unreadable(path, message("overview.file_unreadable", reason=type(error).__name__))
    employee = plan.key_info.employee
    return _Head(path, plan.plan_id, plan.version, plan.filled_date, employee.full_name, employee.national_id)


def _read_parts(path: str, data: bytes | None = None) -> _Parts | Plan | Unreadable:
    """Step two, for the version a row shows: as strict as opening the file."""
    try:
        obj = decode_plan_json(read_plan_bytes(path) if data is None else data, path)
        # Something odd in it: the full read decides, and says what is wrong in words.
        return _parts(obj) or read_plan(path)
    except PlanFileError as error:
        return Unreadable(path, error.message)
    except OSError as error:
        return Unreadable(path, describe_os_error(error, Doing.READ_PLAN))
    except (ValueError, RecursionError) as error:
        return Unreadable(path, message("overview.file_unreadable", reason=type(error).__name__))


def _parts(obj: Any) -> _Parts | None:
    """The row's parts of a plan of any format version this program reads (brought
    to the newest by the same migrations as a full read), or None when the file is
    not such a plan."""
    if not isinstance(obj, dict) or obj.get("format") != FORMAT_NAME or file_version(obj) is None:
        return None
    try:
        return _Parts.model_validate(migrate(obj), context={REQUIRE_ALL_KEYS: True})
    except ValidationError:
        return None


# ----------------------------------------------------------------------- grouping
def _group(heads: Iterable[_Head]) -> list[list[_Head]]:
    """Versions in plans: one ``plan_id`` and one employee each (``plan_identity``)."""
    by_id: dict[str, list[_Head]] = {}
    for head in heads:
        by_id.setdefault(head.plan_id, []).append(head)
    return [group for same_id in by_id.values() for group in split_by_employee(same_id, _person)]


def _person(head: _Head) -> tuple[str, str]:
    return head.employee, head.national_id


def _age(head: _Head) -> tuple[int, date, str]:
    """Newest last: the highest version, then the latest date, then the name."""
    return head.version, head.filled_date or date.min, head.path


def _row(plan: _Parts | Plan, path: str, today: date) -> OverviewRow:
    # Judged first and put into words only when open: a folder of hundreds of plans
    # would otherwise word seven milestones per plan to show one or two.
    every = judge(plan, today)  # type: ignore[arg-type]  # a _Parts will do: see there
    found = [m.in_words() for m in every if m.status in _OPEN and m.date is not None]
    found.sort(key=lambda m: m.date or date.max)
    return OverviewRow(
        plan_id=plan.plan_id,
        employee=plan.key_info.employee.full_name,
        employer=plan.key_info.employer.name,
        version=plan.version,
        file=path,
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
