"""The one table of characters that must not reach a person raw.

Three places show text that came from outside (a plan file, a file name): the names
in the window's questions (``untrusted.one_line``), the file name of a new version
(``versions``) and everything the command line prints (``commands._output``). Each
does its own thing with such a character — a space, nothing, U+FFFD — but which
characters they are is decided here, once.
"""

from __future__ import annotations

# Controls and line breakers: C0 and C1 controls (ESC, CSI U+009B, BEL, CR …), half a
# surrogate pair (from a file name that is not UTF-8), U+2028/2029 (break a line on
# some terminals). Something was there: shown as a space or U+FFFD.
CONTROLS = frozenset({"Cc", "Cs", "Zl", "Zp"})
# Invisible by design: the bidi embeddings, overrides and isolates (U+202A–202E,
# U+2066–2069: "…<RLO>fdp.exe" looks like another file), U+200E/F, zero-width
# characters, the soft hyphen. Left out.
FORMATS = frozenset({"Cf"})
# Never drawn as anything a reader can check: private use and unassigned code points.
UNCHECKABLE = frozenset({"Co", "Cn"})
