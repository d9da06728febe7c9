"""Floor for the cold-start benchmark: a bare PySide6 QMainWindow with one label, shown."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Oppfølgingsplan"))
window.show()
QTimer.singleShot(0, app.quit)  # quit at the first turn of the event loop: the window is shown
app.exec()
