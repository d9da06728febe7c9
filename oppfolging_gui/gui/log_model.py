"""The follow-up log as a table model over the open :class:`PlanDocument`.

The document is the truth: every cell is read from ``document.plan`` when Qt asks
for it, and a cell edit is ``document.set`` of the cell's field path
(``follow_up.events.3.note``), so it is undone like typing in any other field. The
model keeps only what the Qt protocol needs besides: the number of rows the view has
been told of (Qt must hear of new or removed rows between ``begin…`` and ``end…``
calls, while the document has already changed when it tells us) and the validation
findings to show.

A plan of 1,000 events costs nothing to show: the view asks for the rows in sight,
and a long referat is shown by its first line (the editor and the tooltip have it
whole).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..core.dates import format_date
from ..core.document import Change, FieldChanged, PlanDocument, PlanReplaced
from ..core.formspec import load_form
from .i18n import tr
from .look import ERROR, WARNING

EVENTS = "follow_up.events"
FIELDS = ("date", "kind", "note")
DATE, KIND, NOTE, REFERAT, REMOVE = range(5)
BUTTONS = (REFERAT, REMOVE)

# A cell shows at most this much of a note (its first line); the view elides it to
# the column. Laying out a 40,000-character referat on every paint would be slow.
SUMMARY_CHARS = 200
# A tooltip shows this much of a note: a whole referat would cover the screen.
TOOLTIP_CHARS = 1200

_CELL = re.compile(r"follow_up\.events\.(\d+)\.(date|kind|note)")

# severity → (text colour, cell background)
FINDING_LOOK = {"error": (ERROR, "#fde3e1"), "warning": (WARNING, "#fff4d6")}

Index = QModelIndex | QPersistentModelIndex


def cell_path(row: int, column: int) -> str:
    """The plan path a data cell edits: ``follow_up.events.<row>.<field>``."""
    return f"{EVENTS}.{row}.{FIELDS[column]}"


def note_summary(note: str) -> str:
    """The first line of a note, with "…" when there is more."""
    text = note.strip()
    first, _, rest = text.partition("\n")
    shown = first[:SUMMARY_CHARS].rstrip()
    more = bool(rest.strip()) or len(first) > SUMMARY_CHARS
    return f"{shown} …" if more else shown


def note_tooltip(note: str) -> str:
    """The beginning of a note as rich text, so Qt wraps it to a readable width."""
    text = note.strip()
    if not text:
        return ""
    shown = html.escape(text[:TOOLTIP_CHARS]).replace("\n", "<br>")
    return f"<p>{shown}{' …' if len(text) > TOOLTIP_CHARS else ''}</p>"


class FollowUpLogModel(QAbstractTableModel):
    """Rows are ``document.plan.follow_up.events``; columns date, kind, note and the
    two buttons of a row (Referat …, Fjern), drawn by the log's delegate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        form = load_form()
        self._headers = [form.label(f"{EVENTS}.*.{field}") for field in FIELDS] + ["", ""]
        self._kinds = dict(form.field(f"{EVENTS}.*.kind").choices)
        self.document: PlanDocument | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._rows = 0  # as the view knows them
        self._findings: dict[str, list[tuple[str, str]]] = {}

    # ------------------------------------------------------------------ wiring
    def set_document(self, document: PlanDocument | None) -> None:
        """Show ``document``'s log (a new document: the view starts afresh)."""
        if self._unsubscribe:
            self._unsubscribe()
            self._unsubscribe = None
        self.beginResetModel()
        self.document = document
        self._rows = len(self._events())
        self.endResetModel()
        if document is not None:
            self._unsubscribe = document.subscribe(self._changed)

    @property
    def read_only(self) -> bool:
        return self.document is None or self.document.read_only

    def _events(self) -> list:
        return self.document.plan.follow_up.events if self.document is not None else []

    def _changed(self, change: Change) -> None:
        if isinstance(change, FieldChanged):
            match = _CELL.fullmatch(change.path)
            if match and int(match.group(1)) < self._rows:
                cell = self.index(int(match.group(1)), FIELDS.index(match.group(2)))
                self.dataChanged.emit(cell, cell)
        elif isinstance(change, PlanReplaced):
            self._reshape(change)

    def _reshape(self, change: PlanReplaced) -> None:
        """After a structural edit: the rows that came or went, then every cell anew."""
        count = len(self._events())
        rows = change.rows
        if rows is not None and rows.path == EVENTS and self._told(rows.first, rows.count, rows.inserted, count):
            first, last = rows.first, rows.first + rows.count - 1
        elif count > self._rows:
            first, last = self._rows, count - 1  # another shape: rows added or removed at the end
        else:
            first, last = count, self._rows - 1
        if count > self._rows:
            self.beginInsertRows(QModelIndex(), first, last)
            self._rows = count
            self.endInsertRows()
        elif count < self._rows:
            self.beginRemoveRows(QModelIndex(), first, last)
            self._rows = count
            self.endRemoveRows()
        if count:  # the values may all have changed (undo, reset, another version)
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, REMOVE))

    def _told(self, first: int, number: int, inserted: bool, count: int) -> bool:
        """Does the edit's description fit the rows before and after it?"""
        if inserted:
            return count == self._rows + number and 0 <= first <= self._rows
        return count == self._rows - number and 0 <= first and first + number <= self._rows

    # --------------------------------------------------------------- findings
    def set_findings(self, by_path: dict[str, list[tuple[str, str]]]) -> None:
        """Validation findings by field path; the log's cells show theirs."""
        mine = {path: found for path, found in by_path.items() if path.startswith(EVENTS + ".")}
        if mine == self._findings:
            return
        changed = {int(m.group(1)) for m in map(_CELL.fullmatch, {*mine, *self._findings}) if m}
        self._findings = mine
        for row in sorted(r for r in changed if r < self._rows):
            self.dataChanged.emit(self.index(row, DATE), self.index(row, NOTE))

    def findings(self, row: int, column: int) -> list[tuple[str, str]]:
        return self._findings.get(cell_path(row, column), []) if column in (DATE, KIND, NOTE) else []

    # ------------------------------------------------------------ Qt's model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable
        if index.column() != REMOVE or not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEnabled  # an old version's referat can still be read
        if index.column() in (DATE, KIND, NOTE) and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        events = self._events()
        row, column = index.row(), index.column()
        if not index.isValid() or row >= len(events):
            return None  # a row the view is about to hear is gone
        event = events[row]
        if column in BUTTONS:
            return self._button_data(row, column, role)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(event, FIELDS[column])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return format_date(event.date)
            if column == KIND:
                return self._kinds.get(event.kind, event.kind)
            return note_summary(event.note)
        found = self.findings(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [html.escape(text) for _, text in found]
            if column == NOTE and event.note.strip():
                tips.append(note_tooltip(event.note))
            return "<br>".join(tips) or None
        if found and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            ink, paper = FINDING_LOOK["error" if any(sev == "error" for sev, _ in found) else "warning"]
            return QBrush(QColor(ink if role == Qt.ItemDataRole.ForegroundRole else paper))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and found:
            return " ".join(text for _, text in found)
        return None

    def _button_data(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return tr("Referat …") if column == REFERAT else tr("Fjern")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == REFERAT:
                return tr("Skriv et lengre referat eller notat til hendelsen, med avsnitt")
            return tr("Fjern hendelse %d") % (row + 1)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == REFERAT:
                return tr("Referat og merknad, hendelse %d") % (row + 1)
            return tr("Fjern hendelse %d") % (row + 1)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self.read_only or index.column() not in (DATE, KIND, NOTE):
            return False
        assert self.document is not None
        if index.row() >= len(self._events()):
            return False
        try:
            self.document.set(cell_path(index.row(), index.column()), value)
        except ValidationError:
            return False  # editors offer values of the right type; the cell shows the model's
        return True
