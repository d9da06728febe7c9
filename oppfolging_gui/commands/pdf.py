"""``oppfolging pdf FILE -o OUT.pdf [--cover nav|sick-note-author]`` and ``pdf --blank -o OUT.pdf``.

Writes the PDF atomically: a failure leaves no partial file and never touches an
existing one. A plan with validation errors still prints (a draft is printable),
but stderr says so, since such a plan is not ready to be sent.
"""

from __future__ import annotations

import argparse
import errno
import logging
import sys

EXIT_OK, EXIT_ERROR = 0, 2

log = logging.getLogger(__name__)

_WRITE_PROBLEMS = {
    errno.ENOSPC: "det er ikke mer plass på disken",
    errno.EACCES: "programmet har ikke lov til å skrive der",
    errno.EPERM: "programmet har ikke lov til å skrive der",
    errno.EROFS: "stedet kan bare leses",
    errno.ENOENT: "mappen finnes ikke",
    errno.ENOTDIR: "mappen finnes ikke",
    errno.EISDIR: "det er en mappe",
}


def _fail(message: str) -> int:
    sys.stderr.write(f"oppfolging: {message}\n")
    return EXIT_ERROR


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


def _write_problem(error: OSError, output: str) -> str:
    reason = _WRITE_PROBLEMS.get(error.errno or 0, error.strerror or "ukjent feil")
    return f"kunne ikke skrive PDF-en «{output}»: {reason}. Ingen fil er skrevet."


def run(args: argparse.Namespace) -> int:
    if args.blank and args.file:
        return _fail("bruk enten en planfil eller --blank, ikke begge.")
    if not args.blank and not args.file:
        return _fail("oppgi planen som skal bli PDF, eller --blank for det tomme skjemaet.")
    if args.blank and args.cover:
        return _fail("--cover gjelder en plan, ikke det tomme skjemaet (--blank).")

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
        data = render_plan_pdf(plan, cover=args.cover)
    try:
        atomic_write_bytes(args.output, data)
    except OSError as error:
        log.info("could not write the PDF (errno %s)", error.errno)
        return _fail(_write_problem(error, args.output))
    if notice:
        sys.stderr.write(f"oppfolging: {notice}\n")
    return EXIT_OK
