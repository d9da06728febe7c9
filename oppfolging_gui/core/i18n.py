"""The language the program speaks: bokmål, nynorsk or English.

One rule decides it (``shared/spec/command-line.md``): a language given for this run
(``--lang``, or the window's language menu), else the language chosen in the window
and kept in the settings, else the system's — the first of ``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG`` that is set. ``nb``/``no`` is bokmål, ``nn`` nynorsk, ``en``
English; anything else (``C``, ``de_DE``) is bokmål, the form's own language.

The answer is kept for the process once worked out, so asking is cheap; the window's
menu and ``--lang`` change it with :func:`set_language`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal, get_args

Language = Literal["nb", "nn", "en"]
LANGUAGES: tuple[Language, ...] = get_args(Language)
DEFAULT: Language = "nb"

# The environment variables that name the user's language, in the order POSIX
# programs (gettext) consult them.
_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_CODES: dict[str, Language] = {"nb": "nb", "no": "nb", "nn": "nn", "en": "en"}

_chosen: Language | None = None


def parse_language(code: str | None) -> Language | None:
    """``nb_NO.UTF-8`` → ``nb``, ``nn`` → ``nn``, ``en_GB`` → ``en``; None for anything else."""
    if not code:
        return None
    first = code.split(":", 1)[0]  # LANGUAGE may list several: "nn:nb:en"
    base = first.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0]
    return _CODES.get(base.strip().lower())


def system_language(environ: Mapping[str, str] | None = None) -> Language:
    """The language the environment asks for (the first variable that is set decides)."""
    environ = os.environ if environ is None else environ
    for variable in _ENVIRONMENT:
        value = environ.get(variable)
        if value:
            return parse_language(value) or DEFAULT
    return DEFAULT


def current_language() -> Language:
    """The language of this run: chosen for it, else kept in the settings, else the system's."""
    global _chosen
    if _chosen is None:
        from .settings import saved_language

        _chosen = saved_language() or system_language()
    return _chosen


def set_language(language: Language | None) -> None:
    """Speak ``language`` from now on (None: work it out again from settings and system)."""
    global _chosen
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _chosen = language


def resolve(language: Language | str | None) -> Language:
    """``language`` if given (as from ``--lang``), else the current language."""
    if language is None:
        return current_language()
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    return language  # type: ignore[return-value]
