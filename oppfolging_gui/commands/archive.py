"""``oppfolging archive FILE -o OUT.pdf [--lang nb|nn|en]``: the plan for the employer's archive.

One PDF/A-2b document with every version of FILE's plan found in FILE's folder,
oldest first, then the follow-up of the newest version (``core.pdf.archive``).
Written atomically: a failure leaves no partial file and never touches an existing
one; the output may not be the plan itself or any other plan file.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
from pathlib import Path

from ._output import EXIT_OK, fail, file_problem

log = logging.getLogger(__name__)


def output_problem(output: str, source: str) -> str:
    """"" when ``output`` may be written, else why not (one sentence, nothing written).

    Refused: the plan itself (under any name) and any existing plan file.
    """
    from ..core.storage import PLAN_SUFFIX

    out = Path(output)
    try:
        same = os.path.samefile(out, source)
    except OSError:
        same = os.path.abspath(out) == os.path.abspath(source)
    if same:
        return f"{out}: dette er planen som leses; velg en annen fil å skrive til. Ingen fil er skrevet."
    if out.is_dir():
        return f"{out}: dette er en mappe; oppgi et filnavn. Ingen fil er skrevet."
    if out.exists() and (out.name.lower().endswith(PLAN_SUFFIX) or _holds_a_plan(out)):
        return (f"{out}: dette er en oppfølgingsplan, og den skrives ikke over; "
                "velg en annen fil å skrive til. Ingen fil er skrevet.")
    return ""


def _holds_a_plan(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and b'"oppfolgingsplan"' in head


def run(args: argparse.Namespace) -> int:
    problem = output_problem(args.output, args.file)
    if problem:
        return fail(problem)

    from ..core.atomic import atomic_write_bytes
    from ..core.pdf.archive import archive_versions, render_archive_pdf
    from ..core.storage import PlanFileError

    try:
        versions = archive_versions(Path(args.file))
    except PlanFileError as error:
        return fail(f"kunne ikke lese planen: {file_problem(error)}")
    except OSError as error:
        log.info("could not list the plan's folder (errno %s)", error.errno)
        return fail(f"{Path(args.file).parent}: mappen med planen kunne ikke leses, så versjonene "
                    "kan ikke samles. Ingen fil er skrevet.")
    data = render_archive_pdf(versions, language=args.lang or "nb")
    try:
        atomic_write_bytes(args.output, data)
    except OSError as error:
        log.info("could not write the archive (errno %s)", error.errno)
        return fail(f"{args.output}: arkivet ble ikke lagret: {_why_not_written(error)}. Ingen fil er skrevet.")
    return EXIT_OK


def _why_not_written(error: OSError) -> str:
    # To be replaced by core.errors.describe_os_error once that lands (issue 13).
    return {
        errno.ENOSPC: "det er ikke mer plass på disken",
        errno.EACCES: "programmet har ikke lov til å skrive der",
        errno.EPERM: "programmet har ikke lov til å skrive der",
        errno.EROFS: "stedet kan bare leses",
        errno.ENOENT: "mappen finnes ikke",
        errno.ENOTDIR: "mappen finnes ikke",
    }.get(error.errno or 0, "filen kunne ikke skrives")
