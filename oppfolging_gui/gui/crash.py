"""Unexpected errors: logged with a traceback (no contents), shown calmly.

:func:`install_crash_handlers` replaces ``sys.excepthook`` (exceptions escaping
Qt slots and event handlers end up there) and installs a Qt message handler that
sends Qt's own warnings to the log. The user sees a short Norwegian message
instead of a crash; the recovery copy still holds their edits.

If a test harness (pytest-qt) has already hooked ``sys.excepthook``, the
exception is logged and handed on to it without a dialog, so tests still fail
loudly instead of waiting for a click.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QT_TR_NOOP, QThread, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.logs import configure_logging
from .i18n import tr

log = logging.getLogger("oppfolging_gui.crash")

MESSAGE = QT_TR_NOOP(
    "Det oppstod en uventet feil i programmet. Dine ulagrede endringer er tatt vare på "
    "i en gjenopprettingskopi.\n\nLagre planen og start programmet på nytt hvis noe ikke "
    "virker som det skal."
)
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_installed = False
_showing = False


def install_crash_handlers() -> None:
    global _installed
    configure_logging()
    if _installed:
        return
    _installed = True
    previous_hook = sys.excepthook
    handled_by_harness = previous_hook is not sys.__excepthook__

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous_hook(kind, exc, tb)
            return
        log.error("Unexpected error", exc_info=(kind, exc, tb))
        if handled_by_harness or QThread.currentThread().loopLevel() == 0:
            # Outside the event loop (start-up, shutdown, a script around main())
            # a dialog cannot be shown safely: report the usual way.
            previous_hook(kind, exc, tb)
        else:
            _tell_user()

    sys.excepthook = excepthook
    previous_handler = None

    def qt_messages(kind: QtMsgType, context: object, message: str) -> None:
        log_qt_message(kind, message)
        if previous_handler is not None:
            previous_handler(kind, context, message)

    previous_handler = qInstallMessageHandler(qt_messages)


# Said by a platform plugin about what it cannot do, every time a window is shown: the
# offscreen plugin (tests, the benchmarks, the packaging smoke test) cannot resize a
# window to its size hints. Logged, it filled the log, and the first line written
# at start cost the start the log file's handler and its imports (issue 15).
_NOT_WORTH_A_LOG_LINE = frozenset({"This plugin does not support propagateSizeHints()"})


def log_qt_message(kind: QtMsgType, message: str) -> None:
    """One of Qt's own messages in the program's log (unless it is only noise)."""
    # Qt's messages describe widgets and fonts, not plan contents; cut long ones anyway.
    if message not in _NOT_WORTH_A_LOG_LINE:
        log.log(_QT_LEVELS.get(kind, logging.WARNING), "Qt: %s", message[:300])


def _tell_user() -> None:
    global _showing
    if _showing or QApplication.instance() is None:
        return  # one message at a time, even if the error repeats while it is shown
    _showing = True
    try:
        QMessageBox.critical(QApplication.activeWindow(), tr("Uventet feil"), tr(MESSAGE))
    finally:
        _showing = False
