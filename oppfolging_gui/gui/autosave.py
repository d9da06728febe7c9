"""Autosave: the open plan's unsaved state goes to a recovery copy within seconds.

Every change notification of the document marks it dirty and (re)starts one
single-shot timer: the copy is written :data:`DEBOUNCE_MS` after the last edit,
and never later than :data:`MAX_DELAY_MS` after the first unsaved edit even while
someone keeps typing (the gui contract promises 3 seconds; the margin covers the
write itself). The user's own file is never touched. A clean save or close calls
:meth:`AutosaveController.discard`, which removes the copy.

When the disk refuses (full, removed, read-only) the edits stay in the window;
the failure is logged (without contents) and retried on the next edit.

The window's thread only takes a snapshot (:func:`core.snapshot.cheap_copy`,
well under a millisecond even with a signature of many megabytes); one writer
thread turns it into JSON and writes it, so a keystroke never waits for the disk
or for a big plan (a signature's strokes are converted once, then remembered, and
the window's thread gets Python's lock back within :data:`SWITCH_INTERVAL_S`). Copies and removals go through that one thread in the order
they were asked for, so the last write wins. :meth:`write_now` and
:meth:`discard` (before a save, after a clean save or close) wait for it.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..collector import without_cyclic_gc
from ..core.document import PlanDocument
from ..core.model import Plan
from ..core.recovery import RecoveryStore, new_session_id
from ..core.errors import Doing, describe_os_error
from ..core.snapshot import cheap_copy

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)

DEBOUNCE_MS = 700
MAX_DELAY_MS = 2500
# While the writer thread makes JSON, the window's thread waits for Python's lock
# (the GIL) at every call from Qt into Python, several per keystroke; Python hands
# the lock over after its switch interval, 5 ms by default. One millisecond keeps a
# keystroke well under a frame while a big plan is written (issue 15).
SWITCH_INTERVAL_S = 0.001


class AutosaveController(QObject):
    # (session id, error sentence or ""), emitted on the writer thread, received on the window's
    _written = Signal(str, str)

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
        self._timer.timeout.connect(self._write_in_background)
        self._writer_pool: ThreadPoolExecutor | None = None  # made at the first write
        if sys.getswitchinterval() > SWITCH_INTERVAL_S:
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        self._last_job: Future | None = None
        self._written.connect(self._finished)

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
        """Write the recovery copy if there are unsaved edits and wait for it (before a
        save, which may fail); True if the copy is current."""
        job = self._start_write()
        if job is None:
            self._wait()
            return not self.last_error
        session_id, error = job.result()
        self._finished(session_id, error)
        return not error

    def _write_in_background(self) -> None:
        self._start_write(report=True)

    def _start_write(self, *, report: bool = False) -> Future | None:
        """Snapshot the plan here and hand it to the writer; None when nothing is to write."""
        self._timer.stop()
        document = self._document
        if document is None or self._dirty_since is None:
            return None
        if not document.modified:
            # Undone back to the saved state: nothing to recover.
            self._dirty_since = None
            self._remove_copy()
            return None
        self._dirty_since = None
        snapshot = cheap_copy(document.plan)
        # The collector stays off the writer thread (see collector): the copy is quick.
        write = self._write_and_report if report else self._write
        self._last_job = self._writer.submit(
            without_cyclic_gc(write), self.session_id, snapshot, document.path, self.based_on())
        return self._last_job

    def _write(self, session_id: str, plan: Plan, path: Path | None, based_on: str | None) -> tuple[str, str]:
        """On the writer thread: (session id, "" or why the disk refused)."""
        try:
            self._store.write(session_id, plan, path, based_on)
        except OSError as error:
            log.warning("Recovery copy not written: %s", type(error).__name__)
            return session_id, describe_os_error(error, Doing.WRITE_RECOVERY)
        return session_id, ""

    def _write_and_report(self, *args) -> tuple[str, str]:
        """On the writer thread: write, then tell the window's thread (a queued signal),
        both inside the collector's hold: a done-callback ran after it, on the writer."""
        done = self._write(*args)
        self._written.emit(*done)
        return done

    def _finished(self, session_id: str, error: str) -> None:
        if session_id != self.session_id:
            return  # a copy of a plan no longer shown (already removed after it, in order)
        if error:
            self.last_error = error
            if self._dirty_since is None:
                self._dirty_since = time.monotonic()  # try again later, not in a busy loop
                self._timer.start(MAX_DELAY_MS)
            return
        self._copy_exists = True
        self.last_error = ""

    def _wait(self) -> None:
        """Until every copy asked for so far is written."""
        if self._last_job is not None:
            self._last_job.result()

    @property
    def _writer(self) -> ThreadPoolExecutor:
        # Made when first needed: concurrent.futures is not imported to show a plan.
        if self._writer_pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._writer_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        return self._writer_pool

    def discard(self) -> None:
        """After a clean save or close: no copy, nothing pending."""
        self._timer.stop()
        self._dirty_since = None
        self._remove_copy()

    def _remove_copy(self) -> None:
        """Remove the copy after any write still under way (a write in flight would
        otherwise make it again). Also when no write has reported back yet: the
        report of one just done may still wait in the event queue."""
        if self._copy_exists or self._last_job is not None:
            # Held off the writer like the writes: the window's thread waits meanwhile,
            # and a collection there could free a closed dialog's widgets off it (a crash).
            self._last_job = self._writer.submit(without_cyclic_gc(self._store.discard), self.session_id)
            self._last_job.result()
            self._copy_exists = False
