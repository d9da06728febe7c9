"""Floor for the PDF benchmark: a plain platypus script writing the plan's texts.

    python benchmarks/pdf_floor.py PLAN.oppfplan OUT.pdf

It reads the plan as plain JSON (no checking, no model: the floor is reportlab
itself, as issue 7 defines it), takes every string in it (the texts
``oppfolging pdf`` prints), and writes each as one Paragraph
in the same shipped font (Noto Sans) on A4 — no form, no tables, no page numbers.
The program's whole process may cost at most 1.3 times this whole process: reading
and checking the file, validation and the form's layout all fit in that 30 %.
"""

import json
import sys
from importlib import resources
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate


def texts(node):
    if isinstance(node, str):
        if node.strip():
            yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from texts(value)


def main(source: str, target: str) -> None:
    with open(source, encoding="utf-8") as stream:
        plan = json.load(stream)
    fonts = resources.files("oppfolging_gui.resources").joinpath("fonts")
    with fonts.joinpath("NotoSans-Regular.ttf").open("rb") as stream:
        pdfmetrics.registerFont(TTFont("NotoSans", stream))
    style = ParagraphStyle("body", fontName="NotoSans", fontSize=10, leading=13.5, spaceAfter=6)
    story = [Paragraph(escape(text).replace("\n", "<br/>"), style) for text in texts(plan)]
    SimpleDocTemplate(target, pagesize=A4).build(story)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
