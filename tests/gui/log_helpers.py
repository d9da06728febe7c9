"""Driving the follow-up log's table as a person does: click a cell, F2, type, Enter."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QScrollArea, QTableView, QWidget

from oppfolging_gui.gui.log_model import FIELDS, REFERAT, REMOVE

COLUMNS = {**{field: column for column, field in enumerate(FIELDS)}, "referat": REFERAT, "remove": REMOVE}


def log_table(parent: QWidget) -> QTableView:
    table = parent.findChild(QTableView, "follow_up.events")
    assert table is not None, "follow_up.events"
    return table


def cell(table: QTableView, row: int, column: str) -> QModelIndex:
    index = table.model().index(row, COLUMNS[column])
    assert index.isValid(), (row, column)
    return index


def cell_text(table: QTableView, row: int, column: str) -> str:
    """What the cell shows."""
    return cell(table, row, column).data(Qt.ItemDataRole.DisplayRole)


def click_cell(qtbot, table: QTableView, row: int, column: str) -> None:
    index = cell(table, row, column)
    _scroll_form_to(table)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def _scroll_form_to(table: QTableView) -> None:
    """In the window, the form scrolls to the log first, as a person would."""
    parent = table.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(table)


def open_editor(qtbot, table: QTableView, row: int, column: str) -> QWidget:
    """Click the cell and press F2: the editor, which is named by the cell's path."""
    click_cell(qtbot, table, row, column)
    assert table.currentIndex() == cell(table, row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    return editor_of(table, row, column)


def editor_of(table: QTableView, row: int, column: str) -> QWidget:
    editor = table.indexWidget(cell(table, row, column))
    assert editor is not None, f"no editor open in row {row}, {column}"
    assert editor.objectName() == f"follow_up.events.{row}.{column}"
    return editor


def press_enter(qtbot, table: QTableView, editor: QWidget) -> None:
    """Enter in an editor: Qt commits and closes it on its next turn, which a person waits for."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QTableView.State.EditingState)
