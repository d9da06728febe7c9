"""Work that waits until a widget has been painted for the first time.

Not a zero timer: Qt runs zero timers (and posted events) of a new window's first
turn of the event loop before the window is painted, so "after show, at the next
turn" lands before the first screen is on it. What the first screen does not need
(the rest of the form, the recovery question, the plans folder's notice, the
collector's return) waits for the paint itself here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# Not painted within this long (a window shown minimised is not painted), the work runs
# anyway, well within the contract's second for every field of the form ...
PAINT_WAIT_MS = 200
# ... after this many more turns of the event loop: on a machine slow enough that the
# start took longer than the wait, the window's paint is already queued when the wait
# ends, and is served first.
GRACE_TURNS = 2


def after_first_paint(widget: QWidget, work: Callable[[], None], wait_ms: int = PAINT_WAIT_MS) -> None:
    """Run ``work`` once from the event loop, just after ``widget`` is first painted,
    or after ``wait_ms`` (and a few turns of the loop) if it is not painted by then."""
    _FirstPaint(widget, work, wait_ms)


class _FirstPaint(QObject):
    """Watches one widget (its parent) until its first paint; runs the work once, then goes.

    It keeps no Python reference to the widget, and lets go of the work before running
    it: a widget → watcher → work → widget cycle would leave both to Python's cyclic
    collector, which may free Qt objects long after Qt did.
    """

    def __init__(self, widget: QWidget, work: Callable[[], None], wait_ms: int) -> None:
        super().__init__(widget)
        self._work: Callable[[], None] | None = work
        self._turns_left = GRACE_TURNS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._waited)
        self._timer.start(wait_ms)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._turns_left = 0
            self._timer.start(0)  # started during the paint: fires once the paint is done
        return False

    def _waited(self) -> None:
        if self._turns_left > 0:
            self._turns_left -= 1
            self._timer.start(0)
            return
        self.parent().removeEventFilter(self)
        work, self._work = self._work, None
        self.deleteLater()
        if work is not None:
            work()
