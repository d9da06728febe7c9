"""The "Oppfølging" panel (milestones at a glance) and the follow-up log editor.

Both are views of a :class:`PlanDocument` and hold no plan state: the milestones are
computed from the plan by ``core.deadlines`` after every change, and the log's rows
are the same field editors as the rest of the form (``fields.make_editor``), bound
by path (``follow_up.events.0.date`` …) through a :class:`Binder`. Typing in a cell
is one undo step per field; adding or removing an event is one ``document.edit``.

A status is shown by colour *and* by a symbol and a word, so it reads the same for
colour-blind users and screen readers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.dates import dmy
from ..core.deadlines import MILESTONE_IDS, Milestone, first_day_needed, milestones
from ..core.document import Change, PlanDocument, PlanReplaced
from ..core.formspec import load_form
from ..core.messages import message
from ..core.model import FollowUpEvent
from .binding import Binder
from .fields import UndoKeys, make_editor
from .i18n import tr
from .look import Card, set_text_colour, set_text_kind


def _dmy(day: date) -> str:
    return dmy(day)


# status → (symbol, text colour, background). Symbols differ in shape, not only colour.
STATUS_LOOK: dict[str, tuple[str, str, str]] = {
    "overdue": ("⚠", "#8c1d18", "#fde3e1"),
    "due_soon": ("◷", "#6b4500", "#ffefc2"),
    "done": ("✓", "#1e5e2a", "#dff3e3"),
    "not_required": ("–", "#4f5660", "#e9ebee"),
    "upcoming": ("○", "#24415f", "#ffffff"),
    "info": ("ℹ", "#2f4256", "#eef2f6"),
    "unknown": ("?", "#4f5660", "#f2f3f5"),
}


class _MilestoneRow(Card):
    """One milestone: status badge and date, the title, and the explanation on demand."""

    def __init__(self, milestone_id: str) -> None:
        super().__init__(border="#d5dae1", radius=4)
        self.focus_ring = True
        self.milestone_id = milestone_id
        self.status = "unknown"
        self.shown: Milestone | None = None
        self.setObjectName(f"milestone.{milestone_id}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; Enter/Space expands
        self.badge = QLabel()
        set_text_kind(self.badge, "milestoneStatus")
        self.date = QLabel()
        set_text_kind(self.date, "milestoneDate")
        self.title = QLabel()
        self.title.setObjectName("milestoneTitle")
        self.title.setWordWrap(True)
        self.note = QLabel()
        set_text_kind(self.note, "milestoneNote")
        self.note.setWordWrap(True)
        self.details = QLabel()
        set_text_kind(self.details, "milestoneDetails")
        self.details.setWordWrap(True)
        self.details.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.badge)
        top.addStretch(1)
        top.addWidget(self.date)
        column = QVBoxLayout(self)
        column.setContentsMargins(15, 7, 9, 7)  # 5 px of it are the status bar on the left
        column.setSpacing(2)
        column.addLayout(top)
        for label in (self.title, self.note, self.details):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            column.addWidget(label)

    def show_milestone(self, m: Milestone) -> None:
        # The panel refreshes on every edit of the plan; a row whose milestone did not
        # change is left alone (re-styling 7 rows cost some 8 ms a keystroke).
        if m == self.shown:
            return
        self.shown = m
        symbol, ink, paper = STATUS_LOOK[m.status]
        self.status = m.status
        self.badge.setText(f"{symbol} {m.status_label}")
        self.date.setText(_dmy(m.date) if m.date else "")
        self.title.setText(m.title)
        note = m.note
        self.note.setText(note)
        self.note.setVisible(bool(note))
        responsible = message("deadlines.responsible", who=m.who)
        self.details.setText(f"{m.explanation} {responsible}.")
        self.setToolTip(f"<p>{m.explanation}</p><p>{responsible}.</p>")
        when = _dmy(m.date) if m.date else tr("dato ukjent")
        self.setAccessibleName(f"{m.title}: {m.status_label}, {when}")
        self.setAccessibleDescription(f"{m.explanation} {note}".strip())
        self.set_colours(paper, accent=ink)
        set_text_colour(self.badge, ink)

    def toggle_details(self) -> None:
        self.details.setVisible(not self.details.isVisible())

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.setFocus()
        self.toggle_details()
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.toggle_details()
            return
        super().keyPressEvent(event)


class MilestonesPanel(QWidget):
    """The milestones with dates and coloured statuses, for an always-visible dock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("milestones_panel")
        self._document: PlanDocument | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._today: date | None = None
        self.heading = QLabel()
        self.heading.setObjectName("milestonesHeading")
        self.heading.setWordWrap(True)
        self.rows = {mid: _MilestoneRow(mid) for mid in MILESTONE_IDS}
        self.export_button = QPushButton()
        self.export_button.setObjectName("milestones_export_ics")
        self.export_button.clicked.connect(self.export_calendar)
        # The rows scroll inside the panel, so a short dock never squeezes them.
        inner = QWidget()
        inner.setObjectName("milestonesList")
        rows = QVBoxLayout(inner)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        for row in self.rows.values():
            rows.addWidget(row)
        rows.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(inner)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.setSpacing(6)
        column.addWidget(self.heading)
        column.addWidget(self.scroll, 1)
        column.addWidget(self.export_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language (at start, and when the language changes)."""
        self.setAccessibleName(tr("Tidsfrister i oppfølgingen"))
        self.export_button.setText(tr("Legg fristene i kalenderen …"))
        self.export_button.setToolTip(
            tr("Lagrer fristene som en kalenderfil (.ics) som Outlook, Google Kalender og Thunderbird kan importere.")
        )
        self.refresh()

    # ------------------------------------------------------------------ wiring
    def set_document(self, document: PlanDocument) -> None:
        if self._unsubscribe:
            self._unsubscribe()
        self._document = document
        self._unsubscribe = document.subscribe(self._changed)
        self.refresh()

    def set_today(self, day: date) -> None:
        """Fix "today" (tests, screenshots); by default it is the computer's date."""
        self._today = day
        self.refresh()

    def today(self) -> date:
        return self._today or date.today()

    def _changed(self, change: Change) -> None:
        self.refresh()

    # ----------------------------------------------------------------- showing
    def current(self) -> list[Milestone]:
        return milestones(self._document.plan, self.today()) if self._document else []

    def status_of(self, milestone_id: str) -> str:
        """The status shown for a milestone (the spec's id, e.g. "overdue")."""
        return self.rows[milestone_id].status

    def refresh(self) -> None:
        found = self.current()
        for m in found:
            self.rows[m.id].show_milestone(m)
        for row in self.rows.values():
            row.setVisible(bool(found))
        self.export_button.setVisible(bool(found))
        first_day = self._document.plan.key_info.absence.first_day if self._document else None
        if not found:
            self.heading.setText("")
        elif first_day is None:
            self.heading.setText(f"<b>{first_day_needed()}</b>")
        else:
            text = tr("Regnet fra første fraværsdag %s.") % _dmy(first_day)
            ended = self._document.plan.follow_up.absence_ended if self._document else None
            if ended is not None:
                text += " " + tr("Sykefraværet avsluttet %s.") % _dmy(ended)
            self.heading.setText(text + " " + tr("I dag: %s.") % _dmy(self.today()))
        self.export_button.setEnabled(first_day is not None)

    # ----------------------------------------------------------------- calendar
    def export_calendar(self) -> None:
        from ..core.atomic import atomic_write_bytes
        from ..core.errors import Doing, describe_os_error
        from ..core.ics import calendar_bytes

        if self._document is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Legg fristene i kalenderen"), "oppfolging-frister.ics", tr("Kalenderfil (*.ics)")
        )
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        try:
            atomic_write_bytes(path, calendar_bytes(self._document.plan, self.today()))
        except OSError as error:
            QMessageBox.warning(
                self, tr("Kalenderfilen ble ikke lagret"),
                describe_os_error(error, Doing.WRITE_CALENDAR),
            )
            return
        QMessageBox.information(
            self, tr("Kalenderfilen er lagret"),
            tr("Åpne filen i kalenderprogrammet ditt for å importere fristene. "
               "Arbeidstakeren er bare nevnt med initialer."),
        )


