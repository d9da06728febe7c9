"""Qt's enum values by name, for what the window does before its first paint.

The first use of PySide6's ``Qt`` namespace from Python makes every one of its 94
enums a Python enum (``Qt.Key`` alone has 471 members): some 120 million
instructions, a fifth of the whole start of a bare ``QMainWindow`` (issue 15). The
first screen needs only a handful of its values (scroll bar policies, a text format,
an alignment, the tool bar's button style), and Qt's property system takes those by
name with no Python enum at all: ``set_by_name(label, "textFormat", "PlainText")``
does what ``label.setTextFormat(Qt.TextFormat.PlainText)`` does.

So the modules the window's start imports do not import ``Qt`` at module level; what
runs before the first paint (the window, the form's first section, the milestones,
painting them) sets enums by name; code that runs later (a key press, a dialog, the
follow-up log's table) imports ``Qt`` where it needs it. ``Qt`` is then made in one
of the form's building slices after the window is shown.
``tests/gui/test_startup_imports.py`` keeps it so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_by_name(target: QObject, prop: str, value: str) -> None:
    """Set the enum or flags property ``prop`` of ``target`` to ``value``, the key as Qt
    names it in C++ (``"ScrollBarAlwaysOff"``; flags joined by ``|``: ``"AlignLeft|AlignTop"``)."""
    if not target.setProperty(prop, value):
        # No such property or no such key: a mistake in this program, never the user's.
        raise ValueError(f"{type(target).__name__} has no property {prop!r} taking {value!r}")
