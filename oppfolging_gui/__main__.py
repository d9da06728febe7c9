"""Entry point: ``oppfolging`` / ``python -m oppfolging_gui`` (``gui-contract.md``).

``main([])`` opens the window with a new plan, ``main(["plan.oppfplan"])`` opens that
plan, ``main(["validate", "plan.oppfplan"])`` runs a command without loading Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # Finder on old macOS adds a process serial number ("-psn_0_12345"): not the user's.
    args = [arg for arg in args if not arg.startswith("-psn_")]
    if args and (args[0] in _subcommands() or args[0] in ("-h", "--help", "--version")):
        return _command_line(args)
    if args:
        # Only an existing plan file opens the window: a typo must not leave a
        # script waiting for a window nobody sees.
        from . import cli

        try:
            cli.refuse_window_arguments(args)
        except SystemExit as stop:
            return stop.code if isinstance(stop.code, int) else 2
    # The plan core before Qt: once PySide6 is imported, its import hook inspects
    # every module imported after it, and pydantic and the models are some 150
    # modules (about 100 million instructions of start-up, issue 7).
    from .core import document  # noqa: F401
    from .gui.app import run_gui

    return run_gui(args)


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


def _subcommands() -> tuple[str, ...]:
    from .cli import SUBCOMMANDS

    return SUBCOMMANDS


def console_main() -> None:
    sys.exit(main())


if __name__ == "__main__":
    console_main()
