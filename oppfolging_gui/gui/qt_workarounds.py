"""Workarounds for defects in the Qt bindings, each with the reason and when to drop it.

PySide6 6.12.0 on Python 3.11: every call of a Qt method that returns nothing
(``setText``, ``setVisible``, ``setStyleSheet`` …) takes one reference from
``None`` that it never gave (measured: −1 per call; 6.11.3 does not do this).
After some tens of thousands of such calls — a few minutes of typing in the
window — ``None``'s reference count reaches zero and the interpreter aborts with
"none_dealloc: deallocating None", losing the user's unsaved edits.

The same bindings take one reference from ``True`` on every ``Signal.emit()``
made from Python (measured: −1 per emit; 6.11.3 does not): a few thousand emits —
an afternoon of autosaves, or typing in the follow-up log, whose table model tells
the view of every keystroke — and the interpreter aborts with "bool_dealloc:
deallocating True or False".

Python 3.12 made ``None``, ``True`` and ``False`` immortal (PEP 683), which is why
the defects are harmless there. On 3.11 we do the same by hand: give them a
reference count so large that no program run could ever use it up. They are never
freed anyway, so this changes nothing else. Drop this module when Python 3.11
support ends or the bindings are fixed (tests/gui/test_qt_workarounds.py shows
the defects).
"""

from __future__ import annotations

import ctypes
import sys

_PLENTY = 1 << 60


def make_none_immortal() -> None:
    """On Python < 3.12 raise the reference counts of ``None``, ``True`` and
    ``False`` far beyond any use."""
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return  # immortal already; or a debug build, whose object header differs
    for constant in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(constant))  # ob_refcnt is the first field
        if refcount.value < _PLENTY:
            refcount.value += _PLENTY
