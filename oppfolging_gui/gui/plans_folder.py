"""The plans folder the overview looks at, and the quiet notice about it at start.

:class:`PlansFolder` owns the look at the plans folder (the folder chosen once and
kept in the settings): an :class:`OverviewScanner` that reads only changed files,
the latest :class:`Overview`, and when to look again — when the session writes or
deletes a plan file, and while the overview is open, when a folder changes on disk
(someone else's edits in a shared folder). Its views are the overview's table
(:mod:`.overview`, imported when it is first opened) and :class:`OverviewNotice`,
the one line above the form when something in the folder is overdue or due soon.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton

from ..core import settings
from ..core.errors import Doing, describe_os_error
from .i18n import tr
from .look import INK, Banner

if TYPE_CHECKING:
    from ..core.overview import Overview, OverviewScanner
    from .session import PlanSession

log = logging.getLogger(__name__)

NOTICE_DAYS = 7  # the quiet line at start: overdue, or due within a week
_RESCAN_DELAY_MS = 300  # changes on disk come in bursts (a copy, a save)


# ------------------------------------------------------------------ the folder
class PlansFolder(QObject):
    """The plans folder and the latest look at it, re-read when it may have changed."""

    changed = Signal(object)  # the new Overview, or None (no folder, or unreadable)

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scanner: OverviewScanner | None = None
        self.overview: Overview | None = None
        self.problem = ""  # why the folder could not be read, in words
        self.today: date | None = None  # fixed by tests and screenshots
        self._watcher: QFileSystemWatcher | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_RESCAN_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        session.files_changed.connect(self._files_written)

    @property
    def scanner(self) -> OverviewScanner:
        """Made at the first look: the window's start does not need the overview's
        reading code (and its model for a plan's parts, issue 15)."""
        if self._scanner is None:
            from ..core.overview import OverviewScanner

            self._scanner = OverviewScanner()
        return self._scanner

    def folder(self) -> Path | None:
        return settings.plans_folder()

    def set_folder(self, folder: Path) -> None:
        settings.set_plans_folder(folder)
        self.refresh()

    def refresh(self) -> Overview | None:
        """Look at the folder now (cheap when little changed) and tell the views."""
        self._timer.stop()
        folder = self.folder()
        before = (self.overview, self.problem)
        self.overview, self.problem = None, ""
        if folder is not None:
            try:
                self.overview = self.scanner.scan(folder, self.today or date.today())
            except OSError as error:
                self.problem = f"{folder}: {describe_os_error(error, Doing.READ_FOLDER)}"
                log.info("Plans folder not readable: %s", type(error).__name__)
        self._watch()
        if self.overview is not before[0] or self.problem != before[1]:
            self.changed.emit(self.overview)  # the scanner gives the same object when nothing changed
        return self.overview

    def watch(self, on: bool) -> None:
        """Follow changes on disk while someone looks (the overview is open)."""
        if on and self._watcher is None:
            self._watcher = QFileSystemWatcher(self)
            self._watcher.directoryChanged.connect(lambda _path: self._timer.start())
            self._watcher.fileChanged.connect(lambda _path: self._timer.start())
        elif not on and self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        self._watch()

    def _watch(self) -> None:
        if self._watcher is None:
            return
        wanted = set(self.overview.folders) if self.overview else set()
        current = set(self._watcher.directories())
        if current - wanted:
            self._watcher.removePaths(sorted(current - wanted))
        if wanted - current:
            self._watcher.addPaths(sorted(wanted - current))

    def _files_written(self, paths: list[Path]) -> None:
        folder = self.folder()
        if folder is not None and any(_inside(Path(path), folder) for path in paths):
            self._timer.start()


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.absolute().relative_to(folder.absolute())
    except ValueError:
        return False
    return True


# ------------------------------------------------------------------ the notice
class OverviewNotice(Banner):
    """The one quiet line at start: something in the plans folder is overdue or due soon."""

    def __init__(self, plans: PlansFolder, open_overview: Any) -> None:
        self.open_button = QPushButton(tr("Vis oversikten"))
        self.open_button.setObjectName("overview_notice_open")
        self.later_button = QPushButton(tr("Ikke nå"))
        self.later_button.setObjectName("overview_notice_later")
        super().__init__("overview_notice", "#fdf0e6", INK, self.open_button, self.later_button)
        self.label.setObjectName("overview_notice_text")
        self.open_button.clicked.connect(self.hide)
        self.open_button.clicked.connect(open_overview)
        self.later_button.clicked.connect(self.hide)
        self._plans = plans

    def check(self) -> None:
        """Look at the plans folder once; say so when something needs doing soon."""
        if self._plans.folder() is None:
            return
        overview = self._plans.refresh()
        urgent = overview.needing_attention(NOTICE_DAYS) if overview else []
        if not urgent:
            return
        overdue = sum(1 for row in urgent if row.overdue)
        names = ", ".join(row.employee or tr("(uten navn)") for row in urgent[:3])
        if len(urgent) > 3:
            names += tr(" og %d til") % (len(urgent) - 3)
        # Whole words, never «plan(er)», and no «0 har en frist …».
        if overdue == len(urgent) == 1:
            text = tr("Tidsfrister: 1 plan har en frist som er passert (%s).") % names
        elif overdue == len(urgent):
            text = tr("Tidsfrister: %d planer har en frist som er passert (%s).") % (overdue, names)
        elif overdue == 1:
            text = tr("Tidsfrister: 1 plan har en frist som er passert, %d har en frist innen %d dager (%s).") % (
                len(urgent) - overdue, NOTICE_DAYS, names)
        elif overdue:
            text = tr("Tidsfrister: %d planer har en frist som er passert, %d har en frist innen %d dager (%s).") % (
                overdue, len(urgent) - overdue, NOTICE_DAYS, names)
        elif len(urgent) == 1:
            text = tr("Tidsfrister: 1 plan har en frist innen %d dager (%s).") % (NOTICE_DAYS, names)
        else:
            text = tr("Tidsfrister: %d planer har en frist innen %d dager (%s).") % (len(urgent), NOTICE_DAYS, names)
        self.label.setText(text)
        self.show()

