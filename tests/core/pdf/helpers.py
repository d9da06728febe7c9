"""Reading generated PDFs back the way a user (or a screen reader) would: as text."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

_SPACE = re.compile(r"\s+")


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in reader(data).pages]


_FOOTER = re.compile(r"NAV 25-02\.01 · [^\n]*?\s*Side \d+ av \d+\s*$")


# The follow-up log's column headings, repeated where the log goes on over a page.
_LOG_HEADINGS = re.compile(r"^\s*Dato\s+Hva ble gjort\s+Merknad\s*")


def body_text(data: bytes) -> str:
    """The text of all pages without page footers and repeated table headings."""
    pages = [_FOOTER.sub("", text) for text in page_texts(data)]
    return "\n".join(pages[:1] + [_LOG_HEADINGS.sub("", text) for text in pages[1:]])


def squeeze(text: str) -> str:
    """Text without white space: lines wrap wherever the page ends them."""
    return _SPACE.sub("", text)


def font_objects(data: bytes) -> list:
    """Every font dictionary used on any page."""
    fonts = []
    for page in reader(data).pages:
        resources = page.get("/Resources")
        if resources is None or "/Font" not in resources:
            continue
        for ref in resources["/Font"].values():
            fonts.append(ref.get_object())
    return fonts
