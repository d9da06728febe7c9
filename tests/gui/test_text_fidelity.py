"""Read-through of issue 13: a keystroke in a field never changes the rest of its text.

No-break spaces (common in text pasted from a word processor: "kl.\u00a010",
"§\u00a07"), line separators, and a text that begins with U+FEFF or U+FFFE must be
saved exactly as they were, with the one typed character added.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from oppfolging_gui.core.storage import read_plan, write_plan

from .window_helpers import IGNORE_OFFSCREEN, close_quietly, make_window, type_text, widget

pytestmark = IGNORE_OFFSCREEN

TEXTS = [
    "Møte kl.\u00a010 etter §\u00a07",
    "første linje\u2028samme avsnitt",
    "\ufeffbegynner med et usynlig tegn",
    "\ufffebegynner med et ikke-tegn",
    "\ufeff",
]


@pytest.mark.parametrize("field", ["measures.0.description", "key_info.employee.position"])
@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_one_keystroke_keeps_every_other_character(qtbot, tmp_path, filled_plan, field, text):
    path = tmp_path / "plan.oppfplan"
    if field == "measures.0.description":
        filled_plan.measures[0].description = text
    else:
        filled_plan.key_info.employee.position = text
    write_plan(filled_plan, path)
    window = make_window(qtbot)
    assert window.open_path(path)
    edit = widget(window, field)
    assert isinstance(edit, (QLineEdit, QPlainTextEdit))
    shown = edit.text() if isinstance(edit, QLineEdit) else edit.document().toRawText()
    assert shown.replace("\u2029", "\n") == text  # shown as it is
    edit.setFocus()
    if isinstance(edit, QLineEdit):
        edit.end(False)
    else:
        edit.moveCursor(edit.textCursor().MoveOperation.End)
    type_text(qtbot, edit, "!")
    assert window.document.get(field) == text + "!"
    assert window.save()
    saved = read_plan(path)
    value = saved.measures[0].description if field.startswith("measures") else saved.key_info.employee.position
    assert value == text + "!"
    close_quietly(window)


def test_a_read_only_plan_shows_a_leading_mark_untouched(qtbot, tmp_path, filled_plan):
    filled_plan.key_info.employee.position = "\ufffeab"
    path = tmp_path / "plan.oppfplan"
    write_plan(filled_plan, path)
    window = make_window(qtbot)
    assert window.open_path(path, read_only=True)
    assert widget(window, "key_info.employee.position").text() == "\ufffeab"
    close_quietly(window)
