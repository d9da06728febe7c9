"""The child process of the kill tests: the real program, typed into like a person.

    python kill_driver.py <mode> <schedule> [plan]

runs ``oppfolging_gui.__main__.main`` (offscreen) and, once the window is up, types
:data:`TEXT` into the "Utfyllende opplysninger" field one character at a time with
``QTest.keyClicks``, following ``schedule`` ("type:120,pause:3.5,type:400": counts of
characters at one per 20 ms, and pauses in seconds). It prints, flushed:

    READY <monotonic>                  the window is up, typing starts
    T <index> <monotonic>              character ``TEXT[index]`` has been typed
    SB <monotonic> / SE <monotonic>    a save began / ended (mode "save": saving in a loop)

The test kills it with SIGKILL at a moment of its choosing (``time.monotonic`` is the
same clock in both processes on Linux) and then knows exactly what was typed when.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

FIELD = "additional_info"
CHAR_INTERVAL_MS = 20
# Words with their number, so a lost or doubled character shows where it happened.
TEXT = "".join(f"ord{index:04d} " for index in range(2000))


def say(*parts: object) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


class Typist:
    def __init__(self, window: QWidget, schedule: list[tuple[str, float]], save_loop: bool) -> None:
        self.window = window
        self.field = window.findChild(QWidget, FIELD)
        assert self.field is not None
        self.schedule = schedule
        self.index = 0
        self.timer = QTimer()
        self.timer.timeout.connect(self.type_one)
        self.left_in_burst = 0
        if save_loop:
            self.saver = QTimer()
            self.saver.setInterval(0)
            self.saver.timeout.connect(self.save_once)
            self.saver.start()

    def start(self) -> None:
        say("READY", f"{time.monotonic():.6f}")
        self.next_step()

    def next_step(self) -> None:
        if not self.schedule:
            say("DONE", f"{time.monotonic():.6f}")
            return
        kind, amount = self.schedule.pop(0)
        if kind == "type":
            self.left_in_burst = int(amount)
            self.timer.start(CHAR_INTERVAL_MS)
        else:
            QTimer.singleShot(int(amount * 1000), self.next_step)

    def type_one(self) -> None:
        if self.left_in_burst <= 0:
            self.timer.stop()
            self.next_step()
            return
        QTest.keyClicks(self.field, TEXT[self.index])
        say("T", self.index, f"{time.monotonic():.6f}")
        self.index += 1
        self.left_in_burst -= 1

    def save_once(self) -> None:
        if not self.window.document.modified:
            return
        say("SB", f"{time.monotonic():.6f}")
        self.window.save()
        say("SE", f"{time.monotonic():.6f}")


def parse_schedule(text: str) -> list[tuple[str, float]]:
    steps = []
    for part in text.split(","):
        kind, amount = part.split(":")
        steps.append((kind, float(amount)))
    return steps


def main() -> int:
    mode, schedule = sys.argv[1], parse_schedule(sys.argv[2])
    program_args = sys.argv[3:]
    app = QApplication([sys.argv[0]])
    keep: list[Typist] = []

    def begin() -> None:
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "main_window")
        if window.findChild(QWidget, FIELD) is None:  # the form finishes building after show
            QTimer.singleShot(50, begin)
            return
        typist = Typist(window, schedule, save_loop=mode == "save")
        keep.append(typist)
        typist.start()

    QTimer.singleShot(300, begin)
    from oppfolging_gui.__main__ import main as program

    return program(program_args)


if __name__ == "__main__":
    sys.exit(main())
