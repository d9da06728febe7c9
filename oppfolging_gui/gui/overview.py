"""«Oversikt over planer»: every plan in the plans folder, most urgent first.

The folder and the latest look at it are :class:`.plans_folder.PlansFolder`'s; this
is its table, in a window of its own, imported when it is first opened (the window's
start does not need it).

The rows and their order are those of ``oppfolging overview``; the table sorts by
any column and filters by name, and hides plans whose absence has ended unless
«Vis avsluttede» is ticked. Enter or a double-click opens the plan's newest version
in the window (which asks first about unsaved edits).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TR_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ..core.dates import format_date
from .follow_up import STATUS_LOOK
from .i18n import tr

if TYPE_CHECKING:
    from ..core.overview import Overview, OverviewRow
    from .plans_folder import PlansFolder
    from .session import PlanHost

_Role = Qt.ItemDataRole
SORT_ROLE = _Role.UserRole + 1
ENDED_ROLE = _Role.UserRole + 2
PATH_ROLE = _Role.UserRole + 3


def _dmy(day: date | None) -> str:
    return format_date(day)


# ------------------------------------------------------------------- the table
class PlansOverviewModel(QAbstractTableModel):
    """The rows of one :class:`Overview`; column 0 is the employee's name."""

    HEADERS = (
        QT_TR_NOOP("Arbeidstaker"),
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Neste frist"),
        QT_TR_NOOP("Tidsfrist"),
        QT_TR_NOOP("Passerte"),
        QT_TR_NOOP("Virksomhet"),
        QT_TR_NOOP("Versjon"),
        QT_TR_NOOP("Fil"),
    )
    NAME, STATUS, DATE, TITLE, OVERDUE, EMPLOYER, VERSION, FILE = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OverviewRow] = []
        self.folder: Path | None = None

    def set_overview(self, overview: Overview | None) -> None:
        self.beginResetModel()
        self.rows = list(overview.rows) if overview else []
        self.folder = overview.folder if overview else None
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _Role.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _Role.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == _Role.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(index.row(), row, column)
        if role == ENDED_ROLE:
            return row.absence_ended is not None
        if role == PATH_ROLE:
            return row.file
        if column == self.STATUS and role in (_Role.BackgroundRole, _Role.ForegroundRole):
            _symbol, ink, paper = STATUS_LOOK[self._status(row)]
            return QColor(paper if role == _Role.BackgroundRole else ink)
        if role == _Role.ToolTipRole:
            return self._tooltip(row, column)
        if role == _Role.AccessibleTextRole and column == self.STATUS:
            return self._text(row, column)
        return None

    @staticmethod
    def _status(row: OverviewRow) -> str:
        if row.absence_ended is not None:
            return "done"
        return row.next.status if row.next else "not_required"

    def _text(self, row: OverviewRow, column: int) -> str:
        if column == self.NAME:
            return row.employee or tr("(uten navn)")
        if column == self.STATUS:
            if row.absence_ended is not None:
                return f"{STATUS_LOOK['done'][0]} " + tr("Avsluttet %s") % _dmy(row.absence_ended)
            if row.next is None:
                return f"{STATUS_LOOK['not_required'][0]} " + tr("Ingen åpne frister")
            return f"{STATUS_LOOK[row.next.status][0]} {row.next.status_label}"
        if column == self.DATE:
            return _dmy(row.next.date) if row.next else ""
        if column == self.TITLE:
            return row.next.title if row.next else ""
        if column == self.OVERDUE:
            return str(len(row.overdue)) if row.overdue else ""
        if column == self.EMPLOYER:
            return row.employer
        if column == self.VERSION:
            return str(row.version)
        return self._relative(row.file)

    def _relative(self, file: str) -> str:
        if self.folder is not None:
            try:
                return str(Path(file).relative_to(self.folder))
            except ValueError:
                pass
        return file

    def _sort_key(self, position: int, row: OverviewRow, column: int) -> Any:
        if column == self.NAME:
            return row.employee.casefold()
        if column in (self.STATUS, self.DATE, self.TITLE):
            return position  # the overview's own order: most urgent first
        if column == self.OVERDUE:
            return len(row.overdue)
        if column == self.VERSION:
            return row.version
        return self._text(row, column).casefold()

    def _tooltip(self, row: OverviewRow, column: int) -> str:
        if column == self.FILE:
            return row.file
        if column in (self.STATUS, self.DATE, self.TITLE) and row.overdue:
            lines = [tr("Passerte frister:")] + [f"{_dmy(m.date)}  {m.title}" for m in row.overdue]
            return "\n".join(lines)
        return ""


