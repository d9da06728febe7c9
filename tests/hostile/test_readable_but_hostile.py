"""Readable plans full of hostile text (control characters, RTL marks, emoji, words of
100,000 characters) through the validator and the PDF export: findings and a PDF,
never an exception or a hang."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oppfolging_gui.core import fieldpath
from oppfolging_gui.core.pdf import render_plan_pdf
from oppfolging_gui.core.storage import PlanFileError, parse_plan_bytes, plan_to_bytes
from oppfolging_gui.core.validation import Finding, validate_plan

from .strategies import EXAMPLE_BYTES, hostile_bytes, hostile_text

TEXT_FIELDS = [
    "key_info.employer.name", "key_info.employer.manager.first_name", "key_info.employee.last_name",
    "key_info.employee.national_id", "key_info.employee.phone", "key_info.employee.ordinary_tasks",
    "measures.0.description", "measures.0.goal", "additional_info", "follow_up.sick_note_author.address",
]


def _hostile_plan(texts: dict[str, str]):
    plan = parse_plan_bytes(EXAMPLE_BYTES)
    for path, text in texts.items():
        fieldpath.set_value(plan, path, text)
    return plan


hostile_fields = st.dictionaries(st.sampled_from(TEXT_FIELDS), hostile_text, min_size=1, max_size=4)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_fields)
def test_validator_and_file_round_trip_take_hostile_text(texts):
    plan = _hostile_plan(texts)
    findings = validate_plan(plan)
    assert all(isinstance(f, Finding) and f.message for f in findings)
    try:
        data = plan_to_bytes(plan)
    except UnicodeEncodeError:
        return  # lone surrogates cannot be written as UTF-8; the reader refuses them too
    assert parse_plan_bytes(data) == plan


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_fields)
def test_pdf_export_takes_hostile_text(texts):
    from pypdf import PdfReader

    pdf = render_plan_pdf(_hostile_plan(texts))
    assert pdf.startswith(b"%PDF")
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1


@pytest.mark.slow
def test_pdf_of_100k_character_words():
    long_word = "x" * 100_000
    plan = _hostile_plan({"key_info.employer.name": long_word, "measures.0.description": long_word,
                          "additional_info": "\u202e" + "😀" * 20_000})
    assert render_plan_pdf(plan).startswith(b"%PDF")


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_bytes)
def test_whatever_the_reader_accepts_validates_and_prints(data):
    try:
        plan = parse_plan_bytes(data)
    except PlanFileError:
        return
    validate_plan(plan)