class FollowUpLogEditor(QWidget):
    """The follow-up log: one row per event (date, kind, note), add and remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_up.events")
        self.form = load_form()
        self.setAccessibleName(self.form.section("follow_up").groups[-1].title or tr("Oppfølgingslogg"))
        self.binder = Binder()
        self.binder.after_change.append(self._changed)
        self._today: date | None = None
        self._count = -1  # rows currently built
        self._row_widgets: list[QWidget] = []
        self.undo_keys = UndoKeys(self._undo, self._redo, self)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(2, 1)
        self.empty = QLabel(tr("Ingen hendelser er registrert ennå."))
        self.empty.setObjectName("follow_up_empty")
        self.add_button = QPushButton(tr("Legg til hendelse"))
        self.add_button.setObjectName("add_event_button")
        self.add_button.clicked.connect(self.add_event)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.grid)
        column.addWidget(self.empty)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)  # extra height goes below the rows, never between them
        self._headers()

    def _headers(self) -> None:
        for col, field in enumerate(("date", "kind", "note")):
            header = QLabel(self.form.label(f"follow_up.events.*.{field}"))
            header.setObjectName("fieldLabel")
            self.grid.addWidget(header, 0, col)

    # ------------------------------------------------------------------ wiring
    def set_document(self, document: PlanDocument | None) -> None:
        """Show ``document``'s log; None lets go of the document (the form is rebuilt)."""
        self._clear_rows()  # the old rows' paths may not exist in the new plan
        if document is None:
            self.binder.detach()
            self._count = -1
            return
        self.binder.set_document(document)
        self._rebuild()

    @property
    def document(self) -> PlanDocument | None:
        return self.binder.document

    def set_today(self, day: date) -> None:
        """The date a new event gets (tests); by default the computer's date."""
        self._today = day

    def _undo(self) -> None:
        if self.document:
            self.document.undo()

    def _redo(self) -> None:
        if self.document:
            self.document.redo()

    def _changed(self, change: Change) -> None:
        if isinstance(change, PlanReplaced):
            self._rebuild()  # events may have come or gone (add, remove, undo, another plan)

    # ------------------------------------------------------------------- rows
    def _rebuild(self) -> None:
        document = self.document
        events = document.plan.follow_up.events if document else []
        if len(events) == self._count:
            self.binder.refresh_all()
            return
        focused = self.focusWidget().objectName() if self.focusWidget() else ""
        self._clear_rows()
        for index in range(len(events)):
            self._add_row(index)
        self._count = len(events)
        self.empty.setVisible(not events)
        read_only = bool(document and document.read_only)
        self.add_button.setEnabled(document is not None and not read_only)
        if focused:
            self._focus(focused)

    def _clear_rows(self) -> None:
        self.binder.remove_prefix("follow_up.events.")
        for widget in self._row_widgets:
            self.grid.removeWidget(widget)
            widget.hide()  # at once; deleteLater frees it when control returns to Qt
            widget.setParent(None)
            widget.deleteLater()
        self._row_widgets = []
        self._count = -1

    def _add_row(self, index: int) -> None:
        row = index + 1  # grid row 0 holds the headers
        for col, field in enumerate(("date", "kind", "note")):
            spec = self.form.field(f"follow_up.events.*.{field}")
            editor = make_editor(spec, spec.concrete(index), commit=lambda value: None)
            editor.focus_widgets()[0].setAccessibleName(tr("%s, hendelse %d") % (spec.label, index + 1))
            editor.install_undo_keys(self.undo_keys)
            self.binder.add(editor)
            if isinstance(editor.widget, QLineEdit):  # a long note shows its beginning
                editor.widget.setCursorPosition(0)
            self.grid.addWidget(editor.widget, row, col)
            self._row_widgets.append(editor.widget)
        # A meeting's referat has several paragraphs: edited in a dialog of its own.
        note = QPushButton(tr("Referat …"))
        note.setObjectName(f"follow_up.events.{index}.note:edit")
        note.setAccessibleName(tr("Referat og merknad, hendelse %d") % (index + 1))
        note.setToolTip(tr("Skriv et lengre referat eller notat til hendelsen, med avsnitt"))
        note.clicked.connect(lambda: self.edit_note(index))
        self.grid.addWidget(note, row, 3)
        remove = QPushButton(tr("Fjern"))
        remove.setObjectName(f"follow_up.events.{index}:remove")
        remove.setAccessibleName(tr("Fjern hendelse %d") % (index + 1))
        remove.setEnabled(not (self.document and self.document.read_only))
        remove.clicked.connect(lambda: self.remove_event(index))
        self.grid.addWidget(remove, row, 4)
        self._row_widgets += [note, remove]

    def _focus(self, object_name: str) -> None:
        target = self.findChild(QWidget, object_name)
        if target is not None:
            target.setFocus()

    # ---------------------------------------------------------------- actions
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
        document.edit(lambda plan: plan.follow_up.events.append(new), tr("Legg til hendelse"))
        # The date is filled in with today; what was done is the next thing to choose.
        self._focus(f"follow_up.events.{len(document.plan.follow_up.events) - 1}.kind")

    def remove_event(self, index: int) -> None:
        document = self.document
        if document is None or document.read_only or index >= len(document.plan.follow_up.events):
            return
        event = document.plan.follow_up.events[index]
        what = self.form.choice_label("event_kinds", event.kind)
        when = f" {_dmy(event.date)}" if event.date else ""
        answer = QMessageBox.question(
            self, tr("Fjerne hendelsen?"),
            tr("Vil du fjerne «%s»%s fra oppfølgingsloggen?") % (what, when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        document.edit(lambda plan: plan.follow_up.events.pop(index), tr("Fjern hendelse"))
        self.add_button.setFocus()
