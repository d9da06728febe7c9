"""The archive's PDF/A-2b properties, each read back from the written file with pypdf.

This checks what PDF/A-2 level B asks that the program controls: embedded fonts, an
sRGB output intent with its ICC profile, XMP metadata naming PDF/A-2 B and agreeing
with the document information, no encryption, no scripts, no links or other actions,
a document id and a binary header comment. It is not a full validator (veraPDF does
not run here).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from oppfolging_gui.core.pdf.archive import render_archive_pdf
from oppfolging_gui.core.pdf.pdfa import srgb_profile

from .archive_plans import three_versions
from .helpers import reader

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
}


@pytest.fixture(scope="module")
def data() -> bytes:
    from oppfolging_gui.core.storage import read_plan

    from ...conftest import EXAMPLE_PLAN

    plan = read_plan(EXAMPLE_PLAN)
    plan.key_info.employer.name = "Verksted & Søn <AS>"  # XML's special characters in the metadata
    return render_archive_pdf(three_versions(plan), made_on=date(2027, 3, 1))


def _walk(obj, seen: set[int] | None = None):
    """Every object reachable from ``obj`` (dictionaries, arrays, streams), once."""
    seen = set() if seen is None else seen
    if isinstance(obj, IndirectObject):
        key = (obj.idnum, obj.generation)
        if key in seen:
            return
        seen.add(key)
        obj = obj.get_object()
    yield obj
    if isinstance(obj, DictionaryObject):  # streams are dictionaries too
        for value in obj.values():
            yield from _walk(value, seen)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            yield from _walk(value, seen)


def _xmp(data: bytes) -> ET.Element:
    catalog = reader(data).trailer["/Root"]
    stream = catalog["/Metadata"].get_object()
    assert stream["/Type"] == "/Metadata" and stream["/Subtype"] == "/XML"
    assert "/Filter" not in stream  # the metadata stays readable without decoding
    return ET.fromstring(stream.get_data())


def test_header_says_pdf_with_a_binary_comment(data):
    first, second = data.split(b"\n")[:2]
    assert first.startswith(b"%PDF-1.")
    assert second.startswith(b"%") and sum(byte > 127 for byte in second[1:5]) == 4


def test_xmp_names_pdfa_2_b(data):
    description = _xmp(data).find(".//rdf:Description", NS)
    assert description.find("pdfaid:part", NS).text == "2"
    assert description.find("pdfaid:conformance", NS).text == "B"


def test_xmp_agrees_with_the_document_information(data):
    info = reader(data).metadata
    description = _xmp(data).find(".//rdf:Description", NS)

    def text(path: str) -> str:
        return description.find(path, NS).text or ""

    assert text("dc:title/rdf:Alt/rdf:li") == info["/Title"] and "Jonas Eksempelsen" in info["/Title"]
    assert text("dc:creator/rdf:Seq/rdf:li") == info["/Author"] == "Verksted & Søn <AS>"
    assert text("dc:description/rdf:Alt/rdf:li") == info["/Subject"]
    assert text("pdf:Keywords") == info["/Keywords"]
    assert text("pdf:Producer") == info["/Producer"]
    assert text("xmp:CreatorTool") == info["/Creator"]
    created = info.creation_date  # the same instant in both, offsets included
    assert created is not None and created == info.modification_date
    from datetime import datetime

    assert datetime.fromisoformat(text("xmp:CreateDate")) == created
    assert datetime.fromisoformat(text("xmp:ModifyDate")) == created
    assert "/Trapped" not in reader(data).trailer["/Info"]


def test_srgb_output_intent_with_the_shipped_icc_profile(data):
    intents = reader(data).trailer["/Root"]["/OutputIntents"]
    assert len(intents) == 1
    intent = intents[0].get_object()
    assert intent["/Type"] == "/OutputIntent" and intent["/S"] == "/GTS_PDFA1"
    assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    assert isinstance(profile, StreamObject) and profile["/N"] == 3
    icc = profile.get_data()
    assert icc == srgb_profile()
    assert icc[16:20] == b"RGB " and icc[36:40] == b"acsp"  # an RGB ICC profile
    assert int.from_bytes(icc[:4], "big") == len(icc)


def test_every_font_is_embedded(data):
    pdf = reader(data)
    fonts = []
    for page in pdf.pages:
        for ref in page["/Resources"]["/Font"].values():
            fonts.append(ref.get_object())
    assert fonts
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
        assert "Helvetica" not in font["/BaseFont"]


def test_no_encryption_scripts_links_or_actions(data):
    pdf = reader(data)
    assert not pdf.is_encrypted and "/Encrypt" not in pdf.trailer
    assert "/ID" in pdf.trailer
    catalog = pdf.trailer["/Root"]
    for key in ("/OpenAction", "/AA", "/AcroForm", "/Names"):
        assert key not in catalog
    for page in pdf.pages:
        assert "/Annots" not in page and "/AA" not in page
    forbidden = {"/JavaScript", "/JS", "/URI", "/Launch", "/GoToR", "/GoToE", "/SubmitForm",
                 "/ImportData", "/Sound", "/Movie", "/RichMedia", "/EmbeddedFile", "/EmbeddedFiles"}
    for obj in _walk(pdf.trailer):
        if isinstance(obj, DictionaryObject):
            assert not forbidden & set(obj.keys()), set(obj.keys())
            assert obj.get("/S") not in forbidden and obj.get("/Type") not in forbidden
