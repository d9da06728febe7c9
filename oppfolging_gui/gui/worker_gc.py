"""Python's cyclic garbage collector stays off the worker threads while they work.

The collector runs on whichever thread happens to allocate past its threshold, and a
worker making a PDF (reportlab) allocates hard. Garbage it finds may hold a wrapper of
a widget from the window's thread (a closed dialog's tree, unreachable but for a
cycle); shiboken then hands that widget's C++ deletion to the window's thread, which
runs it at some later moment — after Qt has already deleted the widget with its
parent: a double delete, and the program dies with SIGSEGV (seen as a crashed test
worker in ``tests/gui/test_printing.py``). Ownership mistakes and cycles can come back
with any new widget; keeping the collection on the window's thread rules the whole
class out.

:func:`without_cyclic_gc` wraps a piece of work for the worker: automatic collection
is paused from when it starts until the last such work ends (reference counting still
frees everything that is not in a cycle), then resumed, so the next collection
happens on the window's thread — the only one left allocating.
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
_working = 0  # pieces of work running now, on any worker
_was_enabled = False  # as the first of them found it (a test or embedder may have it off)


def _pause() -> None:
    global _working, _was_enabled
    with _lock:
        if _working == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _working += 1


def _resume() -> None:
    global _working
    with _lock:
        _working -= 1
        if _working == 0 and _was_enabled:
            gc.enable()


def without_cyclic_gc(work: Callable[P, R]) -> Callable[P, R]:
    """``work`` as it is, run with automatic cyclic collection paused (see the module)."""

    @functools.wraps(work)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        _pause()
        try:
            return work(*args, **kwargs)
        finally:
            _resume()

    return run
