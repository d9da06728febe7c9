"""The archive document: which versions it holds, in which order, and what a reader finds."""

from __future__ import annotations

import re
from datetime import date

import pytest

from oppfolging_gui.core.model import Plan
from oppfolging_gui.core.pdf.archive import archive_versions, render_archive_pdf
from oppfolging_gui.core.storage import PlanFileError, write_plan
from oppfolging_gui.core.versions import next_version

from .archive_plans import EXCEPTION, REFERAT, SAMTALE, three_versions, write_versions
from .helpers import page_texts, reader, squeeze

MADE_ON = date(2027, 3, 1)


@pytest.fixture(scope="module")
def versions() -> list[Plan]:
    from oppfolging_gui.core.storage import read_plan

    from ...conftest import EXAMPLE_PLAN

    return three_versions(read_plan(EXAMPLE_PLAN))


@pytest.fixture(scope="module")
def pages(versions) -> list[str]:
    return page_texts(render_archive_pdf(versions, made_on=MADE_ON))


# ------------------------------------------------------------------ which versions
def test_collects_every_version_of_the_plan_oldest_first(versions, tmp_path):
    paths = write_versions(list(reversed(versions)), tmp_path)  # written newest first
    other = Plan.new(date(2026, 11, 1))  # another plan in the same folder
    other.key_info.employee.first_name = "Annen"
    write_plan(other, tmp_path / "annen.oppfplan")
    (tmp_path / "ødelagt.oppfplan").write_text("{", encoding="utf-8")

    found = archive_versions(paths[0])
    assert [v.version for v in found] == [1, 2, 3]
    assert {v.plan_id for v in found} == {versions[0].plan_id}


def test_never_joins_another_employees_file_with_the_same_plan_id(versions, tmp_path):
    paths = write_versions(versions, tmp_path)
    stranger = next_version(versions[-1], date(2027, 2, 1))
    stranger.key_info.employee.national_id = "01010112345"
    stranger.key_info.employee.first_name = "Fremmed"
    write_plan(stranger, tmp_path / "fremmed.oppfplan")

    assert [v.version for v in archive_versions(paths[-1])] == [1, 2, 3]
    assert [v.version for v in archive_versions(tmp_path / "fremmed.oppfplan")] == [4]


def test_a_corrected_name_keeps_its_versions_together(versions, tmp_path):
    renamed = next_version(versions[-1], date(2027, 2, 1))
    renamed.key_info.employee.last_name = "Eksempelsen-Berg"  # same national ID
    paths = write_versions([*versions, renamed], tmp_path)
    assert [v.version for v in archive_versions(paths[0])] == [1, 2, 3, 4]


def test_an_unreadable_plan_is_an_error(tmp_path):
    bad = tmp_path / "ødelagt.oppfplan"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(PlanFileError):
        archive_versions(bad)


# ------------------------------------------------------------------ what it says
def test_first_page_says_what_the_document_is(pages, versions):
    first = pages[0]
    newest = versions[-1]
    for expected in ("ARKIVDOKUMENT", "Oppfølgingsplan ved sykmelding", newest.employee_name,
                     newest.key_info.employee.national_id, newest.key_info.employer.name,
                     "Versjon 1", "Versjon 2", "Versjon 3", "01.03.2027", newest.plan_id,
                     "Arbeidstaker og arbeidsgiver", "Signert papirkopi på arbeidsplassen",
                     "10 hendelser i loggen"):
        assert expected in first, expected
    assert "26.10.2026 – 26.02.2027" in first
    assert f"Side 1 av {len(pages)}" in first


def _start_pages(pages: list[str]) -> dict[str, int]:
    """The printed number of the page each version, and the follow-up, starts on."""
    starts: dict[str, int] = {}
    for number, text in enumerate(pages, start=1):
        match = re.search(r"Versjon (\d) · \d\d\.\d\d\.\d{4}\s*Side", text)
        if match and f"v{match[1]}" not in starts:
            starts[f"v{match[1]}"] = number
        if "Fra den nyeste versjonen av planen" in text:
            starts.setdefault("log", number)
    return starts


