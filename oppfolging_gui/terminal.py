"""What the program writes to a terminal must never fail on a character.

Its own module, small and free of imports, because the window's start uses it
too, before it knows whether the command line's parser will be needed (issue 15).
"""

from __future__ import annotations

import sys


def never_fail_on_a_character() -> None:
    """A name in another script printed where the terminal's encoding lacks it becomes "?".

    (A Windows console redirected to a file is cp1252; LANG=…ISO-8859-1 is Latin-1: a
    Japanese employee name would otherwise end the command with an error.)
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "strict") == "strict":
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # already written to, or not a text file
                pass
