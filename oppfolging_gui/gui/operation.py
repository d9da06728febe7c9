"""The one way the window runs work that may take a while: a PDF, a printout, the archive.

:class:`OperationRunner` (one per window or dialog) runs a piece of work on a worker
thread, so the window keeps painting and the user keeps typing while a 200-page PDF
is laid out. The work gets a :class:`~..core.progress.Progress`: it reports pages and
stops at its next safe point when the user presses «Avbryt». Work that takes more
than :data:`SHOW_AFTER_S` shows a small, non-modal progress dialog with that button;
quicker work shows nothing, not even a flash.

When the work ends, on the window's thread: its result goes to ``on_success``; a
failure is said once, as a sentence (an ``OSError`` through
:func:`~..core.errors.describe_os_error`, anything else in the caller's words with
the traceback — without its message, which may quote the plan — in the log); a
cancel says nothing more than that it was cancelled. One operation at a time:
``run`` refuses a second while one runs (``busy_changed`` lets the window grey out
its actions). :meth:`OperationRunner.shutdown` cancels and waits, for a window or
dialog that closes.

The work must not touch Qt widgets or the live plan: it gets a frozen copy
(``core.snapshot.cheap_copy``) and returns its result. The worker thread never
touches Qt at all: the window's thread looks at the work every :data:`POLL_MS`
(progress shown, result taken), so no signal crosses threads and nothing can reach
an object that is already gone. Nor does Python's cyclic garbage collector run there
while the work runs (:mod:`oppfolging_gui.collector`): it could free a closed window's widgets on
the wrong thread. The runner keeps no Python reference to its window (it asks Qt for
its parent), so a closed dialog is freed at once, not by that collector later.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ..collector import without_cyclic_gc
from ..core.errors import Doing, describe_os_error
from ..core.progress import Cancelled, Progress
from .i18n import tr

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)

SHOW_AFTER_S = 0.5  # quicker work shows no progress at all
POLL_MS = 40  # how often the window's thread looks at the running work
# A file export that is done this quickly ends inside run(), as the export of a normal plan
# always did: the file exists when the action returns (scripts, tests and users who
# open the folder at once see it). The window's events are served meanwhile; longer
# work goes on in the background with progress.
FINISH_WITHIN_S = 0.4

Work = Callable[[Progress], Any]


class Failure(NamedTuple):
    """How a failed operation is told: the message box's title, what was being done
    (an ``OSError`` becomes ``describe_os_error(error, doing)``; None: the work writes
    no file of ours), and the sentence for anything else."""

    title: str
    doing: Doing | None
    otherwise: str

    def sentence(self, error: BaseException) -> str:
        if isinstance(error, OSError) and self.doing is not None:
            return describe_os_error(error, self.doing)
        return self.otherwise

    @property
    def name(self) -> str:
        """For the log (English, no contents)."""
        return self.doing.name if self.doing is not None else "operation"


class Outcome(NamedTuple):
    """How an operation ended (``finished`` carries it): exactly one of the three."""

    result: Any = None
    cancelled: bool = False
    error: BaseException | None = None

    @property
    def succeeded(self) -> bool:
        return not self.cancelled and self.error is None


class ProgressDialog(QDialog):
    """What is being made, how far it is (pages so far: the total is not known before
    the end), and «Avbryt». Not modal: the window stays usable meanwhile, and a new
    language chosen there meanwhile is spoken here at once."""

    cancel_asked = Signal()

    def __init__(self, parent: QWidget, label: str) -> None:
        from PySide6.QtCore import Qt  # not at the window's start (see .qt_names)

        super().__init__(parent)
        self.setObjectName("operation_progress")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._label = label  # bokmål, as written in the source: translated when shown
        self._pages = 0
        self._cancelling = False
        self.label = QLabel(objectName="operation_label")
        self.detail = QLabel(objectName="operation_detail")
        self.bar = QProgressBar(objectName="operation_bar")
        self.bar.setRange(0, 0)  # busy: how many pages there will be is not known
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(objectName="operation_cancel")
        self.cancel_button.clicked.connect(self.cancel_asked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(360)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the window's language (at start, and when it changes)."""
        label = tr(self._label)
        self.setWindowTitle(label.rstrip(" …."))
        self.bar.setAccessibleName(label)
        self.label.setText(tr("Avbryter …") if self._cancelling else label)
        self.cancel_button.setText(tr("Avbryt"))
        self.show_pages(self._pages)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # Qt sends LanguageChange to every window when the translators change
        # (gui.i18n.install_translations), as the Språk menu does.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_pages(self, pages: int) -> None:
        self._pages = pages
        if pages <= 1:
            self.detail.setText(tr("1 side så langt") if pages else "")
        else:
            self.detail.setText(tr("%d sider så langt") % pages)

    def show_cancelling(self) -> None:
        self._cancelling = True
        self.retranslate()  # the label says «Avbryter …» from now on
        self.cancel_button.setEnabled(False)

    def reject(self) -> None:
        """Escape asks to cancel; the dialog goes when the work has stopped."""
        self.cancel_asked.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        event.ignore()  # the title bar's ×: the same as «Avbryt»
        self.cancel_asked.emit()


