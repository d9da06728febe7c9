"""How the window answers while «Eksporter PDF» makes a PDF of 1 MB of text (issue 15).

    python benchmarks/export_window.py PLAN OUT.pdf   (QT_QPA_PLATFORM=offscreen)

Opens PLAN in the real window and exports it the way the menu does (the file dialog
answered), while a 16 ms timer on the window's thread stands for repaints and
keystrokes: the longest wait between two of its ticks is the longest the window did
not answer. The same timer runs for a second with nothing to do first (the floor:
what this machine gives an idle window). Then a second export is cancelled after a
second and the time from «Avbryt» to the runner being idle is the cancel latency.
Prints one JSON object.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

TICK_MS = 16


class Ticks:
    def __init__(self) -> None:
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))
        self.timer.start()

    def longest_gap_ms(self) -> float:
        self.timer.stop()
        return max(b - a for a, b in zip(self.times, self.times[1:])) * 1000


def wait(app: QApplication, until, limit_s: float = 600.0) -> None:
    end = time.monotonic() + limit_s
    while not until():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.002)


def main(plan: Path, target: Path) -> None:
    app = QApplication.instance() or QApplication([])
    from oppfolging_gui.gui.main_window import MainWindow

    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(target), ""))  # type: ignore[method-assign]
    window = MainWindow(open_first=plan)
    window.show()
    window.form_view.finish_building()
    runner = window.operations

    idle = Ticks()
    wait(app, lambda: time.perf_counter() - idle.times[0] > 1.0 if idle.times else False)
    idle_gap = idle.longest_gap_ms()

    shown: list[float] = []
    runner.progress_shown.connect(lambda: shown.append(time.perf_counter()))
    ticks = Ticks()
    started = time.perf_counter()
    window.export_pdf()
    wait(app, lambda: not runner.running)
    export_s = time.perf_counter() - started
    export_gap = ticks.longest_gap_ms()

    window.export_pdf()
    wait(app, lambda: time.perf_counter() - started > export_s + 1.0)
    cancelled = time.perf_counter()
    runner.cancel()
    wait(app, lambda: not runner.running)
    cancel_ms = (time.perf_counter() - cancelled) * 1000

    window.document.mark_saved()
    window.close()
    print(json.dumps({
        "export_1mb_window_s": export_s,
        "export_progress_shown_s": shown[0] - started if shown else float("nan"),
        "export_longest_gap_ms": export_gap,
        "idle_longest_gap_ms": idle_gap,
        "export_cancel_ms": cancel_ms,
    }))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
