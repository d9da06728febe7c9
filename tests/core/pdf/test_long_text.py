"""A text far longer than a page is cut into paragraphs before platypus sees it
(core/pdf/paragraph.py), and the PDF still holds every character of it, in order."""

from __future__ import annotations

from oppfolging_gui.core.pdf import render_plan_pdf
from oppfolging_gui.core.pdf.paragraph import CHUNK_CHARS, plain_paragraphs
from oppfolging_gui.core.pdf.styles import styles

from .helpers import body_text, squeeze


def _numbered_words(count: int, start: int = 0) -> str:
    return " ".join(f"ord{n:06d}" for n in range(start, start + count))


def test_a_long_line_is_cut_at_a_space_and_lines_are_grouped():
    line = _numbered_words(1500)  # about 15,000 characters without a line break
    paragraphs = plain_paragraphs([line, "", "kort linje"], styles().value)
    assert len(paragraphs) >= 3
    texts = [p.text for p in paragraphs]
    assert all(len(piece) <= CHUNK_CHARS for text in texts for piece in text.split("\n"))
    assert squeeze("".join(texts)) == squeeze(line + "kort linje")
    assert not any(text.endswith("ord") for text in texts)  # never inside a word


def test_every_character_of_a_text_of_many_pages_is_in_the_pdf(filled_plan):
    lines = [_numbered_words(40, n * 40) for n in range(80)]  # many short lines
    lines.insert(30, _numbered_words(1200, 10_000))  # and one line of 12,000 characters
    lines.insert(31, "x" * 7000)  # one word longer than a chunk
    text = "\n".join(lines)
    filled_plan.progress = text
    printed = squeeze(body_text(render_plan_pdf(filled_plan)))
    assert squeeze(text) in printed
