"""What the form looks like, as far as a user would notice it: shaded read-only
inputs, headings larger than labels, and the status colour of a milestone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from oppfolging_gui.core.document import PlanDocument
from oppfolging_gui.gui import look
from oppfolging_gui.gui.main_window import MainWindow

from .window_helpers import IGNORE_OFFSCREEN, make_window, widget

pytestmark = IGNORE_OFFSCREEN


def _base(edit) -> str:
    return edit.palette().color(QPalette.ColorRole.Base).name()


def test_an_older_version_shades_its_inputs_and_an_editable_plan_does_not(qtbot, filled_plan):
    window = make_window(qtbot)
    name = widget(window, "key_info.employer.name")
    progress = widget(window, "progress")
    assert isinstance(name, QLineEdit) and isinstance(progress, QPlainTextEdit)
    assert _base(name) != look.READ_ONLY_BASE

    window.set_document(PlanDocument(filled_plan, read_only=True))
    assert name.isReadOnly() and _base(name) == look.READ_ONLY_BASE
    assert _base(progress) == look.READ_ONLY_BASE

    window.set_document(PlanDocument(filled_plan))
    assert not name.isReadOnly() and _base(name) != look.READ_ONLY_BASE


def test_headings_are_larger_than_field_labels_and_help_is_muted(qtbot):
    window = make_window(qtbot)
    labels = window.form_view.findChildren(QLabel)
    by_kind = {label.objectName(): label for label in labels}
    section, field, help_text = by_kind["sectionTitle"], by_kind["fieldLabel"], by_kind["fieldHelp"]
    assert section.font().pointSizeF() > field.font().pointSizeF()
    assert help_text.palette().color(QPalette.ColorRole.WindowText).name() == look.MUTED
    # No style sheet anywhere in the form: each would re-style its widgets on every paint.
    assert all(not child.styleSheet() for child in window.form_view.findChildren(QLabel))


def test_a_milestone_row_takes_the_colours_of_its_status(qtbot, filled_plan):
    from oppfolging_gui.gui.follow_up import STATUS_LOOK

    window = make_window(qtbot)
    window.set_document(PlanDocument(filled_plan))
    for row in window.milestones.rows.values():
        _symbol, ink, paper = STATUS_LOOK[row.status]
        assert row.fill.name() == paper
        assert row.accent is not None and row.accent.name() == ink
        assert row.badge.palette().color(QPalette.ColorRole.WindowText).name() == ink


def test_the_deadlines_dock_is_where_add_dock_widget_puts_it(qtbot, monkeypatch):
    # The window places its dock from a saved state (no Qt enums before the first
    # paint: gui/qt_names.py); a window that adds it the usual way looks the same.
    ours = make_window(qtbot)

    def add_on_the_right(window, _state) -> bool:
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.milestones_dock)
        return True

    monkeypatch.setattr(MainWindow, "restoreState", add_on_the_right)
    theirs = make_window(qtbot)
    assert ours.dockWidgetArea(ours.milestones_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert ours.milestones_dock.isVisible()
    assert ours.milestones_dock.geometry() == theirs.milestones_dock.geometry()
    assert ours.form_view.geometry() == theirs.form_view.geometry()
    assert bytes(ours.saveState()) == bytes(theirs.saveState())


def test_a_qt_that_does_not_take_the_saved_state_still_gets_the_deadlines_on_the_right(qtbot, monkeypatch):
    monkeypatch.setattr(MainWindow, "restoreState", lambda window, state: False)
    window = make_window(qtbot)
    assert window.dockWidgetArea(window.milestones_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.milestones_dock.isVisible()
