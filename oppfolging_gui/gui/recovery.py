"""Bringing back unsaved plans after a crash, kill or power cut.

At start, :func:`offer_recovery` asks (``QMessageBox.question``, Ja/Nei) for each
recovery copy left by a program that is no longer running. Ja opens it in the
window, marked modified, with the original file as its file path (if it had
one); Nei keeps the copy for later. File → "Gjenopprett ulagrede planer …" opens
:class:`RecoveryDialog`, where copies can be restored or discarded explicitly.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from ..core.document import PlanDocument
from ..core.recovery import RecoveryInfo, RecoveryStore, saved_after_copy
from ..core.storage import PlanFileError
from ..core.untrusted import one_line
from .file_safety import UNKNOWN_OLDER_CONTENT
from .i18n import tr
from .qt_names import set_by_name

if TYPE_CHECKING:
    from .session import PlanHost

log = logging.getLogger(__name__)



def _title() -> str:
    return tr("Gjenopprett ulagrede planer")


def _moment(moment: datetime) -> str:
    """A date and time as the window writes them: dd.mm.åååå and the clock (24 hours),
    held together on one line (a message box would otherwise break after «kl.»)."""
    text = tr("{date} kl. {time}").format(date=f"{moment:%d.%m.%Y}", time=f"{moment:%H:%M}")
    return text.replace(" ", "\N{NO-BREAK SPACE}")


def describe_copy(info: RecoveryInfo, newer_file: datetime | None = None) -> str:
    """One line about a copy; ``newer_file``: when its plan file was saved after it."""
    when = _moment(info.saved_at) if info.saved_at else tr("ukjent tidspunkt")
    if info.original_path is not None:
        plan = tr("«{file}»").format(file=one_line(info.display_name, 80))
    else:
        plan = tr("Ny plan (ikke lagret)")
    employee = one_line(info.employee_name)
    if employee:
        plan = tr("{plan} for {employee}").format(plan=plan, employee=employee)
    line = tr("{plan}, sist autolagret {when}").format(plan=plan, when=when)
    if newer_file is not None:
        line += " – " + tr("eldre enn planen, som ble lagret {when}").format(when=_moment(newer_file))
    return line


def offer_recovery(parent: PlanHost, store: RecoveryStore | None = None) -> bool:
    """Ask about each unsaved plan from an earlier run; True if one was restored.

    The window shows one plan, so after the first Ja the remaining copies are kept
    for File → "Gjenopprett ulagrede planer …". A copy whose plan file was saved
    after it (e.g. the user answered Nei, then opened and saved the plan) is never
    offered as if it were newer: the question says it is older, Nei is the default,
    and saving a restored copy over the newer file asks first.
    """
    store = store or RecoveryStore()
    listing = store.list()
    if listing.unreadable:
        log.warning("%d damaged recovery copies skipped", len(listing.unreadable))
    for info in listing.copies:
        newer_file = saved_after_copy(info)
        if newer_file is None:
            question = tr(
                "Programmet ble ikke avsluttet normalt sist, og disse endringene ble ikke lagret:"
                "\n\n{copy}.\n\nVil du gjenopprette planen nå?"
            ).format(copy=describe_copy(info))
            default = QMessageBox.StandardButton.Yes
        else:
            question = tr(
                "Programmet ble ikke avsluttet normalt en gang, og disse endringene ble ikke lagret:"
                "\n\n{copy}.\n\n"
                "Merk: Planen er lagret på nytt etter dette ({saved}), så kopien er "
                "eldre enn planen. Gjenoppretter du den, ser du de gamle endringene; du blir spurt før "
                "den nyere planen kan overskrives.\n\nVil du likevel åpne den eldre kopien?"
            ).format(copy=describe_copy(info), saved=_moment(newer_file))
            default = QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            parent,
            _title(),
            question + "\n\n" + tr(
                "Velger du Nei, tas kopien vare på til senere (Fil → Gjenopprett ulagrede planer …)."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            default,
        )
        if answer == QMessageBox.StandardButton.Yes and restore_copy(parent, info, store):
            return True
    return False


def restore_copy(window: PlanHost, info: RecoveryInfo, store: RecoveryStore) -> bool:
    """Open the copy in ``window``'s session, marked modified; keep the copy
    itself until the plan is saved or closed."""
    if not window.maybe_save_changes():
        return False
    try:
        info, plan = store.load(info.session_id)
    except PlanFileError as error:
        QMessageBox.critical(window, _title(), tr("Kopien kunne ikke gjenopprettes.") + "\n\n" + error.message)
        return False
    newer_file = saved_after_copy(info)
    document = PlanDocument(plan, info.original_path)
    document.mark_modified()
    # The edits were made to the file as it was then: if it holds anything else now,
    # saving over it is a change on disk like any other and asks first.
    based_on = info.based_on_sha256 or (UNKNOWN_OLDER_CONTENT if newer_file else None)
    window.session.restore_copy(document, info.session_id, based_on)
    log.info("Recovery copy restored")
    return True


class RecoveryDialog(QDialog):
    """The list of recovery copies, with Gjenopprett and Forkast."""

    def __init__(self, window: PlanHost, store: RecoveryStore | None = None) -> None:
        super().__init__(window if isinstance(window, QWidget) else None)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(_title())
        self._window = window
        self._store = store or RecoveryStore()
        self.list = QListWidget(objectName="recovery_list")
        # A row is a sentence (and a damaged copy's problem): wrapped, never cut off at the edge.
        self.list.setWordWrap(True)
        set_by_name(self.list, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.restore_button = QPushButton(tr("Gjenopprett"), objectName="recovery_restore")
        self.discard_button = QPushButton(tr("Forkast"), objectName="recovery_discard")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Lukk"))
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout = QVBoxLayout(self)
        explanation = QLabel(tr(
            "Ulagrede endringer fra tidligere økter. Kopiene ligger i programmets egen mappe "
            "og slettes når planen lagres eller forkastes."))
        explanation.setWordWrap(True)  # a longer translation wraps instead of widening the dialog
        layout.addWidget(explanation)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(600, 320)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        listing = self._store.list()
        for info in listing.copies:
            item = QListWidgetItem(describe_copy(info, saved_after_copy(info)))
            item.setData(256, ("copy", info))
            self.list.addItem(item)
        for broken in listing.unreadable:
            item = QListWidgetItem(tr("Skadet kopi ({file}): {problem}").format(
                file=one_line(broken.file.name, 80), problem=broken.message))
            item.setData(256, ("broken", broken.file))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _selected(self) -> tuple[str, Any] | None:
        item = self.list.currentItem()
        return item.data(256) if item is not None else None

    def _update_buttons(self) -> None:
        selected = self._selected()
        self.discard_button.setEnabled(selected is not None)
        self.restore_button.setEnabled(selected is not None and selected[0] == "copy")

    def restore_selected(self) -> None:
        selected = self._selected()
        if selected is None or selected[0] != "copy":
            return
        if restore_copy(self._window, selected[1], self._store):
            self.accept()

    def discard_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        answer = QMessageBox.question(
            self, _title(),
            tr("Vil du forkaste de ulagrede endringene for godt? Dette kan ikke angres."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        kind, target = selected
        if kind == "copy":
            self._store.discard(target.session_id)
        else:
            self._store.discard_file(target)
        self.refresh()


def show_recovery_dialog(window: PlanHost) -> None:
    RecoveryDialog(window).exec()