class _PlansFilter(QSortFilterProxyModel):
    """Filters by name (column 0) and hides ended absences unless asked for."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show_ended = False
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(PlansOverviewModel.NAME)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_show_ended(self, show: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10; invalidateFilter is deprecated there
            self.beginFilterChange()
            self.show_ended = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.show_ended = show
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self.show_ended and self.sourceModel().index(source_row, 0, source_parent).data(ENDED_ROLE):
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class OverviewDialog(QDialog):
    """The window of «Oversikt over planer» (kept by the main window, not modal)."""

    def __init__(self, host: PlanHost, plans: PlansFolder) -> None:
        super().__init__(host)  # type: ignore[arg-type]  # the host is the window
        self.host = host
        self.plans = plans
        self.setObjectName("overview_dialog")
        self.setWindowTitle(tr("Oversikt over planer"))
        self.resize(1180, 540)
        self.model = PlansOverviewModel(self)
        self.proxy = _PlansFilter(self)
        self.proxy.setSourceModel(self.model)
        self._shown: tuple[Any, ...] | None = None
        self._build()
        plans.changed.connect(self._show)

    def _build(self) -> None:
        self.folder_label = QLabel()
        self.folder_label.setObjectName("overview_folder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        change = QPushButton(tr("Endre mappe …"))
        change.setObjectName("overview_change_folder")
        change.clicked.connect(self.choose_folder)
        self.filter = QLineEdit()
        self.filter.setObjectName("overview_filter")
        self.filter.setPlaceholderText(tr("Søk etter navn"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Søk etter navn"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_ended = QCheckBox(tr("Vis avsluttede"))
        self.show_ended.setObjectName("overview_show_ended")
        self.show_ended.setToolTip(tr("Vis også planer der sykefraværet er avsluttet"))
        self.show_ended.toggled.connect(self.proxy.set_show_ended)
        # Each row is in the dialog's layout before its widgets go in, so they are owned
        # once (by Qt): see tests/gui/test_widget_ownership.py.
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        tools = QHBoxLayout()
        column.addLayout(top)
        column.addLayout(tools)
        top.addWidget(self.folder_label, 1)
        top.addWidget(change)
        tools.addWidget(self.filter, 1)
        tools.addWidget(self.show_ended)

        self.view = QTableView()
        self.view.setObjectName("plans_overview")
        self.view.setAccessibleName(tr("Planer, mest hastende først"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(PlansOverviewModel.STATUS, Qt.SortOrder.AscendingOrder)  # the CLI's order
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.activated.connect(self.open_row)

        self.empty = QLabel()
        self.empty.setObjectName("overview_message")
        self.empty.setWordWrap(True)
        self.unreadable = QLabel()
        self.unreadable.setObjectName("overview_unreadable")
        self.unreadable.setWordWrap(True)
        buttons = QDialogButtonBox()
        # An action, not the accept button: the button box would make that the default
        # one, and Enter in the table would then open the plan twice.
        self.open_button = buttons.addButton(tr("&Åpne"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("overview_open")
        self.open_button.clicked.connect(lambda: self.open_row(self.view.currentIndex()))
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in buttons.buttons() + [change]:
            button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        column.addWidget(self.view, 1)
        column.addWidget(self.empty)
        column.addWidget(self.unreadable)
        column.addWidget(buttons)

    # ------------------------------------------------------------------ showing
    def look(self) -> None:
        """Show the dialog with a fresh look at the folder (asked for once if unset)."""
        if self.plans.folder() is None and not self.choose_folder():
            return
        self.show()
        self.activateWindow()
        self.plans.watch(True)
        self._show(self.plans.refresh())  # at once if the notice at start looked already
        self.view.setFocus()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        self.plans.watch(False)
        super().hideEvent(event)

    def choose_folder(self) -> bool:
        start = self.plans.folder() or Path.home()
        chosen = QFileDialog.getExistingDirectory(self.parentWidget(), tr("Velg mappen du har planene i"), str(start))
        if not chosen:
            return False
        self.plans.set_folder(Path(chosen))
        return True

    def _show(self, overview: Overview | None) -> None:
        shown = (overview, self.plans.problem, self.plans.folder())
        if self._shown is not None and shown[0] is self._shown[0] and shown[1:] == self._shown[1:]:
            return  # already on screen (an unchanged folder gives the very same Overview)
        self._shown = shown
        current = self.view.currentIndex().data(PATH_ROLE)
        self.model.set_overview(overview)
        folder = self.plans.folder()
        self.folder_label.setText(tr("Planer i %s") % folder if folder else tr("Ingen mappe er valgt."))
        if self.plans.problem:
            message = self.plans.problem
        elif overview is not None and not overview.rows:
            message = tr("Fant ingen oppfølgingsplaner i mappen eller mappene under den.")
        else:
            message = ""
        self.empty.setText(message)
        self.empty.setVisible(bool(message))
        self._show_unreadable(overview)
        if overview is not None and overview.rows:
            for column in range(PlansOverviewModel.FILE):
                self.view.resizeColumnToContents(column)
            self.view.setColumnWidth(PlansOverviewModel.TITLE, min(self.view.columnWidth(PlansOverviewModel.TITLE), 360))
            self._select(current)

    def _show_unreadable(self, overview: Overview | None) -> None:
        problems = overview.unreadable if overview else ()
        if not problems:
            self.unreadable.hide()
            return
        files = ", ".join(Path(p.path).name for p in problems[:5]) + (" …" if len(problems) > 5 else "")
        if len(problems) == 1:  # whole words, never «fil(er)»
            self.unreadable.setText(tr("1 fil kunne ikke leses og er ikke med: %s") % files)
        else:
            self.unreadable.setText(tr("%d filer kunne ikke leses og er ikke med: %s") % (len(problems), files))
        self.unreadable.setToolTip("\n".join(f"{p.path}: {p.message}" for p in problems))
        self.unreadable.show()

    def _select(self, path: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if path is None or index.data(PATH_ROLE) == path:
                self.view.setCurrentIndex(index)
                return

    # ------------------------------------------------------------------ opening
    def open_row(self, index: QModelIndex) -> bool:
        """Open the row's newest version in the window; the window asks about unsaved edits."""
        path = index.data(PATH_ROLE) if index.isValid() else None
        if not path:
            return False
        if not self.host.open_path(Path(path)):
            return False
        self.hide()
        return True
