"""macOS Finder's "open this file" event reaches the window (gui/file_open_events.py)."""

from __future__ import annotations

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from oppfolging_gui.gui.file_open_events import FileOpenEvents
from oppfolging_gui.gui.main_window import MainWindow


def test_a_file_open_event_opens_the_plan_in_the_window(qtbot, example_plan_path):
    window = MainWindow()
    qtbot.addWidget(window)
    app = QApplication.instance()
    events = FileOpenEvents(window.open_path, window)
    app.installEventFilter(events)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(example_plan_path)))
    finally:
        app.removeEventFilter(events)
    assert window.windowFilePath() == str(example_plan_path.absolute())
    assert window.findChild(type(window.form_view.rows["key_info.employer.name"].editor.widget),
                            "key_info.employer.name").text() == "Bakeriet Solstreif AS"
