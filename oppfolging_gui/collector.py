"""When Python's cyclic garbage collector may run: the one place that turns it off.

Two reasons keep it off for a while, and they overlap (an export can start before the
start-up's window is painted), so each is a counted hold and the collector comes back
only when the last hold ends, as it was before the first:

- **The start** (:func:`hold_for_start`, from ``__main__.before_qt`` until the window
  is painted; issue 15). Creating the start's several hundred modules and classes
  (pydantic's, PySide6's enums) would run the collector dozens of times, finding next
  to nothing; what it could free meanwhile is bounded by one plan read and one window
  built.
- **Work on a worker thread** (:func:`without_cyclic_gc`: PDFs, printing, autosave).
  The collector runs on whichever thread allocates past its threshold, and reportlab
  allocates hard. Garbage found there may hold the wrapper of a widget from the
  window's thread (a closed dialog's tree, unreachable but for a cycle); shiboken
  then hands that widget's deletion to the window's thread, which runs it after Qt
  has already deleted the widget with its parent: a double delete, a crash (seen as a
  crashed test worker in ``tests/gui/test_printing.py``). Kept off while workers
  work, the collector next runs on the window's thread, the only one left allocating.

When the start's hold ends, what the start made is frozen (``gc.freeze``) rather
than walked again by every later collection. Reference counting still frees
everything that is not in a cycle. Free of Qt: the
start takes its hold before Qt is imported.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_lock = threading.Lock()
_holds = 0  # holds now, for any reason
_was_enabled = False  # as the first of them found it (a test or embedder may have it off)
_start_held = False


def _hold() -> None:
    global _holds, _was_enabled
    with _lock:
        if _holds == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holds += 1


def _release() -> None:
    global _holds
    with _lock:
        _holds -= 1
        if _holds == 0 and _was_enabled:
            gc.enable()


def hold_for_start() -> None:
    """Off for the window's start (once; :func:`end_start_hold` ends it)."""
    global _start_held
    if not _start_held:
        _start_held = True
        _hold()


def end_start_hold() -> None:
    """The window is painted, or the run ended before: the start's hold ends (again is harmless)."""
    global _start_held
    if _start_held:
        _start_held = False
        # What the start made (modules, classes, the window, the plan read) lives as
        # long as the program: frozen, the collector no longer walks it every time it
        # runs. Its first full runs after the start walked all of it inside the form's
        # building slices, up to 52 ms of a slice with a 1,000-event plan (issue 15's
        # limit is 50; 20-41 ms frozen). Reference counting still frees what is dropped.
        gc.freeze()
        _release()


def without_cyclic_gc(work: Callable[P, R]) -> Callable[P, R]:
    """``work`` as it is, run with automatic cyclic collection held off (a worker's)."""

    @functools.wraps(work)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        _hold()
        try:
            return work(*args, **kwargs)
        finally:
            _release()

    return run
