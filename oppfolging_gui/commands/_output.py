"""How the commands talk to the user: results on stdout, one Norwegian line per error on stderr."""

from __future__ import annotations

import sys

from ..core.storage import PlanFileError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def one_line(text: str) -> str:
    """Line breaks (from a file name, say) would break the one-line rule."""
    return " ".join(str(text).splitlines())


def warn(message: str) -> None:
    sys.stderr.write(f"oppfolging: {one_line(message)}\n")


def fail(message: str) -> int:
    warn(message)
    return EXIT_ERROR


def file_problem(error: PlanFileError) -> str:
    """The error with the file as the user named it (not just its last part)."""
    return f"{error.path}: {error.message}" if error.path is not None else error.message
