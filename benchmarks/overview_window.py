"""In the window: the first and a second look at a plans folder, with the overview open.

    python benchmarks/overview_window.py DIR      (prints JSON; offscreen Qt is fine)
"""

import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from oppfolging_gui.core import settings  # noqa: E402
from oppfolging_gui.gui.main_window import MainWindow  # noqa: E402

settings.set_plans_folder(Path(sys.argv[1]))
window = MainWindow()
window.plans.today = date(2026, 12, 1)
window.show()
app.processEvents()
start = time.perf_counter()
window.show_overview()  # reads every file, fills and sizes the table
app.processEvents()
first = time.perf_counter() - start
samples = []
for _ in range(15):
    start = time.perf_counter()
    window.plans.refresh()  # what a save, a watcher signal or looking again costs
    app.processEvents()
    samples.append(time.perf_counter() - start)
model = window._overview_dialog.view.model()
if model.rowCount() == 0:
    sys.exit("the overview shows no plans")
window.document.mark_saved()
print(json.dumps({"first_look_window_ms": first * 1000, "second_look_window_ms": statistics.median(samples) * 1000,
                  "rows": model.rowCount()}))
