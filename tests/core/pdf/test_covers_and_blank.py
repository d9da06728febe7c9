"""Cover sheets (first, not numbered) and the blank form for filling in by hand."""

from __future__ import annotations

from datetime import date

import pytest

from oppfolging_gui.core.formspec import load_form
from oppfolging_gui.core.pdf import render_blank_pdf, render_plan_pdf

from .helpers import font_objects, page_texts

TODAY = date(2026, 11, 21)


def test_nav_cover_is_first_and_not_numbered(filled_plan):
    plain = page_texts(render_plan_pdf(filled_plan))
    pages = page_texts(render_plan_pdf(filled_plan, cover="nav", today=TODAY))
    assert len(pages) == len(plain) + 1
    cover = pages[0]
    assert "Side" not in cover
    for text in ("NAV 25-02.01 Oppfølgingsplan ved sykmelding", "NAV skanning", "Postboks 1400",
                 "0109 Oslo", filled_plan.employee_name, filled_plan.key_info.employee.national_id,
                 filled_plan.key_info.employer.name, filled_plan.key_info.employer.business_number,
                 filled_plan.key_info.employer.organization_number, "Avsender", "21.11.2026",
                 "Vedlegg", "versjon 2, utfylt 20.11.2026", "nav.no", "strekkode"):
        assert text in cover, text
    for number, text in enumerate(pages[1:], start=1):
        assert f"Side {number} av {len(plain)}" in text


def test_sick_note_author_letter_is_addressed_from_the_plan(filled_plan):
    pages = page_texts(render_plan_pdf(filled_plan, cover="sick-note-author", today=TODAY))
    letter = pages[0]
    author = filled_plan.follow_up.sick_note_author
    assert "Side" not in letter
    assert author.name in letter
    for line in author.address.splitlines():
        assert line in letter
    assert f"Oppfølgingsplan for {filled_plan.employee_name}" in letter
    assert "Med vennlig hilsen" in letter and "21.11.2026" in letter
    assert "Side 1 av" in pages[1]


def test_blank_form_has_every_heading_and_label_and_numbered_pages():
    data = render_blank_pdf()
    pages = page_texts(data)
    text = "\n".join(pages)
    form = load_form()
    assert form.title in pages[0] and form.form_number in pages[0]
    for section in form.sections:
        assert section.title in text
        for group in section.groups:
            for spec in group.fields:
                assert " ".join(spec.label.split()) in " ".join(text.split()), spec.label
    assert "Tiltak 1" in text
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page
    assert all("/FontFile2" in f["/FontDescriptor"].get_object() for f in font_objects(data))
    assert render_blank_pdf() == data


@pytest.mark.slow
def test_absurdly_long_names_and_addresses_flow_on_under_every_cover():
    from .helpers import body_text, squeeze
    from .long_plan import long_plan, long_text

    plan = long_plan(1)
    huge = long_text("Navn", 10_000)
    plan.key_info.employee.first_name = huge
    plan.key_info.employer.name = huge
    plan.key_info.employer.manager.first_name = huge
    plan.follow_up.sick_note_author.name = huge
    plan.follow_up.sick_note_author.address = huge
    plan.signatures.employer.name = huge
    for cover in (None, "nav", "sick-note-author"):
        text = squeeze(body_text(render_plan_pdf(plan, cover=cover, today=TODAY)))
        assert text.count(squeeze(huge)) >= 4, cover


# ------------------------------------------------ what the covers say (issue 14, item 4)

def _squeezed(text: str) -> str:
    return " ".join(text.split())


def test_the_letter_gives_the_legal_ground_and_quotes_what_the_doctor_is_asked(filled_plan):
    filled_plan.measures[1].doctor_clarification = "Kan arbeidstaker gå tilbake til nattskift?"
    letter = _squeezed(page_texts(render_plan_pdf(filled_plan, cover="sick-note-author", today=TODAY))[0])
    assert "arbeidsmiljøloven § 4-6 tredje ledd" in letter and "folketrygdloven § 25-2" in letter
    assert "senest når sykefraværet har vart i fire uker" in letter
    assert "til orientering" not in letter
    assert f"Tiltak 1: «{filled_plan.measures[0].doctor_clarification}»" in letter
    assert "Tiltak 2: «Kan arbeidstaker gå tilbake til nattskift?»" in letter


