"""Entry point: ``oppfolging`` / ``python -m oppfolging_gui`` (``gui-contract.md``).

``main([])`` opens the window with a new plan, ``main(["plan.oppfplan"])`` opens that
plan, ``main(["validate", "plan.oppfplan"])`` runs a command without loading Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in _subcommands() or args[0] in ("-h", "--help", "--version")):
        from . import cli

        try:
            return cli.run(args)
        except SystemExit as stop:  # argparse: --help, --version, usage errors
            return stop.code if isinstance(stop.code, int) else 0
    # The plan core before Qt: once PySide6 is imported, its import hook inspects
    # every module imported after it, and pydantic and the models are some 150
    # modules (about 100 million instructions of start-up, issue 7).
    from .core import document  # noqa: F401
    from .gui.app import run_gui

    return run_gui(args)


def _subcommands() -> tuple[str, ...]:
    from .cli import SUBCOMMANDS

    return SUBCOMMANDS


def console_main() -> None:
    sys.exit(main())


if __name__ == "__main__":
    console_main()
