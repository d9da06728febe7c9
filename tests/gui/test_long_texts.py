"""Issue 13, item 4: nothing is ever cut. QLineEdit keeps 32,767 characters unless
told otherwise; a 40,000-character position or log note must survive a keystroke
in the window and a save."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from oppfolging_gui.core.model import FollowUpEvent
from oppfolging_gui.core.storage import read_plan, write_plan

from .log_helpers import cell_text, log_table, open_editor, press_enter
from .window_helpers import IGNORE_OFFSCREEN, close_quietly, make_window, type_text, widget

LONG = "".join(f"{n:07d} " for n in range(5_000))  # 40,000 characters, every one findable


@IGNORE_OFFSCREEN
def test_forty_thousand_characters_survive_a_keystroke_and_a_save(qtbot, tmp_path, filled_plan):
    filled_plan.key_info.employee.position = LONG
    filled_plan.follow_up.events = [FollowUpEvent(date=date(2026, 11, 2), kind="other", note=LONG)]
    path = tmp_path / "lang.oppfplan"
    write_plan(filled_plan, path)
    window = make_window(qtbot)
    assert window.open_path(path)

    edit = widget(window, "key_info.employee.position")
    assert isinstance(edit, QLineEdit)
    assert edit.text() == LONG  # shown whole
    edit.setFocus()
    edit.end(False)
    type_text(qtbot, edit, "!")
    assert window.document.get("key_info.employee.position") == LONG + "!"

    table = log_table(window)  # the log's note is edited in its cell
    assert len(cell_text(table, 0, "note")) < 300  # the cell shows the beginning, not 40,000 characters
    note = open_editor(qtbot, table, 0, "note")
    assert isinstance(note, QLineEdit)
    assert note.text() == LONG  # the editor has it whole
    note.end(False)
    type_text(qtbot, note, "!")
    assert window.document.get("follow_up.events.0.note") == LONG + "!"
    press_enter(qtbot, table, note)

    assert window.save()
    saved = read_plan(path)
    assert saved.key_info.employee.position == LONG + "!"
    assert saved.follow_up.events[0].note == LONG + "!"
    close_quietly(window)


def test_pasting_a_longer_text_keeps_all_of_it(qtbot):
    window = make_window(qtbot)
    edit = widget(window, "key_info.employer.name")
    edit.setFocus()
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().setText(LONG * 2)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.document.get("key_info.employer.name") == LONG * 2
    close_quietly(window)
