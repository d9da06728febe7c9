"""The window opens, shows a plan and runs through the real entry point."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from oppfolging_gui.__main__ import main
from oppfolging_gui.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.mark.slow
def test_main_opens_the_plan_from_the_command_line_and_returns_zero(qtbot, example_plan_path):
    seen = {}

    def look_and_close():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["path"] = window.windowFilePath()
        seen["name"] = window.findChild(type(window.form_view.rows["key_info.employer.name"].editor.widget),
                                        "key_info.employer.name").text()
        window.close()

    QTimer.singleShot(0, look_and_close)
    assert main([str(example_plan_path)]) == 0
    assert seen == {"path": str(example_plan_path.absolute()), "name": "Bakeriet Solstreif AS"}
