"""``oppfolging archive FILE -o OUT.pdf [--lang nb|nn|en]``: the plan for the employer's archive.

One PDF/A-2b document with every version of FILE's plan found in FILE's folder,
oldest first, then the follow-up of the newest version (``core.pdf.archive``).
Written atomically: a failure leaves no partial file and never touches an existing
one; the output may not be the plan itself or any other plan file. The document and
the command's own messages are in ``--lang``; without it the document is in the
language chosen in the window (kept in the settings), else bokmål — as ``pdf`` —
and the messages follow the run's language (``command-line.md``).
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from ..core.errors import Doing, describe_os_error
from ..core.i18n import resolve
from ..core.messages import message
from ..core.output_paths import output_path_problem
from ._output import EXIT_OK, fail, file_problem, pdf_language

log = logging.getLogger(__name__)


def run(args: argparse.Namespace) -> int:
    lang = resolve(args.lang)
    problem = output_path_problem(args.output, args.file)
    if problem:
        return fail(problem)

    from ..core.atomic import atomic_write_bytes
    from ..core.pdf.archive import archive_versions, render_archive_pdf
    from ..core.storage import PlanFileError

    try:
        versions = archive_versions(Path(args.file))
    except PlanFileError as error:
        return fail(message("archive.unreadable_plan", lang, problem=file_problem(error)))
    except OSError as error:
        log.info("could not list the plan's folder (errno %s)", error.errno)
        return fail(message("archive.unreadable_folder", lang, folder=Path(args.file).parent))
    data = render_archive_pdf(versions, language=pdf_language(args.lang))
    try:
        atomic_write_bytes(args.output, data)
    except OSError as error:
        log.info("could not write the archive (errno %s)", error.errno)
        return fail(f"{args.output}: {describe_os_error(error, Doing.WRITE_ARCHIVE)}")
    return EXIT_OK
