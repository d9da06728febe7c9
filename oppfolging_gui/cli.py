"""The command line (``shared/spec/command-line.md``): parsing and dispatch only.

Each subcommand lives in ``oppfolging_gui.commands.<name>`` with a ``run(args) -> int``
and is imported only when called, so ``oppfolging validate`` never loads Qt or
reportlab. Errors reach the user as one Norwegian line on stderr; tracebacks go to
the log file. A reader that stops early (``oppfolging validate x | head -1``) ends
the command quietly, as Unix tools do.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import re
import sys
from datetime import date

from . import APP_NAME, __version__

SUBCOMMANDS = ("validate", "pdf", "new-version", "deadlines", "versions", "archive", "overview")
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
# What a shell reports for a program ended by SIGPIPE (128 + 13), as `yes | head -1` does.
EXIT_BROKEN_PIPE = 141

log = logging.getLogger(__name__)


class NorwegianArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        from .commands._output import one_line  # the argument may be anything: terminal-safe

        self.print_usage(sys.stderr)
        for english, norwegian in _ARGPARSE_MESSAGES:
            message = message.replace(english, norwegian)
        sys.stderr.write(f"{self.prog}: feil: {one_line(message)}\n")
        raise SystemExit(EXIT_ERROR)


# argparse's own wording of the usage errors a user meets most often.
_ARGPARSE_MESSAGES = (
    ("the following arguments are required", "dette mangler"),
    ("unrecognized arguments", "ukjente argumenter"),
    ("invalid choice", "ugyldig valg"),
    ("expected one argument", "trenger en verdi"),
    ("choose from", "velg mellom"),
)


# Only YYYY-MM-DD: date.fromisoformat also takes "20261201" and "2026-W48-2" (3.11+).
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_date(text: str) -> date:
    try:
        if _ISO_DATE.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"«{text}» er ikke en dato på formen ÅÅÅÅ-MM-DD")


def _path(text: str) -> str:
    """A file or folder argument: "" would mean the current folder to the system."""
    if not text.strip():
        raise argparse.ArgumentTypeError("en tom filsti er ikke en fil eller mappe")
    return text


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
    p.add_argument("file", metavar="FIL", type=_path)

    p = sub.add_parser("pdf", help="lag PDF av en plan, eller det tomme skjemaet")
    p.add_argument("file", metavar="FIL", nargs="?", type=_path)
    p.add_argument("-o", "--output", metavar="UT.pdf", required=True, type=_path)
    p.add_argument("--cover", choices=("nav", "sick-note-author"), help="førsteside (nav) eller følgebrev (sick-note-author) først")
    p.add_argument("--blank", action="store_true", help="tomt skjema for utfylling for hånd")
    p.add_argument("--with-log", action="store_true",
                   help="ta med oppfølgingsloggen, unntakene og når sykefraværet ble avsluttet")

    p = sub.add_parser("new-version", help="opprett ny versjon av planen")
    p.add_argument("file", metavar="FIL", type=_path)
    p.add_argument("--dir", metavar="MAPPE", type=_path)
    p.add_argument("--today", metavar="ÅÅÅÅ-MM-DD", type=_iso_date)

    p = sub.add_parser("deadlines", help="tidsfristene i oppfølgingen")
    p.add_argument("file", metavar="FIL", type=_path)
    p.add_argument("--today", metavar="ÅÅÅÅ-MM-DD", type=_iso_date)
    p.add_argument("--json", action="store_true")
    p.add_argument("--ics", metavar="UT.ics", type=_path)

    p = sub.add_parser("versions", help="list planene og versjonene i en mappe")
    p.add_argument("dir", metavar="MAPPE", type=_path)

    p = sub.add_parser("archive", help="lag ett arkivdokument (PDF/A) av alle versjonene og oppfølgingen")
    p.add_argument("file", metavar="FIL", type=_path)
    p.add_argument("-o", "--output", metavar="UT.pdf", required=True, type=_path)
    p.add_argument("--lang", choices=("nb", "nn", "en"),
                   help="språket i dokumentet og meldingene (standard: programmets språk)")

    p = sub.add_parser("overview", help="alle planene i en mappe og undermappene, mest hastende først")
    p.add_argument("dir", metavar="MAPPE", type=_path)
    p.add_argument("--today", metavar="ÅÅÅÅ-MM-DD", type=_iso_date)
    p.add_argument("--json", action="store_true")
    return parser


def run(argv: list[str]) -> int:
    """Run one subcommand (``argv[0]`` is its name) and return the exit status."""
    from .commands._output import OutputError, warn
    from .core.errors import Doing, describe_os_error

    _never_fail_on_a_character()
    try:
        try:
            status = _run(argv)
            sys.stdout.flush()  # here, not at exit: a closed pipe is noticed while it can be handled
        except OutputError as failed:
            raise failed.error from None
        return status
    except BrokenPipeError:
        return after_broken_pipe()
    except OSError as error:  # only stdout's own errors get here (commands catch theirs)
        after_broken_pipe()  # what is still buffered goes nowhere, not into an exit-time error
        warn(describe_os_error(error, Doing.WRITE_OUTPUT))
        return EXIT_ERROR


def after_broken_pipe() -> int:
    """The reader went away: say nothing more, and let Python's exit flush go nowhere.

    The recipe of the Python documentation (signal module, "Note on SIGPIPE"): point
    stdout at devnull, so the interpreter's last flush does not print an error.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real stdout (a test's capture): nothing to redirect
        pass
    return EXIT_BROKEN_PIPE


def _never_fail_on_a_character() -> None:
    """A name in another script printed where the terminal's encoding lacks it becomes "?".

    (A Windows console redirected to a file is cp1252; LANG=…ISO-8859-1 is Latin-1: a
    Japanese employee name would otherwise end the command with an error.)
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "strict") == "strict":
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # already written to, or not a text file
                pass


def _run(argv: list[str]) -> int:
    from .commands._output import OutputError
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
    except BrokenPipeError:
        raise  # not a failure: the reader has all it wanted
    except OutputError:
        raise  # stdout failed: said by run()
    except Exception:  # the last line of defence: the user gets a sentence, the log the traceback
        log.exception("command %s failed", args.command)
        sys.stderr.write(
            "oppfolging: en uventet feil oppstod. Detaljer er skrevet til programmets loggfil.\n"
        )
        return EXIT_ERROR


def print_help() -> int:
    build_parser().print_help()
    return EXIT_OK


def refuse_window_arguments(argv: list[str]) -> None:
    """A usage error (SystemExit 2) unless every argument is a plan file that exists.

    ``oppfolging bogus`` used to open the window with a message, and a script
    waiting for it hung (``command-line.md``): only existing files open the window.
    """
    _never_fail_on_a_character()
    parser = build_parser()
    for argument in argv:
        if not argument.strip():
            parser.error("en tom filsti er ikke en fil eller mappe")
        if os.path.isdir(argument):
            parser.error(f"«{argument}» er en mappe; oppgi en planfil (eller «versions {argument}»)")
        if not os.path.isfile(argument):
            choices = ", ".join(SUBCOMMANDS)
            parser.error(f"«{argument}» er verken en kommando ({choices}) eller en fil som finnes")
