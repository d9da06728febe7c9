"""In-process: one keystroke in a text field until the model is updated and validation shown.

    keystroke.py PLAN [KEYSTROKES]

Then, typing on for 3.5 s at 50 keys a second, each key with all the work it sets off
in the event loop (validation, the autosave snapshot when its timer fires): the
longest a key waits, ``typing_max_ms``, and the 95th percentile; split into the keys
typed while autosave's writer thread was making and writing the recovery copy
(``typing_max_writing_ms``, ``keys_while_writing``) and the others
(``typing_max_idle_ms``): on a busy machine the idle keys show what the machine
alone adds, so the writer's share is the difference.
"""

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
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 300):
    key = Qt.Key.Key_A if i % 2 == 0 else Qt.Key.Key_Backspace
    start = time.perf_counter()
    QTest.keyClick(field, key)
    samples.append(time.perf_counter() - start)
    app.processEvents()  # deferred work (debounced timers) runs outside the measured span
if window.document.get("key_info.employer.name") != field.text():
    sys.exit("the model does not follow the widget")
typing, writing = [], []
end = time.perf_counter() + 3.5  # past autosave's longest delay (2.5 s): its timer fires while typing
i = 0
while time.perf_counter() < end:
    key = Qt.Key.Key_A if i % 2 == 0 else Qt.Key.Key_Backspace
    i += 1
    start = time.perf_counter()
    QTest.keyClick(field, key)
    app.processEvents()
    elapsed = time.perf_counter() - start
    job = window.autosave._last_job  # the writer's latest job, done or not
    (writing if job is not None and not job.done() else typing).append(elapsed)
    time.sleep(0.02)
window.autosave.write_now()
window.document.mark_saved()  # no unsaved-changes question, no recovery copy left behind
window.autosave.discard()
every_key = sorted(typing + writing)
print(json.dumps({"median_ms": statistics.median(samples) * 1000,
                  "p95_ms": sorted(samples)[int(len(samples) * 0.95)] * 1000,
                  "typing_p95_ms": every_key[int(len(every_key) * 0.95)] * 1000,
                  "typing_max_ms": every_key[-1] * 1000,
                  "typing_max_idle_ms": max(typing, default=0) * 1000,
                  "typing_max_writing_ms": max(writing, default=0) * 1000,
                  "keys_while_writing": len(writing)}))
