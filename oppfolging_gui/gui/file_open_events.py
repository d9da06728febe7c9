"""Plans handed over by the operating system while the program runs.

macOS Finder does not put a double-clicked ``.oppfplan`` on the command line: it
sends the running application a ``QFileOpenEvent`` (also at start-up, when Finder
launched the program for that file). Other platforms never send it, so this is
idle there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenEvents(QObject):
    """An application event filter that hands each opened file to ``open_path``."""

    def __init__(self, open_path: Callable[[Path], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                self._open_path(Path(name))
                return True
        return super().eventFilter(watched, event)
