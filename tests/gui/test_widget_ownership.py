"""Every widget of the window is owned once: by Qt, through its parent.

A widget put into a layout before that layout has a window keeps a Python wrapper
that also believes it owns it. When such a wrapper is freed after Qt has deleted the
widget with its window — on a worker thread, by Python's garbage collector — the
widget is deleted a second time and the program crashes (as the print preview did).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from .window_helpers import IGNORE_OFFSCREEN, doubly_owned, make_window

pytestmark = IGNORE_OFFSCREEN


def test_no_widget_of_the_window_is_owned_twice(qtbot, example_plan_path):
    window = make_window(qtbot)
    assert window.open_path(example_plan_path)  # a filled plan: every measure, log row, signature
    window.form_view.finish_building()
    assert doubly_owned(window) == []


def test_no_widget_of_the_overview_or_about_dialog_is_owned_twice(qtbot, tmp_path):
    from oppfolging_gui.core import settings
    from oppfolging_gui.gui.about import AboutDialog

    from .window_helpers import action

    settings.set_plans_folder(tmp_path)
    window = make_window(qtbot)
    action(window, "action_overview").trigger()
    overview = window.findChild(QDialog, "overview_dialog")
    assert doubly_owned(overview) == []
    about = AboutDialog()
    qtbot.addWidget(about)
    assert doubly_owned(about) == []
