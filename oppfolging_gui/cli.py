"""The command line (``shared/spec/command-line.md``): parsing and dispatch only.

Each subcommand lives in ``oppfolging_gui.commands.<name>`` with a ``run(args) -> int``
and is imported only when called, so ``oppfolging validate`` never loads Qt or
reportlab. Errors reach the user as one line on stderr in the program's language;
tracebacks go to the log file. A reader that stops early (``oppfolging validate x | head -1``) ends
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

from . import APP_NAME, SUBCOMMANDS, __version__
from .core.i18n import LANGUAGES, set_language
from .core.messages import message
from .terminal import never_fail_on_a_character

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
# What a shell reports for a program ended by SIGPIPE (128 + 13), as `yes | head -1` does.
EXIT_BROKEN_PIPE = 141

log = logging.getLogger(__name__)


class _HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, message("argparse.usage") if prefix is None else prefix)


class SpeakingArgumentParser(argparse.ArgumentParser):
    """argparse in the program's language: "usage:", "options:", -h's help and the
    usage errors come from the message catalogue, never argparse's English."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", _HelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = message("argparse.positionals")
        self._optionals.title = message("argparse.options")
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=message("argparse.help"))

    def error(self, message_: str) -> None:  # type: ignore[override]
        from .commands._output import one_line  # the argument may be anything: terminal-safe

        self.print_usage(sys.stderr)
        text = message("argparse.error", prog=self.prog, message=one_line(_argparse_error(message_)))
        sys.stderr.write(text + "\n")
        raise SystemExit(EXIT_ERROR)


# argparse's own wording of its usage errors (Python 3.11+), and the catalogue key for each.
_ARGPARSE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.S), key) for pattern, key in (
        (r"argument (?P<name>.+?): (?P<message>.*)", "argparse.argument"),
        (r"the following arguments are required: (?P<names>.*)", "argparse.required"),
        (r"unrecognized arguments: (?P<names>.*)", "argparse.unrecognized"),
        (r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)", "argparse.invalid_choice"),
        (r"expected one argument", "argparse.expected_one"),
        (r"invalid \S+ value: (?P<value>.*)", "argparse.invalid_value"),
        (r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)", "argparse.ambiguous"),
        (r"not allowed with argument (?P<name>.*)", "argparse.not_allowed_with"),
    )
)


def _argparse_error(text: str) -> str:
    """argparse's English error in the program's language (our own are translated already)."""
    for pattern, key in _ARGPARSE_ERRORS:
        match = pattern.fullmatch(text)
        if match:
            params = match.groupdict()
            if "message" in params:
                params["message"] = _argparse_error(params["message"])
            return message(key, **params)
    return text


def choose_language(argv: list[str]) -> None:
    """``--lang X`` (or ``--lang=X``) decides the language of the whole run, --help included."""
    for index, argument in enumerate(argv):
        value = argument.removeprefix("--lang=") if argument.startswith("--lang=") else (
            argv[index + 1] if argument == "--lang" and index + 1 < len(argv) else None)
        if value in LANGUAGES:
            set_language(value)  # type: ignore[arg-type]
            return


# Only YYYY-MM-DD: date.fromisoformat also takes "20261201" and "2026-W48-2" (3.11+).
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_date(text: str) -> date:
    try:
        if _ISO_DATE.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(message("cli.bad_date", text=text))


def _path(text: str) -> str:
    """A file or folder argument: "" would mean the current folder to the system."""
    if not text.strip():
        raise argparse.ArgumentTypeError(message("cli.empty_path"))
    return text


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help and its errors in the current language."""
    file, folder, day = message("cli.metavar.file"), message("cli.metavar.folder"), message("cli.metavar.date")
    out_pdf = message("cli.metavar.pdf")
    lang = {"choices": LANGUAGES, "help": message("cli.help.lang")}
    parser = SpeakingArgumentParser(
        prog="oppfolging",
        description=message("cli.description", app=APP_NAME),
        epilog=message("cli.epilog"),
    )
    parser.add_argument("--version", action="version", version=f"oppfolging {__version__}",
                        help=message("argparse.version"))
    sub = parser.add_subparsers(dest="command", metavar=message("cli.metavar.command"),
                                parser_class=SpeakingArgumentParser)

    p = sub.add_parser("validate", help=message("cli.help.validate"))
    p.add_argument("file", metavar=file, type=_path)

    p = sub.add_parser("pdf", help=message("cli.help.pdf"))
    p.add_argument("file", metavar=file, nargs="?", type=_path)
    p.add_argument("-o", "--output", metavar=out_pdf, required=True, type=_path)
    p.add_argument("--cover", choices=("nav", "sick-note-author"), help=message("cli.help.cover"))
    p.add_argument("--blank", action="store_true", help=message("cli.help.blank"))
    p.add_argument("--with-log", action="store_true", help=message("cli.help.with_log"))
    p.add_argument("--lang", **lang)

    p = sub.add_parser("new-version", help=message("cli.help.new_version"))
    p.add_argument("file", metavar=file, type=_path)
    p.add_argument("--dir", metavar=folder, type=_path, help=message("cli.help.dir"))
    p.add_argument("--today", metavar=day, type=_iso_date, help=message("cli.help.today"))

    p = sub.add_parser("deadlines", help=message("cli.help.deadlines"))
    p.add_argument("file", metavar=file, type=_path)
    p.add_argument("--today", metavar=day, type=_iso_date, help=message("cli.help.today"))
    p.add_argument("--json", action="store_true", help=message("cli.help.json"))
    p.add_argument("--ics", metavar=message("cli.metavar.ics"), type=_path, help=message("cli.help.ics"))

    p = sub.add_parser("versions", help=message("cli.help.versions"))
    p.add_argument("dir", metavar=folder, type=_path)

    p = sub.add_parser("archive", help=message("cli.help.archive"))
    p.add_argument("file", metavar=file, type=_path)
    p.add_argument("-o", "--output", metavar=out_pdf, required=True, type=_path)
    p.add_argument("--lang", **lang)

    p = sub.add_parser("overview", help=message("cli.help.overview"))
    p.add_argument("dir", metavar=folder, type=_path)
    p.add_argument("--today", metavar=day, type=_iso_date, help=message("cli.help.today"))
    p.add_argument("--json", action="store_true", help=message("cli.help.json"))
    return parser


def run(argv: list[str]) -> int:
    """Run one subcommand (``argv[0]`` is its name) and return the exit status."""
    from .commands._output import OutputError, warn
    from .core.errors import Doing, describe_os_error

    never_fail_on_a_character()
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


def _run(argv: list[str]) -> int:
    from .commands._output import OutputError
    from .core.logs import configure_logging

    choose_language(argv)
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
        sys.stderr.write(f"oppfolging: {message('cli.unexpected_error')}\n")
        return EXIT_ERROR


def print_help() -> int:
    build_parser().print_help()
    return EXIT_OK


def refuse_window_arguments(argv: list[str]) -> None:
    """A usage error (SystemExit 2) unless every argument is a plan file that exists.

    ``oppfolging bogus`` used to open the window with a message, and a script
    waiting for it hung (``command-line.md``): only existing files open the window.
    """
    never_fail_on_a_character()
    for argument in argv:
        # The parser only for its usage line: building it costs the window's start.
        if not argument.strip():
            build_parser().error(message("cli.empty_path"))
        if os.path.isdir(argument):
            build_parser().error(message("cli.folder_not_plan", argument=argument))
        if not os.path.isfile(argument):
            choices = ", ".join(SUBCOMMANDS)
            build_parser().error(message("cli.neither_command_nor_file", argument=argument, choices=choices))
