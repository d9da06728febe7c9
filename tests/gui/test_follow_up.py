"""The Oppfølging panel and the follow-up log, driven as a person does."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMessageBox, QPushButton, QWidget

from oppfolging_gui.core.deadlines import first_day_needed
from oppfolging_gui.core.document import PlanDocument
from oppfolging_gui.gui.follow_up import MilestonesPanel
from oppfolging_gui.gui.follow_up_log import FollowUpLogEditor

from .log_helpers import cell_text, click_cell, editor_of, log_table, open_editor, press_enter

# The offscreen platform's harmless notice when a top-level widget is shown.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

TODAY = date(2026, 12, 20)  # example plan: first day 26.10.2026, dialogue meeting 1 due 13.12.2026


@pytest.fixture
def document(filled_plan) -> PlanDocument:
    return PlanDocument(filled_plan)


@pytest.fixture
def widgets(qtbot, document):
    panel = MilestonesPanel()
    log = FollowUpLogEditor()
    for widget in (panel, log):
        qtbot.addWidget(widget)
        widget.set_document(document)
        widget.show()
    panel.set_today(TODAY)
    log.set_today(TODAY)
    return panel, log


def child(parent: QWidget, cls, name: str):
    found = parent.findChild(cls, name)
    assert found is not None, name
    return found


def choose(qtbot, combo: QComboBox, label: str) -> None:
    """Pick an item with the arrow keys, as a person would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == label:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == label


def test_logging_a_meeting_marks_it_done_and_undo_brings_it_back(qtbot, widgets, document):
    panel, log = widgets
    table = log_table(log)
    row = panel.rows["dialogue_meeting_1"]
    assert panel.status_of("dialogue_meeting_1") == "overdue"
    assert "Fristen er passert" in row.badge.text() and row.date.text() == "13.12.2026"

    qtbot.mouseClick(child(log, QPushButton, "add_event_button"), Qt.MouseButton.LeftButton)
    assert cell_text(table, 2, "date") == "20.12.2026"
    kind = editor_of(table, 2, "kind")  # what was done is asked at once
    assert isinstance(kind, QComboBox)
    assert kind.hasFocus() or qtbot.waitUntil(kind.hasFocus) is None
    choose(qtbot, kind, "Dialogmøte 1 holdt")
    press_enter(qtbot, table, kind)

    assert document.plan.follow_up.events[2].kind == "dialogue_meeting_1"
    assert cell_text(table, 2, "kind") == "Dialogmøte 1 holdt"
    assert panel.status_of("dialogue_meeting_1") == "done"
    assert "Utført" in row.badge.text()

    document.undo()  # the kind
    assert panel.status_of("dialogue_meeting_1") == "overdue"
    assert cell_text(table, 2, "kind") == "Annet"
    document.undo()  # the added event
    assert table.model().rowCount() == 2
    assert len(document.plan.follow_up.events) == 2
    document.redo()
    document.redo()
    assert panel.status_of("dialogue_meeting_1") == "done"
    assert cell_text(table, 2, "kind") == "Dialogmøte 1 holdt"


def test_typed_dates_and_notes_go_to_the_plan(qtbot, widgets, document):
    panel, log = widgets
    table = log_table(log)
    log.add_event()
    choose(qtbot, editor_of(table, 2, "kind"), "Plan sendt til NAV")
    date_edit = open_editor(qtbot, table, 2, "date")
    date_edit.selectAll()
    qtbot.keyClicks(date_edit, "08.02.2027")  # first_day + 105: counts as the revised plan
    note = open_editor(qtbot, table, 2, "note")
    qtbot.keyClicks(note, "Revidert plan sendt")
    event = document.plan.follow_up.events[2]
    assert (event.date, event.kind, event.note) == (date(2027, 2, 8), "sent_to_nav", "Revidert plan sendt")
    assert panel.status_of("revised_plan_to_nav") == "done"
    # One day earlier is before NAV prepares meeting 2: not the revised plan.
    date_edit = open_editor(qtbot, table, 2, "date")
    date_edit.selectAll()
    qtbot.keyClicks(date_edit, "07.02.2027")
    assert panel.status_of("revised_plan_to_nav") == "upcoming"
    press_enter(qtbot, table, date_edit)
    assert cell_text(table, 2, "date") == "07.02.2027"


def test_removing_asks_first(qtbot, widgets, document, monkeypatch):
    panel, log = widgets
    table = log_table(log)
    answers = []

    def question(parent, title, text, *args):
        answers.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    reply = QMessageBox.StandardButton.No
    click_cell(qtbot, table, 1, "remove")  # the row's «Fjern» button
    assert len(document.plan.follow_up.events) == 2
    assert "Plan sendt til sykmelder" in answers[0] and "12.11.2026" in answers[0]
    assert panel.status_of("plan_to_sick_note_author") == "done"

    reply = QMessageBox.StandardButton.Yes
    click_cell(qtbot, table, 1, "remove")
    assert [e.kind for e in document.plan.follow_up.events] == ["follow_up_conversation"]
    assert panel.status_of("plan_to_sick_note_author") == "overdue"
    assert table.model().rowCount() == 1
    document.undo()
    assert panel.status_of("plan_to_sick_note_author") == "done"
    assert cell_text(table, 1, "kind") == "Plan sendt til sykmelder"


