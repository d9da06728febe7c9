"""Every sentence the core and the command line say to a user, in bokmål, nynorsk and English.

One catalogue: a key names a message, :class:`Text` holds it in the three languages,
and :func:`message` picks the language (the current one unless told) and fills in the
placeholders (``str.format`` fields, the same in all three — a test checks that).
The window's own texts live in Qt's translation files; what the core says (storage
errors, validation findings, deadlines, PDFs, the command line) lives here, so the
window and the command line say the same thing in the same words.

The table is kept in one data module per area (``_cli``, ``_errors``, ``_plan`` …)
so no file grows past reading; the keys say the area (``cli.``, ``oserror.`` …)
and :data:`MESSAGES` is their union — one key space, checked as one. Dates are
filled in already formatted: dd.mm.åååå in all three languages (a Norwegian form).
"""

from __future__ import annotations

from ..i18n import Language, resolve
from ._archive import ARCHIVE
from ._cli import CLI
from ._commands import COMMANDS
from ._covers import COVERS
from ._errors import ERRORS
from ._files import FILES
from ._pdf import PDF
from ._plan import DEADLINES, VALIDATION
from ._recovery import RECOVERY
from ._text import Text

__all__ = ["MESSAGES", "Text", "message"]


def _union(*tables: dict[str, Text]) -> dict[str, Text]:
    merged: dict[str, Text] = {}
    for table in tables:
        twice = merged.keys() & table.keys()
        if twice:
            raise ValueError(f"message keys defined twice: {sorted(twice)}")
        merged.update(table)
    return merged


MESSAGES: dict[str, Text] = _union(CLI, COMMANDS, ERRORS, FILES, VALIDATION, DEADLINES, PDF, COVERS, ARCHIVE, RECOVERY)


def message(key: str, lang: Language | str | None = None, /, **params: object) -> str:
    """The message ``key`` in ``lang`` (default: the current language), placeholders filled."""
    text: str = getattr(MESSAGES[key], resolve(lang))
    return text.format(**params)
