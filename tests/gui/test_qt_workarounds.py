"""The window survives the Qt bindings' reference leaks on ``None`` and ``True`` (see gui/qt_workarounds)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit

import oppfolging_gui.gui  # noqa: F401  (applies the workaround on import)


def test_none_survives_many_more_qt_calls_than_a_long_session_makes(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    before = sys.getrefcount(None)
    for _ in range(50_000):  # more than None's natural reference count on Python 3.11
        field.setText("x")
    assert sys.getrefcount(None) > 1_000_000 or sys.version_info >= (3, 12)
    assert before - sys.getrefcount(None) <= 50_000


def test_true_survives_many_more_signals_than_a_long_session_emits(qtbot):
    from PySide6.QtCore import QObject, Signal

    class Sender(QObject):
        happened = Signal()

    sender = Sender()
    before = sys.getrefcount(True)
    for _ in range(20_000):  # PySide6 6.12.0: each emit() takes a reference from True
        sender.happened.emit()
    assert sys.getrefcount(True) > 1_000_000 or sys.version_info >= (3, 12)
    assert before - sys.getrefcount(True) <= 20_000
