"""In-process: one keystroke in a text field until the model is updated and validation shown."""

import json
import statistics
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

app = QApplication(sys.argv[:1])
from oppfolging_gui.gui.main_window import MainWindow  # noqa: E402

window = MainWindow()
window.open_path(sys.argv[1])
window.resize(1366, 768)
window.show()
window.form_view.finish_building()
app.processEvents()
field = window.findChild(QLineEdit, "key_info.employer.name")
field.setFocus()
app.processEvents()
samples = []
for i in range(300):
    key = Qt.Key.Key_A if i % 2 == 0 else Qt.Key.Key_Backspace
    start = time.perf_counter()
    QTest.keyClick(field, key)
    samples.append(time.perf_counter() - start)
    app.processEvents()  # deferred work (debounced timers) runs outside the measured span
if window.document.get("key_info.employer.name") != field.text():
    sys.exit("the model does not follow the widget")
print(json.dumps({"median_ms": statistics.median(samples) * 1000,
                  "p95_ms": sorted(samples)[int(len(samples) * 0.95)] * 1000}))
