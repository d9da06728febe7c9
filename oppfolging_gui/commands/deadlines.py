"""``oppfolging deadlines FILE [--today YYYY-MM-DD] [--json] [--ics OUT.ics]``.

A readable table by default; ``--json`` prints the list the spec defines
(``id``, ``date`` ISO or null, ``title``, ``status`` as the spec's ids); ``--ics``
writes the calendar file atomically. Exit 0, or 2 with one Norwegian line on stderr.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time
from pathlib import Path

from ..core.atomic import atomic_write_bytes
from ..core.dates import dmy
from ..core.deadlines import Milestone, first_day_needed, milestones
from ..core.errors import Doing, describe_os_error
from ..core.messages import message
from ..core.model import Plan
from ..core.output_paths import output_path_problem
from ..core.storage import PlanFileError, read_plan
from ._output import EXIT_OK, fail, json_terminal_safe, say
_INDENT = " " * 32


def run(args: argparse.Namespace) -> int:
    today: date = args.today or date.today()
    if args.ics:
        problem = output_path_problem(args.ics, args.file)
        if problem:
            return fail(problem)
    try:
        plan = read_plan(args.file)
    except PlanFileError as error:
        return fail(str(error))
    found = milestones(plan, today)
    if args.ics:
        problem = _write_calendar(plan, today, Path(args.ics), fixed_today=args.today is not None)
        if problem:
            return fail(problem)
    if args.json:
        say(json_terminal_safe([_as_json(m) for m in found]))
    elif args.ics:
        say(message("deadlines.calendar_written", path=args.ics))
    else:
        say(format_table(plan, found, today))
    return EXIT_OK


def _as_json(milestone: Milestone) -> dict[str, str | None]:
    return {
        "id": milestone.id,
        "date": milestone.date.isoformat() if milestone.date else None,
        "title": milestone.title,
        "status": milestone.status,
    }


def format_table(plan: Plan, found: list[Milestone], today: date) -> str:
    first_day = plan.key_info.absence.first_day
    if first_day is None:
        heading = message("deadlines.heading_no_first_day", reason=first_day_needed(), today=_dmy(today))
    else:
        heading = message("deadlines.heading", first_day=_dmy(first_day), today=_dmy(today))
    columns = (message("deadlines.column.date"), message("deadlines.column.status"), message("deadlines.column.deadline"))
    lines = [heading, "", f"{columns[0]:<12}{columns[1]:<20}{columns[2]}"]
    for m in found:
        when = _dmy(m.date) if m.date else "–"
        lines.append(f"{when:<12}{m.status_label:<20}{m.title}")
        lines.append(f"{_INDENT}{message('deadlines.responsible', who=m.who)}")
        if m.note:
            lines.append(f"{_INDENT}{m.note}")
    return "\n".join(lines)


def _dmy(day: date) -> str:
    return dmy(day)


def _write_calendar(plan: Plan, today: date, out: Path, *, fixed_today: bool) -> str:
    """Write the .ics file; return "" or the problem as one Norwegian sentence."""
    from ..core.ics import calendar_bytes, calendar_milestones

    if not calendar_milestones(plan, today):
        why = first_day_needed() if plan.key_info.absence.first_day is None else ""
        return message("deadlines.nothing_for_calendar", name=out.name, why=why).rstrip()
    # With --today the output is reproducible (scripts, tests): DTSTAMP is that day.
    stamp = datetime.combine(today, time(), UTC) if fixed_today else None
    try:
        atomic_write_bytes(out, calendar_bytes(plan, today, stamp=stamp))
    except OSError as error:
        return f"{out}: {describe_os_error(error, Doing.WRITE_CALENDAR)}"
    return ""