def test_panel_follows_other_fields_of_the_plan(qtbot, widgets, document):
    panel, _ = widgets
    document.set("key_info.absence.sick_leave_percent", 50)
    assert panel.status_of("dialogue_meeting_1") == "not_required"
    assert "Ikke påkrevd" in panel.rows["dialogue_meeting_1"].badge.text()
    document.set("follow_up.dialogue_meeting_2_date", date(2027, 1, 2))
    assert panel.rows["dialogue_meeting_2"].date.text() == "02.01.2027"
    assert panel.rows["revised_plan_to_nav"].date.text() == "26.12.2026"
    assert panel.status_of("revised_plan_to_nav") == "due_soon"
    document.set("key_info.absence.first_day", None)
    assert {panel.status_of(mid) for mid in panel.rows} == {"unknown"}
    assert first_day_needed() in panel.heading.text()
    assert panel.rows["dialogue_meeting_2"].date.text() == ""
    assert not panel.export_button.isEnabled()


def test_statuses_read_without_colour(qtbot, widgets):
    panel, _ = widgets
    panel.set_today(date(2027, 4, 12))
    texts = {mid: row.badge.text() for mid, row in panel.rows.items()}
    assert texts["plan_to_sick_note_author"] == "✓ Utført"
    assert texts["dialogue_meeting_1"] == "⚠ Fristen er passert"
    assert texts["revised_plan_to_nav"] == "◷ Fristen nærmer seg"
    assert texts["dialogue_meeting_2"] == "○ Kommende"
    assert texts["activity_requirement"] == "ℹ Til orientering"
    row = panel.rows["dialogue_meeting_1"]
    assert row.accessibleName() == "Dialogmøte 1 på arbeidsplassen: Fristen er passert, 13.12.2026"
    assert "Arbeidsgiveren kaller inn" in row.toolTip()


def test_explanation_opens_from_the_keyboard(qtbot, widgets):
    panel, _ = widgets
    row = panel.rows["activity_requirement"]
    assert row.details.isHidden()
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Return)
    assert row.details.isVisible() and "8 uker" in row.details.text()
    qtbot.keyClick(row, Qt.Key.Key_Space)
    assert row.details.isHidden()


def test_cells_are_named_by_path_and_labelled(qtbot, widgets):
    _, log = widgets
    table = log_table(log)
    for field in ("date", "kind", "note"):
        editor = open_editor(qtbot, table, 0, field)
        assert editor.accessibleName().endswith("hendelse 1")
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert cell_text(table, 1, "kind") == "Plan sendt til sykmelder"


def test_switching_documents_unsubscribes(qtbot, widgets, document, filled_plan):
    panel, log = widgets
    table = log_table(log)
    other = PlanDocument(filled_plan.model_copy(deep=True))
    other.plan.follow_up.events.clear()
    panel.set_document(other)
    log.set_document(other)
    assert panel.status_of("plan_to_sick_note_author") == "overdue"
    assert child(log, QWidget, "follow_up_empty").isVisible()
    document.edit(lambda plan: plan.follow_up.events.clear(), "tøm")  # the old document
    assert table.model().rowCount() == 0
    other.edit(lambda plan: plan.follow_up.events.append(document_event()), "legg til")
    assert panel.status_of("plan_to_sick_note_author") == "done"
    assert not child(log, QWidget, "follow_up_empty").isVisible()
    assert cell_text(table, 0, "kind") == "Plan sendt til sykmelder"


def document_event():
    from oppfolging_gui.core.model import FollowUpEvent

    return FollowUpEvent(date=date(2026, 11, 20), kind="sent_to_sick_note_author")


def test_read_only_plan_cannot_be_changed(qtbot, filled_plan, monkeypatch):
    log = FollowUpLogEditor()
    qtbot.addWidget(log)
    document = PlanDocument(filled_plan, read_only=True)
    log.set_document(document)
    log.show()
    table = log_table(log)
    assert not child(log, QPushButton, "add_event_button").isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args) or QMessageBox.StandardButton.Yes)
    click_cell(qtbot, table, 0, "remove")
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert asked == [] and len(document.plan.follow_up.events) == 2
    click_cell(qtbot, table, 0, "note")
    for key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_X):
        qtbot.keyClick(table, key)
        assert table.indexWidget(table.currentIndex()) is None  # no editor opens
    assert document.plan.follow_up.events[0].note == filled_plan.follow_up.events[0].note
    click_cell(qtbot, table, 0, "referat")  # the referat can still be read
    dialog = log.findChild(QDialog, "note_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.findChild(QWidget, "note_editor").isReadOnly()
    dialog.reject()


def test_the_end_of_the_absence_typed_in_the_window_shows_in_the_deadlines_panel(qtbot, filled_plan):
    from .window_helpers import make_window, type_into

    window = make_window(qtbot)
    window.set_document(PlanDocument(filled_plan))
    window.milestones.set_today(TODAY)
    assert "avsluttet" not in window.milestones.heading.text()

    type_into(qtbot, window, "follow_up.absence_ended", "04.12.2026")

    assert window.document.plan.follow_up.absence_ended == date(2026, 12, 4)
    assert "Sykefraværet avsluttet 04.12.2026" in window.milestones.heading.text()
