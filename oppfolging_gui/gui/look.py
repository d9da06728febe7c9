"""The form's look: colours, the kinds of text, and the white cards sections sit on.

Said in code rather than in a Qt style sheet on purpose. A style sheet on the form
page makes Qt style each of its several hundred widgets through QStyleSheetStyle,
when they are polished and every time they are painted: some 230 million
instructions, a tenth of start-up (issue 7). Fonts, palettes and a painted card give
the same look with the plain Fusion style.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QApplication, QFrame, QHBoxLayout, QLabel, QWidget

INK = "#1f2a37"  # headings and labels
SUBHEAD = "#2b3a4a"
MUTED = "#5f6b7a"  # help texts, the form number, the version
PAGE = "#f6f7f9"  # behind the cards
READ_ONLY_BASE = "#f1f3f5"  # an input that cannot be edited (an older version)
READ_ONLY_TEXT = "#3a4654"
ERROR = "#b3261e"
WARNING = "#8a5a00"
FOCUS = "#1a5fb4"

_Weight = QFont.Weight


class TextKind(NamedTuple):
    point_size: float | None  # None: the program's normal size
    weight: QFont.Weight
    colour: str


TEXT_KINDS: dict[str, TextKind] = {
    "formTitle": TextKind(20, _Weight.DemiBold, INK),
    "formNumber": TextKind(None, _Weight.Normal, MUTED),
    "versionLabel": TextKind(None, _Weight.Normal, MUTED),
    "sectionTitle": TextKind(15, _Weight.DemiBold, INK),
    "sectionIntro": TextKind(None, _Weight.Normal, MUTED),
    "groupTitle": TextKind(11.5, _Weight.DemiBold, SUBHEAD),
    "groupHelp": TextKind(None, _Weight.Normal, MUTED),
    "measureTitle": TextKind(13, _Weight.DemiBold, INK),
    "fieldLabel": TextKind(None, _Weight.Medium, INK),
    "fieldHelp": TextKind(None, _Weight.Normal, MUTED),
    # The Tidsfrister panel; a status's own colour is set over milestoneStatus.
    "milestoneStatus": TextKind(None, _Weight.DemiBold, INK),
    "milestoneDate": TextKind(None, _Weight.DemiBold, INK),
    "milestoneNote": TextKind(9, _Weight.Normal, "#4f5660"),
    "milestoneDetails": TextKind(9, _Weight.Normal, "#4f5660"),
}


def set_text_kind(widget: QWidget, kind: str) -> None:
    """Font and colour of one kind of text (``TEXT_KINDS``); also its object name."""
    look = TEXT_KINDS[kind]
    widget.setObjectName(kind)
    font = QFont(widget.font())
    if look.point_size is not None:
        font.setPointSizeF(look.point_size)
    font.setWeight(look.weight)
    widget.setFont(font)
    set_text_colour(widget, look.colour)


def set_text_colour(widget: QWidget, colour: str) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    widget.setPalette(palette)


def set_background(widget: QWidget, colour: str = PAGE) -> None:
    widget.setAutoFillBackground(True)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colour))
    widget.setPalette(palette)


def show_read_only(widget: QWidget, read_only: bool) -> None:
    """Grey the input's background when it cannot be edited, as paper forms shade
    fields that are not to be filled in."""
    palette = QApplication.palette(widget)
    if read_only:
        palette.setColor(QPalette.ColorRole.Base, QColor(READ_ONLY_BASE))
        palette.setColor(QPalette.ColorRole.Text, QColor(READ_ONLY_TEXT))
    widget.setPalette(palette)


class Card(QFrame):
    """A rounded panel: a section of the form, a Tiltak block, a milestone.

    ``accent`` draws a coloured bar down the left edge (a milestone's status); with
    ``focus_ring`` the border turns blue while the card has keyboard focus.
    """

    def __init__(
        self,
        fill: str = "#ffffff",
        border: str = "#dfe3e8",
        radius: float = 8,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fill, self.border, self.radius = QColor(fill), QColor(border), radius
        self.accent: QColor | None = None
        self.focus_ring = False

    def set_colours(self, fill: str, accent: str | None = None) -> None:
        self.fill = QColor(fill)
        self.accent = QColor(accent) if accent else None
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        super().focusInEvent(event)
        if self.focus_ring:
            self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        super().focusOutEvent(event)
        if self.focus_ring:
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        # Filled and stroked as paths, not painter.setPen/setBrush + drawRoundedRect: those
        # have overloads taking Qt's enums, and PySide makes all of them when it tries one,
        # at the window's first paint (see .qt_names). The pixels are the same.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        focused = self.focus_ring and self.hasFocus()
        width = 2.0 if focused else 1.0
        rect = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        card = QPainterPath()
        card.addRoundedRect(rect, self.radius, self.radius)
        painter.fillPath(card, _solid(self.fill))
        painter.strokePath(card, _pen(QColor(FOCUS) if focused else self.border, width))
        if self.accent is not None:
            bar = QPainterPath()
            corner = min(self.radius, 2.5)
            bar.addRoundedRect(QRectF(rect.left(), rect.top(), 5, rect.height()), corner, corner)
            painter.fillPath(bar, _solid(self.accent))
        painter.end()


def _solid(colour: QColor) -> QBrush:
    """A solid brush of ``colour``; taken from a palette, because ``QBrush(colour)`` would
    make Qt's enums (its overloads take them: see .qt_names)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, colour)
    return palette.window()


def _pen(colour: QColor, width: float) -> QPen:
    """``QPen(colour, width)``, said without the constructor that takes Qt's enums."""
    pen = QPen()
    pen.setColor(colour)
    pen.setWidthF(width)
    return pen


def wrapped_label(text: str = "") -> QLabel:
    """A label whose text wraps to the width it is given.

    Not a subclass that remembers its heights: that saved a sixth of the window's
    first layout (issue 15), but a Python ``heightForWidth`` is called from Qt's
    layout hundreds of times, each call waiting for Python's lock, which a PDF or
    autosave worker holds most of the time — the window stalled for most of a second
    while a PDF was made (``test_export_off_thread``)."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class Banner(QFrame):
    """A bar across the top of the form: a sentence and its buttons (an older version
    shown read-only, a plan that may be deleted). Hidden until shown."""

    def __init__(self, object_name: str, fill: str, ink: str, *buttons: QAbstractButton, bold: bool = False) -> None:
        super().__init__()
        self.setObjectName(object_name)
        set_background(self, fill)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 10, 24, 10)
        self.label = wrapped_label()
        set_text_colour(self.label, ink)
        if bold:
            font = QFont(self.label.font())
            font.setWeight(_Weight.DemiBold)
            self.label.setFont(font)
        row.addWidget(self.label, 1)
        for button in buttons:
            row.addWidget(button)
        self.hide()
