"""What waits for a widget's first paint (``gui/first_paint.py``): the rest of the start
— the recovery question, the plans folder's notice, the collector — comes once the plan
is on the screen, not in the zero timers Qt runs before a new window is painted."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from oppfolging_gui.gui.first_paint import after_first_paint

from .window_helpers import Paints


def test_the_work_runs_once_just_after_the_first_paint(qtbot):
    order: list[str] = []
    widget = QWidget()
    qtbot.addWidget(widget)
    paints = Paints(order)
    widget.installEventFilter(paints)
    after_first_paint(widget, lambda: order.append("work"), wait_ms=60_000)
    widget.show()
    qtbot.waitUntil(lambda: "work" in order)
    assert order[0] == "paint"
    widget.repaint()
    qtbot.waitUntil(lambda: order.count("paint") >= 2)
    assert order.count("work") == 1


def test_a_widget_never_painted_gets_its_work_after_the_wait(qtbot):
    done: list[str] = []
    widget = QWidget()  # never shown (as a window shown minimised)
    qtbot.addWidget(widget)
    after_first_paint(widget, lambda: done.append("work"), wait_ms=20)
    qtbot.waitUntil(lambda: done == ["work"])


def test_a_paint_already_on_its_way_when_the_wait_ends_comes_first(qtbot):
    """A machine slow enough that the start outlasted the wait: the window's paint is
    queued when the wait ends, and the work still comes after it."""
    order: list[str] = []
    widget = QWidget()
    qtbot.addWidget(widget)
    paints = Paints(order)
    widget.installEventFilter(paints)
    after_first_paint(widget, lambda: order.append("work"), wait_ms=0)  # over before the loop turns
    widget.show()
    qtbot.waitUntil(lambda: "work" in order)
    assert order[0] == "paint"
