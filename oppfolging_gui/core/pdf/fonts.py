"""The shipped Noto Sans TrueType fonts, registered with reportlab once per process.

Noto Sans covers Norwegian (æ ø å, « », – and the Sami letters) and is embedded as a
subset in every PDF, so the printout looks the same on every machine. The files and
their licence (SIL OFL 1.1) live in ``resources/fonts``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
}


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    italic: str
    glyphs: frozenset[int]  # code points the regular font can draw


@cache
def register_fonts() -> Fonts:
    """Register the family with reportlab (idempotent, cached) and return its names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources.files("oppfolging_gui.resources").joinpath("fonts")
    loaded = {}
    for name, file_name in _FILES.items():
        with folder.joinpath(file_name).open("rb") as stream:
            loaded[name] = TTFont(name, stream)
        pdfmetrics.registerFont(loaded[name])
    # So that <b> and <i> in Paragraph markup pick the right file.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    glyphs = frozenset(loaded[REGULAR].face.charToGlyph)
    return Fonts(REGULAR, BOLD, ITALIC, glyphs)
