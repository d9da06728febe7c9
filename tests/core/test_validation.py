"""Validation as the user meets it: which field gets which finding, and which none.

The identifier checks themselves are tested in test_identifiers.py (with NAV's
peer vectors); here every rule of plan-file-format.md § Validation is exercised
through validate_plan, with synthetic numbers only (make_national_id,
make_organization_number) -- never a real person's number.
"""

from __future__ import annotations

from datetime import date

import pytest

from oppfolging_gui.core.fieldpath import set_value
from oppfolging_gui.core.formspec import load_form
from oppfolging_gui.core.identifiers import IdKind, make_national_id, make_organization_number
from oppfolging_gui.core.model import FollowUpEvent, Measure, Plan
from oppfolging_gui.core.validation import Finding, findings_by_path, has_errors, validate_plan

# The required fields the spec lists (the form description must agree).
SPEC_REQUIRED = {
    "key_info.employer.name",
    "key_info.employer.business_number",
    "key_info.employer.manager.first_name",
    "key_info.employer.manager.last_name",
    "key_info.employer.manager.phone",
    "key_info.employee.first_name",
    "key_info.employee.last_name",
    "key_info.employee.national_id",
    "measures.*.description",
}



def synthetic_id(birth: date, kind: IdKind = IdKind.FNR, k1_offset: int = 0) -> str:
    """A synthetic number of ``kind``: the first individual number that has check digits."""
    first = 500 if birth.year >= 2000 else 100
    for individual in range(first, first + 400):
        try:
            return make_national_id(birth, individual, kind, k1_offset)
        except ValueError:
            continue
    raise AssertionError("no synthetic number")


FNR = synthetic_id(date(1985, 3, 14))
ORG = make_organization_number("97315428")


@pytest.fixture
def plan(filled_plan: Plan) -> Plan:
    """The example plan with a fødselsnummer-kind synthetic number, sent to NAV: no findings at all."""
    filled_plan.key_info.employee.national_id = FNR
    filled_plan.follow_up.events.append(FollowUpEvent(date=date(2026, 11, 23), kind="sent_to_nav"))
    return filled_plan


def at(findings: list[Finding], path: str) -> list[Finding]:
    return [f for f in findings if f.path == path]


def only(plan: Plan, path: str) -> Finding:
    """The one finding of the plan, which must be at ``path``."""
    findings = validate_plan(plan)
    assert [f.path for f in findings] == [path], findings
    return findings[0]


def test_a_complete_plan_has_no_findings(plan):
    assert validate_plan(plan) == []
    assert not has_errors([])


def test_the_example_plan_only_warns_about_its_test_number_and_sending_it_to_nav(filled_plan):
    findings = validate_plan(filled_plan)
    assert [(f.severity, f.path) for f in findings] == [
        ("warning", "key_info.employee.national_id"), ("warning", "measures.0.nav_assistance.advice")]
    assert "testnummer" in findings[0].message
    assert "send planen til NAV" in findings[1].message
    assert not has_errors(findings)


# ------------------------------------------------------------------- required fields


def test_the_form_marks_exactly_the_fields_the_spec_requires():
    assert {f.path for f in load_form().all_fields if f.required} == SPEC_REQUIRED


@pytest.mark.parametrize("path", sorted(SPEC_REQUIRED - {"measures.*.description"}))
@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_an_empty_required_field_is_an_error_naming_its_label(plan, path, blank):
    set_value(plan, path, blank)
    finding = only(plan, path)
    assert finding.severity == "error"
    assert load_form().label(path) in finding.message
    assert "må fylles ut" in finding.message


def test_each_measure_needs_a_description(plan):
    plan.measures.append(Measure())
    plan.measures.append(Measure(description="Noe"))
    finding = only(plan, f"measures.{len(plan.measures) - 2}.description")
    assert finding.severity == "error"
    assert "Beskrivelse av tiltak" in finding.message


