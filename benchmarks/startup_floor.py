"""Floor for the cold-start benchmark: a bare PySide6 QMainWindow with one label, shown.

Ends as soon as the window is shown (``os._exit``, as ``startup_app.py`` does)."""

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Oppfølgingsplan"))
window.show()
quit_timer = QTimer(interval=0)  # quit at the first turn of the event loop: the window is shown
quit_timer.timeout.connect(app.quit)
quit_timer.start()
app.exec()
os._exit(0)
