"""The program's log: events and tracebacks, never field contents.

Nothing from a plan (names, numbers, text) is ever passed to a logger; messages
name files by their path at most. Tracebacks go here instead of to the user.
"""

from __future__ import annotations

import logging
import logging.handlers

from .appdirs import log_dir
from .safe_traceback import format_exception_safely

LOG_FILE_NAME = "oppfolging.log"
_handler: logging.Handler | None = None
_handler_file: str | None = None


class PrivateFormatter(logging.Formatter):
    """Tracebacks with frames and exception types only: exception messages can
    quote plan contents (pydantic and json do), so they are never written."""

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        return format_exception_safely(*ei)


def configure_logging() -> None:
    """Log to a rotated file in the platformdirs log folder.

    Called again it is a no-op, unless the log folder moved (tests point
    platformdirs at a new temporary home for each test).
    """
    global _handler, _handler_file
    try:
        file = str(log_dir() / LOG_FILE_NAME)
    except OSError:
        file = None
    if _handler is not None and file == _handler_file:
        return
    root = logging.getLogger("oppfolging_gui")
    root.setLevel(logging.INFO)
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    try:
        if file is None:
            raise OSError("no log folder")
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # an unwritable log folder must not stop the program
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _handler, _handler_file = handler, file