def test_an_empty_plan_lists_every_required_field_in_form_order():
    findings = validate_plan(Plan.new(date(2026, 11, 22)))
    expected = [f.path.replace("*", "0") for f in load_form().all_fields if f.required]
    assert [f.path for f in findings] == expected
    assert all(f.severity == "error" for f in findings)


def test_optional_fields_may_stay_empty(plan):
    for path in (
        "key_info.employer.organization_number",
        "key_info.employee.phone",
        "key_info.employee.position",
        "measures.0.goal",
        "progress",
    ):
        set_value(plan, path, "")
    for path in ("key_info.absence.first_day", "key_info.absence.sick_leave_percent", "filled_date"):
        set_value(plan, path, None)
    assert validate_plan(plan) == []


# ------------------------------------------------------------------- contact person

CONTACT = "key_info.employer.contact"


@pytest.mark.parametrize(("first", "last"), [("Arne", ""), ("", "Dalbakk"), ("Arne", "Dalbakk")])
def test_a_named_contact_needs_a_phone(plan, first, last):
    set_value(plan, f"{CONTACT}.first_name", first)
    set_value(plan, f"{CONTACT}.last_name", last)
    set_value(plan, f"{CONTACT}.phone", " ")
    finding = only(plan, f"{CONTACT}.phone")
    assert finding.severity == "error"
    assert "Telefon kontaktperson" in finding.message


def test_no_contact_needs_no_phone(plan):
    for part in ("first_name", "last_name", "phone"):
        set_value(plan, f"{CONTACT}.{part}", "")
    assert validate_plan(plan) == []


def test_a_contact_phone_is_checked_even_without_a_name(plan):
    for part in ("first_name", "last_name"):
        set_value(plan, f"{CONTACT}.{part}", "")
    set_value(plan, f"{CONTACT}.phone", "123")
    assert only(plan, f"{CONTACT}.phone").severity == "error"


# ---------------------------------------------------------------- organisation numbers

ORG_PATHS = ["key_info.employer.business_number", "key_info.employer.organization_number"]


@pytest.mark.parametrize("path", ORG_PATHS)
@pytest.mark.parametrize("value", [ORG, f"{ORG[:3]} {ORG[3:6]} {ORG[6:]}", f" {ORG}\u00a0"])
def test_valid_organisation_numbers_with_or_without_spaces(plan, path, value):
    set_value(plan, path, value)
    assert validate_plan(plan) == []


def _wrong_check_digit(number: str) -> str:
    return number[:8] + str((int(number[8]) + 1) % 10)


def _first8_whose_check_digit_would_be_10() -> str:
    for n in range(10_000_000, 10_001_000):
        try:
            make_organization_number(str(n))
        except ValueError:
            return str(n)
    raise AssertionError("none found")


@pytest.mark.parametrize("path", ORG_PATHS)
@pytest.mark.parametrize(
    "value",
    [
        _wrong_check_digit(ORG),
        ORG[:8],
        ORG + "1",
        "97315428x",
        _first8_whose_check_digit_would_be_10() + "0",
    ],
)
def test_wrong_organisation_numbers_are_errors(plan, path, value):
    set_value(plan, path, value)
    finding = only(plan, path)
    assert finding.severity == "error"
    assert load_form().label(path) in finding.message


# ------------------------------------------------------------------------ national id

NATIONAL_ID = "key_info.employee.national_id"


@pytest.mark.parametrize(
    "number",
    [
        synthetic_id(date(1990, 7, 1)),
        synthetic_id(date(1990, 7, 1), IdKind.DNR),
        synthetic_id(date(1990, 7, 1), IdKind.HNR),
        synthetic_id(date(1990, 7, 1), IdKind.DNR_AND_HNR),
        synthetic_id(date(2000, 2, 29)),  # leap day in the 2000s
        synthetic_id(date(1985, 3, 14), k1_offset=1),  # the 2032 check-digit rule
        synthetic_id(date(1985, 3, 14), k1_offset=3),
    ],
)
def test_valid_national_ids_have_no_finding(plan, number):
    set_value(plan, NATIONAL_ID, number)
    assert validate_plan(plan) == []


