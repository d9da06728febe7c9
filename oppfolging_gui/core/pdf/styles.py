"""Named paragraph styles and the colours and measures of the printed form."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import register_fonts

PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#555a60")
ACCENT = colors.HexColor("#1f3a5f")  # headings: a calm dark blue
BAND = colors.HexColor("#e4eaf1")  # section heading background
SUBBAND = colors.HexColor("#f1f4f8")  # Tiltak n heading background
RULE = colors.HexColor("#9aa3ad")
FAINT = colors.HexColor("#c5cbd2")
WARNING = colors.HexColor("#a4161a")

LABEL_COLUMN = 0.38 * CONTENT_WIDTH  # label | value rows


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    form_number: ParagraphStyle
    intro: ParagraphStyle
    section: ParagraphStyle
    item: ParagraphStyle
    group: ParagraphStyle
    group_help: ParagraphStyle
    label: ParagraphStyle
    field_label: ParagraphStyle
    value: ParagraphStyle
    cell: ParagraphStyle
    empty: ParagraphStyle
    help: ParagraphStyle
    table_head: ParagraphStyle
    signature_note: ParagraphStyle
    warning: ParagraphStyle
    letter: ParagraphStyle
    letter_heading: ParagraphStyle
    address: ParagraphStyle
    right: ParagraphStyle


@cache
def styles() -> Styles:
    fonts = register_fonts()
    base = ParagraphStyle(
        "base", fontName=fonts.regular, fontSize=10, leading=13.5, textColor=INK,
        alignment=TA_LEFT, allowWidows=0, allowOrphans=0,
    )

    def derive(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        title=derive("title", fontName=fonts.bold, fontSize=18, leading=22, textColor=ACCENT),
        form_number=derive("form_number", fontSize=9, leading=11, textColor=MUTED, alignment=TA_RIGHT),
        intro=derive("intro", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=4),
        section=derive(
            "section", fontName=fonts.bold, fontSize=12, leading=15, textColor=ACCENT,
            backColor=BAND, borderPadding=(4, 6, 4, 6), spaceBefore=16, spaceAfter=9,
            keepWithNext=1,
        ),
        item=derive(
            "item", fontName=fonts.bold, fontSize=11, leading=14, textColor=ACCENT,
            backColor=SUBBAND, borderPadding=(3, 6, 3, 6), spaceBefore=12, spaceAfter=7,
        ),
        group=derive("group", fontName=fonts.bold, fontSize=10, leading=13, spaceBefore=9, spaceAfter=4),
        group_help=derive("group_help", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=4),
        label=derive("label", fontSize=8.5, leading=11, textColor=MUTED),
        field_label=derive("field_label", fontSize=8.5, leading=11, textColor=MUTED, spaceBefore=5, spaceAfter=1),
        value=derive("value"),
        cell=derive("cell", leading=12.5),
        empty=derive("empty", textColor=RULE),
        help=derive("help", fontName=fonts.italic, fontSize=8, leading=10, textColor=MUTED),
        table_head=derive("table_head", fontName=fonts.bold, fontSize=8.5, leading=11, textColor=MUTED),
        signature_note=derive("signature_note", fontSize=9, leading=12),
        warning=derive("warning", fontName=fonts.bold, fontSize=8.5, leading=11, textColor=WARNING),
        letter=derive("letter", fontSize=10.5, leading=15, spaceAfter=8),
        letter_heading=derive("letter_heading", fontName=fonts.bold, fontSize=13, leading=17, spaceAfter=10, textColor=ACCENT),
        address=derive("address", fontSize=11, leading=15),
        right=derive("right", alignment=TA_RIGHT),
    )
