"""``oppfolging overview DIR [--today YYYY-MM-DD] [--json]``: every plan under a folder.

One row per plan from its newest version, most urgent first (``core.overview``).
Without ``--json`` a table; files that could not be read are named on stderr (in
the JSON they are listed under ``unreadable``). Exit 0, or 2 when DIR is not a
readable folder.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..core.dates import dmy
from ..core.errors import Doing, describe_os_error
from ..core.messages import message
from ..core.overview import Overview, OverviewRow, overview
from ._output import EXIT_OK, fail, json_terminal_safe, one_line, say, warn


def run(args: argparse.Namespace) -> int:
    folder = Path(args.dir)
    today: date = args.today or date.today()
    try:
        found = overview(folder, today)
    except OSError as error:
        return fail(f"{folder}: {describe_os_error(error, Doing.READ_FOLDER)}")
    if args.json:
        say(json_terminal_safe(found.as_json()))
    else:
        for unreadable in found.unreadable:
            warn(message("overview.left_out", problem=f"{unreadable.path}: {unreadable.message}"))
        say(format_table(found))
    return EXIT_OK


def format_table(found: Overview) -> str:
    """Two lines per plan: who, when, status and what is due; then the firm and the file."""
    if not found.rows:
        return message("overview.none_found", folder=found.folder)
    firsts = [_first_line(row) for row in found.rows]
    widths = [max(len(cells[i]) for cells in firsts) for i in range(3)]
    lines = [message("overview.heading", folder=found.folder, today=_dmy(found.today)), ""]
    for row, cells in zip(found.rows, firsts):
        lines.append(("  ".join(c.ljust(w) for c, w in zip(cells, widths)) + "  " + cells[3]).rstrip())
        lines.append(" " * (widths[0] + 2) + " – ".join(
            part for part in (one_line(row.employer), message("overview.version", version=row.version), one_line(row.file))
            if part))
    return "\n".join(lines)


def _first_line(row: OverviewRow) -> tuple[str, str, str, str]:
    who = one_line(row.employee) or message("overview.no_name")
    if row.absence_ended:
        who += " " + message("overview.ended", date=_dmy(row.absence_ended))
    if row.next is None:
        return who, "", message("overview.no_open_deadlines"), ""
    status = row.next.status_label
    if len(row.overdue) > 1:
        status += " " + message("overview.overdue_count", count=len(row.overdue))
    when = _dmy(row.next.date) if row.next.date else ""
    return who, when, status, row.next.title


def _dmy(day: date) -> str:
    return dmy(day)