@pytest.mark.parametrize("kind", [IdKind.TNR, IdKind.DNR_AND_TNR])
def test_a_test_number_is_a_warning_saying_testnummer(plan, kind):
    set_value(plan, NATIONAL_ID, synthetic_id(date(1990, 7, 1), kind))
    finding = only(plan, NATIONAL_ID)
    assert finding.severity == "warning"
    assert "testnummer" in finding.message
    assert not has_errors(validate_plan(plan))


def _with_check_digits(first9: str) -> str:
    """Check digits on any nine digits (even an impossible date), classic rule."""
    from stdnum.no import fodselsnummer

    k1 = fodselsnummer.calc_check_digit1(first9)
    return first9 + k1 + fodselsnummer.calc_check_digit2(first9 + k1)


def _impossible_date_with_check_digits() -> str:
    for individual in range(100, 500):  # 1900s: 29.02.1900 never existed
        try:
            return _with_check_digits(f"290200{individual}")
        except ValueError:
            continue
    raise AssertionError("none found")


@pytest.mark.parametrize(
    "number",
    [
        FNR[:10] + str((int(FNR[10]) + 1) % 10),  # second check digit
        FNR[:9] + str((int(FNR[9]) + 5) % 10) + FNR[10],  # first check digit
        FNR[:10],
        FNR + "0",
        "1403854l2ab",
        _impossible_date_with_check_digits(),
    ],
)
def test_wrong_national_ids_are_errors(plan, number):
    set_value(plan, NATIONAL_ID, number)
    finding = only(plan, NATIONAL_ID)
    assert finding.severity == "error"
    assert "Fødselsnummer" in finding.message


def test_a_national_id_with_spaces_is_accepted(plan):
    set_value(plan, NATIONAL_ID, f"{FNR[:6]} {FNR[6:]}")
    assert validate_plan(plan) == []


# ----------------------------------------------------------------------------- phones

PHONES = ["key_info.employer.manager.phone", "key_info.employer.contact.phone", "key_info.employee.phone"]


@pytest.mark.parametrize("path", PHONES)
@pytest.mark.parametrize("value", ["91234567", "912 34 567", "+47 912 34 567", "+4412345678901", "+12345678"])
def test_valid_phones(plan, path, value):
    set_value(plan, path, value)
    assert validate_plan(plan) == []


@pytest.mark.parametrize("path", PHONES)
@pytest.mark.parametrize("value", ["9123456", "912345678", "+1234567", "+1234567890123456", "9123 456a", "(+47) 91234567"])
def test_invalid_phones_are_errors(plan, path, value):
    set_value(plan, path, value)
    finding = only(plan, path)
    assert finding.severity == "error"
    assert load_form().label(path) in finding.message


# ------------------------------------------------------------------------ percentages

PERCENTS = ["key_info.absence.sick_leave_percent", "measures.0.sick_leave_percent"]


@pytest.mark.parametrize("path", PERCENTS)
@pytest.mark.parametrize("value", [0, 1, 50, 100, None])
def test_percentages_from_0_to_100(plan, path, value):
    set_value(plan, path, value)
    assert validate_plan(plan) == []


@pytest.mark.parametrize("path", PERCENTS)
@pytest.mark.parametrize("value", [-1, 101, 150, 10**6])
def test_percentages_outside_0_to_100_are_errors(plan, path, value):
    set_value(plan, path, value)
    finding = only(plan, path)
    assert finding.severity == "error"
    assert "0 til 100" in finding.message


def test_a_percentage_in_a_later_measure_is_reported_there(plan):
    plan.measures.append(plan.measures[0].model_copy(deep=True))
    plan.measures[1].sick_leave_percent = 150
    assert only(plan, "measures.1.sick_leave_percent").severity == "error"


# ------------------------------------------------------------------------- date order


