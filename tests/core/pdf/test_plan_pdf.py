"""The plan as PDF: every value whole, in form order, on numbered, embedded-font pages."""

from __future__ import annotations

from datetime import date

import pytest

from oppfolging_gui.core.fieldpath import get_value
from oppfolging_gui.core.formspec import load_form
from oppfolging_gui.core.pdf import render_plan_pdf
from oppfolging_gui.core.pdf.text import format_date

from .helpers import body_text, font_objects, page_texts, reader, squeeze
from .long_plan import LONG_WORD, TRICKY, TYPED_LINES, long_plan


def _printed_values(plan) -> list[str]:
    """What a reader must find for each filled field, as the form prints it."""
    form = load_form()
    found = []
    for section in form.sections:
        for group in section.groups:
            for spec in group.fields:
                if "*" in spec.path:
                    list_path = spec.path.split(".*", 1)[0]
                    paths = [spec.concrete(i) for i in range(len(get_value(plan, list_path)))]
                else:
                    paths = [spec.path]
                for path in paths:
                    value = get_value(plan, path)
                    if spec.kind == "date" and value:
                        found.append(format_date(value))
                    elif spec.kind == "percent" and value is not None:
                        found.append(f"{value} %")
                    elif spec.kind == "choice":
                        found.append(form.choice_label("event_kinds", value))
                    elif isinstance(value, str) and value:
                        found.append(value)
    return found


@pytest.fixture(scope="module")
def example_pdf():
    from oppfolging_gui.core.storage import read_plan
    from tests.conftest import EXAMPLE_PLAN

    plan = read_plan(EXAMPLE_PLAN)
    return plan, render_plan_pdf(plan, with_log=True)


@pytest.fixture(scope="module")
def form_only_pdf():
    from oppfolging_gui.core.storage import read_plan
    from tests.conftest import EXAMPLE_PLAN

    plan = read_plan(EXAMPLE_PLAN)
    return plan, render_plan_pdf(plan)


@pytest.fixture(scope="module")
def long_pdf():
    plan = long_plan()
    return plan, render_plan_pdf(plan, with_log=True)


def test_every_value_of_the_filled_plan_is_printed_whole(example_pdf):
    plan, data = example_pdf
    text = squeeze(body_text(data))
    values = _printed_values(plan)
    assert len(values) > 40
    for value in values:
        assert squeeze(value) in text, value


def test_title_form_number_date_and_version_on_page_one(example_pdf):
    plan, data = example_pdf
    first = page_texts(data)[0]
    assert "Oppfølgingsplan ved sykmelding" in first
    assert "NAV 25-02.01" in first
    assert "Utfyllingsdato" in first and format_date(plan.filled_date) in first
    assert "Versjon" in first


def test_sections_and_measure_blocks_follow_the_form_order(example_pdf):
    plan, data = example_pdf
    text = "\n".join(page_texts(data))
    form = load_form()
    lines = text.splitlines()  # a title as a heading, not where a text mentions it
    positions = [lines.index(section.title) for section in form.sections]
    assert positions == sorted(positions)
    assert text.index("Tiltak 1") < text.index("Tiltak 2")


def test_yes_no_shows_both_answers_and_the_log_comes_after_the_form(example_pdf):
    plan, data = example_pdf
    pages = page_texts(data)
    text = "\n".join(pages)
    assert text.count("Ja") >= 4 and text.count("Nei") >= 4
    follow_up = load_form().section("follow_up")
    log = follow_up.groups[-1]
    extra = load_form().section("additional_info").title
    assert text.index(extra) < text.index(follow_up.title) < text.index(log.title)
    # «Utfyllende opplysninger» starts a page of its own; the log starts the next one.
    assert any(page.lstrip().startswith(extra) for page in pages)
    for event in plan.follow_up.events:
        assert format_date(event.date) in text


def test_without_with_log_the_form_ends_with_utfyllende_opplysninger_and_has_no_log(form_only_pdf):
    plan, data = form_only_pdf
    pages = page_texts(data)
    text = "\n".join(pages)
    follow_up = load_form().section("follow_up")
    extra = load_form().section("additional_info").title
    assert follow_up.title not in text and follow_up.groups[-1].title not in text
    for event in plan.follow_up.events:
        assert event.note not in text
    assert plan.follow_up.sick_note_author.name not in text
    headings = [page.splitlines() for page in pages]
    assert extra in headings[-1] and not any(extra in lines for lines in headings[:-1])


