"""The window survives the Qt bindings' reference leak on ``None`` (see gui/qt_workarounds)."""

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
