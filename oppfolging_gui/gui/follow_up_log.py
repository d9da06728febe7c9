"""The follow-up log in the form: a table of events (date, what was done, note).

A view of the open :class:`PlanDocument` through :class:`FollowUpLogModel`; the
widget holds no plan state. The table is one widget however long the log: a plan
with 1,000 events is shown as fast as one with three (a widget per cell took
seconds). Cells are edited in place (Enter or F2, a double click, or just typing);
the editors commit every keystroke, so typing in a cell is one undo step like any
field. Adding or removing an event is one ``document.edit`` that says which row
came or went, so the table moves that row and keeps the user's place.

Each row has two buttons drawn in the table: «Referat …» edits the note of a
meeting in a large box with paragraphs (:mod:`.note_editor`), «Fjern» removes the
event after asking (Delete does the same from the keyboard).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.dates import dmy
from ..core.document import PlanDocument, RowsChanged
from ..core.formspec import load_form
from ..core.model import FollowUpEvent
from .fields import UndoKeys
from .i18n import tr
from .log_delegate import LogDelegate
from .log_model import BUTTONS, DATE, EVENTS, KIND, NOTE, REFERAT, REMOVE, FollowUpLogModel

# The table shows at most this many rows and scrolls within itself beyond them: a
# long log must not push the rest of the form a screen further down per 30 events.
VISIBLE_ROWS = 12

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ICON = 22  # the date editor's calendar arrow


class LogTable(QTableView):
    """The rows of the log. Enter or F2 edits the current cell (or presses its button),
    Delete asks to remove the current row; Tab leaves the table as it leaves any field."""

    button_pressed = Signal(QModelIndex)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(EVENTS)  # gui-contract.md: a widget editing a field is named by its path
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(False)  # Tab goes on to the next field of the form, not 3,000 cells
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setMouseTracking(True)  # the drawn buttons light up under the mouse
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measures the rows' contents
        rows.setDefaultSectionSize(_row_height())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        index = self.currentIndex()
        if index.isValid() and self.state() != QAbstractItemView.State.EditingState:
            key, plain = event.key(), event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if index.column() in BUTTONS and plain and (key in _ENTER or key == Qt.Key.Key_Space):
                if index.flags() & Qt.ItemFlag.ItemIsEnabled:
                    self.button_pressed.emit(index)
                return
            if key in _ENTER and plain:
                if index.flags() & Qt.ItemFlag.ItemIsEditable:
                    self.edit(index)
                return
            if key == Qt.Key.Key_Delete and plain:
                self.remove_requested.emit(index.row())
                return
        super().keyPressEvent(event)


class FollowUpLogEditor(QWidget):
    """The follow-up log: the table of events, «Legg til hendelse» under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_up_log")
        self.form = load_form()
        self._today: date | None = None
        self.undo_keys = UndoKeys(self._undo, self._redo, self)
        self.model = FollowUpLogModel(self)
        self.delegate = LogDelegate(self.undo_keys, self)
        self.table = LogTable()
        self.table.setAccessibleName(self.form.section("follow_up").groups[-1].title or tr("Oppfølgingslogg"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self._size_columns()
        self.delegate.button_clicked.connect(self._button)
        self.table.button_pressed.connect(self._button)
        self.table.remove_requested.connect(self.remove_event)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._rows_changed)
        self.empty = QLabel(tr("Ingen hendelser er registrert ennå."))
        self.empty.setObjectName("follow_up_empty")
        self.add_button = QPushButton(tr("Legg til hendelse"))
        self.add_button.setObjectName("add_event_button")
        self.add_button.clicked.connect(self.add_event)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addWidget(self.empty)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)  # extra height goes below the log, never into it
        self._rows_changed()

    def _size_columns(self) -> None:
        """Widths from the texts a column can hold, never from the rows (1,000 rows)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        pad = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        kinds = [label for _, label in self.form.field(f"{EVENTS}.*.kind").choices]
        widths = {
            DATE: max(metrics.horizontalAdvance("00.00.00000") + _ICON, _header_width(self.table, DATE)) + pad,
            KIND: max(metrics.horizontalAdvance(text) for text in kinds) + 40 + pad,
            REFERAT: _button_width(self.table, tr("Referat …")),
            REMOVE: _button_width(self.table, tr("Fjern")),
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)  # over the text, as the form's labels

    # ------------------------------------------------------------------ wiring
    def set_document(self, document: PlanDocument | None) -> None:
        """Show ``document``'s log; None lets go of the document (the form is rebuilt)."""
        self.model.set_document(document)

    @property
    def document(self) -> PlanDocument | None:
        return self.model.document

    def set_today(self, day: date) -> None:
        """The date a new event gets (tests); by default the computer's date."""
        self._today = day

    def show_findings(self, by_path: dict[str, list[tuple[str, str]]]) -> None:
        self.model.set_findings(by_path)

    def _undo(self) -> None:
        if self.document:
            self.document.undo()

    def _redo(self) -> None:
        if self.document:
            self.document.redo()

    def _rows_changed(self, *_args) -> None:
        rows = self.model.rowCount()
        self.table.setVisible(rows > 0)
        self.empty.setVisible(rows == 0)
        self.add_button.setEnabled(not self.model.read_only)
        shown = min(rows, VISIBLE_ROWS)
        frame = 2 * self.table.frameWidth()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(frame + header + shown * self.table.verticalHeader().defaultSectionSize())

    # ---------------------------------------------------------------- actions
    def _button(self, index: QModelIndex) -> None:
        if index.column() == REFERAT:
            self.edit_note(index.row())
        elif index.column() == REMOVE:
            self.remove_event(index.row())

    def edit_note(self, index: int) -> None:
        """The note of event ``index`` in a large editor (a referat of several paragraphs)."""
        from .note_editor import open_note_dialog

        if self.document is not None and index < len(self.document.plan.follow_up.events):
            open_note_dialog(self.document, index, self)

    def add_event(self) -> None:
        document = self.document
        if document is None or document.read_only:
            return
        new = FollowUpEvent(date=self._today or date.today(), kind="other", note="")
        row = len(document.plan.follow_up.events)
        document.edit(lambda plan: plan.follow_up.events.append(new), tr("Legg til hendelse"),
                      rows=RowsChanged(EVENTS, row, 1, inserted=True))
        # The date is filled in with today; what was done is the next thing to choose.
        kind = self.model.index(row, KIND)
        self.table.setCurrentIndex(kind)
        self.table.scrollTo(kind)
        self.table.setFocus()
        self.table.edit(kind)

    def remove_event(self, index: int) -> None:
        document = self.document
        if document is None or document.read_only or index >= len(document.plan.follow_up.events):
            return
        event = document.plan.follow_up.events[index]
        what = self.form.choice_label("event_kinds", event.kind)
        when = f" {dmy(event.date)}" if event.date else ""
        answer = QMessageBox.question(
            self, tr("Fjerne hendelsen?"),
            tr("Vil du fjerne «%s»%s fra oppfølgingsloggen?") % (what, when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        column = max(self.table.currentIndex().column(), 0)
        document.edit(lambda plan: plan.follow_up.events.pop(index), tr("Fjern hendelse"),
                      rows=RowsChanged(EVENTS, index, 1, inserted=False))
        rows = self.model.rowCount()
        if rows:  # the keyboard stays in the log, on the row that took the removed one's place
            self.table.setCurrentIndex(self.model.index(min(index, rows - 1), column))
            self.table.setFocus()
        else:
            self.add_button.setFocus()


def _row_height() -> int:
    """Room for the cell editors (a line edit, a combo box) without clipping them."""
    return max(QLineEdit().sizeHint().height(), QComboBox().sizeHint().height()) + 2


def _header_width(table: QTableView, column: int) -> int:
    text = table.model().headerData(column, Qt.Orientation.Horizontal) if table.model() else ""
    return table.fontMetrics().horizontalAdvance(text or "")


def _button_width(table: QTableView, text: str) -> int:
    option = QStyleOptionButton()
    option.text = text
    option.fontMetrics = table.fontMetrics()
    size = table.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
    return table.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, size, table).width() + 8
