"""May a command write its output (a PDF, a calendar file) to this path?

``oppfolging pdf plan.oppfplan -o plan.oppfplan`` once replaced the plan with its
own PDF. ``command-line.md``: an output path that is the input file, or any existing
plan file, is refused (exit 2) and nothing is written; any other existing file is
replaced whole (atomically).

Use :func:`output_path_problem` before writing anything (and before the slow work,
so a refusal costs nothing)::

    problem = output_path_problem(args.output, args.file)
    if problem:
        return fail(problem)          # exit 2, nothing written

Every command with an output path uses it (``pdf -o``, ``deadlines --ics``,
``archive -o``): pass every input file the command reads.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from .messages import message
from .storage import MAX_FILE_BYTES, PLAN_SUFFIX

# The constant every plan file carries (``"format": "oppfolgingsplan"``), whatever
# its name; white space as any JSON writer may put it.
_PLAN_MARK = re.compile(rb'"format"\s*:\s*"oppfolgingsplan"')


def output_path_problem(output: str | os.PathLike[str], *inputs: str | os.PathLike[str] | None) -> str:
    """"" when ``output`` may be written; otherwise the refusal as one sentence.

    Refused: ``output`` is one of ``inputs`` (the same file under any name: a
    symbolic or hard link, ``./x`` or ``x``), or an existing plan file (named
    ``*.oppfplan`` in any case, or a file whose content is a plan whatever its
    name), or an existing folder. A path that does not exist yet is fine.
    """
    out = Path(output)
    for given in inputs:
        if given is not None and _same_file(out, Path(given)):
            return message("output.is_input", path=out)
    try:
        info = out.stat()
    except OSError:  # does not exist (or cannot be reached): the write will tell
        return ""
    if stat.S_ISDIR(info.st_mode):
        return message("output.is_folder", path=out)
    if out.name.lower().endswith(PLAN_SUFFIX) or (stat.S_ISREG(info.st_mode) and _holds_a_plan(out)):
        return message("output.is_plan", path=out)
    return ""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist: then they are the same only by name
        return os.path.abspath(a) == os.path.abspath(b)


def _holds_a_plan(path: Path) -> bool:
    """True when the file's content is a plan (read without blocking, bounded)."""
    try:
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "rb") as stream:
            head = stream.read(4096)
            # A plan is one JSON object: a PDF, a calendar or a picture is rejected
            # without reading it all.
            if not head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
                return False
            data = head + stream.read(MAX_FILE_BYTES)
    except OSError:
        return False
    return bool(_PLAN_MARK.search(data))
