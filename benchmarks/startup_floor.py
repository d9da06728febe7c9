"""Floor for the cold-start benchmark: a bare PySide6 QMainWindow with one label, shown
and painted.

Ends as soon as the window's first paint is done (``os._exit``, as ``startup_app.py`` does)."""

import os
import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from painted import EndAfterFirstPaint

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Oppfølgingsplan"))
end = EndAfterFirstPaint(app.quit)
window.installEventFilter(end)
window.show()
app.exec()
os._exit(0)
