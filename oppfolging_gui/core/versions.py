"""Versions of a plan: "Opprett ny versjon av planen", file names, and listing a folder.

A plan (one sick-leave case) is a series of version files sharing a ``plan_id``.
The next version keeps page one (Nøkkelopplysninger) and the follow-up log of the
**newest** version of the plan (whichever version it was made from: a meeting
logged in v3 must not vanish when v4 is made from v2), starts everything else
empty, is filled in today, and is written as a new file: an old version is never
touched. Runs at the same time never give two files one version number: the file
named after the version is created exclusively, and a clash means "take the next
number" (``command-line.md``).
"""

from __future__ import annotations

import os
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import NamedTuple

from .atomic import write_new_file
from .errors import Doing, describe_os_error
from .messages import message
from .model import MAX_VERSION, Plan
from .plan_identity import same_employee, split_by_employee
from .storage import PLAN_SUFFIX, PlanFileError, plan_to_bytes, read_plan
from .unsafe_characters import CONTROLS, FORMATS


def next_version(plan: Plan, today: date, *, version: int | None = None) -> Plan:
    """The next version of ``plan``: page one and the follow-up log kept, the rest reset."""
    return Plan(
        plan_id=plan.plan_id,
        version=version if version is not None else plan.version + 1,
        filled_date=today,
        key_info=plan.key_info.model_copy(deep=True),
        follow_up=plan.follow_up.model_copy(deep=True),
    )


# ------------------------------------------------------------------- file names

# Most file systems allow 255 bytes per name (ext4, APFS: UTF-8 bytes; NTFS: 255
# UTF-16 units). The name stays well inside that, with room for " (999)", so that a
# copy of it, a longer folder path on Windows or a sync tool's suffix still fit.
MAX_FILE_NAME_BYTES = 200
_NO_NAME = "uten navn"


def version_file_name(plan: Plan) -> str:
    """A name a person recognises: employee, version number and date.

    Version and date always stay in the name: a long employee name is cut (by
    UTF-8 bytes, never inside a character) to make room for them.
    """
    who = _safe_file_name(plan.key_info.employee.full_name) or _NO_NAME
    when = (plan.filled_date or date.today()).isoformat()
    head, tail = "Oppfølgingsplan ", f" v{plan.version} {when}{PLAN_SUFFIX}"
    room = MAX_FILE_NAME_BYTES - len(head.encode()) - len(tail.encode()) - len(" (999)")
    who = _cut_to_bytes(who, room).rstrip(" .") or _NO_NAME
    return head + who + tail


# Forbidden somewhere (Windows: \ / : * ? " < > |), or invisible and misleading: control
# characters and format characters (a right-to-left override U+202E in a name makes
# "…v2 2026-11-22<RLO>fdp.exe" look like a different file on screen).
_UNSAFE = re.compile(r'[\\/:*?"<>|]')


def _safe_file_name(text: str) -> str:
    # NFC so the name looks the same on macOS, Windows and Linux; no characters
    # that any of them forbids; no trailing dots or spaces (Windows).
    text = unicodedata.normalize("NFC", text)
    text = "".join(_name_character(c) for c in text)
    return re.sub(r"\s+", " ", text).strip(" .")


def _name_character(char: str) -> str:
    category = unicodedata.category(char)
    if category in FORMATS:  # invisible by design: left out (a joiner inside an emoji too)
        return ""
    if category in CONTROLS or _UNSAFE.match(char):
        return " "
    return char


