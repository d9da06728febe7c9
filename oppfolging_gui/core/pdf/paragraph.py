"""A Paragraph that breaks its lines once, however often platypus asks.

reportlab breaks a paragraph into lines on every ``wrap``: to measure it, again for
the part kept on a page after a split, and again for the part moved on. For long
texts that flow over several pages that is most of the work of the whole PDF. The
lines depend only on the width, so this keeps them: a second ``wrap`` at the same
width is free, and the two parts of a split take their share of the lines.

Even so, each split makes a new paragraph of everything left, so one text of
hundreds of pages costs time in the square of its length. :func:`plain_paragraphs`
cuts a long text into paragraphs of at most :data:`CHUNK_CHARS` characters first,
between the lines the user typed, and a longer line at the end of a sentence or a
word (where the printed line then ends): the time grows with the text.
"""

from __future__ import annotations

import re

from reportlab.platypus import Paragraph
from reportlab.platypus.paraparser import ParaFrag

_RUNS_OF_SPACE = re.compile(r"[ \t]+")  # not U+00A0: a no-break space stays as typed
# About half a page of the value style: small enough that splitting is cheap, large
# enough that few lines end early.
CHUNK_CHARS = 3000


def _frag(style, text: str, line_break: bool = False) -> ParaFrag:
    frag = ParaFrag()
    frag.text = text
    frag.fontName = style.fontName
    frag.fontSize = style.fontSize
    frag.textColor = style.textColor
    frag.rise = 0
    frag.greek = 0
    frag.bold = frag.italic = 0
    frag.link = []
    frag.us_lines = []
    frag.__tag__ = "br" if line_break else "para"
    if line_break:
        frag.lineBreak = True
    return frag


def plain_paragraph(lines: list[str], style) -> FlowingParagraph:
    """A paragraph of plain text lines, without markup parsing.

    The text is never read as markup, so nothing needs escaping, and the XML
    parser — a fair share of the time for long texts — is skipped. The fragments
    are the ones the parser makes for text with ``<br/>`` between the lines.
    """
    frags = []
    for index, line in enumerate(lines):
        if index:
            frags.append(_frag(style, "", line_break=True))
        line = _RUNS_OF_SPACE.sub(" ", line).strip(" ")
        if line:
            frags.append(_frag(style, line))
    if not frags:
        frags.append(_frag(style, ""))
    return FlowingParagraph("\n".join(lines), style, frags=frags)


def plain_paragraphs(lines: list[str], style) -> list[FlowingParagraph]:
    """The lines as consecutive paragraphs of at most about :data:`CHUNK_CHARS` characters."""
    chunks: list[list[str]] = []
    current: list[str] = []
    size = 0
    for line in lines:
        for piece in _bounded(line):
            current.append(piece)
            size += len(piece)
            if size >= CHUNK_CHARS:
                chunks.append(current)
                current, size = [], 0
    if current or not chunks:
        chunks.append(current)
    return [plain_paragraph(chunk, style) for chunk in chunks]


def _bounded(line: str):
    """``line`` in pieces of at most CHUNK_CHARS: at a sentence's end near the limit,
    else at the last space, else (one very long word) at the limit."""
    while len(line) > CHUNK_CHARS:
        cut = line.rfind(". ", CHUNK_CHARS * 2 // 3, CHUNK_CHARS) + 1
        if cut <= 0:
            cut = line.rfind(" ", 1, CHUNK_CHARS)
        if cut <= 0:
            cut = CHUNK_CHARS
        yield line[:cut]
        line = line[cut:]
    yield line


class FlowingParagraph(Paragraph):
    _wrapped_width: float | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if self._wrapped_width == availWidth and "blPara" in self.__dict__:
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return result

    def split(self, availWidth, availHeight):  # noqa: N803
        parts = super().split(availWidth, availHeight)
        style = self.style
        simple = (
            len(parts) == 2
            and self._wrapped_width == availWidth
            and not style.firstLineIndent
            and getattr(style, "autoLeading", "") in ("", "off", None)
        )
        if simple:
            lines = self.blPara.lines
            first, rest = parts
            count = len(first.blPara.lines)
            for part, share in ((first, lines[:count]), (rest, lines[count:])):
                part.blPara = self.blPara.clone(lines=share)
                part.width = availWidth
                part.height = len(share) * style.leading
                part._wrapped_width = availWidth
        return parts
