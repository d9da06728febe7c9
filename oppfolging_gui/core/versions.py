"""Versions of a plan: "Opprett ny versjon av planen", file names, and listing a folder.

A plan (one sick-leave case) is a series of version files sharing a ``plan_id``.
The next version keeps page one (Nøkkelopplysninger) and the follow-up log, starts
everything else empty, is filled in today, and is written as a new file: an old
version is never touched.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .atomic import write_new_file
from .model import Plan
from .plan_identity import split_by_employee
from .storage import PLAN_SUFFIX, PlanFileError, plan_to_bytes, read_plan, describe_write_error


def next_version(plan: Plan, today: date, *, version: int | None = None) -> Plan:
    """The next version of ``plan``: page one and the follow-up log kept, the rest reset."""
    return Plan(
        plan_id=plan.plan_id,
        version=version if version is not None else plan.version + 1,
        filled_date=today,
        key_info=plan.key_info.model_copy(deep=True),
        follow_up=plan.follow_up.model_copy(deep=True),
    )


def version_file_name(plan: Plan) -> str:
    """A name a person recognises: employee, version number and date."""
    who = plan.key_info.employee.full_name or "uten navn"
    when = (plan.filled_date or date.today()).isoformat()
    return _safe_file_name(f"Oppfølgingsplan {who} v{plan.version} {when}") + PLAN_SUFFIX


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _safe_file_name(text: str) -> str:
    # NFC so the name looks the same on macOS, Windows and Linux; no characters
    # that any of them forbids; no trailing dots or spaces (Windows).
    cleaned = _UNSAFE.sub(" ", unicodedata.normalize("NFC", text))
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .")
    return cleaned[:150] or "Oppfølgingsplan"


def write_as_new_file(plan: Plan, folder: Path) -> Path:
    """Write ``plan`` under its recognisable name in ``folder``, never overwriting."""
    stem = version_file_name(plan)[: -len(PLAN_SUFFIX)]
    data = plan_to_bytes(plan)
    for attempt in range(1, 1000):
        name = stem + (f" ({attempt})" if attempt > 1 else "") + PLAN_SUFFIX
        try:
            write_new_file(folder / name, data)
            return folder / name
        except FileExistsError:
            continue
        except OSError as error:
            raise PlanFileError(folder / name, describe_write_error(error)) from None
    raise PlanFileError(folder, "Fant ikke et ledig filnavn for den nye versjonen.")


def create_next_version(source: Path, folder: Path | None, today: date) -> tuple[Plan, Path]:
    """The command behind "Opprett ny versjon": read ``source``, write the next version."""
    plan = read_plan(source)
    folder = folder if folder is not None else source.parent
    if not folder.is_dir():
        problem = "Dette er ikke en mappe." if folder.exists() else "Mappen finnes ikke."
        raise PlanFileError(folder, problem)
    try:
        existing = versions_of(folder, plan.plan_id)
    except OSError:
        raise PlanFileError(folder, "Programmet har ikke tilgang til å lese mappen.") from None
    highest = max([plan.version, *(v.version for v in existing)])
    new_plan = next_version(plan, today, version=highest + 1)
    return new_plan, write_as_new_file(new_plan, folder)


@dataclass(frozen=True)
class VersionEntry:
    path: Path
    plan_id: str
    version: int
    filled_date: date | None
    employee: str
    employer: str
    national_id: str = ""


@dataclass
class PlanEntry:
    plan_id: str
    versions: list[VersionEntry] = field(default_factory=list)

    @property
    def latest(self) -> VersionEntry:
        return self.versions[0]

    @property
    def last_filled(self) -> date:
        return max((v.filled_date for v in self.versions if v.filled_date), default=date.min)


@dataclass
class FolderListing:
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
