"""Every field of forms/ on screen: shown from the model, typed into the model."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit

from oppfolging_gui.core.formspec import load_form
from oppfolging_gui.core.identifiers import IdKind, make_national_id, make_organization_number
from oppfolging_gui.core.storage import read_plan

from .window_helpers import IGNORE_OFFSCREEN, action, answers, click, make_window, type_into, widget

pytestmark = IGNORE_OFFSCREEN

NATIONAL_ID = make_national_id(date(1985, 3, 14), 412, IdKind.TNR)
ORG_NUMBER = make_organization_number("97315428")


def _fields():
    """Every editable field of the form, measures in the first block (no signatures, no log rows)."""
    for spec in load_form().all_fields:
        if spec.kind == "signature" or spec.path.startswith("follow_up.events."):
            continue
        yield spec, spec.concrete(0)


# A value per kind: what is typed, and what the model then holds.
TYPED = {
    "text": ("Bakeri Æ/Ø/Å", "Bakeri Æ/Ø/Å"),
    "multiline": ("Første linje\nAndre linje", "Første linje\nAndre linje"),
    "date": ("05.03.2026", date(2026, 3, 5)),
    "percent": ("150", 150),
    "national_id": (NATIONAL_ID[:6] + " " + NATIONAL_ID[6:], NATIONAL_ID),
    "org_number": (ORG_NUMBER[:3] + " " + ORG_NUMBER[3:6] + " " + ORG_NUMBER[6:], ORG_NUMBER),
    "phone": ("912 34 567", "912 34 567"),
}


def _shown(window, spec, path):
    if spec.kind == "yes_no":
        yes, no = widget(window, path + ":yes"), widget(window, path + ":no")
        return True if yes.isChecked() else False if no.isChecked() else None
    target = widget(window, path)
    if isinstance(target, QCheckBox):
        return target.isChecked()
    if isinstance(target, QPlainTextEdit):
        return target.toPlainText()
    assert isinstance(target, QLineEdit)
    return target.text()


@pytest.fixture
def window(qtbot):
    return make_window(qtbot)


def test_every_field_has_a_widget_named_by_its_path_with_its_label_as_accessible_name(window):
    for spec, path in _fields():
        names = [path + ":yes", path + ":no"] if spec.kind == "yes_no" else [path]
        for name in names:
            assert spec.label in widget(window, name).accessibleName(), name


def test_model_values_are_shown_in_every_field(window):
    shown_as = {"date": "05.03.2026", "percent": "150", "national_id": NATIONAL_ID, "org_number": ORG_NUMBER}
    for spec, path in _fields():
        if spec.kind in ("yes_no", "checkbox"):
            for value in (True, False) + ((None,) if spec.kind == "yes_no" else ()):
                window.document.set(path, value)
                assert _shown(window, spec, path) is value, path
            continue
        typed, stored = TYPED[spec.kind]
        window.document.set(path, stored)
        assert _shown(window, spec, path) == shown_as.get(spec.kind, stored), path


def test_typing_and_clicking_fill_every_field_of_the_model(qtbot, window):
    for spec, path in _fields():
        if spec.kind == "yes_no":
            click(qtbot, window, path + ":no")
            assert window.document.get(path) is False, path
            click(qtbot, window, path + ":yes")
            assert window.document.get(path) is True, path
        elif spec.kind == "checkbox":
            click(qtbot, window, path)
            assert window.document.get(path) is True, path
        else:
            typed, stored = TYPED[spec.kind]
            type_into(qtbot, window, path, typed)
            assert window.document.get(path) == stored, path


def test_a_whole_plan_typed_in_is_saved_and_reopened_with_every_value(qtbot, window, monkeypatch, tmp_path):
    expected = {}
    for spec, path in _fields():
        if spec.kind == "yes_no":
            click(qtbot, window, path + ":no")
            expected[path] = False
        elif spec.kind == "checkbox":
            click(qtbot, window, path)
            expected[path] = True
        else:
            typed, stored = TYPED[spec.kind]
            type_into(qtbot, window, path, typed)
            expected[path] = stored
    target = tmp_path / "plan"
    with answers(monkeypatch, getSaveFileName=(str(target), "")):
        action(window, "action_save").trigger()
    saved = target.with_suffix(".oppfplan")
    assert window.windowFilePath() == str(saved) and not window.isWindowModified()
    plan = read_plan(saved)
    from oppfolging_gui.core.fieldpath import get_value

    assert {path: get_value(plan, path) for path in expected} == expected

    action(window, "action_new").trigger()
    assert widget(window, "key_info.employer.name").text() == ""
    again = window
    assert again.open_path(saved)
    for spec, path in _fields():
        shown = _shown(again, spec, path)
        if spec.kind in ("yes_no", "checkbox"):
            assert shown is expected[path], path
        elif spec.kind == "date":
            assert shown == "05.03.2026"
        else:
            assert shown == str(expected[path]), path


def test_an_unfinished_or_impossible_date_is_explained_and_leaves_the_model_empty(qtbot, window):
    path = "key_info.absence.first_day"
    row = window.form_view.rows[path]
    type_into(qtbot, window, path, "31.02.2026")
    assert window.document.get(path) is None
    assert row.message.isVisibleTo(window) and "finnes ikke" in row.message.text()
    type_into(qtbot, window, path, "3.2.20")
    assert window.document.get(path) is None and "dd.mm.åååå" in row.message.text()
    type_into(qtbot, window, path, "03.02.2026")
    assert window.document.get(path) == date(2026, 2, 3)
    assert not row.message.isVisibleTo(window)


def test_a_percentage_out_of_range_from_a_file_is_shown_not_clamped(window):
    window.document.set("measures.0.sick_leave_percent", 150)
    assert widget(window, "measures.0.sick_leave_percent").text() == "150"


@pytest.mark.qt_log_ignore(r"^This plugin does not support (raise\(\)|grabbing the keyboard)$")
def test_the_calendar_opens_from_the_keyboard_and_picks_a_date(qtbot, window):
    from PySide6.QtCore import QDate, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    path = "signatures.date"
    editor = window.form_view.rows[path].editor
    seen = {}

    def pick_in_the_open_calendar():
        menu = editor.button.menu()
        seen["open"] = menu.isVisible() and editor.calendar is not None and editor.calendar.isVisible()
        if editor.calendar is not None:  # Enter on a day: what the calendar then reports
            editor.calendar.activated.emit(QDate(2026, 12, 24))
        else:
            editor.button.menu().hide()

    editor.button.setFocus()
    QTimer.singleShot(100, pick_in_the_open_calendar)  # the menu runs its own event loop
    qtbot.keyClick(editor.button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.document.get(path) == date(2026, 12, 24))
    assert seen["open"]
    assert not editor.button.menu().isVisible()
    assert widget(window, path).text() == "24.12.2026"
    assert QApplication.activePopupWidget() is None


def test_a_date_can_be_picked_in_the_calendar(window):
    from PySide6.QtCore import QDate

    path = "signatures.date"
    editor = window.form_view.rows[path].editor
    editor.button.menu().aboutToShow.emit()  # what opening the popup does
    editor.calendar.clicked.emit(QDate(2026, 12, 3))
    assert window.document.get(path) == date(2026, 12, 3)
    assert widget(window, path).text() == "03.12.2026"
