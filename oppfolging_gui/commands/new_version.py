"""``oppfolging new-version FILE [--dir DIR] [--today YYYY-MM-DD]``: "Opprett ny versjon av planen".

Writes the next version as a new file (never over an existing one; FILE is only
read) and prints its path. Exit 0 written, 2 error.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..core.storage import PlanFileError
from ..core.versions import create_next_version
from ._output import EXIT_OK, fail, file_problem, say


def run(args: argparse.Namespace) -> int:
    today: date = args.today or date.today()
    folder = Path(args.dir) if args.dir else None
    try:
        _plan, path = create_next_version(Path(args.file), folder, today)
    except PlanFileError as error:
        return fail(file_problem(error))
    say(path)
    return EXIT_OK
