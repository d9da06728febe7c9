"""A longer note for one event of the follow-up log: the referat of a meeting.

A row of the log has room for a line; a dialogue meeting or a follow-up conversation
is documented with a referat of several paragraphs. This dialog edits the note of one
event in a large plain-text box, with paragraphs as typed; OK writes it to the plan
as one undo step, Avbryt leaves the plan as it was. The archive prints the note whole.

The dialog is window-modal but opened with ``open()``, not ``exec()``: the caller
returns at once and the plan is changed when the dialog is accepted (tests and
screen readers reach it like any other window).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.dates import format_date
from ..core.document import PlanDocument
from ..core.formspec import load_form
from .i18n import tr


def note_path(index: int) -> str:
    return f"follow_up.events.{index}.note"


class NoteDialog(QDialog):
    """The note of event ``index`` of ``document``'s follow-up log, in a large text box."""

    def __init__(self, document: PlanDocument, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_dialog")
        self.document = document
        self.index = index
        event = document.plan.follow_up.events[index]
        form = load_form()
        what = form.choice_label("event_kinds", event.kind)
        when = format_date(event.date)
        self.setWindowTitle(tr("Referat og merknad") + f" – {what} {when}".rstrip())
        heading = QLabel(f"<b>{what}</b> {when}".rstrip())
        heading.setObjectName("note_heading")
        hint = QLabel(tr(
            "Skriv referatet fra møtet eller samtalen: hvem som var til stede, hva dere gikk "
            "gjennom og hva dere avtalte. Tomme linjer skiller avsnitt. Hele teksten kommer med "
            "i arkivet."))
        hint.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("note_editor")
        self.editor.setAccessibleName(tr("Referat og merknad, hendelse %d") % (index + 1))
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(event.note)
        self.editor.setReadOnly(document.read_only)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("note_ok")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not document.read_only)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("note_cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.accepted.connect(self._store)

    def _store(self) -> None:
        document = self.document
        events = document.plan.follow_up.events
        if document.read_only or self.index >= len(events):  # the event went meanwhile (undo)
            return
        text = self.editor.toPlainText()
        document.end_merge()  # the whole referat is one undo step of its own
        document.set(note_path(self.index), text, tr("Referat og merknad"))
        document.end_merge()


def open_note_dialog(document: PlanDocument, index: int, parent: QWidget) -> NoteDialog:
    """Show the note of event ``index`` for editing; the plan changes when it is accepted."""
    dialog = NoteDialog(document, index, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    dialog.editor.setFocus()
    return dialog
