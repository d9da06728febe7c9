"""The command line (``shared/spec/command-line.md``): parsing and dispatch only.

Each subcommand lives in ``oppfolging_gui.commands.<name>`` with a ``run(args) -> int``
and is imported only when called, so ``oppfolging validate`` never loads Qt or
reportlab. Errors reach the user as one Norwegian line on stderr; tracebacks go to
the log file.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from datetime import date

from . import APP_NAME, __version__

SUBCOMMANDS = ("validate", "pdf", "new-version", "deadlines", "versions", "archive")
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

log = logging.getLogger(__name__)


class NorwegianArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        for english, norwegian in _ARGPARSE_MESSAGES:
            message = message.replace(english, norwegian)
        sys.stderr.write(f"{self.prog}: feil: {message}\n")
        raise SystemExit(EXIT_ERROR)


# argparse's own wording of the usage errors a user meets most often.
_ARGPARSE_MESSAGES = (
    ("the following arguments are required", "dette mangler"),
    ("unrecognized arguments", "ukjente argumenter"),
    ("invalid choice", "ugyldig valg"),
    ("expected one argument", "trenger en verdi"),
    ("choose from", "velg mellom"),
)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke en dato på formen ÅÅÅÅ-MM-DD") from None


def build_parser() -> argparse.ArgumentParser:
    parser = NorwegianArgumentParser(
        prog="oppfolging",
        description=(
            f"{APP_NAME}: oppfølgingsplan ved sykmelding (NAV 25-02.01). "
            "Uten kommando åpnes vinduet, eventuelt med planen FIL."
        ),
        epilog="Eksempel: oppfolging validate plan.oppfplan",
    )
    parser.add_argument("--version", action="version", version=f"oppfolging {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=NorwegianArgumentParser)

    p = sub.add_parser("validate", help="kontroller en plan og skriv funnene")
    p.add_argument("file", metavar="FIL")

    p = sub.add_parser("pdf", help="lag PDF av en plan, eller det tomme skjemaet")
    p.add_argument("file", metavar="FIL", nargs="?")
    p.add_argument("-o", "--output", metavar="UT.pdf", required=True)
    p.add_argument("--cover", choices=("nav", "sick-note-author"), help="forside først")
    p.add_argument("--blank", action="store_true", help="tomt skjema for utfylling for hånd")

    p = sub.add_parser("new-version", help="opprett ny versjon av planen")
    p.add_argument("file", metavar="FIL")
    p.add_argument("--dir", metavar="MAPPE")
    p.add_argument("--today", metavar="ÅÅÅÅ-MM-DD", type=_iso_date)

    p = sub.add_parser("deadlines", help="tidsfristene i oppfølgingen")
    p.add_argument("file", metavar="FIL")
    p.add_argument("--today", metavar="ÅÅÅÅ-MM-DD", type=_iso_date)
    p.add_argument("--json", action="store_true")
    p.add_argument("--ics", metavar="UT.ics")

    p = sub.add_parser("versions", help="list planene og versjonene i en mappe")
    p.add_argument("dir", metavar="MAPPE")

    p = sub.add_parser("archive", help="lag ett arkivdokument (PDF/A) av alle versjonene og oppfølgingen")
    p.add_argument("file", metavar="FIL")
    p.add_argument("-o", "--output", metavar="UT.pdf", required=True)
    p.add_argument("--lang", choices=("nb", "nn", "en"), help="språket i dokumentet (standard: nb)")
    return parser


def run(argv: list[str]) -> int:
    """Run one subcommand (``argv[0]`` is its name) and return the exit status."""
    from .core.logs import configure_logging

    args = build_parser().parse_args(argv)
    configure_logging()
    try:
        # Inside the guard: a command whose module fails to import is an error
        # message and a log entry too, not a traceback.
        module = importlib.import_module(f"oppfolging_gui.commands.{args.command.replace('-', '_')}")
        return module.run(args)
    except KeyboardInterrupt:
        return 130
    except Exception:  # the last line of defence: the user gets a sentence, the log the traceback
        log.exception("command %s failed", args.command)
        sys.stderr.write(
            "oppfolging: en uventet feil oppstod. Detaljer er skrevet til programmets loggfil.\n"
        )
        return EXIT_ERROR


def print_help() -> int:
    build_parser().print_help()
    return EXIT_OK