def test_the_letter_without_questions_says_so(filled_plan):
    for measure in filled_plan.measures:
        measure.doctor_clarification = ""
    letter = _squeezed(page_texts(render_plan_pdf(filled_plan, cover="sick-note-author", today=TODAY))[0])
    assert "Tiltak 1:" not in letter and "ingen egne spørsmål" in letter


def test_the_letter_mentions_a_planned_or_held_dialogue_meeting_1(filled_plan):
    from oppfolging_gui.core.model import FollowUpEvent

    filled_plan.follow_up.events.append(FollowUpEvent(date=date(2026, 12, 10), kind="dialogue_meeting_1"))
    planned = _squeezed(page_texts(render_plan_pdf(filled_plan, cover="sick-note-author", today=TODAY))[0])
    assert "Dialogmøte 1 er planlagt 10.12.2026" in planned and "delta" in planned
    held = _squeezed(page_texts(render_plan_pdf(filled_plan, cover="sick-note-author",
                                                today=date(2026, 12, 11)))[0])
    assert "Dialogmøte 1 ble holdt 10.12.2026" in held


def test_the_letter_calls_a_d_number_a_d_number(filled_plan):
    from oppfolging_gui.core.identifiers import IdKind, make_national_id

    fnr = make_national_id(date(1985, 3, 14), 412, IdKind.FNR)
    dnr = next(n for n in (_try(make_national_id, date(1985, 3, 14), i, IdKind.DNR) for i in range(400, 500)) if n)
    for number, called, not_called in ((fnr, "fødselsnummer", "D-nummer"), (dnr, "D-nummer", "fødselsnummer")):
        filled_plan.key_info.employee.national_id = number
        letter = _squeezed(page_texts(render_plan_pdf(filled_plan, cover="sick-note-author", today=TODAY))[0])
        assert f"{called} {number}" in letter and not_called not in letter


def _try(make, *args):
    try:
        return make(*args)
    except ValueError:
        return None


def test_the_nav_cover_says_why_from_the_plan_lists_attachments_and_dates_once(filled_plan):
    cover = _squeezed(page_texts(render_plan_pdf(filled_plan, cover="nav", today=TODAY))[0])
    assert "Planen sendes fordi" in cover and "NAV har bedt om planen" in cover
    assert "ønsker bistand fra NAV" in cover and "Annen dokumentasjon" in cover
    assert cover.count("21.11.2026") == 1
    from oppfolging_gui.core.pdf.covers import nav_reasons

    reasons = dict(nav_reasons(filled_plan, TODAY))
    assert [ticked for _, ticked in nav_reasons(filled_plan, TODAY)] == [False, False, True]
    filled_plan.follow_up.dialogue_meeting_2_date = date(2027, 3, 1)
    assert nav_reasons(filled_plan, TODAY)[1] == ("dialogmøte 2 skal holdes 01.03.2027 (revidert plan, senest 1 uke før møtet)", True)
    filled_plan.follow_up.exceptions.dialogue_meeting_2 = "NAV: ikke nødvendig."
    assert nav_reasons(filled_plan, TODAY)[1][1] is False
    assert reasons
    with_log = _squeezed(page_texts(render_plan_pdf(filled_plan, cover="nav", today=TODAY, with_log=True))[0])
    assert "Oppfølgingslogg" in with_log


def test_the_blank_form_has_a_page_for_utfyllende_opplysninger_and_no_program_help():
    pages = page_texts(render_blank_pdf())
    form = load_form()
    extra = form.section("additional_info").title
    page = next(p for p in pages if p.lstrip().startswith(extra))
    assert page.count("\n") < 10  # the page is lines to write on, not more form
    text = "\n".join(pages)
    for spec in form.all_fields:
        if spec.help and not spec.help_on_paper:
            assert _squeezed(spec.help)[:40] not in _squeezed(text), spec.path
    log_title = form.section("follow_up").groups[-1].title
    log_page = next(p for p in pages if log_title in p)
    assert log_page.count("Dato") >= 1  # the log's heading and its table on one page


def test_a_question_is_never_a_page_away_from_the_lines_for_its_reason():
    """On the blank form «Har arbeidstaker medvirket …?» ended one page and «Hvis nei,
    hvorfor ikke?» began the next."""
    pages = [" ".join(text.split()) for text in page_texts(render_blank_pdf())]
    question = next(i for i, text in enumerate(pages) if "Har arbeidstaker medvirket" in text)
    assert "Hvis nei, hvorfor ikke?" in pages[question]
