""""Versjoner": the versions of the open plan found in its folder.

The newest version opens for editing; an older one opens read-only, with a
button in the window to make a new version from it. Other plans in the same
folder are listed below the open one, so a plan kept under another name is found.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..core.versions import FolderListing, scan_folder
from .fields import format_date
from .i18n import tr

if TYPE_CHECKING:
    from .session import PlanHost


class VersionsDialog(QDialog):
    def __init__(self, window: PlanHost) -> None:
        super().__init__(window)  # type: ignore[arg-type]  # the host is the window
        self.window_ = window
        self.setObjectName("versions_dialog")
        self.setWindowTitle(tr("Versjoner"))
        self.resize(760, 420)
        self.folder = self._folder()
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.tree = QTreeWidget()
        self.tree.setObjectName("versions_tree")
        self.tree.setHeaderLabels(
            [tr("Versjon"), tr("Utfylt"), tr("Arbeidstaker"), tr("Virksomhet"), tr("Fil")]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.itemActivated.connect(lambda item, _column: self.open_item(item))
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(tr("&Åpne"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("versions_open")
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(lambda: self.open_item(self.tree.currentItem()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def _folder(self) -> Path | None:
        path = self.window_.session.document.path
        if path is not None:
            return path.parent
        chosen = QFileDialog.getExistingDirectory(self, tr("Velg mappen med planene"), str(Path.home()))
        return Path(chosen) if chosen else None

    def refresh(self) -> None:
        self.tree.clear()
        if self.folder is None:
            self.info.setText(tr("Ingen mappe er valgt."))
            return
        try:
            listing = scan_folder(self.folder)
        except OSError:
            self.info.setText(tr("Mappen %s kan ikke leses.") % self.folder)
            return
        self._fill(listing)

    def _fill(self, listing: FolderListing) -> None:
        current_id = self.window_.session.document.plan.plan_id
        plans = sorted(listing.plans, key=lambda p: p.plan_id != current_id)  # the open plan first
        for entry in plans:
            latest = entry.latest
            who = latest.employee or tr("(uten navn)")
            top = QTreeWidgetItem([who, "", "", latest.employer, ""])
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(top)
            for version in entry.versions:
                item = QTreeWidgetItem([
                    tr("Versjon %d") % version.version,
                    format_date(version.filled_date),
                    version.employee,
                    version.employer,
                    version.path.name,
                ])
                item.setData(0, Qt.ItemDataRole.UserRole, (str(version.path), version is latest))
                top.addChild(item)
            top.setExpanded(entry.plan_id == current_id or len(plans) == 1)
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        text = tr("Planer i %s. Den nyeste versjonen åpnes for redigering; eldre versjoner åpnes "
                       "skrivebeskyttet.") % self.folder
        if listing.unreadable:
            count = len(listing.unreadable)  # whole words, never «fil(er)»
            text += " " + (tr("1 fil kunne ikke leses.") if count == 1
                           else tr("%d filer kunne ikke leses.") % count)
        self.info.setText(text)

    def open_item(self, item: QTreeWidgetItem | None) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not data:
            return
        path, is_latest = data
        if self.window_.open_path(Path(path), read_only=not is_latest):
            self.accept()
