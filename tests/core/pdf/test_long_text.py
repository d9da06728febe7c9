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


def _printed_lines(paragraph) -> list[str]:
    return [
        " ".join(line[1]) if isinstance(line, tuple) else "".join(w.text for w in line.words).strip(" ")
        for line in paragraph.blPara.lines
    ]


def test_the_pieces_of_a_cut_line_print_as_reportlab_prints_them():
    # A line of 4,400 characters (the PDF benchmark's texts) is cut once; its two
    # pieces are broken one at a time (the quicker path). The printed lines, the
    # lines kept on a page at a split and those moved on are what reportlab's own
    # breaking of the same paragraph gives.
    sentence = "Arbeidstaker og leder har avtalt tilrettelegging med gradvis opptrapping. "
    style = styles().value
    width = 481.89
    (ours,) = plain_paragraphs([(sentence * 60).strip()], style)
    (reportlabs,) = plain_paragraphs([(sentence * 60).strip()], style)
    reportlabs._typed_lines = None  # reportlab's path for several fragments
    assert ours._typed_lines is not None
    assert ours.wrap(width, 800) == reportlabs.wrap(width, 800)
    assert _printed_lines(ours) == _printed_lines(reportlabs)
    for height in (40, 200, 300.5, 520):
        ours_parts = ours.split(width, height)
        reportlabs_parts = reportlabs.split(width, height)
        assert [_printed_lines(p) for p in ours_parts] == [_printed_lines(p) for p in reportlabs_parts]
        rest = ours_parts[1]
        rest._wrapped_width = None  # broken again (another frame): its line breaks stay
        rest.wrap(width, 800)
        assert _printed_lines(rest) == _printed_lines(reportlabs_parts[1])
        ours.wrap(width, 800)
        reportlabs.wrap(width, 800)
