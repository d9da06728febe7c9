"""Entry point: ``oppfolging`` / ``python -m oppfolging_gui`` (``gui-contract.md``).

``main([])`` opens the window with a new plan, ``main(["plan.oppfplan"])`` opens that
plan, ``main(["validate", "plan.oppfplan"])`` runs a command without loading Qt.
"""

from __future__ import annotations

import os
import sys

from . import SUBCOMMANDS, collector


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # Finder on old macOS adds a process serial number ("-psn_0_12345"): not the user's.
    args = [arg for arg in args if not arg.startswith("-psn_")]
    if args and (args[0] in SUBCOMMANDS or args[0] in ("-h", "--help", "--version")):
        return _command_line(args)
    try:
        refused = before_qt(args)
        if refused is not None:
            return refused
        from .gui.app import run_gui

        return run_gui(args)
    finally:
        collector.end_start_hold()  # painted or not: however the run ends


def before_qt(args: list[str]) -> int | None:
    """What the window's start does before it imports Qt: the arguments checked (an
    exit status if they are refused, else None) and the plan core imported.

    Before Qt, because once PySide6 is imported its import hook reads the source of
    every module imported after it (to see whether it uses PySide6): about half a
    millisecond per module, and these with what they import are some 200 modules
    (pydantic and the models, files, recovery copies, locks, validation, deadlines,
    settings, the log, the versions and deletion the window's bars ask about;
    issues 7 and 15).
    ``benchmarks/startup_app.py`` calls this too, so it measures the same order.
    """
    if not all(_plain_file(arg) for arg in args):
        # Only an existing plan file opens the window: a typo must not leave a
        # script waiting for a window nobody sees. The command line's parser
        # (argparse, logging, the catalogue; issue 15) only to say why not.
        from . import cli

        try:
            cli.refuse_window_arguments(args)
        except SystemExit as stop:
            return stop.code if isinstance(stop.code, int) else 2
    collector.hold_for_start()  # until the window is painted (gui.app); see collector
    from .typing_strings import compiled_once

    with compiled_once():  # pydantic's import makes 840 forward references of 229 strings
        from .core import (  # noqa: F401
            deadlines, deletion, document, leftovers, locking, logs, progress, recovery, settings, storage,
            validation, versions,
        )
        from .core.model import Plan

        # The window reads or makes a plan at once: the plan's validator is built here
        # (``defer_build``, core.model), with the modules pydantic imports for it.
        Plan.model_rebuild()
    return None


def _plain_file(argument: str) -> bool:
    """What ``cli.refuse_window_arguments`` accepts: an existing file (not a folder)."""
    return bool(argument.strip()) and os.path.isfile(argument)


def _command_line(args: list[str]) -> int:
    from . import cli

    try:
        return cli.run(args)
    except SystemExit as stop:  # argparse: --help, --version, usage errors
        try:
            sys.stdout.flush()
        except BrokenPipeError:  # `oppfolging --help | head -1`
            return cli.after_broken_pipe()
        return stop.code if isinstance(stop.code, int) else 0
    except BrokenPipeError:
        return cli.after_broken_pipe()


def console_main() -> None:
    sys.exit(main())


if __name__ == "__main__":
    console_main()
