"""Fil → «Slett plan …», and the reminder to archive a plan and delete its local copies.

Deleting removes every version of the open plan in its folder and every recovery
copy of it (``core.deletion``), after one question that lists what will go. The
reminder is a quiet bar above the form, never a dialog, shown from four months after
the absence ended (when NAV deletes its own copy): archive first — the employer must
be able to document the follow-up — then delete the local copies. Deleting is the
user's decision.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ..core.dates import dmy
from ..core.deletion import PlanFiles, delete_plan_files, deletion_suggested, find_plan_files
from ..core.document import PlanDocument
from ..core.untrusted import one_line
from ..core.model import Plan
from .i18n import tr
from .look import INK, Banner

if TYPE_CHECKING:
    from .session import PlanSession

_Button = QMessageBox.StandardButton
_LISTED_FILES = 8  # more than this are counted, not named


def delete_open_plan(session: PlanSession, window: QWidget, *, intro: str = "", title: str = "") -> bool:
    """Ask (over ``window``), then delete every file of the session's plan; True when
    it was deleted. The session then shows a new, empty plan.

    ``intro`` and ``title`` put the question in context («Arkivet er lagret …» after
    archiving); the files it lists and what it deletes are the same."""
    document = session.document
    if document.path is None:
        QMessageBox.information(window, tr("Slett plan"), tr(
            "Planen er ikke lagret, så det finnes ingen filer å slette. "
            "«Ny plan» gir et tomt skjema."))
        return False
    folder = document.path.parent
    try:
        files = find_plan_files(folder, document.plan.plan_id, version=document.path)
    except OSError:
        QMessageBox.warning(window, tr("Slett plan"), tr(
            "Mappen «%s» kan ikke leses, så planen kan ikke slettes nå.") % folder)
        return False
    if files.open_elsewhere:
        QMessageBox.warning(window, tr("Planen er i bruk"), "\n".join(files.open_elsewhere) + tr(
            "\n\nLukk planen der først, og slett den så."))
        return False
    question = f"{intro}\n\n{_confirmation(document, files)}" if intro else _confirmation(document, files)
    answer = QMessageBox.question(
        window, title or tr("Slett plan"), question, _Button.Yes | _Button.No, _Button.No)
    if answer != _Button.Yes:
        return False
    session.release()  # our lock and recovery copy go first
    result = delete_plan_files(files)
    session.deleted(result.deleted)
    session.set_document(PlanDocument(Plan.new(date.today())))
    if result.failed:
        QMessageBox.warning(window, tr("Noe ble ikke slettet"), tr("Disse filene kunne ikke slettes:") + "\n\n" + "\n".join(
            f"{path.name}: {reason}" for path, reason in result.failed))
    else:
        session.notice.emit(tr("Planen er slettet (%d filer).") % len(result.deleted), 10000)
    return True


def _confirmation(document: PlanDocument, files: PlanFiles) -> str:
    # Every employee named in the files that go (not the unsaved name in the window).
    names = [one_line(name) for name in files.employees] or [tr("planen uten navn")]
    name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + tr(" og ") + names[-1]
    versions = sorted(files.versions, key=lambda path: path.name)
    listed = "\n".join(f"  {path.name}" for path in versions[:_LISTED_FILES])
    if len(versions) > _LISTED_FILES:
        listed += "\n  " + tr("og %d til") % (len(versions) - _LISTED_FILES)
    text = tr("Vil du slette oppfølgingsplanen for %s?") % name + "\n\n"
    folder = document.path.parent
    if len(versions) == 1:  # a whole word per number, never «versjon(er)»
        text += tr("Dette sletter 1 versjon i mappen «%s»:") % folder
    else:
        text += tr("Dette sletter %d versjoner i mappen «%s»:") % (len(versions), folder)
    text += "\n" + listed
    if files.recovery_copies:
        copies = len(files.recovery_copies)
        text += "\n\n" + (tr("og 1 gjenopprettingskopi av planen.") if copies == 1
                           else tr("og %d gjenopprettingskopier av planen.") % copies)
    if document.modified:
        text += "\n\n" + tr("Endringer som ikke er lagret, blir også borte.")
    text += "\n\n" + tr("Det kan ikke angres. Kopier som er sendt til lege eller NAV, slettes ikke.")
    return text


class RetentionReminder(Banner):
    """«Arkiver planen, og slett de lokale kopiene»: over the form four months after
    the absence ended."""

    def __init__(self, session: PlanSession) -> None:
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("retention_archive")
        self.archive_button.clicked.connect(self._archive)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("retention_delete")
        self.delete_button.clicked.connect(lambda: delete_open_plan(session, self.window()))
        self.later_button = QPushButton()
        self.later_button.setObjectName("retention_later")
        super().__init__(
            "retention_reminder", "#eef2f6", INK, self.archive_button, self.delete_button, self.later_button)
        self.later_button.clicked.connect(self.hide)
        self.label.setObjectName("retention_text")
        session.document_changed.connect(self.show_for)
        self.retranslate()

    def retranslate(self) -> None:
        """The buttons in the current language; the text is written by :meth:`show_for`."""
        self.archive_button.setText(tr("Arkiver planen …"))
        self.delete_button.setText(tr("Slett plan …"))
        self.later_button.setText(tr("Ikke nå"))

    def _archive_action(self) -> QAction | None:
        # The window's «Arkiver planen …» (gui contract: action_archive), when it has one.
        return self.window().findChild(QAction, "action_archive")

    def _archive(self) -> None:
        if action := self._archive_action():
            action.trigger()

    def show_for(self, document: PlanDocument, today: date | None = None) -> None:
        ended = deletion_suggested(document.plan, today or date.today()) if document.path else None
        if ended is None:
            self.hide()
            return
        self.label.setText(tr(
            "Sykefraværet ble avsluttet %s, for mer enn fire måneder siden, og NAV har da slettet "
            "sin kopi av oppfølgingsplanen. Arbeidsgiveren skal fortsatt kunne dokumentere "
            "oppfølgingen: arkiver planen, og slett de lokale kopiene.") % dmy(ended))
        self.archive_button.setVisible(self._archive_action() is not None)
        self.show()
