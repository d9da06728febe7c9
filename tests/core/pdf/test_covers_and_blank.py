"""Cover sheets (first, not numbered) and the blank form for filling in by hand."""

from __future__ import annotations

from datetime import date

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
