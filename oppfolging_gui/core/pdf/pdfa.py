"""PDF/A-2b for the archive: what long-term archives (Noark systems) ask of a PDF.

reportlab already embeds every font (the shipped Noto Sans, as TrueType subsets),
writes no encryption, no scripts and no links, and puts a document id in the
trailer. This adds the rest of PDF/A-2 level B (ISO 19005-2):

- an output intent naming sRGB, with the ICC profile shipped in ``resources/color``
  embedded, so every DeviceRGB and DeviceGray colour has a defined meaning;
- XMP metadata in the catalogue, saying ``pdfaid:part`` 2 and ``pdfaid:conformance``
  B, with the same title, author, subject, keywords, tools and dates as the
  document information dictionary (PDF/A wants the two to agree);
- no ``Trapped`` entry in the information dictionary (it has no counterpart in the
  XMP schemas PDF/A-2 predefines, and it says nothing anyone needs).

Nothing here checks the whole standard (no validator such as veraPDF runs here);
the tests read these properties back from the written file.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    XMP,
    PDFArray,
    PDFDictionary,
    PDFInfo,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)

from .template import NumberingCanvas
from .text import clean

PDFA_PART, PDFA_CONFORMANCE = 2, "B"
SRGB_IDENTIFIER = "sRGB IEC61966-2.1"
_ICC_REGISTRY = "http://www.color.org"  # the registry the identifier is from (a name, not a link)
_PACKET_ID = "W5M0MpCehiHzreSzNTczkc9d"  # the XMP packet's fixed id (XMP specification)


@cache
def srgb_profile() -> bytes:
    """The shipped sRGB ICC profile (see ``resources/color/sRGB-LICENSE.txt``)."""
    return resources.files("oppfolging_gui.resources").joinpath("color/sRGB.icc").read_bytes()


class _ArchivalInfo(PDFInfo):
    """The information dictionary without ``Trapped``; otherwise reportlab's."""

    def format(self, document):
        dictionary = PDFDictionary({
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Creator": PDFString(self.creator),
            "Producer": PDFString(self.producer),
            "CreationDate": _pdf_date(document),
            "ModDate": _pdf_date(document),
        })
        return dictionary.format(document)


def _pdf_date(document) -> PDFString:
    stamp = document._timeStamp  # the one time reportlab stamps the document with
    year, month, day, hour, minute, second = stamp.YMDhms
    return PDFString(
        f"D:{year:04d}{month:02d}{day:02d}{hour:02d}{minute:02d}{second:02d}"
        f"{stamp.dhh:+03d}'{stamp.dmm:02d}'"
    )


def _xmp_date(document) -> str:
    stamp = document._timeStamp
    year, month, day, hour, minute, second = stamp.YMDhms
    return (f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
            f"{stamp.dhh:+03d}:{stamp.dmm:02d}")


def _xml(text: str) -> str:
    return escape(clean(text).replace("\n", " "))


def xmp_packet(document) -> bytes:
    """The XMP metadata of ``document`` (a reportlab PDFDocument), as UTF-8."""
    info = document.info
    when = _xmp_date(document)
    language = _xml(getattr(getattr(document.Catalog, "Lang", None), "s", "")) or "x-default"
    packet = f"""<?xpacket begin="\ufeff" id="{_PACKET_ID}"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <pdfaid:part>{PDFA_PART}</pdfaid:part>
   <pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_xml(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{_xml(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{_xml(info.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>{_xml(info.keywords)}</pdf:Keywords>
   <pdf:Producer>{_xml(info.producer)}</pdf:Producer>
   <xmp:CreatorTool>{_xml(info.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


def _output_intent(document) -> PDFDictionary:
    profile = PDFStream(PDFDictionary({"N": 3, "Alternate": PDFName("DeviceRGB")}),
                        srgb_profile(), filters=[PDFZCompress])
    return PDFDictionary({
        "Type": PDFName("OutputIntent"),
        "S": PDFName("GTS_PDFA1"),  # the subtype every PDF/A part uses
        "OutputConditionIdentifier": PDFString(SRGB_IDENTIFIER),
        "Info": PDFString(SRGB_IDENTIFIER),
        "RegistryName": PDFString(_ICC_REGISTRY),
        "DestOutputProfile": document.Reference(profile),
    })


class ArchivalCanvas(NumberingCanvas):
    """The numbering canvas writing PDF/A-2b: output intent, XMP, no ``Trapped``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        document = self._doc
        info = _ArchivalInfo()
        info.__dict__.update(document.info.__dict__)
        document.info = info
        catalog = document.Catalog
        # The XMP stream is written uncompressed (no filter), as PDF/A asks of it.
        catalog.Metadata = XMP(creator=xmp_packet)
        # reportlab writes only the catalogue keys it knows; this instance knows one more.
        catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
        catalog.OutputIntents = PDFArray([_output_intent(document)])
