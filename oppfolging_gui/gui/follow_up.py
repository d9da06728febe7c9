"""The "Oppfølging" panel: the milestones at a glance (the log is :mod:`.follow_up_log`).

A view of a :class:`PlanDocument` holding no plan state: the milestones are
computed from the plan by ``core.deadlines`` after every change.

A status is shown by colour *and* by a symbol and a word, so it reads the same for
colour-blind users and screen readers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.dates import dmy
from ..core.deadlines import MILESTONE_IDS, Milestone, first_day_needed, milestones
from ..core.document import Change, FieldChanged, PlanDocument
from ..core.messages import message
from .i18n import tr
from .look import Card, set_text_colour, set_text_kind, wrapped_label
from .qt_names import set_by_name


_NOTE = re.compile(r"follow_up\.events\.\d+\.note")


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
        set_by_name(self, "focusPolicy", "StrongFocus")  # Tab reaches it; Enter/Space expands
        self.badge = QLabel()
        set_text_kind(self.badge, "milestoneStatus")
        self.date = QLabel()
        set_text_kind(self.date, "milestoneDate")
        self.title = wrapped_label()
        self.title.setObjectName("milestoneTitle")
        self.note = wrapped_label()
        set_text_kind(self.note, "milestoneNote")
        self.details = wrapped_label()
        set_text_kind(self.details, "milestoneDetails")
        self.details.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(15, 7, 9, 7)  # 5 px of it are the status bar on the left
        column.setSpacing(2)
        # In the row's layout before its widgets go in, so they are owned once (by
        # Qt): see tests/gui/test_widget_ownership.py.
        top = QHBoxLayout()
        column.addLayout(top)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.badge)
        top.addStretch(1)
        top.addWidget(self.date)
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
        from PySide6.QtCore import Qt  # a key pressed: after the first paint (see .qt_names)

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
        self.heading = wrapped_label()
        self.heading.setObjectName("milestonesHeading")
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
        set_by_name(self.scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
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
        if isinstance(change, FieldChanged) and _NOTE.fullmatch(change.path):
            return  # a note of the log never moves a deadline (and judging 1,000 events per key would)
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
        from PySide6.QtWidgets import QFileDialog  # when a file is chosen, not at start (issue 15)

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
