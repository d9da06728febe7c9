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
from ..core.dates import dmy
from ..core.errors import Doing, describe_os_error
from ..core.messages import message
from ._output import EXIT_OK, fail, file_problem, one_line, say, warn

def run(args: argparse.Namespace) -> int:
    folder = Path(args.dir)
    try:
        listing = scan_folder(folder)
    except OSError as error:
        return fail(f"{folder}: {describe_os_error(error, Doing.READ_FOLDER)}")
    for unreadable in listing.unreadable:
        warn(message("versions.skipped", problem=file_problem(unreadable)))
    say(format_listing(listing, folder))
    return EXIT_OK


def format_listing(listing: FolderListing, folder: Path) -> str:
    if not listing.plans:
        return message("versions.none_found", folder=folder)
    return "\n\n".join(_format_plan(entry) for entry in listing.plans)


def _format_plan(entry: PlanEntry) -> str:
    latest = entry.latest
    heading = " – ".join(
        part for part in (latest.employee or message("versions.employee_no_name"), latest.employer) if part
    )
    version, filled, file = (message(f"versions.column.{c}") for c in ("version", "filled", "file"))
    lines = [one_line(heading), f"  {version:<8} {filled:<15} {file}"]
    for version in entry.versions:
        lines.append(f"  {version.version:<8} {_dmy(version.filled_date):<15} {one_line(version.path.name)}")
    return "\n".join(lines)


def _dmy(day: date | None) -> str:
    return dmy(day) if day else message("versions.no_date")