class _Running:
    """One operation while it runs: its work's future, progress and callbacks."""

    def __init__(self, future: Future, progress: Progress, label: str, failure: Failure,
                 on_success: Callable[[Any], None] | None, on_cancel: Callable[[], None] | None) -> None:
        self.future = future
        self.progress = progress
        self.label = label
        self.failure = failure
        self.on_success = on_success
        self.on_cancel = on_cancel
        self.started = time.monotonic()
        self.dialog: ProgressDialog | None = None


class OperationRunner(QObject):
    """Runs one operation at a time for ``parent`` (a window or dialog), off its thread."""

    busy_changed = Signal(bool)
    progress_shown = Signal()  # the progress dialog appeared (work over SHOW_AFTER_S)
    finished = Signal(object)  # Outcome, after on_success / the failure message (tests wait on it)

    def __init__(self, parent: QWidget, *, name: str = "operation") -> None:
        super().__init__(parent)
        self._name = name
        self._executor: ThreadPoolExecutor | None = None
        self._running: _Running | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._look)

    @property
    def _window(self) -> QWidget:
        # Asked of Qt each time: a Python reference to the window would make a cycle
        # (window → runner → window) that only the cyclic collector could free.
        return self.parent()

    @property
    def running(self) -> bool:
        return self._running is not None

    @property
    def dialog(self) -> ProgressDialog | None:
        """The progress dialog while it is shown (None before SHOW_AFTER_S or when idle)."""
        return self._running.dialog if self._running is not None else None

    def run(self, work: Work, *, label: str, failure: Failure,
            on_success: Callable[[Any], None] | None = None, on_cancel: Callable[[], None] | None = None,
            finish_within: float = 0.0) -> bool:
        """Start ``work(progress)`` on the worker thread (ended before returning when it
        takes under ``finish_within`` seconds); False (nothing started) while
        another operation runs. ``label`` says what is being made, in bokmål as in the
        source (``QT_TR_NOOP("Lager PDF-en …")``): the progress dialog translates it, and
        again when the language changes meanwhile. ``on_success(result)`` and ``on_cancel()`` are called on the window's thread."""
        from PySide6.QtCore import Qt  # not at the window's start (see .qt_names)

        if self._running is not None:
            return False
        if self._executor is None:
            # Imported at the first operation: the window's start makes none (issue 15).
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)
        progress = Progress()
        future = self._executor.submit(without_cyclic_gc(work), progress)
        self._running = _Running(future, progress, label, failure, on_success, on_cancel)
        self._window.setCursor(Qt.CursorShape.BusyCursor)
        self._timer.start()
        self.busy_changed.emit(True)
        if finish_within > 0:
            self._let_it_finish(self._running, finish_within)
        return True

    def _let_it_finish(self, running: _Running, seconds: float) -> None:
        """Serve the window's events for up to ``seconds`` while the work runs, and end it
        here if it is done by then (the window answers all the while; the work reads a
        frozen copy, so edits meanwhile cannot change it)."""
        loop = QEventLoop()
        deadline = time.monotonic() + seconds
        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(lambda: (running.future.done() or time.monotonic() >= deadline) and loop.quit())
        timer.start()
        if not running.future.done():
            loop.exec()
        timer.stop()
        if self._running is running and running.future.done():  # not ended meanwhile (window closed)
            self._finish(running)

    def cancel(self) -> None:
        """Ask the running work to stop (it ends as cancelled unless it was done already)."""
        running = self._running
        if running is None:
            return
        running.progress.cancel()
        if running.dialog is not None:
            running.dialog.show_cancelling()

    def shutdown(self) -> None:
        """Cancel, wait for the worker thread to stop, say nothing (the window is closing)."""
        running = self._running
        if running is not None:
            running.progress.cancel()
            self._end(running)
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    # ------------------------------------------------------------ the window's side
    def _look(self) -> None:
        running = self._running
        if running is None:
            return
        if running.future.done():
            self._finish(running)
            return
        if running.dialog is None and time.monotonic() - running.started >= SHOW_AFTER_S:
            running.dialog = ProgressDialog(self._window, running.label)
            running.dialog.cancel_asked.connect(self.cancel)
            running.dialog.show()
            self.progress_shown.emit()
        if running.dialog is not None:
            running.dialog.show_pages(running.progress.pages)

    def _finish(self, running: _Running) -> None:
        outcome = self._end(running)
        if outcome.error is not None:
            error = outcome.error
            log.error("%s failed", running.failure.name, exc_info=(type(error), error, error.__traceback__))
            QMessageBox.critical(self._window, running.failure.title, running.failure.sentence(error))
        elif outcome.cancelled:
            if running.on_cancel is not None:
                running.on_cancel()
        elif running.on_success is not None:
            running.on_success(outcome.result)
        self.finished.emit(outcome)

    def _end(self, running: _Running) -> Outcome:
        """The work's outcome (waiting for it if need be); the runner idle again."""
        try:
            outcome = Outcome(result=running.future.result())
        except Cancelled:
            outcome = Outcome(cancelled=True)
        except Exception as error:  # noqa: BLE001 — said once as a sentence, logged without contents
            outcome = Outcome(error=error)
        self._timer.stop()
        self._running = None
        if running.dialog is not None:
            running.dialog.hide()
            running.dialog.deleteLater()
        self._window.unsetCursor()
        self.busy_changed.emit(False)
        return outcome
