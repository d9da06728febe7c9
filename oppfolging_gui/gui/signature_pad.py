"""A surface to sign on with a mouse, a pen (tablet) or a finger (touch screen).

The pad knows nothing about plans. It paints the strokes it is given
(:meth:`SignaturePad.set_strokes`) plus the stroke being drawn, and when the pen
lifts it emits :attr:`SignaturePad.strokes_drawn` with the full stroke list; its
owner decides what to do with it (``SignatureField`` writes it into the plan and
hands the result back).

Points are kept in the file format's 1000 × 300 box, origin top left, whatever
the widget's size: the box is drawn as the largest 10:3 rectangle that fits, so a
signature keeps its shape when the window is resized and in the PDF.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.model import SIGNATURE_BOX
from .i18n import tr

BoxPoint = tuple[float, float]
Stroke = list[BoxPoint]

BOX_WIDTH, BOX_HEIGHT = SIGNATURE_BOX
# Where the line to sign on sits, in box units (as on a paper form: lower third).
BASELINE_Y = 235.0
BASELINE_INSET = 40.0
# Points closer than this (box units) to the previous one add nothing but file size.
MIN_POINT_DISTANCE = 1.5
INK = QColor("#1b2f6e")  # a dark blue ballpoint ink, readable on screen and paper
STALE_INK = QColor("#9aa0a8")  # strokes of a signature that no longer applies
MARGIN_PX = 3.0
MAX_WIDTH_PX = 600


def smooth_path(points: Sequence[QPointF]) -> QPainterPath:
    """A smooth curve through the sampled points.

    Quadratic segments from midpoint to midpoint, with the sampled points as
    control points: cheap, and it hides the corners that a mouse's coarse
    sampling makes in a polyline.
    """
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    if len(points) == 1:
        # A dot: QPainterPath drops a zero-length line, so nudge it; the round cap draws it.
        path.lineTo(points[0] + QPointF(0.01, 0))
        return path
    for current, following in zip(points[1:-1], points[2:], strict=False):
        path.quadTo(current, (current + following) / 2)
    path.lineTo(points[-1])
    return path


class SignaturePad(QWidget):
    """Draw a signature; emits the whole stroke list each time the pen lifts."""

    strokes_drawn = Signal(list)  # list[list[tuple[float, float]]]: given strokes + the new one
    cleared = Signal()  # the user asked to clear (Delete/Backspace, or clear())

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self._read_only = False
        self._stale = False
        self._hint = tr("Signer her")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # About the width of a signature line on paper: wider only costs screen height.
        self.setMaximumWidth(MAX_WIDTH_PX)
        self.setAccessibleDescription(
            tr(
                "Tegn underskriften med mus, penn eller finger. "
                "Delete tømmer feltet."
            )
        )
        self._update_cursor()

    # ------------------------------------------------------------------ state
    def strokes(self) -> list[Stroke]:
        """The strokes shown (not counting one being drawn), in box coordinates."""
        return [list(stroke) for stroke in self._strokes]

    def set_strokes(self, strokes: Sequence[Sequence[Sequence[float]]]) -> None:
        self._strokes = [[(float(x), float(y)) for x, y in stroke] for stroke in strokes]
        self.update()

    def is_empty(self) -> bool:
        return not self._strokes and not self._current

    def set_read_only(self, read_only: bool) -> None:
        """Refuse drawing and clearing (an old version, or a signature to re-sign first)."""
        self._read_only = read_only
        if read_only:
            self._current = None
        self._update_cursor()
        self.update()

    def is_read_only(self) -> bool:
        return self._read_only

    def set_stale(self, stale: bool) -> None:
        """Paint the strokes greyed out: the signature does not apply to this content."""
        self._stale = stale
        self.update()

    def set_hint(self, text: str) -> None:
        self._hint = text
        self.update()

    def clear(self) -> None:
        if self._read_only:
            return
        self._strokes = []
        self._current = None
        self.update()
        self.cleared.emit()

    # ------------------------------------------------------------- geometry
    def box_rect(self) -> QRectF:
        """The widget area that shows the 1000 × 300 box: the largest 10:3 rectangle that fits.

        Top left aligned, so the box lines up with the label above and the name below.
        """
        area = QRectF(self.contentsRect()).adjusted(MARGIN_PX, MARGIN_PX, -MARGIN_PX, -MARGIN_PX)
        width = max(0.0, min(area.width(), area.height() * BOX_WIDTH / BOX_HEIGHT))
        return QRectF(area.left(), area.top(), width, width * BOX_HEIGHT / BOX_WIDTH)

    def to_box(self, position: QPointF) -> BoxPoint:
        """Widget pixels → box units, clamped to the box and rounded to 0.1."""
        rect = self.box_rect()
        if rect.width() <= 0:
            return (0.0, 0.0)
        scale = BOX_WIDTH / rect.width()
        x = min(max((position.x() - rect.left()) * scale, 0.0), BOX_WIDTH)
        y = min(max((position.y() - rect.top()) * scale, 0.0), BOX_HEIGHT)
        return (round(x, 1), round(y, 1))

    def to_widget(self, point: Sequence[float]) -> QPointF:
        rect = self.box_rect()
        scale = rect.width() / BOX_WIDTH
        return QPointF(rect.left() + point[0] * scale, rect.top() + point[1] * scale)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(480, 144 + 2 * int(MARGIN_PX))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, 60 + 2 * int(MARGIN_PX))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return round((width - 2 * MARGIN_PX) * BOX_HEIGHT / BOX_WIDTH + 2 * MARGIN_PX)

    # ---------------------------------------------------------------- input
    def _begin(self, position: QPointF) -> bool:
        if self._read_only:
            return False
        self._current = [self.to_box(position)]
        self.update()
        return True

    def _extend(self, position: QPointF) -> None:
        if self._current is None:
            return
        point = self.to_box(position)
        last = self._current[-1]
        if math.dist(point, last) >= MIN_POINT_DISTANCE:
            self._current.append(point)
            self.update()

    def _finish(self, position: QPointF | None) -> None:
        if self._current is None:
            return
        if position is not None:
            point = self.to_box(position)
            if point != self._current[-1]:
                self._current.append(point)
        self._strokes.append(self._current)
        self._current = None
        self.update()
        self.strokes_drawn.emit(self.strokes())

    def _abandon(self) -> None:
        self._current = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._begin(event.position()):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        # Follows our own "drawing" state rather than event.buttons(): some
        # platforms (and QTest) report no buttons on moves.
        if self._current is not None:
            self._extend(event.position())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._current is not None:
            self._finish(event.position())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        # Accepting the event stops Qt from also synthesising mouse events for it.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._finish(event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            self._touch(event)  # type: ignore[arg-type]
            return True
        if kind == QEvent.Type.TouchCancel:
            self._abandon()
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        # One finger signs; a second finger on the screen is ignored.
        points = event.points()
        if not points:
            event.accept()
            return
        position = points[0].position()
        kind = event.type()
        if kind == QEvent.Type.TouchBegin:
            # Refusing the touch (read-only) lets it scroll the form instead.
            event.setAccepted(self._begin(position))
            return
        if kind == QEvent.Type.TouchUpdate:
            self._extend(position)
        else:
            self._finish(position)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self._read_only:
            self.clear()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._current is not None:
            self._abandon()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802, ANN001
        super().focusInEvent(event)
        self.update()  # the focus frame

    def focusOutEvent(self, event) -> None:  # noqa: N802, ANN001
        self._abandon()
        super().focusOutEvent(event)
        self.update()

    def _update_cursor(self) -> None:
        shape = Qt.CursorShape.ArrowCursor if self._read_only else Qt.CursorShape.CrossCursor
        self.setCursor(shape)

    # -------------------------------------------------------------- painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = self.box_rect()
        scale = rect.width() / BOX_WIDTH
        self._paint_paper(painter, rect)
        self._paint_baseline(painter, scale)
        if self.is_empty() and not self._read_only:
            self._paint_hint(painter, scale)
        self._paint_strokes(painter, scale)
        painter.end()

    def _paint_paper(self, painter: QPainter, rect: QRectF) -> None:
        palette = self.palette()
        paper = palette.color(QPalette.ColorRole.Base)
        if self._read_only:
            paper = palette.color(QPalette.ColorRole.Window)
        painter.setBrush(paper)
        border = palette.color(QPalette.ColorRole.Mid)
        width = 1.0
        if self.hasFocus():  # keyboard users must see where they are
            border, width = palette.color(QPalette.ColorRole.Highlight), 2.0
        painter.setPen(QPen(border, width))
        painter.drawRoundedRect(rect, 4, 4)

    def _paint_baseline(self, painter: QPainter, scale: float) -> None:
        color = self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(color, max(1.0, 2.0 * scale)))
        left = self.to_widget((BASELINE_INSET, BASELINE_Y))
        right = self.to_widget((BOX_WIDTH - BASELINE_INSET, BASELINE_Y))
        painter.drawLine(left, right)
        # The paper form's "×" at the start of the line.
        painter.setPen(QPen(color, max(1.0, 3 * scale)))
        size = 14 * scale
        corner = self.to_widget((BASELINE_INSET + 10, BASELINE_Y - 40))
        painter.drawLine(corner, corner + QPointF(size, size))
        painter.drawLine(corner + QPointF(0, size), corner + QPointF(size, 0))

    def _paint_hint(self, painter: QPainter, scale: float) -> None:
        color = QColor(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.setPen(color)
        font = QFont(self.font())
        font.setPixelSize(max(10, round(44 * scale)))
        painter.setFont(font)
        top_left = self.to_widget((0, 0))
        bottom_right = self.to_widget((BOX_WIDTH, BASELINE_Y - 10))
        painter.drawText(
            QRectF(top_left, bottom_right),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            self._hint,
        )

    def _paint_strokes(self, painter: QPainter, scale: float) -> None:
        pen = QPen(STALE_INK if self._stale else INK)
        pen.setWidthF(max(1.5, 4.0 * scale))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        strokes = self._strokes + ([self._current] if self._current else [])
        for stroke in strokes:
            painter.drawPath(smooth_path([self.to_widget(p) for p in stroke]))
