"""Helpers for driving the real main window as a person would (imported by window tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from oppfolging_gui.gui.main_window import MainWindow

IGNORE_OFFSCREEN = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def make_window(qtbot) -> MainWindow:
    window = MainWindow()
    # pytest-qt closes the window after the test; it must not ask about unsaved edits then.
    qtbot.addWidget(window, before_close_func=close_quietly)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.form_view.finish_building()  # the rest of the form comes in slices; tests want it all
    return window


def close_quietly(window: MainWindow) -> None:
    """Tear down without the unsaved-changes question."""
    window.document.mark_saved()


def widget(window: QWidget, name: str) -> QWidget:
    found = window.findChild(QWidget, name)
    assert found is not None, name
    return found


def action(window: QWidget, name: str):
    from PySide6.QtGui import QAction

    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def type_into(qtbot, window: MainWindow, name: str, text: str) -> None:
    """Click into the field like a person and type, replacing what was there."""
    target = widget(window, name)
    window.form_view.ensureWidgetVisible(target)
    target.setFocus()
    if isinstance(target, QLineEdit):
        target.selectAll()
        if target.text():
            qtbot.keyClick(target, Qt.Key.Key_Delete)
    elif isinstance(target, QPlainTextEdit):
        target.selectAll()
        if target.toPlainText():
            qtbot.keyClick(target, Qt.Key.Key_Delete)
    type_text(qtbot, target, text)


def type_text(qtbot, target: QWidget, text: str) -> None:
    """qtbot.keyClicks, also for letters outside ASCII (QTest asserts on those)."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char == "\n":
            qtbot.keyClick(target, Qt.Key.Key_Return)
            continue
        if char.isascii():
            qtbot.keyClicks(target, char)
            continue
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def click(qtbot, window: MainWindow, name: str) -> None:
    target = widget(window, name)
    window.form_view.ensureWidgetVisible(target)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=_button_spot(target))


def _button_spot(target: QWidget):
    from PySide6.QtCore import QPoint

    # Radio buttons and check boxes react to clicks on their indicator or text; the
    # left edge (the indicator) is always inside.
    return QPoint(8, target.height() // 2)


@contextmanager
def answers(monkeypatch, **replies) -> Iterator[list[tuple[str, tuple]]]:
    """Replace QMessageBox/QFileDialog static functions; record what was asked."""
    from PySide6.QtWidgets import QFileDialog

    asked: list[tuple[str, tuple]] = []
    for name, reply in replies.items():
        owner = QFileDialog if name.startswith("get") else QMessageBox

        def fake(*args, _name=name, _reply=reply, **kwargs):
            asked.append((_name, args))
            return _reply(*args) if callable(_reply) else _reply

        monkeypatch.setattr(owner, name, staticmethod(fake))
    yield asked


Button = QMessageBox.StandardButton


def doubly_owned(window: QWidget) -> list[tuple[str, str]]:
    """Widgets of ``window`` that Qt deletes with it but whose Python wrapper also
    believes it owns them (a widget put into a layout before that layout had a
    window): freed later, such a wrapper deletes its widget a second time — a crash
    when that happens off the window's thread."""
    import gc

    import shiboken6

    return sorted(
        (type(o).__name__, o.objectName()) for o in gc.get_objects()
        if isinstance(o, QWidget) and shiboken6.isValid(o) and o is not window
        and o.window() is window and shiboken6.ownedByPython(o)
    )


class Paints(QObject):
    """Notes each paint of the widgets it watches in ``order`` (install it as their event filter)."""

    def __init__(self, order: list[str]) -> None:
        super().__init__()
        self.order = order

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.order.append("paint")
        return False
