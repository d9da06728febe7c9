"""The end of a measured start: the window's first paint, done.

Shared by the floor and the program's benchmarks so both end at the same moment. A
window that is shown but not yet painted is not on the screen: Qt runs the first turn
of the event loop's timers and posted events before a new window's first paint, so
"the first turn of the loop" would leave the paint out (for the program, its ~70
widgets; for the floor, one label).
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class EndAfterFirstPaint(QObject):
    """Calls ``then`` once the window it is installed on has been painted: a timer
    started in the window's Paint event fires when the paint of the whole window (every
    widget in it, painted in the same pass) is done."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(then)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._timer.start()
        return False
