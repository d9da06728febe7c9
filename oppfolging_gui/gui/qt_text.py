"""Plan text into and out of Qt's editors with every character kept.

Two ways Qt and its Python bindings change text on its way through a widget, each
of which would be saved after the next keystroke in that field:

- PySide6 turns a Python str into Qt's text as if it were a UTF-16 byte stream with
  a byte-order mark: a text that *starts* with U+FEFF loses that character, and one
  that starts with U+FFFE is read byte-swapped ("ab" becomes "愀戀"). Qt's own edits
  do not convert, so such a text is handed over behind one harmless character that
  Qt then removes. (A defect of the bindings: drop the detour when
  tests/gui/test_text_fidelity.py passes without it.)
- ``QPlainTextEdit.toPlainText()`` replaces no-break spaces with spaces and line
  separators with line breaks (documented); the raw text keeps them.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

_BYTE_ORDER_MARKS = ("\ufeff", "\ufffe")


def set_line_text(edit: QLineEdit, text: str) -> None:
    """``edit.setText(text)``, every character kept."""
    if not text.startswith(_BYTE_ORDER_MARKS):
        edit.setText(text)
        return
    read_only = edit.isReadOnly()
    edit.setReadOnly(False)  # del_() is an edit: a read-only line edit ignores it
    edit.setText("x" + text)
    edit.setSelection(0, 1)
    edit.del_()
    edit.setReadOnly(read_only)
    edit.setCursorPosition(len(text))  # at the end, as setText leaves it


def set_plain_text(edit: QPlainTextEdit, text: str) -> None:
    """``edit.setPlainText(text)``, every character kept."""
    if not text.startswith(_BYTE_ORDER_MARKS):
        edit.setPlainText(text)
        return
    edit.setPlainText("x" + text)
    QTextCursor(edit.document()).deleteChar()


def plain_text(edit: QPlainTextEdit) -> str:
    """The text as typed: ``toPlainText()`` would turn no-break spaces into spaces
    and line separators into line breaks (Qt's documented "ASCII alternatives")."""
    return edit.document().toRawText().replace("\u2029", "\n")  # U+2029: Qt's paragraph end
