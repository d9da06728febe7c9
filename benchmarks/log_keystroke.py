"""In-process: typing in a cell of the follow-up log (its last event's note).

    log_keystroke.py PLAN [KEYSTROKES]

Each key until the plan holds it and the event loop has done what the key set off
(the cell repainted, validation, the milestones). Prints the median wall and CPU
time of a key; run.py compares a plan of 1,000 events with the example plan.
"""

import json
import statistics
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

app = QApplication(sys.argv[:1])
from oppfolging_gui.gui.main_window import MainWindow  # noqa: E402

window = MainWindow()
window.open_path(sys.argv[1])
window.resize(1366, 768)
window.show()
window.form_view.finish_building()
app.processEvents()
table = window.findChild(QTableView, "follow_up.events")
last = table.model().rowCount() - 1
cell = table.model().index(last, 2)
window.form_view.ensureWidgetVisible(table)
table.scrollTo(cell)
table.setCurrentIndex(cell)
table.setFocus()
table.edit(cell)
app.processEvents()
editor = table.indexWidget(cell)
editor.end(False)
wall, cpu = [], []
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 200):
    key = Qt.Key.Key_A if i % 2 == 0 else Qt.Key.Key_Backspace
    start, start_cpu = time.perf_counter(), time.thread_time()
    QTest.keyClick(editor, key)
    app.processEvents()
    wall.append(time.perf_counter() - start)
    cpu.append(time.thread_time() - start_cpu)
if window.document.get(f"follow_up.events.{last}.note") != editor.text():
    sys.exit("the plan does not follow the cell")
window.document.mark_saved()  # no unsaved-changes question, no recovery copy left behind
window.autosave.discard()
print(json.dumps({"median_ms": statistics.median(wall) * 1000, "median_cpu_ms": statistics.median(cpu) * 1000}))
