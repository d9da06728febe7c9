"""The follow-up log as a table over the plan: edited in its cells, bound both ways,
with add/remove/undo moving single rows, driven from the keyboard, fast with 1,000 events."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMessageBox, QPushButton, QToolTip

from oppfolging_gui.core.document import PlanDocument
from oppfolging_gui.core.model import FollowUpEvent
from oppfolging_gui.core.storage import write_plan
from oppfolging_gui.gui.follow_up_log import FollowUpLogEditor
from oppfolging_gui.gui.main_window import MainWindow

from .log_helpers import cell, cell_text, click_cell, editor_of, log_table, open_editor, press_enter
from .window_helpers import close_quietly

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture
def document(filled_plan) -> PlanDocument:
    return PlanDocument(filled_plan)


@pytest.fixture
def log(qtbot, document) -> FollowUpLogEditor:
    log = FollowUpLogEditor()
    qtbot.addWidget(log)
    log.resize(900, 400)
    log.set_document(document)
    log.set_today(date(2026, 12, 20))
    log.show()
    qtbot.waitExposed(log)
    return log


def test_a_cell_edit_goes_to_the_plan_and_undo_shows_the_old_value_in_the_cell(qtbot, log, document):
    table = log_table(log)
    before = document.plan.follow_up.events[1].note
    note = open_editor(qtbot, table, 1, "note")
    assert note.text() == before
    qtbot.keyClick(note, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(note, "Sendt på nytt")
    assert document.plan.follow_up.events[1].note == "Sendt på nytt"  # every keystroke, not only on Enter
    press_enter(qtbot, table, note)
    assert cell_text(table, 1, "note") == "Sendt på nytt"

    document.undo()  # the whole typing in the cell is one step
    assert document.plan.follow_up.events[1].note == before
    assert cell_text(table, 1, "note") == before


def test_a_change_of_the_plan_from_elsewhere_shows_in_the_cell_and_in_an_open_editor(qtbot, log, document):
    table = log_table(log)
    document.set("follow_up.events.0.kind", "dialogue_meeting_1")
    assert cell_text(table, 0, "kind") == "Dialogmøte 1 holdt"
    date_edit = open_editor(qtbot, table, 0, "date")
    document.set("follow_up.events.0.date", date(2026, 11, 3))  # e.g. undo from the menu while editing
    assert cell_text(table, 0, "date") == "03.11.2026"
    assert date_edit.text() == "03.11.2026"
    qtbot.keyClick(date_edit, Qt.Key.Key_Escape)


@pytest.mark.qt_log_ignore(r"^This plugin does not support (propagateSizeHints|raise)\(\)$")  # the tooltip, offscreen
def test_a_half_typed_date_leaves_the_plan_empty_and_says_why_until_it_is_a_date(qtbot, log, document):
    table = log_table(log)
    date_edit = open_editor(qtbot, table, 0, "date")
    date_edit.selectAll()
    qtbot.keyClicks(date_edit, "31.02")
    assert document.plan.follow_up.events[0].date is None
    assert date_edit.text() == "31.02"  # the editor is not written back to while typing
    assert "dd.mm.åååå" in date_edit.toolTip()
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert table.indexWidget(cell(table, 0, "date")) is date_edit  # Enter does not throw the typing away
    assert QToolTip.isVisible() and "dd.mm.åååå" in QToolTip.text()  # and says why at once
    qtbot.keyClicks(date_edit, ".2027")
    assert date_edit.toolTip() == "Denne datoen finnes ikke."
    date_edit.selectAll()
    qtbot.keyClicks(date_edit, "02.03.2027")
    assert document.plan.follow_up.events[0].date == date(2027, 3, 2) and date_edit.toolTip() == ""
    press_enter(qtbot, table, date_edit)
    assert cell_text(table, 0, "date") == "02.03.2027"


def test_adding_and_removing_move_one_row_and_undo_moves_it_back(qtbot, log, document, monkeypatch):
    table = log_table(log)
    model = table.model()
    seen: list[tuple[str, int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: seen.append(("inserted", first, last)))
    model.rowsRemoved.connect(lambda _parent, first, last: seen.append(("removed", first, last)))
    model.modelReset.connect(lambda: seen.append(("reset", 0, 0)))

    qtbot.mouseClick(log.findChild(QPushButton, "add_event_button"), Qt.MouseButton.LeftButton)
    assert seen == [("inserted", 2, 2)] and cell_text(table, 2, "kind") == "Annet"
    qtbot.keyClick(editor_of(table, 2, "kind"), Qt.Key.Key_Escape)

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    click_cell(qtbot, table, 0, "remove")
    assert seen[-1] == ("removed", 0, 0)
    assert [cell_text(table, row, "kind") for row in range(model.rowCount())] == ["Plan sendt til sykmelder", "Annet"]
    document.undo()  # the first row comes back where it was
    assert seen[-1] == ("inserted", 0, 0)
    assert cell_text(table, 0, "kind") == "Oppfølgingssamtale"
    document.undo()
    assert seen[-1] == ("removed", 2, 2) and model.rowCount() == 2
    assert ("reset", 0, 0) not in seen
    assert log_table(log) is table  # the same table throughout, never rebuilt


def test_the_keyboard_edits_removes_and_opens_the_referat(qtbot, log, document, monkeypatch):
    table = log_table(log)
    click_cell(qtbot, table, 0, "date")
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Right)  # to the note
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter edits
    note = editor_of(table, 0, "note")
    assert note.hasFocus() or qtbot.waitUntil(note.hasFocus) is None
    qtbot.keyClick(note, Qt.Key.Key_End)
    qtbot.keyClicks(note, " Ring igjen.")
    press_enter(qtbot, table, note)
    assert document.plan.follow_up.events[0].note.endswith("Ring igjen.")

    qtbot.keyClick(table, Qt.Key.Key_Left)
    qtbot.keyClicks(table, "x")  # typing on a cell starts editing it
    editor_of(table, 0, "kind")
    qtbot.keyClick(table.indexWidget(cell(table, 0, "kind")), Qt.Key.Key_Escape)

    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Right)  # «Referat …»: Enter presses it
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = log.findChild(QDialog, "note_dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # Delete asks, as «Fjern» does
    assert "Oppfølgingssamtale" in asked[0]
    assert len(document.plan.follow_up.events) == 1
    assert table.hasFocus() and table.currentIndex().row() == 0  # the keyboard stays in the log


def test_a_long_referat_keeps_its_row_short_and_is_read_whole_in_the_editor(qtbot, log, document):
    table = log_table(log)
    referat = "Til stede: leder og arbeidstaker.\n\n" + "Vi gikk gjennom oppgavene. " * 400
    document.set("follow_up.events.0.note", referat)
    shown = cell_text(table, 0, "note")
    assert shown == "Til stede: leder og arbeidstaker. …"
    assert table.rowHeight(0) == table.rowHeight(1)  # no giant row
    tooltip = cell(table, 0, "note").data(Qt.ItemDataRole.ToolTipRole)
    assert "Til stede: leder og arbeidstaker." in tooltip and len(tooltip) < 2000
    note = open_editor(qtbot, table, 0, "note")
    assert isinstance(note, QLineEdit) and note.text() == referat
    qtbot.keyClick(note, Qt.Key.Key_Escape)


def test_validation_findings_show_in_their_cell(qtbot, log, document):
    table = log_table(log)
    log.show_findings({"follow_up.events.1.date": [("warning", "Datoen er før første fraværsdag.")]})
    index = cell(table, 1, "date")
    assert "Datoen er før første fraværsdag." in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(table, 0, "date").data(Qt.ItemDataRole.BackgroundRole) is None
    log.show_findings({})
    assert index.data(Qt.ItemDataRole.ToolTipRole) is None


def test_a_new_events_kind_is_chosen_in_a_combo_of_the_forms_choices(qtbot, log, document):
    table = log_table(log)
    log.add_event()
    kind = editor_of(table, 2, "kind")
    assert isinstance(kind, QComboBox)
    assert kind.count() == len(log.form.field("follow_up.events.*.kind").choices)
    qtbot.keyClick(kind, Qt.Key.Key_Home)
    assert document.plan.follow_up.events[2].kind == "sent_to_sick_note_author"


@pytest.fixture
def plan_of_1000_events(tmp_path, filled_plan):
    filled_plan.follow_up.events = [
        FollowUpEvent(date=date(2026, 1, 5) + timedelta(days=n % 300), kind="other", note=f"Samtale nummer {n + 1}")
        for n in range(1000)
    ]
    path = tmp_path / "hendelser.oppfplan"
    write_plan(filled_plan, path)
    return path


def test_a_log_of_1000_events_is_built_in_short_steps_and_types_as_fast_as_a_short_one(qtbot, plan_of_1000_events):
    """Measured in this thread's CPU time: on a busy machine the wall clock measures the others.

    The bounds are guards against the old widget per event (one step of ~10 s, seconds
    per key), with room for a loaded machine; the targets themselves (50 ms, 16 ms) are
    measured by benchmarks/, never in a timed test."""
    window = MainWindow(open_first=plan_of_1000_events)
    qtbot.addWidget(window, before_close_func=close_quietly)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.form_view.building, timeout=30000)
    assert window.form_view.longest_slice_cpu_ms <= 400
    table = log_table(window)
    assert table.model().rowCount() == 1000
    assert cell_text(table, 999, "note") == "Samtale nummer 1000"

    note = open_editor(qtbot, table, 999, "note")
    start = time.thread_time()
    qtbot.keyClicks(note, " og mer")
    per_key_ms = (time.thread_time() - start) * 1000 / 7
    assert window.document.plan.follow_up.events[999].note == "Samtale nummer 1000 og mer"
    assert per_key_ms < 100, per_key_ms
    press_enter(qtbot, table, note)


def test_typing_on_a_note_cell_adds_to_the_note_instead_of_replacing_it(qtbot, log, document):
    table = log_table(log)
    before = document.plan.follow_up.events[0].note
    click_cell(qtbot, table, 0, "note")
    qtbot.keyClicks(table, "!")  # the first key opens the editor
    assert document.plan.follow_up.events[0].note == before + "!"
    qtbot.keyClicks(editor_of(table, 0, "note"), "?")
    assert document.plan.follow_up.events[0].note == before + "!?"


@pytest.mark.qt_log_ignore(r"^This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)$")  # the popup, offscreen
def test_a_date_can_be_picked_in_a_calendar_from_the_keyboard(qtbot, log, document):
    from PySide6.QtWidgets import QAbstractItemView, QCalendarWidget, QMenu

    table = log_table(log)
    date_edit = open_editor(qtbot, table, 0, "date")  # 29.10.2026
    qtbot.keyClick(date_edit, Qt.Key.Key_F4)
    menu = date_edit.findChild(QMenu, "date_cell_calendar")
    assert menu is not None and menu.isVisible()
    calendar = menu.findChild(QCalendarWidget)
    assert calendar.selectedDate().toPython() == date(2026, 10, 29)  # opens on the cell's date
    days = calendar.findChild(QAbstractItemView)  # the grid of days, which has the keyboard
    qtbot.keyClick(days, Qt.Key.Key_Right)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert document.plan.follow_up.events[0].date == date(2026, 10, 30)
    assert date_edit.text() == "30.10.2026" and table.indexWidget(cell(table, 0, "date")) is date_edit
    press_enter(qtbot, table, date_edit)
    assert cell_text(table, 0, "date") == "30.10.2026"
