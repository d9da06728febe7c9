"""``oppfolging pdf FILE -o OUT.pdf [--cover nav|sick-note-author]`` and ``pdf --blank -o OUT.pdf``.

Writes the PDF atomically: a failure leaves no partial file and never touches an
existing one. A plan with validation errors still prints (a draft is printable),
but stderr says so, since such a plan is not ready to be sent.
"""

from __future__ import annotations

import argparse
import logging

from ..core.errors import Doing, describe_os_error
from ..core.output_paths import output_path_problem
from ._output import EXIT_OK, fail as _fail, warn

log = logging.getLogger(__name__)


def _error_notice(plan) -> str:
    """One line saying the plan has errors, or "" (also when validation is not available)."""
    try:
        from ..core.validation import has_errors, validate_plan
    except ImportError:
        return ""
    findings = validate_plan(plan)
    if not has_errors(findings):
        return ""
    count = sum(1 for finding in findings if finding.severity == "error")
    return (
        f"Merk: planen har {count} feil og er ikke klar til å sendes. "
        "PDF-en er laget likevel; «oppfolging validate» viser feilene."
    )


def run(args: argparse.Namespace) -> int:
    if args.blank and args.file:
        return _fail("bruk enten en planfil eller --blank, ikke begge.")
    if not args.blank and not args.file:
        return _fail("oppgi planen som skal bli PDF, eller --blank for det tomme skjemaet.")
    if args.blank and args.cover:
        return _fail("--cover gjelder en plan, ikke det tomme skjemaet (--blank).")
    problem = output_path_problem(args.output, args.file)
    if problem:
        return _fail(problem)

    from ..core.atomic import atomic_write_bytes
    from ..core.pdf import render_blank_pdf, render_plan_pdf

    notice = ""
    if args.blank:
        data = render_blank_pdf()
    else:
        from ..core.storage import PlanFileError, read_plan

        try:
            plan = read_plan(args.file)
        except PlanFileError as error:
            return _fail(f"kunne ikke lese «{args.file}»: {error.message}")
        notice = _error_notice(plan)
        data = render_plan_pdf(plan, cover=args.cover, with_log=args.with_log)
    try:
        atomic_write_bytes(args.output, data)
    except OSError as error:
        log.info("could not write the PDF (errno %s)", error.errno)
        return _fail(f"{args.output}: {describe_os_error(error, Doing.WRITE_PDF)}")
    if notice:
        warn(notice)
    return EXIT_OK
