"""How long work (a PDF of a big plan) says how far it is, and how the user stops it.

The window runs such work on another thread (``gui.operation``); this is the small,
Qt-free half of that contract, handed to the work. The work calls :meth:`Progress.step`
at points where stopping is safe (reportlab between flowables and at each new page)
and :meth:`Progress.page` when a page is laid out. The window reads ``pages`` and
calls :meth:`Progress.cancel` from its own thread. Stopping is cooperative: the next
``step`` raises :class:`Cancelled`, the work unwinds and writes nothing.
"""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """The user stopped the work; nothing was written."""


class Progress:
    """Shared by the work (one thread) and the window (another): pages so far, and a stop."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self.pages = 0  # laid out so far; an int is written whole, read without a lock

    def cancel(self) -> None:
        """Ask the work to stop at its next safe point (any thread)."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def step(self) -> None:
        """A safe point to stop at: raises :class:`Cancelled` once :meth:`cancel` was called."""
        if self._stop.is_set():
            raise Cancelled

    def page(self, number: int) -> None:
        """Page ``number`` of the work is being laid out (also a safe point to stop at)."""
        self.pages = number
        self.step()
