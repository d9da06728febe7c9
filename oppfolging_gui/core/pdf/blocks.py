"""Builders for the parts of a printed field: label/value rows, text blocks, tick boxes,
the signature row and the follow-up log table.

Every user text goes through :class:`Ink`, which cleans it and builds the paragraph
without markup parsing, so nothing typed can be read as markup or crash the writer. Texts of any length flow on to the
next page: a text block is a plain Paragraph (split by platypus), and values too
long for a table row are printed as text blocks instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from . import styles as st
from .flowables import SignatureDrawing, TickGrid, WritingLines
from .fonts import register_fonts
from .paragraph import plain_paragraph, plain_paragraphs
from .text import clean, cover_missing_glyphs, paragraphs

# A one-line value longer than this is printed as a text block, not in a table row
# (a table row cannot be split across pages).
ROW_TEXT_LIMIT = 240
_ROW_PADDING = 4.5
WRITING_LINE = 20  # the distance of ruled lines on the blank form
BLANK_ROW_HEIGHT = 16  # room to write a short value by hand


def table_style(commands: list[tuple]) -> TableStyle:
    """A table style in the form's font (a Table's own default, Helvetica, is not embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts().regular), *commands])


@dataclass(frozen=True)
class Ink:
    """Turns text into Paragraphs in the shared styles, for the font's glyphs."""

    styles: st.Styles
    glyphs: frozenset[int]

    def line(self, text: str, style) -> Paragraph:
        """One line of text (labels, names, dates): cleaned, breaks flattened."""
        return plain_paragraph([cover_missing_glyphs(clean(text).replace("\n", " "), self.glyphs)], style)

    def text(self, text: str, style=None) -> Paragraph:
        """The user's text with the line breaks as typed."""
        lines = [cover_missing_glyphs(line, self.glyphs) for line in paragraphs(text)]
        return plain_paragraph(lines, style or self.styles.value)

    def texts(self, text: str, style=None) -> list[Paragraph]:
        """The user's text as :meth:`text`, in paragraphs of bounded length (PDF time
        grows with the length of a text, not its square)."""
        lines = [cover_missing_glyphs(line, self.glyphs) for line in paragraphs(text)]
        return plain_paragraphs(lines, style or self.styles.value)

    def fits_row(self, text: str) -> bool:
        return len(text) <= ROW_TEXT_LIMIT and "\n" not in text.strip()


def notice_box(ink: Ink, text: str) -> Table:
    """A short remark in a shaded box (the NAV cover's barcode note, the archive's notice)."""
    table = Table([[ink.line(text, ink.styles.signature_note)]], colWidths=[st.CONTENT_WIDTH])
    table.setStyle(table_style([
        ("BOX", (0, 0), (-1, -1), 0.8, st.RULE),
        ("BACKGROUND", (0, 0), (-1, -1), st.SUBBAND),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def row_table(rows: Sequence[tuple[Flowable, Flowable | None]], *, blank: bool) -> Table:
    """Label | value rows with fine rules between them, like the boxes of a paper form."""
    # On the blank form an empty value still leaves room to write (a row grows with
    # its label, so a fixed row height would let a long label overflow).
    empty = Spacer(0, BLANK_ROW_HEIGHT) if blank else ""
    data = [[label, value if value is not None else empty] for label, value in rows]
    table = Table(data, colWidths=[st.LABEL_COLUMN, st.CONTENT_WIDTH - st.LABEL_COLUMN], hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.5, st.FAINT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, st.FAINT),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LEFTPADDING", (1, 0), (1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), _ROW_PADDING),
        ("TOPPADDING", (0, 0), (0, -1), _ROW_PADDING + 1.5),  # label baseline near the value's
        ("BOTTOMPADDING", (0, 0), (-1, -1), _ROW_PADDING + 1),
    ]))
    return table


def text_block_need(*, blank: bool, lines: int) -> float:
    """Room a text block needs to start on a page: its label and two lines of text
    (the paragraph splits no earlier), or all its writing lines on the blank form."""
    return 48 + (lines * WRITING_LINE + 10 if blank else 0)


def text_block(ink: Ink, label: str, value: str, *, blank: bool, help_text: str = "",
               lines: int = 4) -> list[Flowable]:
    """A label over a text of any length, then a fine rule; blank: ruled lines to write on."""
    story: list[Flowable] = [ink.line(label, ink.styles.field_label)]
    if help_text:
        story.append(ink.line(help_text, ink.styles.help))
    if blank:
        story += [WritingLines(lines, WRITING_LINE), Spacer(0, 6)]
        return story
    if clean(value).strip():
        story.extend(ink.texts(value))
    else:
        story.append(ink.line("–", ink.styles.empty))
    story.append(HRFlowable(width="100%", thickness=0.5, color=st.FAINT, spaceBefore=4, spaceAfter=0))
    return story


def tick_grid(options: Sequence[tuple[str, bool]]) -> Flowable:
    """Tick boxes, in two columns when there are more than two."""
    return TickGrid(options, 2 if len(options) > 2 else 1)


@dataclass(frozen=True)
class SignatureCell:
    role: str  # the form's label: Arbeidstaker / Arbeidsgiver
    strokes: Sequence[Sequence[tuple[float, float]]]
    lines: Sequence[str]  # name, date … printed under the line
    warning: str = ""


def signature_row(ink: Ink, cells: Sequence[SignatureCell], box: tuple[float, float]) -> Table:
    """The signatures side by side, each over its line with role, name and date below."""
    gap = 24
    width = (st.CONTENT_WIDTH - gap * (len(cells) - 1)) / len(cells)
    row: list = []
    for i, cell in enumerate(cells):
        if i:
            row.append("")
        content: list[Flowable] = [
            SignatureDrawing(cell.strokes, box, height=min(72, width * box[1] / box[0])),
            Spacer(0, 3),
            ink.line(cell.role, ink.styles.table_head),
        ]
        content += [ink.line(text, ink.styles.signature_note) for text in cell.lines if text]
        if cell.warning:
            content.append(ink.line(cell.warning, ink.styles.warning))
        row.append(content)
    widths = [width if i % 2 == 0 else gap for i in range(len(row))]
    table = Table([row], colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def log_table(ink: Ink, headings: Sequence[str], widths: Sequence[float | None],
              rows: Sequence[Sequence[str]], *, blank_rows: int = 0) -> Table:
    """The follow-up log as a table; a width of None shares the rest of the line.

    Cells are user text with line breaks kept; a row taller than a page splits.
    """
    styles = ink.styles
    free = st.CONTENT_WIDTH - sum(w for w in widths if w)
    shared = free / max(1, sum(1 for w in widths if not w))
    col_widths = [w or shared for w in widths]
    data: list[list] = [[ink.line(text, styles.table_head) for text in headings]]
    data += [[ink.text(text, styles.cell) for text in row] for row in rows]
    data += [[""] * len(headings) for _ in range(blank_rows)]
    table = Table(
        data, colWidths=col_widths, repeatRows=1, splitInRow=1, hAlign="LEFT",
        rowHeights=[None] * (len(data) - blank_rows) + [24] * blank_rows,
    )
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, st.FAINT),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table
