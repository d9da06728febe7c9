"""Starting the window (placeholder until the window lands: see issue 3)."""

from __future__ import annotations

import sys


def run_gui(argv: list[str]) -> int:
    sys.stdout.write("Vinduet er ikke ferdig ennå; bruk kommandoene (oppfolging --help).\n")
    return 0
