"""Making what the user typed printable, and values into printed text.

Control characters, byte-order marks and lone surrogates (JSON allows
``"\\ud800"``) are dropped: they have no printed form and some make the PDF writer
fail. Characters the font has no glyph for become U+FFFD so the export never fails
and the gap stays visible. (User text is never parsed as Paragraph markup — see
``paragraph.plain_paragraph`` — so ``<`` and ``&`` need no escaping.)
"""

from __future__ import annotations

import re
from collections.abc import Container

from ..dates import format_date  # noqa: F401  (the PDF modules import it from here)

REPLACEMENT = "\ufffd"

# C0/C1 controls except tab and newline, DEL, BOM / zero-width no-break space,
# the line/paragraph separators, and surrogates.
_DROP = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]")
_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x0b\x0c\x85]")


def clean(text: str) -> str:
    """The user's text with line breaks normalised to ``\\n`` and unprintable characters dropped."""
    text = _NEWLINES.sub("\n", text)
    text = _DROP.sub("", text)
    return text.replace("\t", "    ")


def cover_missing_glyphs(text: str, glyphs: Container[int]) -> str:
    """Replace characters the font cannot draw (checked once per distinct character)."""
    missing = {ch for ch in set(text) if ord(ch) not in glyphs and ch != "\n"}
    if not missing:
        return text
    return "".join(REPLACEMENT if ch in missing else ch for ch in text)


def paragraphs(text: str) -> list[str]:
    """The lines the user typed, as cleaned text; empty lines kept as ``""``.

    Trailing empty lines are dropped: they only push the next field down.
    """
    lines = clean(text).split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def format_percent(value: int | None) -> str:
    return f"{value} %" if value is not None else ""
