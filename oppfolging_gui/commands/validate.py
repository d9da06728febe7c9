"""``oppfolging validate FILE``: one line per finding, exit 0 (no errors), 1 (errors), 2 (unreadable)."""

from __future__ import annotations

import argparse

from ..core.storage import PlanFileError, read_plan
from ..core.validation import has_errors, validate_plan
from ._output import EXIT_FINDINGS, EXIT_OK, fail, file_problem, one_line, say


def run(args: argparse.Namespace) -> int:
    try:
        plan = read_plan(args.file)
    except PlanFileError as error:  # unreadable, or not a plan: exit 2
        return fail(file_problem(error))
    findings = validate_plan(plan)
    for finding in findings:
        say(f"{finding.severity}: {finding.path}: {one_line(finding.message)}")
    return EXIT_FINDINGS if has_errors(findings) else EXIT_OK
