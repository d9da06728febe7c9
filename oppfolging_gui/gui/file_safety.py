"""Guards around the window's open and save: lock files and edits made behind
the window's back.

:meth:`PlanFileGuard.acquire` runs before a plan is opened: it locks the file,
or — when another window, program or PC has it open — asks whether to open it
read-only (Ja), open it for editing anyway (Nei) or not at all (Avbryt).
:meth:`PlanFileGuard.confirm_save` runs before a save: if the file on disk no
longer holds what this window read or wrote, the user chooses to overwrite it,
save as a new file, or cancel — it is never silently overwritten.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core import locking
from ..core.document import PlanDocument
from ..core.leftovers import remove_leftover_temporaries
from ..core.filestate import Fingerprint, changed_on_disk, fingerprint, fingerprint_of
from .i18n import tr

log = logging.getLogger(__name__)

OpenMode = Literal["edit", "read_only"]
SaveChoice = Literal["save", "save_as", "cancel"]
_Button = QMessageBox.StandardButton
# The content a restored recovery copy's edits were based on, when the copy does not
# say and its file was saved after it: no file has this SHA-256.
UNKNOWN_OLDER_CONTENT = "0" * 64


def _same(a: Path | None, b: Path | None) -> bool:
    if a is None or b is None:
        return False
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


class PlanFileGuard(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._lock: locking.PlanLock | None = None
        self._pending: locking.PlanLock | None = None
        self._path: Path | None = None
        self._known: Fingerprint | None = None

    # -------------------------------------------------------------------- open
    def acquire(self, path: Path) -> OpenMode | None:
        """Lock ``path`` before opening it; None if the user cancels."""
        path = Path(path)
        if self._lock is not None and _same(self._lock.plan_path, path):
            return "edit"  # re-opening our own plan
        result = locking.try_lock(path)
        if isinstance(result, locking.LockHeld):
            answer = QMessageBox.question(
                self._parent,
                tr("Planen er i bruk"),
                result.describe() + tr(
                    "\n\nHvis to redigerer samme plan samtidig, kan endringer gå tapt.\n\n"
                    "Vil du åpne planen skrivebeskyttet (bare lese)?\n"
                    "Ja: åpne skrivebeskyttet.  Nei: åpne for redigering likevel.  Avbryt: ikke åpne."),
                _Button.Yes | _Button.No | _Button.Cancel,
                _Button.Yes,
            )
            if answer == _Button.Yes:
                log.info("Plan opened read-only (locked elsewhere)")
                return "read_only"
            if answer != _Button.No:
                return None
            log.info("Plan opened for editing despite a lock held elsewhere")
            result = locking.take_over(path)
        elif isinstance(result, locking.PlanLock):
            remove_leftover_temporaries(path)  # nobody else writes it now
        self._pending = result
        return "edit"

    def follow(self, document: PlanDocument) -> None:
        """The window now shows ``document``: hold the lock and fingerprint of its file."""
        if document.path is None:
            self.release()
            return
        self.opened(document.path, "read_only" if document.read_only else "edit")

    def opened(self, path: Path, mode: OpenMode = "edit", content: bytes | None = None) -> None:
        """The plan at ``path`` is now the window's: keep its lock and fingerprint
        (of ``content`` when the caller has the file's bytes, else read from disk)."""
        path = Path(path)
        if mode == "read_only":
            self._release_lock()
        elif self._pending is not None and _same(self._pending.plan_path, path):
            self._release_lock()
            self._lock, self._pending = self._pending, None
        elif not (self._lock is not None and _same(self._lock.plan_path, path)):
            # A file the program just wrote (a new version) or a restored copy's
            # original: lock it quietly if nobody else has it open.
            result = locking.try_lock(path)
            self._release_lock()
            self._lock = result if isinstance(result, locking.PlanLock) else None
            if self._lock is not None:
                remove_leftover_temporaries(path)
        self.abandon_pending()
        self._path = path
        self._known = fingerprint_of(content) if content is not None else fingerprint(path)

    def abandon_pending(self) -> None:
        """Opening failed or was declined: give back the lock taken for it."""
        if self._pending is not None:
            self._pending.release()
            self._pending = None

    # -------------------------------------------------------------------- save
    def confirm_save(self, path: Path) -> SaveChoice:
        """Ask before overwriting a file that changed on disk since we read or wrote it."""
        path = Path(path)
        if not _same(path, self._path) or not changed_on_disk(path, self._known):
            return "save"
        log.info("Plan file changed on disk since it was opened; asking the user")
        answer = QMessageBox.warning(
            self._parent,
            tr("Filen er endret"),
            tr("«%s» er endret av et annet program eller en annen person etter at du "
               "åpnet den.\n\nVil du overskrive filen med dine endringer?\n"
               "Ja: overskriv.  Nei: lagre dine endringer som en ny fil.  Avbryt: ikke lagre nå.") % path.name,
            _Button.Yes | _Button.No | _Button.Cancel,
            _Button.Cancel,
        )
        if answer == _Button.Yes:
            return "save"
        if answer == _Button.No:
            return "save_as"
        return "cancel"

    def shows(self, path: Path, data: bytes) -> None:
        """The window shows the plan read as ``data`` from ``path``: a save asks if the
        file holds anything else — also when someone saved it while the user was still
        answering the "Planen er i bruk" question, after these bytes were read."""
        if _same(Path(path), self._path):
            self._known = fingerprint_of(data)

    def known_sha256(self) -> str | None:
        """The SHA-256 of the open plan's file as this window last read or wrote it
        (what a recovery copy's edits are based on); None for a new plan."""
        return self._known.sha256 if self._known is not None and self._known.sha256 else None

    def assume_based_on(self, sha256: str) -> None:
        """The open plan came from a recovery copy whose edits were made to the file
        with this content (:data:`UNKNOWN_OLDER_CONTENT`: not known, and the file was
        saved after the copy; it is kept in the next recovery copy as well).

        Restoring is then a change on disk like any other: if the file holds
        something else now, the next save asks before overwriting it.
        """
        # No time or size of ours: changed_on_disk then always compares the content.
        self._known = Fingerprint(mtime_ns=-1, size=-1, sha256=sha256)

    def saved(self, path: Path, written: bytes | None = None) -> None:
        """The window wrote ``path``: it is now the known state (and, if new, locked).

        With ``written``, the bytes the window wrote are that state: reading the file
        back would take a colleague's save in the moment after ours as our own."""
        self.opened(Path(path), "edit", written)

    # ------------------------------------------------------------------- close
    def release(self) -> None:
        """The window closed the plan (or shows a new one)."""
        self._release_lock()
        self.abandon_pending()
        self._path = None
        self._known = None

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None