def test_every_plan_page_says_side_n_av_m_with_name_and_version(example_pdf):
    plan, data = example_pdf
    pages = page_texts(data)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in text
        assert plan.employee_name in text
        assert f"Versjon {plan.version}" in text


def test_fonts_are_embedded_truetype_noto_sans(example_pdf):
    _, data = example_pdf
    fonts = font_objects(data)
    assert fonts
    for font in fonts:
        assert "NotoSans" in font["/BaseFont"]
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # the TrueType program is in the file


def test_metadata_and_a4(example_pdf):
    plan, data = example_pdf
    pdf = reader(data)
    meta = pdf.metadata
    assert meta.title == f"Oppfølgingsplan ved sykmelding – {plan.employee_name}"
    assert meta.author == plan.key_info.employer.name
    assert "NAV 25-02.01" in meta.subject and str(plan.version) in meta.subject
    for page in pdf.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_same_input_same_bytes(filled_plan):
    first = render_plan_pdf(filled_plan, cover="nav", today=date(2026, 11, 21))
    second = render_plan_pdf(filled_plan, cover="nav", today=date(2026, 11, 21))
    assert first == second
    assert render_plan_pdf(filled_plan) == render_plan_pdf(filled_plan)


def test_rendering_leaves_the_plan_untouched(filled_plan):
    before = filled_plan.to_json_dict()
    render_plan_pdf(filled_plan, cover="sick-note-author", today=date(2026, 11, 21))
    assert filled_plan.to_json_dict() == before


# -- texts of any length and content ------------------------------------------------------


@pytest.mark.slow
def test_long_texts_flow_on_and_are_found_whole(long_pdf):
    plan, data = long_pdf
    pages = page_texts(data)
    assert len(pages) > 20
    text = squeeze(body_text(data))
    for value in _printed_values(plan):
        if value == plan.additional_info:
            continue  # has characters that are dropped or replaced (below)
        assert squeeze(value) in text, value[:60]
    assert len(plan.measures) == 9
    for n in range(1, 10):
        assert f"Tiltak{n}" in text


def test_markup_characters_show_as_typed(long_pdf):
    _, data = long_pdf
    text = "\n".join(page_texts(data))
    assert TRICKY in text  # on one line somewhere: the goal of each measure
    assert "<b>ikke</b>" in text and "&amp;" in text


@pytest.mark.slow
def test_typed_line_breaks_are_kept_and_long_words_wrap(long_pdf):
    _, data = long_pdf
    text = "\n".join(page_texts(data))
    lines = TYPED_LINES.replace("\n\n", "\n").split("\n")
    assert "\n".join(lines[:2]) in text  # two typed lines stay two lines
    assert squeeze(LONG_WORD) in squeeze(body_text(data))


@pytest.mark.slow
def test_signatures_names_dates_and_a_signature_that_no_longer_matches(long_pdf):
    plan, data = long_pdf
    text = "\n".join(page_texts(data))
    assert plan.signatures.employee.name in text
    assert "Signert 20.11.2026" in text and "Signert 19.11.2026" in text
    assert text.count("Underskriften gjelder ikke dette innholdet") == 1


def test_unsigned_plan_has_empty_signature_lines_with_names(filled_plan):
    text = "\n".join(page_texts(render_plan_pdf(filled_plan)))
    assert "Signert 2" not in text  # no signing date: nobody has signed in the program
    assert "Arbeidstaker\n" + filled_plan.employee_name in text


@pytest.mark.slow
def test_control_characters_boms_and_missing_glyphs_do_not_stop_the_export(long_pdf):
    _, data = long_pdf
    text = "\n".join(page_texts(data))
    assert "Kontrolltegn og BOM og tab" in text
    assert "\ufeff" not in text and "\x00" not in text
    assert "Emoji \ufffd og \ufffd\ufffd uten glyf" in text


def test_lone_surrogates_and_odd_line_breaks_do_not_stop_the_export(filled_plan):
    filled_plan.progress = "før\ud800etter\r\nny linje\u2028og\x0bmer\x85slutt"
    text = "\n".join(page_texts(render_plan_pdf(filled_plan)))
    assert "føretter" in text
    assert "ny linje" in text and "slutt" in text


def test_an_empty_plan_prints(filled_plan):
    from oppfolging_gui.core.model import Plan

    data = render_plan_pdf(Plan.new(date(2026, 1, 5)), cover="sick-note-author", today=date(2026, 1, 5))
    pages = page_texts(data)
    assert "Side 1 av" in pages[1] and "Side" not in pages[0]