@pytest.mark.parametrize(
    ("first_day", "sick_note_date", "error"),
    [
        (date(2026, 10, 26), date(2026, 10, 27), False),
        (date(2026, 10, 26), date(2026, 10, 26), False),
        (date(2026, 10, 26), date(2026, 10, 25), True),
        (None, date(2026, 10, 25), False),
        (date(2026, 10, 26), None, False),
    ],
)
def test_sick_note_date_not_before_first_day(plan, first_day, sick_note_date, error):
    plan.key_info.absence.first_day = first_day
    plan.key_info.absence.sick_note_date = sick_note_date
    if error:
        finding = only(plan, "key_info.absence.sick_note_date")
        assert finding.severity == "error"
        assert "Sykmeldingsdato" in finding.message and "Første fraværsdag" in finding.message
    else:
        assert validate_plan(plan) == []


@pytest.mark.parametrize(
    ("period_from", "period_to", "error"),
    [
        (date(2026, 11, 1), date(2026, 12, 1), False),
        (date(2026, 11, 1), date(2026, 11, 1), False),
        (date(2026, 11, 1), date(2026, 10, 31), True),
        (None, date(2026, 10, 31), False),
        (date(2026, 11, 1), None, False),
    ],
)
def test_period_to_not_before_period_from_in_each_measure(plan, period_from, period_to, error):
    plan.measures.append(plan.measures[0].model_copy(deep=True))
    plan.measures[1].period_from = period_from
    plan.measures[1].period_to = period_to
    if error:
        assert only(plan, "measures.1.period_to").severity == "error"
    else:
        assert validate_plan(plan) == []


# -------------------------------------------------------------------------- the API


def test_findings_are_frozen_and_grouped_by_path(plan):
    plan.key_info.employee.national_id = "1"
    plan.measures[0].sick_leave_percent = 150
    plan.measures[0].description = ""
    findings = validate_plan(plan)
    with pytest.raises(AttributeError):
        findings[0].message = "x"  # type: ignore[misc]
    grouped = findings_by_path(findings)
    assert set(grouped) == {"key_info.employee.national_id", "measures.0.sick_leave_percent", "measures.0.description"}
    assert has_errors(findings)
    assert not has_errors([Finding("warning", "x", "y")])


def test_messages_never_quote_the_field_contents(plan):
    """Findings may end up in places the plan's text must not go (logs, reports)."""
    plan.key_info.employee.national_id = FNR[:10]
    plan.key_info.employer.manager.phone = "Ring Siri"
    findings = validate_plan(plan)
    assert len(findings) == 2
    assert all(FNR[:10] not in f.message and "Siri" not in f.message for f in findings)


def test_validation_does_not_change_the_plan(plan):
    plan.measures[0].sick_leave_percent = 150
    before = plan.model_dump()
    validate_plan(plan)
    assert plan.model_dump() == before


# ------------------------------------------------- what NAV's own form would say


@pytest.mark.parametrize(
    "box, reason_path",
    [
        ("measures.0.nav_assistance.advice", "measures.0.nav_assistance.reason"),
        ("measures.0.nav_assistance.dialogue_meeting", "measures.0.nav_assistance.reason"),
        ("measures.0.nav_assistance.work_measures", "measures.0.nav_assistance.reason"),
        ("measures.0.nav_assistance.aids", "measures.0.nav_assistance.reason"),
        ("measures.0.other_assistance.other", "measures.0.other_assistance.description"),
        ("measures.0.adapted_work_impossible", "measures.0.adapted_work_impossible_reason"),
    ],
)
def test_a_ticked_box_without_its_reason_is_a_warning_on_the_empty_text(plan, box, reason_path):
    for path in ("advice", "dialogue_meeting", "work_measures", "aids"):
        set_value(plan, f"measures.0.nav_assistance.{path}", False)
    set_value(plan, "measures.0.other_assistance.other", False)
    set_value(plan, reason_path, "")
    assert validate_plan(plan) == []  # unticked: the empty text is fine
    set_value(plan, box, True)
    finding = only(plan, reason_path)
    assert finding.severity == "warning"
    assert load_form().label(reason_path) in finding.message
    set_value(plan, reason_path, "Fordi.")
    assert validate_plan(plan) == []


