"""Editing the follow-up log's cells in place, and its two buttons per row.

An editor lives only while a cell is edited. It is named by its cell's path
(``follow_up.events.3.date``, gui-contract.md) and, like every field of the form,
commits what is typed at once: the plan never waits for Enter, a crash loses no
keystroke, and typing in one cell is one undo step. The date is typed as
dd.mm.åååå like every other date; an unfinished date leaves the field empty in the
plan and the editor says what is wrong. The note has no length limit (a QLineEdit
keeps 32,767 characters unless told otherwise).

The "Referat …" and "Fjern" cells are painted as buttons: a widget per row is what
made a log of 1,000 events take seconds to build.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from ..core.dates import format_date
from ..core.formspec import load_form
from .fields import PlanLineEdit, UndoKeys, calendar_in, date_line_edit, parse_date, show_month_of
from .i18n import tr
from .log_model import BUTTONS, DATE, EVENTS, FIELDS, KIND, NOTE, cell_path
from .look import ERROR
from .qt_text import set_line_text

Index = QModelIndex | QPersistentModelIndex

_FRESH = "freshlyOpened"  # a note editor whose cursor has not been put at the end yet
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVE_ON = (*_ENTER, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class LogDelegate(QStyledItemDelegate):
    """Editors for date, kind and note; ``button_clicked(index)`` for the button cells."""

    button_clicked = Signal(QModelIndex)

    def __init__(self, undo_keys: UndoKeys, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_keys = undo_keys
        form = load_form()
        self._labels = {column: form.label(f"{EVENTS}.*.{field}") for column, field in enumerate(FIELDS)}
        self._kinds = form.field(f"{EVENTS}.*.kind").choices
        self._committing: QWidget | None = None  # the editor whose keystroke is on its way to the plan

    # ---------------------------------------------------------------- editors
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        column = index.column()
        editor: QWidget
        if column == KIND:
            combo = QComboBox(parent)
            for value, label in self._kinds:
                combo.addItem(label, value)
            combo.activated.connect(lambda _=0, combo=combo: self._commit(combo))
            editor = combo
        else:
            edit = date_line_edit(parent) if column == DATE else PlanLineEdit(parent)
            edit.textEdited.connect(lambda _text, edit=edit: self._commit(edit))
            edit.setFrame(False)  # the cell's grid is its frame
            if column == NOTE:
                # The view selects an editor's whole text, so the first key would replace a
                # whole referat: a note is opened with the cursor at its end instead.
                edit.setProperty(_FRESH, True)
                QTimer.singleShot(0, edit, lambda: _cursor_to_end(edit))
            editor = edit
        editor.setObjectName(cell_path(index.row(), column))
        if column == DATE and isinstance(editor, QLineEdit):
            self._add_calendar(editor)  # its action named after the editor
        editor.setAccessibleName(tr("%s, hendelse %d") % (self._labels[column], index.row() + 1))
        editor.setAutoFillBackground(True)
        editor.installEventFilter(self.undo_keys)
        return editor

    def _add_calendar(self, edit: QLineEdit) -> None:
        """A date can be picked in a calendar, as in the form's other date fields: the
        arrow at the cell's end, or Alt+Down / F4 as in a combo box."""
        action = edit.addAction(edit.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                QLineEdit.ActionPosition.TrailingPosition)
        action.setObjectName(edit.objectName() + ":calendar")
        action.setToolTip(tr("Velg dato i kalender"))
        action.triggered.connect(lambda: self._open_calendar(edit))

    def _open_calendar(self, edit: QLineEdit) -> None:
        menu = QMenu(edit)  # a child of the editor: the view does not take its focus going there as leaving
        menu.setObjectName("date_cell_calendar")

        def picked(day: date) -> None:
            menu.close()
            edit.setText(format_date(day))
            self._commit(edit)
            edit.setFocus()

        calendar = calendar_in(menu, picked)
        show_month_of(calendar, edit.text())
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(edit.mapToGlobal(QPoint(0, edit.height())))
        calendar.setFocus()

    def _commit(self, editor: QWidget) -> None:
        """What was typed goes to the plan now; the editor is not written back to meanwhile."""
        if isinstance(editor, QLineEdit) and editor.objectName().endswith(".date"):
            _show_problem(editor, parse_date(editor.text()))
        self._committing = editor
        try:
            self.commitData.emit(editor)
        finally:
            self._committing = None

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if editor is self._committing:
            return  # the echo of what is being typed: a half-typed date stays as typed
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif index.column() == DATE:
            assert isinstance(editor, QLineEdit)
            if parse_date(editor.text()) != value or not editor.text():
                editor.setText(format_date(value))
            _show_problem(editor, value)
        else:
            assert isinstance(editor, QLineEdit)
            if editor.text() != (value or ""):
                set_line_text(editor, value or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif index.column() == DATE:
            assert isinstance(editor, QLineEdit)
            parsed = parse_date(editor.text())
            model.setData(index, parsed if not isinstance(parsed, str) else None)  # no half-typed date
        else:
            assert isinstance(editor, QLineEdit)
            model.setData(index, editor.text())

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        editor.setGeometry(option.rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter or Tab in a date that is not a date yet keeps the editor open: closing
        it would leave an empty cell and the typing gone from sight. A key that opened
        a note's editor is added at the end of the note."""
        if event.type() == QEvent.Type.KeyPress and isinstance(editor, QLineEdit) and editor.property(_FRESH):
            _cursor_to_end(editor)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(editor, QLineEdit)
            and editor.objectName().endswith(".date")
            and (event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier))
        ):
            self._open_calendar(editor)
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _MOVE_ON
            and isinstance(editor, QLineEdit)
            and editor.objectName().endswith(".date")
            and isinstance(parse_date(editor.text()), str)
        ):
            # Said where the typing is: a tooltip waits for the mouse, Enter came from the keyboard.
            QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), editor.toolTip(), editor)
            return True
        return super().eventFilter(editor, event)

    # ---------------------------------------------------------------- buttons
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.column() not in BUTTONS:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else None
        button = QStyleOptionButton()
        button.rect = _button_rect(option.rect)
        button.text = index.data(Qt.ItemDataRole.DisplayRole)
        button.palette = option.palette
        button.fontMetrics = option.fontMetrics
        state = QStyle.StateFlag.State_Raised
        if index.flags() & Qt.ItemFlag.ItemIsEnabled:
            state |= QStyle.StateFlag.State_Enabled
        else:
            button.palette.setCurrentColorGroup(QPalette.ColorGroup.Disabled)
        if option.state & QStyle.StateFlag.State_HasFocus:
            state |= QStyle.StateFlag.State_HasFocus  # the keyboard is on this button
        if option.state & QStyle.StateFlag.State_MouseOver:
            state |= QStyle.StateFlag.State_MouseOver
        button.state = state
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)

    def editorEvent(self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: Index) -> bool:  # noqa: N802
        if index.column() in BUTTONS and event.type() == QEvent.Type.MouseButtonRelease:
            if event.button() == Qt.MouseButton.LeftButton and _button_rect(option.rect).contains(event.position().toPoint()):  # type: ignore[attr-defined]
                if index.flags() & Qt.ItemFlag.ItemIsEnabled:
                    self.button_clicked.emit(QModelIndex(index))
                return True
        return super().editorEvent(event, model, option, index)


def _cursor_to_end(edit: QLineEdit) -> None:
    if edit.property(_FRESH):
        edit.setProperty(_FRESH, False)
        edit.deselect()
        edit.end(False)


def _button_rect(cell: QRect) -> QRect:
    return cell.adjusted(2, 2, -2, -2)


def _show_problem(edit: QLineEdit, parsed: date | None | str) -> None:
    """A date that is not one yet: red text and what is wrong as the tooltip (read aloud)."""
    problem = parsed if isinstance(parsed, str) else ""
    if problem:
        palette = QPalette(edit.palette())
        palette.setColor(QPalette.ColorRole.Text, QColor(ERROR))
        edit.setPalette(palette)
    else:
        edit.setPalette(QPalette())  # the view's colours again
    edit.setToolTip(problem)
    edit.setAccessibleDescription(problem)

