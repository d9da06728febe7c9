"""The A4 page frame, the footer "Side n av m", and deterministic PDF output.

"Side n av m" needs the page count before the first page is finished, so the canvas
keeps every page's drawing until ``save`` and adds the footers then (the usual
reportlab recipe). Cover pages carry no footer and are not counted: the plan's own
pages are numbered from 1, as command-line.md says.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from ..messages import message
from ..progress import Progress
from . import styles as st
from .fonts import register_fonts

COVER, PLAN = "cover", "plan"


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str


class NumberingCanvas(Canvas):
    """Holds the pages back until the total is known, then draws the footers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._page_states: list[dict] = []
        self.footer_text: str | None = None  # set per page by the page template
        self.language = "nb"  # of "Side n av m", set with the footer

    def showPage(self):  # noqa: N802 (reportlab's name)
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        # The printed number of each page (None: a cover, not counted), for the
        # footers and for anything else drawn once the count is known.
        numbers: list[int | None] = []
        total = 0
        for state in self._page_states:
            if state["footer_text"] is None:
                numbers.append(None)
            else:
                total += 1
                numbers.append(total)
        for index, state in enumerate(self._page_states):
            self.__dict__.update(state)
            self.page_numbers, self.page_index = numbers, index
            if self.footer_text is not None:
                self._draw_footer(numbers[index], total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        fonts = register_fonts()
        width = st.PAGE_SIZE[0]
        y = st.MARGIN_BOTTOM - 26  # well below the frame, so a full page never touches it
        self.saveState()
        self.setStrokeColor(st.FAINT)
        self.setLineWidth(0.5)
        self.line(st.MARGIN_LEFT, y + 10, width - st.MARGIN_RIGHT, y + 10)
        self.setFillColor(st.MUTED)
        self.setFont(fonts.regular, 8)
        self.drawString(st.MARGIN_LEFT, y, self.footer_text or "")
        self.setFont(fonts.bold, 8)
        self.drawRightString(width - st.MARGIN_RIGHT, y, message("pdf.page", self.language, n=number, m=total))
        self.restoreState()


def _frame(template_id: str) -> Frame:
    return Frame(
        st.MARGIN_LEFT, st.MARGIN_BOTTOM, st.CONTENT_WIDTH,
        st.PAGE_SIZE[1] - st.MARGIN_TOP - st.MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=template_id,
    )


def page_template(template_id: str, footer_text: str | None, language: str = "nb") -> PageTemplate:
    """An A4 page whose footer is ``footer_text`` and "Side n av m" (in ``language``);
    None: no footer, not counted."""

    def on_page(canvas, _doc):
        canvas.footer_text = footer_text
        canvas.language = language

    return PageTemplate(id=template_id, frames=[_frame(template_id)], onPage=on_page)


# The document's language for PDF readers and screen readers (BCP 47).
LANGUAGE_TAGS = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}


def build_pdf(story: list, metadata: Metadata, footer_text: str, *, with_cover: bool, language: str = "nb",
              progress: Progress | None = None) -> bytes:
    """Lay out ``story`` on A4 pages and return the PDF bytes.

    With a cover, the story must start with the cover's flowables followed by
    ``NextPageTemplate(PLAN)`` and a page break.
    """
    templates = [page_template(COVER, None, language), page_template(PLAN, footer_text, language)]
    if not with_cover:
        templates.reverse()  # the first template is the one page one uses
    return build_with_templates(story, metadata, templates, language=LANGUAGE_TAGS.get(language, "nb-NO"),
                                progress=progress)


def build_with_templates(story: list, metadata: Metadata, templates: list[PageTemplate], *,
                         canvasmaker: type[Canvas] = NumberingCanvas, invariant: bool = True,
                         language: str = "nb-NO", keywords: str = "", progress: Progress | None = None) -> bytes:
    """Lay out ``story`` on ``templates`` (the first is page one's); the PDF bytes.

    ``invariant``: a fixed creation date and document id, so the same input gives the
    same bytes (the archive, which records when it was made, passes False).
    ``progress``: told of every page; the layout stops (:class:`~..progress.Cancelled`)
    between two flowables once it is cancelled.
    """
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=st.PAGE_SIZE,
        leftMargin=st.MARGIN_LEFT, rightMargin=st.MARGIN_RIGHT,
        topMargin=st.MARGIN_TOP, bottomMargin=st.MARGIN_BOTTOM,
        title=metadata.title, author=metadata.author, subject=metadata.subject, keywords=keywords,
        creator="Oppfølgingsplan", producer="Oppfølgingsplan (reportlab)",
        lang=language,
        # Every page starts in this font; reportlab's default (Helvetica) is not
        # embedded, and a PDF/A-minded reader would flag it.
        initialFontName=register_fonts().regular, initialFontSize=10, initialLeading=12,
        invariant=1 if invariant else 0,
    )
    doc.addPageTemplates(templates)
    if progress is not None:
        doc.setProgressCallBack(_reporting_to(progress))
    # Compressed streams as plain binary, without reportlab's default ASCII85 layer
    # on top: some 10 % smaller files, and no pure-Python base-85 encoding of every
    # page and font (about 15 ms of a large plan, issue 7). This process makes no
    # other PDFs, so the setting is simply ours.
    rl_config.useA85 = 0
    doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()


def _reporting_to(progress: Progress):
    """reportlab's progress callback: ``("PAGE", n)`` as each page begins, ``("PROGRESS",
    flowables done)`` after each flowable; both are points where stopping leaves nothing
    behind (the PDF is still in memory)."""

    def on_progress(kind: str, value: int) -> None:
        if kind == "PAGE":
            progress.page(value)
        else:
            progress.step()

    return on_progress