@pytest.mark.parametrize("participated, warned", [(True, False), (None, False), (False, True)])
def test_not_participating_needs_a_reason(plan, participated, warned):
    plan.employee_participation.participated = participated
    plan.employee_participation.reason_if_not = ""
    found = at(validate_plan(plan), "employee_participation.reason_if_not")
    assert [f.severity for f in found] == (["warning"] if warned else [])


@pytest.mark.parametrize(
    "event_day, warned", [(date(2026, 10, 25), True), (date(2026, 10, 26), False), (date(2026, 10, 27), False)]
)
def test_an_event_before_the_first_day_is_a_warning_on_its_date(plan, event_day, warned):
    plan.follow_up.events[0].date = event_day  # first day: 26.10.2026
    found = at(validate_plan(plan), "follow_up.events.0.date")
    assert [f.severity for f in found] == (["warning"] if warned else [])
    if warned:
        assert "25.10.2026" in found[0].message and "26.10.2026" in found[0].message


@pytest.mark.parametrize(
    "ended, error", [(date(2026, 10, 25), True), (date(2026, 10, 26), False), (date(2026, 10, 27), False)]
)
def test_an_absence_ending_before_it_began_is_an_error(plan, ended, error):
    plan.follow_up.absence_ended = ended
    found = at(validate_plan(plan), "follow_up.absence_ended")
    assert [f.severity for f in found] == (["error"] if error else [])
    assert has_errors(validate_plan(plan)) == error


@pytest.mark.parametrize("first_digit, warned", [("8", False), ("9", False), ("1", True), ("7", True), ("0", True)])
@pytest.mark.parametrize("path", ["key_info.employer.business_number", "key_info.employer.organization_number"])
def test_an_organisation_number_not_beginning_with_8_or_9_is_a_warning(plan, path, first_digit, warned):
    number = next(
        n for n in (_org_or_none(first_digit + f"{i:07d}") for i in range(1, 200)) if n is not None
    )
    set_value(plan, path, number)
    found = at(validate_plan(plan), path)
    assert [f.severity for f in found] == (["warning"] if warned else [])
    if warned:
        assert "8 eller 9" in found[0].message


def _org_or_none(first8: str) -> str | None:
    try:
        return make_organization_number(first8)
    except ValueError:
        return None


def test_ticking_nav_assistance_reminds_to_send_the_plan_to_nav_until_it_is_logged(plan):
    plan.follow_up.events = [e for e in plan.follow_up.events if e.kind != "sent_to_nav"]
    reminder = only(plan, "measures.0.nav_assistance.advice")
    assert reminder.severity == "warning" and "send planen til NAV" in reminder.message
    plan.follow_up.events.append(FollowUpEvent(date=date(2026, 12, 1), kind="sent_to_sick_note_author"))
    assert [f.path for f in validate_plan(plan)] == ["measures.0.nav_assistance.advice"]
    plan.follow_up.events.append(FollowUpEvent(date=date(2026, 12, 1), kind="sent_to_nav"))
    assert validate_plan(plan) == []
    # Without any box ticked there is nothing to remind of.
    plan.follow_up.events.pop()
    plan.measures[0].nav_assistance.advice = plan.measures[0].nav_assistance.aids = False
    assert validate_plan(plan) == []


def test_a_finding_names_its_field_in_the_language_of_the_moment(plan):
    from oppfolging_gui.core import i18n

    set_value(plan, "key_info.employer.name", "")
    validate_plan(plan)  # the rules are compiled once: in bokmål first
    i18n.set_language("nn")
    finding = only(plan, "key_info.employer.name")
    assert finding.message == "«Verksemda sitt namn» må fyllast ut."
    i18n.set_language("en")
    assert "Name of the business" in only(plan, "key_info.employer.name").message
