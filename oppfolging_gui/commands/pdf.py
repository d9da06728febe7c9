"""``oppfolging pdf FILE -o OUT.pdf [--cover nav|sick-note-author]`` and ``pdf --blank -o OUT.pdf``.

Writes the PDF atomically: a failure leaves no partial file and never touches an
existing one. A plan with validation errors still prints (a draft is printable),
but stderr says so, since such a plan is not ready to be sent.
"""

from __future__ import annotations

import argparse
import logging

from ..core.errors import Doing, describe_os_error
from ..core.messages import message
from ..core.output_paths import output_path_problem
from ._output import EXIT_OK, fail as _fail, pdf_language, warn

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
    return message("pdf.has_errors", count=count)


def run(args: argparse.Namespace) -> int:
    if args.blank and args.file:
        return _fail(message("pdf.file_and_blank"))
    if not args.blank and not args.file:
        return _fail(message("pdf.nothing_to_print"))
    if args.blank and args.cover:
        return _fail(message("pdf.cover_blank"))
    problem = output_path_problem(args.output, args.file)
    if problem:
        return _fail(problem)

    from ..core.atomic import atomic_write_bytes
    from ..core.pdf import render_blank_pdf, render_plan_pdf

    notice = ""
    language = pdf_language(args.lang)
    if args.blank:
        data = render_blank_pdf(lang=language)
    else:
        from ..core.storage import PlanFileError, read_plan

        try:
            plan = read_plan(args.file)
        except PlanFileError as error:
            return _fail(message("pdf.unreadable", file=args.file, problem=error.message))
        notice = _error_notice(plan)
        data = render_plan_pdf(plan, cover=args.cover, with_log=args.with_log, lang=language)
    try:
        atomic_write_bytes(args.output, data)
    except OSError as error:
        log.info("could not write the PDF (errno %s)", error.errno)
        return _fail(f"{args.output}: {describe_os_error(error, Doing.WRITE_PDF)}")
    if notice:
        warn(notice)
    return EXIT_OK
