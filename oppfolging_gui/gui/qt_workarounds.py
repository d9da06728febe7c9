"""Workarounds for defects in the Qt bindings, each with the reason and when to drop it.

**None and True run out of references** (``make_none_immortal``).
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
freed anyway, so this changes nothing else. Drop it when Python 3.11
support ends or the bindings are fixed (tests/gui/test_qt_workarounds.py shows
the defects).

**Every module's source read again** (``skip_source_reads_of_loaded_modules``).
PySide6 replaces ``import`` with a hook for its ``__feature__`` switches: the first
time after PySide6 is loaded that any module is imported — or merely imported again,
as ``import typing`` in the window's modules does — the hook reads that module's
whole source file to see whether it mentions PySide6. At the window's start that is
some 120 files, typing.py and pydantic's among them (~30 M instructions, 5 % of a bare
window's start; issue 15). A module loaded before PySide6 cannot use its switches, so
its answer is known: we give it to the hook's table at once. Drop this when PySide6
stops reading sources on import.
"""

from __future__ import annotations

import ctypes
import sys

_PLENTY = 1 << 60
# The hook's answer for a module that does not use PySide6 ("ignore this module"), and
# modules that do, or may: the bindings themselves, and the script being run.
_NO_FEATURES = -1
_USES_PYSIDE = ("PySide6", "shiboken6", "shibokensupport", "__main__", "__feature__")


def skip_source_reads_of_loaded_modules() -> None:
    """Tell PySide6's import hook that the modules loaded before it use no PySide6
    features (what reading their sources would tell it). Does nothing if the hook's
    table is not where PySide6 6.8-6.12 keep it."""
    import PySide6  # noqa: F401  (installs the hook and its table)

    try:
        from shibokensupport.feature import pyside_feature_dict  # type: ignore[import-not-found]
    except ImportError:
        return
    if not isinstance(pyside_feature_dict, dict):
        return
    for name in list(sys.modules):
        if not name.startswith(_USES_PYSIDE):
            pyside_feature_dict.setdefault(name, _NO_FEATURES)


def make_none_immortal() -> None:
    """On Python < 3.12 raise the reference counts of ``None``, ``True`` and
    ``False`` far beyond any use."""
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return  # immortal already; or a debug build, whose object header differs
    for constant in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(constant))  # ob_refcnt is the first field
        if refcount.value < _PLENTY:
            refcount.value += _PLENTY
