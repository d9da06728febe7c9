"""How the commands talk to the user: results on stdout, one Norwegian line per error on stderr.

Everything a command prints goes through :func:`say` or :func:`warn`, and both
pass it through :func:`terminal_safe`: a plan's text and a file's name are someone
else's input, and written raw to a terminal an ESC or CSI sequence can set its
title, clear the screen or move the cursor, and a bidi override (U+202E) can make a
line read backwards (``command-line.md``: what is printed is safe on a terminal).
JSON output keeps every character: :func:`json_terminal_safe` escapes them instead.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from typing import TYPE_CHECKING, Any

from ..core.i18n import LANGUAGES, Language
from ..core.unsafe_characters import CONTROLS, FORMATS

if TYPE_CHECKING:  # --help and --version stay light: no pydantic for them
    from ..core.storage import PlanFileError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

# Categories never written raw (core.unsafe_characters): controls and line breakers
# (half a surrogate pair would also make the terminal's encoder fail), and formats.
_UNSAFE_CATEGORIES = CONTROLS | FORMATS
_KEPT = frozenset("\n\t")


def _unsafe(char: str) -> bool:
    return char not in _KEPT and unicodedata.category(char) in _UNSAFE_CATEGORIES


# A quick scan first: almost every text is plain, and then nothing is rebuilt.
_MAYBE_UNSAFE = re.compile(r"[^\t\n\x20-\x7e\xa0-\xac\xae-\u05ff]")


def terminal_safe(text: Any) -> str:
    """``text`` with every control and format character replaced (line breaks and tabs kept).

    A control character becomes U+FFFD (so the reader sees that something was
    there); a format character (invisible by design) is left out.
    """
    text = str(text)
    if not _MAYBE_UNSAFE.search(text):
        return text
    out = []
    for char in text:
        if not _unsafe(char):
            out.append(char)
        elif unicodedata.category(char) in CONTROLS:
            out.append("\N{REPLACEMENT CHARACTER}")
    return "".join(out)


def one_line(text: Any) -> str:
    """Line breaks (from a file name, say) would break the one-line rule."""
    return " ".join(terminal_safe(text).splitlines())


def json_terminal_safe(obj: Any) -> str:
    """``obj`` as indented JSON whose every unsafe character is a ``\\uXXXX`` escape.

    The data stays whole for a script (json.loads gives back the same text), while
    a person reading it on a terminal sees the escapes, not their effect.
    """
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    if not _MAYBE_UNSAFE.search(text):
        return text
    return "".join(_json_escape(char) if _unsafe(char) else char for char in text)


def _json_escape(char: str) -> str:
    code = ord(char)
    if code > 0xFFFF:  # a Cf character beyond the BMP (tags): a surrogate pair in JSON
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


class OutputError(Exception):
    """Writing to stdout failed (a full disk behind ``> file``): not the command's fault."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


def say(text: Any = "") -> None:
    """Print a result on stdout, made terminal-safe.

    A closed pipe (BrokenPipeError) passes through: the command line ends quietly.
    """
    try:
        sys.stdout.write(terminal_safe(text) + "\n")
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(error) from None


def warn(message: Any) -> None:
    sys.stderr.write(f"oppfolging: {one_line(message)}\n")


def fail(message: Any) -> int:
    warn(message)
    return EXIT_ERROR


def file_problem(error: PlanFileError) -> str:
    """The error with the file as the user named it (not just its last part)."""
    return f"{error.path}: {error.message}" if error.path is not None else error.message


def pdf_language(chosen: str | None) -> Language:
    """The language of a PDF the command makes: ``--lang``, else the language chosen in
    the window (kept in the settings), else bokmål (``command-line.md``)."""
    from ..core.settings import saved_language

    return chosen if chosen in LANGUAGES else (saved_language() or "nb")  # type: ignore[return-value]
