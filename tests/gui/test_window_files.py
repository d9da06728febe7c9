"""The window's File and Edit menus, driven as a person would, dialogs replaced per gui-contract."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

from oppfolging_gui.core.storage import read_plan, write_plan
from oppfolging_gui.core.versions import next_version

from .window_helpers import IGNORE_OFFSCREEN, Button, action, answers, make_window, type_into, widget

pytestmark = IGNORE_OFFSCREEN


@pytest.fixture
def window(qtbot):
    return make_window(qtbot)


@pytest.fixture
def plan_file(tmp_path, example_plan_path):
    path = tmp_path / "plan.oppfplan"
    shutil.copy(example_plan_path, path)
    return path


# ------------------------------------------------------------------ undo / redo
def test_undo_and_redo_step_through_edits_in_several_fields_whichever_has_focus(qtbot, window):
    type_into(qtbot, window, "key_info.employer.name", "Bakeriet")
    type_into(qtbot, window, "progress", "Samtale hver uke")
    type_into(qtbot, window, "key_info.absence.first_day", "02.11.2026")
    assert window.isWindowModified()

    focused = widget(window, "key_info.employer.name")
    focused.setFocus()
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z in another field
    assert window.document.get("key_info.absence.first_day") is None
    assert widget(window, "key_info.absence.first_day").text() == ""
    action(window, "action_undo").trigger()
    assert widget(window, "progress").toPlainText() == ""
    assert widget(window, "key_info.employer.name").text() == "Bakeriet"  # typing was one step
    action(window, "action_undo").trigger()
    assert widget(window, "key_info.employer.name").text() == ""
    assert not window.isWindowModified()  # back where the plan started

    action(window, "action_redo").trigger()
    qtbot.keyClick(focused, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert widget(window, "key_info.employer.name").text() == "Bakeriet"
    assert widget(window, "progress").toPlainText() == "Samtale hver uke"
    assert window.isWindowModified()


def test_yes_no_answers_are_undone_to_unanswered(qtbot, window):
    from .window_helpers import click

    click(qtbot, window, "evaluation.new_measures_needed:yes")
    assert window.document.get("evaluation.new_measures_needed") is True
    action(window, "action_undo").trigger()
    assert not widget(window, "evaluation.new_measures_needed:yes").isChecked()
    assert not widget(window, "evaluation.new_measures_needed:no").isChecked()


# ------------------------------------------------------------------ measures
def test_measures_are_added_and_removed_with_confirmation(qtbot, window, monkeypatch):
    action(window, "action_add_measure").trigger()
    type_into(qtbot, window, "measures.1.description", "Kortere dager")
    assert len(window.document.plan.measures) == 2

    with answers(monkeypatch, question=Button.No) as asked:
        widget(window, "measures.0:remove").click()
    assert asked and len(window.document.plan.measures) == 2

    with answers(monkeypatch, question=Button.Yes):
        widget(window, "measures.0:remove").click()
    assert len(window.document.plan.measures) == 1
    assert widget(window, "measures.0.description").toPlainText() == "Kortere dager"
    assert window.findChild(QPlainTextEdit, "measures.1.description") is None
    assert not widget(window, "measures.0:remove").isEnabled()  # the plan keeps one measure

    action(window, "action_undo").trigger()
    assert widget(window, "measures.1.description").toPlainText() == "Kortere dager"


# ------------------------------------------------------------------ closing
@pytest.mark.parametrize("reply", [Button.Save, Button.Discard, Button.Cancel])
def test_closing_with_unsaved_edits_asks_save_discard_or_cancel(qtbot, window, monkeypatch, tmp_path, reply):
    type_into(qtbot, window, "key_info.employer.name", "Bakeriet")
    target = tmp_path / "lagret.oppfplan"
    with answers(monkeypatch, question=reply, getSaveFileName=(str(target), "")) as asked:
        action(window, "action_quit").trigger()
    assert asked[0][0] == "question"
    buttons = asked[0][1][3]
    assert buttons == Button.Save | Button.Discard | Button.Cancel
    if reply == Button.Cancel:
        assert window.isVisible() and window.isWindowModified()
    else:
        assert not window.isVisible()
    assert target.exists() == (reply == Button.Save)
    if reply == Button.Save:
        assert read_plan(target).key_info.employer.name == "Bakeriet"


def test_closing_without_edits_asks_nothing(window, monkeypatch):
    with answers(monkeypatch, question=Button.Cancel) as asked:
        window.close()
    assert not asked and not window.isVisible()


# ------------------------------------------------------------------ opening
def test_an_unreadable_file_gets_a_norwegian_message_and_nothing_changes(qtbot, window, monkeypatch, tmp_path):
    type_into(qtbot, window, "key_info.employer.name", "Bakeriet")
    broken = tmp_path / "ødelagt.oppfplan"
    broken.write_text('{"format": "oppfolgingsplan", "format_version": 1', encoding="utf-8")
    with answers(monkeypatch, getOpenFileName=(str(broken), ""), critical=Button.Ok, question=Button.Discard) as asked:
        action(window, "action_open").trigger()
    assert [name for name, _ in asked] == ["getOpenFileName", "critical"]
    assert "avkortet" in asked[1][1][2]
    assert widget(window, "key_info.employer.name").text() == "Bakeriet"
    assert window.windowFilePath() == "" and window.isWindowModified()


def test_opening_another_plan_with_unsaved_edits_asks_first(qtbot, window, monkeypatch, plan_file):
    type_into(qtbot, window, "key_info.employer.name", "Bakeriet")
    with answers(monkeypatch, question=Button.Cancel) as asked:
        assert not window.open_path(plan_file)
    assert asked and widget(window, "key_info.employer.name").text() == "Bakeriet"
    with answers(monkeypatch, question=Button.Discard):
        assert window.open_path(plan_file)
    assert widget(window, "key_info.employer.name").text() == "Bakeriet Solstreif AS"
    assert window.windowFilePath() == str(plan_file) and not window.isWindowModified()
    assert "plan.oppfplan" in window.windowTitle()


def test_a_file_dropped_on_the_window_opens(qtbot, window, plan_file):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(plan_file))])
    target = widget(window, "key_info.employer.name")  # dropped onto a text field, even
    for event_type in (QDropEvent.Type.DragEnter, QDropEvent.Type.Drop):
        from PySide6.QtGui import QDragEnterEvent

        cls = QDragEnterEvent if event_type == QDropEvent.Type.DragEnter else QDropEvent
        event = cls(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(target, event)
    assert window.windowFilePath() == str(plan_file)
    assert target.text() == "Bakeriet Solstreif AS"


def test_the_recent_files_menu_remembers_opened_plans(window, plan_file):
    window.open_path(plan_file)
    entries = [a.text() for a in window.recent_menu.actions()]
    assert any("plan.oppfplan" in text for text in entries)


# ------------------------------------------------------------------ new, reset
def test_reset_empties_the_form_as_one_undoable_step(qtbot, window, monkeypatch, plan_file):
    window.open_path(plan_file)
    with answers(monkeypatch, question=Button.Yes) as asked:
        action(window, "action_reset").trigger()
    assert asked
    assert widget(window, "key_info.employer.name").text() == ""
    assert len(window.document.plan.measures) == 1 and window.isWindowModified()
    action(window, "action_undo").trigger()
    assert widget(window, "key_info.employer.name").text() == "Bakeriet Solstreif AS"
    assert not window.isWindowModified()


def test_the_example_plan_opens_as_an_unsaved_copy(window):
    action(window, "action_example").trigger()
    assert window.windowFilePath() == "" and window.isWindowModified()
    assert widget(window, "key_info.employee.first_name").text() == "Jonas"
    assert len(window.form_view.measure_blocks) == len(window.document.plan.measures) >= 2


# ------------------------------------------------------------------ versions
def test_new_version_saves_asks_for_the_folder_and_shows_the_next_version(qtbot, window, monkeypatch, plan_file, tmp_path):
    window.open_path(plan_file)
    type_into(qtbot, window, "progress", "Ny samtale avtalt")
    folder = tmp_path / "v"
    folder.mkdir()
    with answers(monkeypatch, getExistingDirectory=str(folder), question=Button.Save) as asked:
        action(window, "action_new_version").trigger()
    assert asked[0][0] == "getExistingDirectory" and asked[0][1][2] == str(plan_file.parent)
    assert read_plan(plan_file).progress == "Ny samtale avtalt"  # the old version was saved first
    new_path = window.document.path
    assert new_path.parent == folder and window.windowFilePath() == str(new_path)
    assert read_plan(new_path).version == read_plan(plan_file).version + 1
    assert widget(window, "key_info.employer.name").text() == "Bakeriet Solstreif AS"  # page one kept
    assert widget(window, "progress").toPlainText() == ""
    assert widget(window, "filled_date").text() == date.today().strftime("%d.%m.%Y")


def test_an_older_version_opens_read_only_with_a_way_to_continue_from_it(qtbot, window, monkeypatch, plan_file):
    newer = next_version(read_plan(plan_file), date(2026, 12, 1))
    newer_path = plan_file.with_name("plan v3.oppfplan")
    write_plan(newer, newer_path)
    window.open_path(newer_path)

    from oppfolging_gui.gui.versions_dialog import VersionsDialog

    dialog = VersionsDialog(window)
    qtbot.addWidget(dialog)
    top = dialog.tree.topLevelItem(0)
    older = next(top.child(i) for i in range(top.childCount()) if top.child(i).text(4) == plan_file.name)
    dialog.open_item(older)
    assert window.document.read_only and window.windowFilePath() == str(plan_file)
    assert widget(window, "read_only_banner").isVisible()
    assert widget(window, "key_info.employer.name").isReadOnly()
    assert not widget(window, "evaluation.new_measures_needed:yes").isEnabled()
    assert not action(window, "action_save").isEnabled()

    with answers(monkeypatch, getExistingDirectory=str(plan_file.parent)):
        widget(window, "new_version_from_this").click()
    assert not window.document.read_only
    assert window.document.plan.version == newer.version + 1  # one more than the highest in the folder
    assert not widget(window, "read_only_banner").isVisible()


# ------------------------------------------------------------------ PDF
def test_export_pdf_writes_the_file_and_says_clearly_when_the_plan_has_errors(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "plan.pdf"
    with answers(monkeypatch, getSaveFileName=(str(target), ""), warning=Button.Ok) as asked:
        with qtbot.waitSignal(window.operations.finished, timeout=60_000):  # made off the window's thread
            action(window, "action_export_pdf").trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert [name for name, _ in asked] == ["getSaveFileName", "warning"]  # the empty plan has errors
    assert "feil" in asked[1][1][2]


def test_the_box_after_vurdering_says_what_a_new_version_keeps_and_its_button_makes_one(
    qtbot, window, monkeypatch, plan_file, tmp_path
):
    """As on paper: after «Vurdering – effekt av tiltak», the box explaining the button."""
    window.open_path(plan_file)
    box = widget(window, "new_version_box")
    shown = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "Nøkkelopplysningene på side 1 og oppfølgingsloggen beholdes" in shown
    assert "nullstilles" in shown and "dagens dato" in shown
    folder = tmp_path / "neste"
    folder.mkdir()
    with answers(monkeypatch, getExistingDirectory=str(folder)):
        qtbot.mouseClick(widget(box, "new_version_button"), Qt.MouseButton.LeftButton)
    assert window.document.path.parent == folder
    assert read_plan(window.document.path).version == read_plan(plan_file).version + 1


def test_the_new_version_box_follows_the_window_language(qtbot, window, plan_file):
    window.open_path(plan_file)
    action(window, "action_language_en").trigger()
    window.form_view.finish_building()
    box = widget(window, "new_version_box")
    shown = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "the follow-up log are kept" in shown
    button = widget(box, "new_version_button")
    assert button.text() == action(window, "action_new_version").text().replace("&", "")
    assert "Opprett" not in button.text()
    action(window, "action_language_nb").trigger()
