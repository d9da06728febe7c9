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

A long line cut as above gives a paragraph of several pieces, which would take
reportlab's path for mixed fragments: it compares every word's fragment with the
last (``sameFrag``) and costs about twice its path for one plain fragment (the PDF
benchmark's texts of 4,400 characters doubled its time). All the fragments share one
style, so each piece is broken on the plain path and the printed lines joined: the
same lines at half the cost. Only for pieces of one typed line: for lines the user
typed with empty lines between them a page broke one line differently (not yet
understood), so those keep reportlab's own path.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import _yieldBLParaWords  # splits rejoin words the same way
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


def plain_paragraph(lines: list[str], style, pieces: bool = False) -> FlowingParagraph:
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
    paragraph = FlowingParagraph("\n".join(lines), style, frags=frags)
    if pieces:  # see the module's docstring
        paragraph._typed_lines = _lines_breaking_alone(lines, frags, style)
    return paragraph


def _lines_breaking_alone(lines, frags, style) -> tuple[str, ...] | None:
    """The lines, if breaking each on its own gives what reportlab gives for them all:
    several fragments, no first-line indent (every line starts at the same width), no
    justification (the last line of each typed line is not stretched), none of the
    styles' extras that take reportlab off its plain path, no no-break space
    (measured a little differently on the two paths) and no empty line (a split
    next to one places it differently)."""
    simple = (
        len(frags) > 1
        and not style.firstLineIndent
        and style.alignment != TA_JUSTIFY
        and not style.endDots
        and not getattr(style, "shaping", 0)
        and not style.wordWrap
        and not getattr(style, "hyphenationLang", "")
        and not getattr(style, "embeddedHyphenation", 0)
        and not getattr(style, "uriWasteReduce", 0)
        and getattr(style, "autoLeading", "") in ("", "off", None)
        and not any("\xa0" in line or not line.strip(" ") for line in lines)
    )
    return tuple(lines) if simple else None


def plain_paragraphs(lines: list[str], style) -> list[FlowingParagraph]:
    """The lines as consecutive paragraphs of at most about :data:`CHUNK_CHARS` characters."""
    chunks: list[list[str]] = []
    current: list[str] = []
    # Per chunk: whether it holds only pieces of one typed line (see the docstring).
    one_line: list[bool] = []
    starts = set()  # indexes in current where a typed line starts
    size = 0
    for line in lines:
        starts.add(len(current))
        for piece in _bounded(line):
            current.append(piece)
            size += len(piece)
            if size >= CHUNK_CHARS:
                chunks.append(current)
                one_line.append(len(starts - {0}) == 0)
                current, size, starts = [], 0, set()
    if current or not chunks:
        chunks.append(current)
        one_line.append(len(starts - {0}) == 0)
    return [plain_paragraph(chunk, style, pieces=alone) for chunk, alone in zip(chunks, one_line)]


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
    # The lines as typed, when they break on reportlab's plain path (plain_paragraph).
    _typed_lines: tuple[str, ...] | None = None
    # Per printed line of the last breakLines of _typed_lines: whether a typed line ends there.
    _line_ends: list[bool] | None = None

    def breakLines(self, width):  # noqa: N802 (reportlab's name)
        typed = self._typed_lines
        if typed is None:
            self._line_ends = None
            return super().breakLines(width)
        frags, style = self.frags, self.style
        lines: list = []
        ends: list[bool] = []
        widest = 0.0
        last = len(typed) - 1
        try:
            for index, text in enumerate(typed):
                self.frags = [_frag(style, _RUNS_OF_SPACE.sub(" ", text).strip(" "))]
                broken = super().breakLines(width)
                widest = max(widest, self._width_max)
                share = broken.lines
                if not share and index < last:
                    # An empty line takes a line, as reportlab's line break does
                    # (but not the last: no line follows the last break).
                    share = [(_first_width(width), [])]
                lines += share
                ends += [False] * (len(share) - 1) + [True] * bool(share)
        finally:
            self.frags = frags
        self._width_max = widest
        self._line_ends = ends
        return broken.clone(lines=lines)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if self._wrapped_width == availWidth and "blPara" in self.__dict__:
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return result

    def split(self, availWidth, availHeight):  # noqa: N803
        self._split_typed: list[tuple[str, ...]] = []  # filled by _typed_part
        parts = super().split(availWidth, availHeight)
        style = self.style
        if len(parts) == 2 and self._split_typed:
            for part, typed in zip(parts, self._split_typed):
                part._typed_lines = _lines_breaking_alone(typed, part.frags, style)
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
                if self._line_ends is not None:
                    part._line_ends = self._line_ends[:count] if part is first else self._line_ends[count:]
        return parts

    def _get_split_blParaFunc(self):  # noqa: N802 (reportlab's name)
        if self._line_ends is None:
            return super()._get_split_blParaFunc()
        return self._typed_part

    def _typed_part(self, blPara, start: int, stop: int) -> list:  # noqa: N803
        """The fragments of printed lines start:stop as typed lines: reportlab's split
        for one fragment would run the typed lines together if the part were broken
        again at another width (``split`` gives each part its typed lines)."""
        lines, ends = blPara.lines, self._line_ends
        typed, first = [], start
        for index in range(start, stop):
            if ends[index] or index == stop - 1:
                typed.append(_words_of(lines[first:index + 1]))
                first = index + 1
        self._split_typed.append(tuple(typed))
        return plain_paragraph(typed, self.style, pieces=True).frags


def _words_of(lines) -> str:
    """The text of printed lines, a long word cut over lines made whole again."""
    return " ".join(_yieldBLParaWords(SimpleNamespace(lines=lines), 0, len(lines)))


def _first_width(width) -> float:
    return width[0] if isinstance(width, (list, tuple)) else width
