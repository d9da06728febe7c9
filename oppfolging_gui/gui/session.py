"""The open plan and everything that belongs to it: one :class:`PlanSession` per window.

The session owns the open :class:`PlanDocument`, its lock file and the check for
edits behind our back (:class:`PlanFileGuard`), its recovery copy
(:class:`AutosaveController`) and the recent-files list. Views do not get the plan
handed to them one by one: they connect to :attr:`PlanSession.document_changed`
and are told once, in the order they connected, whenever another plan is shown.
:attr:`PlanSession.files_changed` says which plan files the program wrote or
deleted, so a view of the plans folder (the overview) can follow without a restart.

Dialogs that act on the open plan (versions, deletion, recovery) take a
:class:`PlanHost` — the session and the two questions only a window can ask —
rather than the window class, so no dialog module imports the window back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..core import settings
from ..core.document import PlanDocument
from ..core.model import Plan
from .autosave import AutosaveController
from .file_safety import PlanFileGuard, SaveChoice
from .operation import OperationRunner


class PlanSession(QObject):
    document_changed = Signal(object)  # the PlanDocument now shown
    files_changed = Signal(list)  # plan files written or deleted (list[Path])
    recent_changed = Signal()  # the recent-files list changed
    notice = Signal(str, int)  # a short status message and how long to show it (ms)

    def __init__(self, parent: QWidget, document: PlanDocument | None = None) -> None:
        super().__init__(parent)
        self.autosave = AutosaveController(self)
        self.file_guard = PlanFileGuard(parent)  # its questions are the window's
        # A recovery copy records the file content its edits were made to.
        self.autosave.based_on = self.file_guard.known_sha256
        self._document = document

    @property
    def document(self) -> PlanDocument:
        """The plan shown; a new, empty one until another is shown.

        The empty plan is made when first asked for: a window that opens a file at
        start never needs it, and making one builds the validator of every part of
        the model, which reading the file does not (the models build theirs when first
        used, ``core.model``; issue 15)."""
        if self._document is None:
            self._document = PlanDocument(Plan.new())
        return self._document

    @property
    def modified(self) -> bool:
        """Unsaved edits in the plan shown (never in the empty plan not yet made)."""
        return self._document is not None and self._document.modified

    # ------------------------------------------------------------------ document
    def set_document(self, document: PlanDocument) -> None:
        """Show ``document``: lock and recovery copy follow it, then every view is told."""
        self._document = document
        self.autosave.set_document(document)
        self.file_guard.follow(document)
        self.document_changed.emit(document)

    def restore_copy(self, document: PlanDocument, session_id: str, based_on: str | None = None) -> None:
        """Show a plan brought back from the recovery copy ``session_id`` and keep that
        copy current (so a restored plan is never listed twice). ``based_on``: the
        SHA-256 of the file the copy's edits were made to; if the file holds anything
        else now, the next save asks before overwriting it (issue 13)."""
        self.set_document(document)
        if based_on is not None and document.path is not None:
            self.file_guard.assume_based_on(based_on)
        self.autosave.continue_copy(session_id)

    # ---------------------------------------------------------------------- files
    def before_save(self, path: Path) -> SaveChoice:
        """Bring the recovery copy up to date (the save may fail) and never silently
        overwrite a file someone else changed."""
        self.autosave.write_now()
        return self.file_guard.confirm_save(path)

    def saved(self, path: Path, written: bytes | None = None) -> None:
        """The open plan was saved to ``path`` (``written``: the bytes written): no
        recovery copy needed, the file is the known state (and locked, if new)."""
        self.autosave.discard()
        self.file_guard.saved(path, written)
        self.written(path)

    def written(self, path: Path) -> None:
        """The program wrote the plan file ``path`` (a save, a new version)."""
        self.files_changed.emit([path])

    def release(self) -> None:
        """Drop the recovery copy and the lock of the open plan (closing, deleting it)."""
        self.autosave.discard()
        self.file_guard.release()

    def deleted(self, paths: list[Path]) -> None:
        """These plan files are gone: out of the recent files, and views are told."""
        settings.remove_recent_files(paths)
        self.recent_changed.emit()
        self.files_changed.emit(list(paths))

    # --------------------------------------------------------------------- recent
    def remember(self, path: Path) -> None:
        settings.add_recent_file(path)
        self.recent_changed.emit()

    def recent_files(self) -> list[Path]:
        return settings.recent_files()

    def default_folder(self) -> Path:
        """Where a plan without a file is saved by default: the plans folder (chosen for
        the overview), else the folder of the plan opened last, else the home folder."""
        folder = settings.plans_folder()
        if folder is not None and folder.is_dir():
            return folder
        recent = settings.recent_files()
        return recent[0].parent if recent else Path.home()


class PlanHost(Protocol):
    """What a dialog acting on the open plan needs of the window. The host is a
    QWidget as well: the dialog and its questions are its children."""

    session: PlanSession
    operations: OperationRunner  # the window's one runner for PDFs and the archive

    def maybe_save_changes(self) -> bool: ...

    def open_path(self, path: str | Path, *, read_only: bool = False) -> bool: ...
