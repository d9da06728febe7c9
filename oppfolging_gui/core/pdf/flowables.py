"""Small drawn elements of the form: tick boxes, writing lines, drawn signatures.

All are vector drawings (crisp at any zoom) and cheap: a handful per page.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from . import styles as st
from .fonts import register_fonts

BOX = 8.5  # side of a tick box, in points
_GAP = 5  # between a box and its text
_OPTION_GAP = 18  # between two options on one line


def draw_box(canvas, x: float, y: float, ticked: bool) -> None:
    """A tick box with its lower left corner at (x, y); a drawn tick when ``ticked``."""
    canvas.saveState()
    canvas.setStrokeColor(st.INK)
    canvas.setLineWidth(0.7)
    canvas.rect(x, y, BOX, BOX, stroke=1, fill=0)
    if ticked:
        canvas.setLineWidth(1.4)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        path = canvas.beginPath()
        path.moveTo(x + 1.7, y + 4.4)
        path.lineTo(x + 3.6, y + 2.0)
        path.lineTo(x + 7.2, y + 7.4)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


class TickBoxes(Flowable):
    """One or more options on a line, each a box and a word: ``[x] Ja   [ ] Nei``.

    A single option with a long text wraps its text beside the box.
    """

    def __init__(self, options: Sequence[tuple[str, bool]], font_size: float = 10):
        super().__init__()
        self.options = list(options)
        self.font_size = font_size
        self._lines: list[list[str]] = []

    def wrap(self, avail_width, avail_height):
        font = register_fonts().regular
        leading = self.font_size * 1.3
        if len(self.options) == 1:
            text_width = avail_width - BOX - _GAP
            self._lines = [simpleSplit(self.options[0][0], font, self.font_size, text_width) or [""]]
            self.width = avail_width
            self.height = leading * len(self._lines[0])
        else:
            self._lines = [[text] for text, _ in self.options]
            self.width = sum(
                BOX + _GAP + self.canv_string_width(text, font) + _OPTION_GAP for text, _ in self.options
            )
            self.height = leading
        return self.width, self.height

    def canv_string_width(self, text: str, font: str) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(text, font, self.font_size)

    def draw(self):
        canvas = self.canv
        font = register_fonts().regular
        leading = self.font_size * 1.3
        top = self.height
        baseline = top - self.font_size
        x = 0.0
        canvas.setFont(font, self.font_size)
        canvas.setFillColor(st.INK)
        for (text, ticked), lines in zip(self.options, self._lines, strict=True):
            draw_box(canvas, x, baseline - 0.5, ticked)
            text_x = x + BOX + _GAP
            for i, line in enumerate(lines):
                canvas.drawString(text_x, baseline - i * leading, line)
            x = text_x + self.canv_string_width(text, font) + _OPTION_GAP


class TickGrid(Flowable):
    """Tick boxes with their labels, in one or two columns (drawn, not a Table: cheap)."""

    _ROW_GAP = 5

    def __init__(self, options: Sequence[tuple[str, bool]], columns: int):
        super().__init__()
        self.cells = [TickBoxes([option]) for option in options]
        self.columns = columns
        self._rows: list[float] = []

    def wrap(self, avail_width, avail_height):
        column_width = avail_width / self.columns
        self._rows = []
        for start in range(0, len(self.cells), self.columns):
            row = self.cells[start:start + self.columns]
            self._rows.append(max(cell.wrap(column_width - 8, avail_height)[1] for cell in row))
        self.width = avail_width
        self.height = sum(self._rows) + self._ROW_GAP * len(self._rows) + 2
        return self.width, self.height

    def draw(self):
        column_width = self.width / self.columns
        y = self.height - 3
        for index, cell in enumerate(self.cells):
            row, column = divmod(index, self.columns)
            if column == 0 and row:
                y -= self._rows[row - 1] + self._ROW_GAP
            cell.drawOn(self.canv, column * column_width, y - cell.height)


class WritingLines(Flowable):
    """Empty ruled lines for writing by hand (the blank form)."""

    def __init__(self, count: int, spacing: float = 20):
        super().__init__()
        self.count = count
        self.spacing = spacing

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = self.count * self.spacing
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        for i in range(self.count):
            y = self.height - (i + 1) * self.spacing + 2
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


class SignatureDrawing(Flowable):
    """A drawn signature scaled into a box, over the line one signs on.

    The strokes are points in a ``box`` (1000 × 300) with the origin top left; PDF
    has its origin bottom left, so y is flipped. Without strokes it is just the
    empty line, for signing on paper.
    """

    def __init__(self, strokes: Sequence[Sequence[tuple[float, float]]], box: tuple[float, float],
                 height: float = 54):
        super().__init__()
        self.strokes = strokes
        self.box = box
        self.box_height = height

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = self.box_height
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        if self.strokes:
            clip = canvas.beginPath()  # points outside the box must not draw over the text
            clip.rect(0, 0, self.width, self.height)
            canvas.clipPath(clip, stroke=0, fill=0)
            scale = min(self.width / self.box[0], (self.height - 2) / self.box[1])
            canvas.setStrokeColor(st.INK)
            canvas.setLineWidth(1.1)
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            path = canvas.beginPath()
            for stroke in self.strokes:
                if not stroke:
                    continue
                x0, y0 = stroke[0]
                path.moveTo(x0 * scale, self.height - y0 * scale)
                if len(stroke) == 1:  # a dot
                    path.lineTo(x0 * scale + 0.3, self.height - y0 * scale)
                for x, y in stroke[1:]:
                    path.lineTo(x * scale, self.height - y * scale)
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.7)
        canvas.line(0, 0, self.width, 0)
        canvas.restoreState()
