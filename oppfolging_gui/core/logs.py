"""The program's log: events and tracebacks, never field contents.

Nothing from a plan (names, numbers, text) is ever passed to a logger; messages
name files by their path at most. Tracebacks go here instead of to the user.
"""

from __future__ import annotations

import logging
import logging.handlers

from .appdirs import log_dir

LOG_FILE_NAME = "oppfolging.log"
_configured = False


def configure_logging() -> None:
    """Log to a rotated file in the platformdirs log folder (once per process)."""
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger("oppfolging_gui")
    root.setLevel(logging.INFO)
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir() / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # an unwritable log folder must not stop the program
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
