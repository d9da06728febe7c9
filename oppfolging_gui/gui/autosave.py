"""Autosave: the open plan's unsaved state goes to a recovery copy within seconds.

Every change notification of the document marks it dirty and (re)starts one
single-shot timer: the copy is written :data:`DEBOUNCE_MS` after the last edit,
and never later than :data:`MAX_DELAY_MS` after the first unsaved edit even while
someone keeps typing (the gui contract promises 3 seconds; the margin covers the
write itself). The user's own file is never touched. A clean save or close calls
:meth:`AutosaveController.discard`, which removes the copy.

When the disk refuses (full, removed, read-only) the edits stay in the window;
the failure is logged (without contents) and retried on the next edit.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ..core.document import PlanDocument
from ..core.recovery import RecoveryStore, new_session_id
from ..core.errors import Doing, describe_os_error

log = logging.getLogger(__name__)

DEBOUNCE_MS = 700
MAX_DELAY_MS = 2500


class AutosaveController(QObject):
    def __init__(self, parent: QObject | None = None, store: RecoveryStore | None = None) -> None:
        super().__init__(parent)
        self._store = store or RecoveryStore()
        self._document: PlanDocument | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.session_id = new_session_id()
        self._dirty_since: float | None = None  # monotonic time of the first unwritten edit
        self._copy_exists = False
        self.last_error = ""
        # The content of the file the edits are based on (the window's file guard
        # knows it): a copy offered later can tell whether the file was saved since.
        self.based_on: Callable[[], str | None] = lambda: None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.write_now)

    # ---------------------------------------------------------------- document
    def set_document(self, document: PlanDocument | None, session_id: str | None = None) -> None:
        """Follow ``document``; the previous document's copy is removed (the window
        has already asked whether to save it). ``session_id`` continues a restored copy."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.discard()
        self.session_id = session_id or new_session_id()
        self._copy_exists = session_id is not None
        self._document = document
        if document is not None:
            self._unsubscribe = document.subscribe(lambda _change: self.mark_dirty())
            if document.modified:
                self.mark_dirty()  # e.g. a restored copy: keep it current

    def continue_copy(self, session_id: str) -> None:
        """The document came from the recovery copy ``session_id``: keep updating that
        copy instead of starting a new one (so a restored plan is never listed twice)."""
        self._timer.stop()
        self._dirty_since = None
        self._remove_copy()
        self.session_id = session_id
        self._copy_exists = True
        if self._document is not None and self._document.modified:
            self.mark_dirty()

    def mark_dirty(self) -> None:
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        left_ms = MAX_DELAY_MS - int((now - self._dirty_since) * 1000)
        self._timer.start(max(0, min(DEBOUNCE_MS, left_ms)))

    @property
    def pending(self) -> bool:
        return self._dirty_since is not None

    # ------------------------------------------------------------------ writing
    def write_now(self) -> bool:
        """Write the recovery copy if there are unsaved edits; True if it is current."""
        self._timer.stop()
        document = self._document
        if document is None or self._dirty_since is None:
            return True
        if not document.modified:
            # Undone back to the saved state: nothing to recover.
            self._dirty_since = None
            self._remove_copy()
            return True
        try:
            self._store.write(self.session_id, document.frozen_copy(), document.path, self.based_on())
        except OSError as error:
            self.last_error = describe_os_error(error, Doing.WRITE_RECOVERY)
            log.warning("Recovery copy not written: %s", type(error).__name__)
            self._dirty_since = time.monotonic()  # try again later, not in a busy loop
            self._timer.start(MAX_DELAY_MS)
            return False
        self._copy_exists = True
        self._dirty_since = None
        self.last_error = ""
        return True

    def discard(self) -> None:
        """After a clean save or close: no copy, nothing pending."""
        self._timer.stop()
        self._dirty_since = None
        self._remove_copy()

    def _remove_copy(self) -> None:
        if self._copy_exists:
            self._store.discard(self.session_id)
            self._copy_exists = False
