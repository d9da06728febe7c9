"""The program's log: events and tracebacks, never field contents.

Nothing from a plan (names, numbers, text) is ever passed to a logger; messages
name files by their path at most. Tracebacks go here instead of to the user.

The log file is opened on the first record, not at start-up: most runs of a
command log nothing, and ``logging.handlers`` with ``platformdirs`` cost about
15 ms of every command's start (issue 7).
"""

from __future__ import annotations

import logging

from .safe_traceback import format_exception_safely

LOG_FILE_NAME = "oppfolging.log"
_handler: logging.Handler | None = None


class PrivateFormatter(logging.Formatter):
    """Tracebacks with frames and exception types only: exception messages can
    quote plan contents (pydantic and json do), so they are never written."""

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        return format_exception_safely(*ei)


class _LogFileHandler(logging.Handler):
    """A rotated file in the platformdirs log folder, looked up per record.

    Looked up per record because the folder may move (tests point platformdirs at
    a new temporary home for each test); records are rare, so that costs nothing.
    An unwritable log folder drops the record: it must not stop the program.
    """

    def __init__(self) -> None:
        super().__init__()
        self._file: str | None = None
        self._target: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        target = self._open()
        if target is not None:
            target.emit(record)

    def _open(self) -> logging.Handler | None:
        from .appdirs import log_dir

        try:
            file = str(log_dir() / LOG_FILE_NAME)
        except OSError:
            return None
        if file != self._file:
            import logging.handlers

            self.close_target()
            try:
                target = logging.handlers.RotatingFileHandler(
                    file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
                )
            except OSError:
                return None
            target.setFormatter(self.formatter)
            self._file, self._target = file, target
        return self._target

    def close_target(self) -> None:
        if self._target is not None:
            self._target.close()
        self._file = self._target = None

    def close(self) -> None:
        self.close_target()
        super().close()


def configure_logging() -> None:
    """Log to a rotated file in the platformdirs log folder (opened when first used).

    Called again it is a no-op.
    """
    global _handler
    if _handler is not None:
        return
    root = logging.getLogger("oppfolging_gui")
    root.setLevel(logging.INFO)
    handler = _LogFileHandler()
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _handler = handler