def test_versions_follow_oldest_first_each_from_a_new_page_numbered_throughout(pages):
    starts = _start_pages(pages)
    assert starts["v1"] == 2 < starts["v2"] < starts["v3"] < starts["log"] <= len(pages)
    assert all("Arkivdokument · Jonas Eksempelsen" in text for text in pages[starts["log"] - 1:])
    for number, text in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in text
    for n in (1, 2, 3):  # each version starts with its place in the archive, then the form's title
        first = pages[starts[f"v{n}"] - 1].lstrip()
        assert first.startswith(f"ARKIVDOKUMENT · VERSJON {n} ({n} av 3)\nOppfølgingsplan ved sykmelding")


def test_contents_give_the_pages_the_parts_start_on(versions, pages):
    starts = _start_pages(pages)
    data = render_archive_pdf(versions, made_on=MADE_ON)
    layout = reader(data).pages[0].extract_text(extraction_mode="layout")  # rows as printed
    rows = {line.split("  ")[0].strip(): line.rstrip() for line in layout.splitlines() if line.strip()}
    for n in (1, 2, 3):
        assert rows[f"Versjon {n}"].endswith(f" {starts[f'v{n}']}"), rows[f"Versjon {n}"]
    assert rows["Oppfølgingen av sykefraværet"].endswith(f" {starts['log']}")


def test_each_version_is_whole_with_its_signatures(pages, versions):
    starts = _start_pages(pages)
    first_version = "\n".join(pages[starts["v1"] - 1:starts["v2"] - 1])
    assert "Signert 02.11.2026" in first_version  # drawn on screen, by both
    assert first_version.count("Signert 02.11.2026") == 2
    assert "Underskriften gjelder ikke" not in first_version
    second = squeeze("\n".join(pages[starts["v2"] - 1:starts["v3"] - 1]))
    assert squeeze(versions[1].measures[0].description) in second


def test_the_follow_up_is_printed_whole_with_notes_exceptions_and_the_end(pages, versions):
    starts = _start_pages(pages)
    follow_up = "\n".join(pages[starts["log"] - 1:])
    text = squeeze(follow_up)
    for note in (REFERAT, SAMTALE, EXCEPTION):
        assert squeeze(note) in text
    assert squeeze(REFERAT.replace("dialogmøte 1", "dialogmøte 2")) in text
    assert "Dialogmøte 1 holdt" in follow_up and "Dialogmøte 2 holdt" in follow_up
    assert re.search(r"10\. \d\d\.\d\d\.\d{4}", follow_up)  # all ten events, numbered
    assert "NAV har bestemt at dialogmøte 2 ikke trengs" in follow_up
    assert re.search(r"Sykefraværet avsluttet\s*26\.02\.2027", follow_up)
    continued = "Oppfølgingen av sykefraværet (fortsatt)"
    assert continued not in pages[starts["log"] - 1]
    assert all(continued in text for text in pages[starts["log"]:]) and len(pages) > starts["log"]


def test_a_referat_keeps_its_paragraphs(pages):
    follow_up = "\n".join(pages)
    # The empty line between paragraphs stays a break: the next paragraph starts a line.
    assert re.search(r"\nArbeidstaker fortalte at smertene", follow_up)


def test_a_plan_with_one_version_and_no_log(tmp_path):
    plan = Plan.new(date(2026, 11, 1))
    data = render_archive_pdf([plan], made_on=MADE_ON)
    pages = page_texts(data)
    assert "Ingen hendelser er ført i oppfølgingsloggen." in pages[-1]
    assert "Ingen unntak er registrert." in pages[-1]
    assert "Første fraværsdag er ikke registrert" in pages[0]


@pytest.mark.parametrize("language, words", [("nn", "Oppfølginga av sjukefråveret"),
                                             ("en", "ARCHIVE DOCUMENT")])
def test_other_languages(versions, language, words):
    pages = page_texts(render_archive_pdf(versions[:1], made_on=MADE_ON, language=language))
    assert words in "\n".join(pages)


def test_needs_a_version():
    with pytest.raises(ValueError):
        render_archive_pdf([])

