"""``oppfolging versions DIR``: the plans in a folder and their versions.

Plans (employee, firm) most recently filled first, each with its versions (number,
Utfyllingsdato, file name), highest first. Files that are not readable plans are
named on stderr. Exit 0, or 2 when DIR is not a readable folder.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..core.versions import FolderListing, PlanEntry, scan_folder
from ..core.errors import Doing, describe_os_error
from ._output import EXIT_OK, fail, file_problem, one_line, say, warn

def run(args: argparse.Namespace) -> int:
    folder = Path(args.dir)
    try:
        listing = scan_folder(folder)
    except OSError as error:
        return fail(f"{folder}: {describe_os_error(error, Doing.READ_FOLDER)}")
    for unreadable in listing.unreadable:
        warn(f"{file_problem(unreadable)} (hoppet over)")
    say(format_listing(listing, folder))
    return EXIT_OK


def format_listing(listing: FolderListing, folder: Path) -> str:
    if not listing.plans:
        return f"Fant ingen oppfølgingsplaner i {folder}."
    return "\n\n".join(_format_plan(entry) for entry in listing.plans)


def _format_plan(entry: PlanEntry) -> str:
    latest = entry.latest
    heading = " – ".join(
        part for part in (latest.employee or "(arbeidstaker uten navn)", latest.employer) if part
    )
    lines = [one_line(heading), f"  {'Versjon':<8} {'Utfyllingsdato':<15} Fil"]
    for version in entry.versions:
        lines.append(f"  {version.version:<8} {_dmy(version.filled_date):<15} {one_line(version.path.name)}")
    return "\n".join(lines)


def _dmy(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "uten dato"