def _cut_to_bytes(text: str, limit: int) -> str:
    """At most ``limit`` UTF-8 bytes of ``text``, cut between characters."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[: max(0, limit)].decode("utf-8", errors="ignore")


# ------------------------------------------------------------- the next version


class _VersionTaken(Exception):
    """Another run wrote this version number first: count again."""


def write_as_new_file(plan: Plan, folder: Path) -> Path:
    """Write ``plan`` under its recognisable name in ``folder``, never overwriting.

    A name taken by another file gets " (2)", " (3)" …. Raises :class:`_VersionTaken`
    when the name is taken by this very version of this plan (or by a file still
    being created), since the version number is then not this run's to use.
    """
    stem = version_file_name(plan)[: -len(PLAN_SUFFIX)]
    data = plan_to_bytes(plan)
    for attempt in range(1, 1000):
        path = folder / (stem + (f" ({attempt})" if attempt > 1 else "") + PLAN_SUFFIX)
        try:
            write_new_file(path, data)
            return path
        except FileExistsError:
            if _taken_by_this_plan(path, plan):
                raise _VersionTaken from None
            continue
        except OSError as error:
            raise PlanFileError(path, describe_os_error(error, Doing.WRITE_VERSION)) from None
    raise PlanFileError(folder, message("versions.no_free_name"))


def _taken_by_this_plan(path: Path, plan: Plan) -> bool:
    try:
        if path.stat().st_size == 0:  # claimed, content not moved in yet (no hard links)
            return True
        found = read_plan(path)
    except (OSError, PlanFileError):
        return False  # someone else's file, unreadable: leave it, take another name
    return found.plan_id == plan.plan_id and found.version >= plan.version


def create_next_version(source: Path, folder: Path | None, today: date) -> tuple[Plan, Path]:
    """The command behind "Opprett ny versjon": write the next version of ``source``'s plan.

    Page one and the follow-up log come from the newest version of the plan found
    in ``source``'s folder and ``folder`` (``source`` itself included); the number
    is one more than the highest of them. Written into ``folder`` (default:
    ``source``'s folder).
    """
    opened = read_plan(source)
    folder = folder if folder is not None else source.parent
    try:
        if not folder.is_dir():  # raises, unlike exists(), for a name too long or a loop of links
            problem = message("versions.not_a_folder" if folder.exists() else "versions.no_folder")
            raise PlanFileError(folder, problem)
    except OSError as error:
        raise PlanFileError(folder, describe_os_error(error, Doing.READ_FOLDER)) from None
    at_least = 0
    for _attempt in range(1000):
        newest, highest = newest_version(source, opened, folder)
        if max(highest, at_least) >= MAX_VERSION:
            raise PlanFileError(source, message("versions.highest", highest=f"{MAX_VERSION:,}".replace(",", " ")))
        new_plan = next_version(newest, today, version=max(highest, at_least) + 1)
        try:
            return new_plan, write_as_new_file(new_plan, folder)
        except _VersionTaken:
            at_least = new_plan.version  # the next round counts again, from here
    raise PlanFileError(folder, message("versions.no_free_number"))


def newest_version(source: Path, opened: Plan, folder: Path | None = None) -> tuple[Plan, int]:
    """The newest version of ``opened``'s plan, and the highest version number seen.

    Looks in ``source``'s folder and ``folder``; only files of the same plan *and*
    the same employee count (an old copy made with "Lagre som" for another
    employee may share the ``plan_id``: its page one must never be taken).
    """
    folders = [source.parent]
    if folder is not None and not _same_file(folder, source.parent):
        folders.append(folder)
    candidates: list[VersionEntry] = []
    for where in folders:
        try:
            candidates += versions_of(where, opened.plan_id)
        except OSError as error:
            raise PlanFileError(where, describe_os_error(error, Doing.READ_FOLDER)) from None
    # Numbers count every file of the plan_id (versions_of); content only this employee's.
    highest = max([opened.version, *(entry.version for entry in candidates)])
    employee = opened.key_info.employee
    mine = [entry for entry in candidates
            if same_employee(entry.employee, entry.national_id, employee.full_name, employee.national_id)]
    best = max(mine, key=lambda e: (e.version, e.filled_date or date.min), default=None)
    if best is None or (best.version, best.filled_date or date.min) <= (opened.version, opened.filled_date or date.min):
        return opened, highest
    try:
        return read_plan(best.path), highest
    except PlanFileError:  # gone or changed since the scan: the opened file is still a version
        return opened, highest


class VersionEntry(NamedTuple):
    path: Path
    plan_id: str
    version: int
    filled_date: date | None
    employee: str
    employer: str
    national_id: str = ""


class PlanEntry(NamedTuple):
    plan_id: str
    versions: list[VersionEntry]  # newest first

    @property
    def latest(self) -> VersionEntry:
        return self.versions[0]

    @property
    def last_filled(self) -> date:
        return max((v.filled_date for v in self.versions if v.filled_date), default=date.min)


class FolderListing(NamedTuple):
    plans: list[PlanEntry]
    unreadable: list[PlanFileError]


def scan_folder(folder: Path) -> FolderListing:
    """Every plan in ``folder`` (not its subfolders), most recently filled first.

    Raises OSError when the folder itself cannot be read; files that are not
    readable plans are reported in ``unreadable`` and otherwise passed over.
    """
    by_id: dict[str, PlanEntry] = {}
    unreadable: list[PlanFileError] = []
    with os.scandir(folder) as entries:
        paths = sorted(
            Path(entry.path) for entry in entries
            if entry.name.endswith(PLAN_SUFFIX) and not entry.name.startswith(".") and entry.is_file()
        )
    for path in paths:
        try:
            plan = read_plan(path)
        except PlanFileError as error:
            unreadable.append(error)
            continue
        entry = VersionEntry(
            path=path,
            plan_id=plan.plan_id,
            version=plan.version,
            filled_date=plan.filled_date,
            employee=plan.key_info.employee.full_name,
            employer=plan.key_info.employer.name,
            national_id=plan.key_info.employee.national_id,
        )
        by_id.setdefault(plan.plan_id, []).append(entry)
    # One plan is one plan_id for ONE employee: files of two people that share a
    # plan_id (a copy made by overtyping) are listed as two plans, never joined.
    entries = [
        PlanEntry(plan_id, group)
        for plan_id, versions in by_id.items()
        for group in split_by_employee(versions, lambda v: (v.employee, v.national_id))
    ]
    for plan_entry in entries:
        plan_entry.versions.sort(key=lambda v: (v.version, v.filled_date or date.min), reverse=True)
    plans = sorted(entries, key=lambda p: (p.last_filled, p.latest.version), reverse=True)
    return FolderListing(plans=plans, unreadable=unreadable)


def versions_of(folder: Path, plan_id: str) -> list[VersionEntry]:
    """Every file in ``folder`` with this ``plan_id``, whoever it is about (version
    numbers are counted over all of them); highest version first."""
    found = [v for plan_entry in scan_folder(folder).plans if plan_entry.plan_id == plan_id for v in plan_entry.versions]
    return sorted(found, key=lambda v: (v.version, v.filled_date or date.min), reverse=True)


def plan_of(folder: Path, plan_id: str, path: Path) -> PlanEntry | None:
    """The plan (one ``plan_id``, one employee) that the version file ``path`` belongs to."""
    for plan_entry in scan_folder(folder).plans:
        if plan_entry.plan_id == plan_id and any(_same_file(v.path, path) for v in plan_entry.versions):
            return plan_entry
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)
