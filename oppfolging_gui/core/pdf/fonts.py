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


def _load(name: str):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources.files("oppfolging_gui.resources").joinpath("fonts")
    with folder.joinpath(_FILES[name]).open("rb") as stream:
        font = TTFont(name, stream)
    pdfmetrics.registerFont(font)
    return font


@cache
def register_fonts() -> Fonts:
    """Register regular and bold with reportlab (once per process) and return the names.

    Italic is registered only on demand (:func:`register_italic`): each font costs
    some 25 ms to load, and only the blank form's help texts use it.
    """
    from reportlab.lib.fonts import addMapping

    regular = _load(REGULAR)
    _load(BOLD)
    # So that <b> in Paragraph markup picks the bold file.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    return Fonts(REGULAR, BOLD, ITALIC, frozenset(regular.face.charToGlyph))


@cache
def register_italic() -> str:
    from reportlab.lib.fonts import addMapping

    register_fonts()
    _load(ITALIC)
    addMapping(REGULAR, 0, 1, ITALIC)
    return ITALIC
