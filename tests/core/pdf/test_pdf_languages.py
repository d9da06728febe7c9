"""Every PDF the program makes speaks the language it was asked for: no bokmål left in a
nynorsk or English printout, no Norwegian in an English one.

Read back as a user reads it (pdftotext). The plan's own text is the user's and may
be in any language, so the example plan's free text that holds a checked word is
replaced first: what is left of those words came from the program.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date
from functools import cache

import pytest

from oppfolging_gui.core.model import Plan
from oppfolging_gui.core.pdf import render_blank_pdf, render_plan_pdf
from oppfolging_gui.core.pdf.archive import render_archive_pdf

TODAY = date(2026, 12, 1)

# Words that are bokmål and not nynorsk (nor English): a nynorsk or English PDF shows none.
BOKMAL_ONLY = (
    "ikke", "hvis", "fra", "følger", "ble", "sendes", "holdes", "senest", "uke", "uker", "vennlig", "hilsen",
    "gjelder", "avsender", "annen", "nærmeste", "leder", "mulig", "ønsker", "utarbeidet", "avsluttet",
    "hendelser?", "hvilke", "hva", "hvordan", "virksomhet(en)?", "arbeidsgiver(en)?", "arbeidstaker(en)?",
    "sykefravær(et)?", "sykmelding(en)?", "sykmelder", "sykmeldt", "underskrevet", "laget", "innhold",
)
# Norwegian words (in either written standard) an English PDF never shows.
NORWEGIAN = BOKMAL_ONLY + (
    "og", "er", "til", "med", "ikkje", "frå", "versjon", "side", "av", "utfylt", "tiltak", "arbeidstakar",
    "arbeidsgjevar", "gjeld", "planen", "dato", "vedlegg", "underskrift", "namn", "navn", "sjukefråver(et)?",
    "oppfølgingslogg", "unntak", "dialogmøte", "tomt", "skjema",
)
_CHECKED = re.compile(r"\b(" + "|".join(NORWEGIAN) + r")\b", re.IGNORECASE)


def _found(text: str, words: tuple[str, ...]) -> list[str]:
    pattern = re.compile(r"\b(" + "|".join(words) + r")\b", re.IGNORECASE)
    return sorted({match.group(0) for match in pattern.finditer(text)})


def _neutral(value):
    """The plan's own text with every checked word taken out (names, numbers and dates kept)."""
    if isinstance(value, dict):
        return {key: _neutral(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_neutral(item) for item in value]
    if isinstance(value, str) and _CHECKED.search(value):
        return "Lorem ipsum"
    return value


@cache
def _plan() -> Plan:
    from oppfolging_gui.core.storage import read_plan

    from ...conftest import EXAMPLE_PLAN

    return Plan.model_validate(_neutral(read_plan(EXAMPLE_PLAN).model_dump()))


@cache
def printed(document: str, lang: str) -> str:
    """The text of ``document`` in ``lang`` (made once per run: each is a whole PDF)."""
    data = DOCUMENTS[document](_plan(), lang)
    return subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


DOCUMENTS = {
    "plan with log": lambda plan, lang: render_plan_pdf(plan, lang=lang, today=TODAY, with_log=True),
    "NAV cover": lambda plan, lang: render_plan_pdf(plan, cover="nav", lang=lang, today=TODAY, with_log=True),
    "doctor's letter": lambda plan, lang: render_plan_pdf(plan, cover="sick-note-author", lang=lang, today=TODAY),
    "blank form": lambda plan, lang: render_blank_pdf(lang=lang),
    "archive": lambda plan, lang: render_archive_pdf(_archived(plan), made_on=TODAY, language=lang),
}


def _archived(plan: Plan) -> list[Plan]:
    """Three versions with a log of meeting notes (archive_plans), their text made neutral too."""
    from .archive_plans import three_versions

    return [Plan.model_validate(_neutral(version.model_dump())) for version in three_versions(plan)]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_a_nynorsk_pdf_has_no_bokmal_words(document):
    text = printed(document, "nn")
    assert _found(text, BOKMAL_ONLY) == []


@pytest.mark.parametrize("document", DOCUMENTS)
def test_an_english_pdf_has_no_norwegian_words(document):
    text = printed(document, "en")
    assert _found(text, NORWEGIAN) == []


def test_the_check_sees_bokmal_where_it_is():
    """The bokmål printout trips both lists: the test above would see a word left over."""
    text = printed("NAV cover", "nb")
    assert {"Gjelder", "Arbeidsgiver", "fra"} <= set(_found(text, BOKMAL_ONLY))


def test_the_covers_speak_the_language_with_the_law_cited_whole():
    letter = " ".join(printed("doctor's letter", "en").split())
    assert "Working Environment Act section 4-6, third paragraph" in letter
    assert "National Insurance Act section 25-2" in letter and "Kind regards" in letter
    nynorsk = " ".join(printed("doctor's letter", "nn").split())
    assert "arbeidsmiljølova § 4-6 tredje ledd" in nynorsk and "Med venleg helsing" in nynorsk
    cover = " ".join(printed("NAV cover", "nn").split())
    assert "Arbeidsgjevar" in cover and "sjukefråveret" in cover
    assert "«Behov for bistand frå NAV»" in cover  # the form's own nynorsk title, quoted


def test_the_archive_numbers_its_pages_in_its_language():
    assert "Page 1 of" in printed("archive", "en") and "Side 1 av" in printed("archive", "nn")
