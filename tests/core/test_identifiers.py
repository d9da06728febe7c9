"""Tests for the Norwegian identifier checks.

Every national id number here is either one of NAV's published validator test
vectors or synthetic, made by make_national_id (or _complete below) -- never
a real person's number.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum.no import fodselsnummer, orgnr

from oppfolging_gui.core.messages import message
from oppfolging_gui.core.identifiers import (
    NATIONAL_ID_BIRTH_DATE,
    NATIONAL_ID_CHECK_DIGITS,
    NATIONAL_ID_LENGTH,
    NATIONAL_ID_NOT_DIGITS,
    ORGANIZATION_NUMBER_CHECK_DIGIT,
    ORGANIZATION_NUMBER_LENGTH,
    PHONE,
    TEST_NUMBER_WARNING,
    UNKNOWN_CENTURY_WARNING,
    IdKind,
    NationalIdCheck,
    check_national_id,
    check_organization_number,
    check_phone,
    is_test_number,
    make_national_id,
    make_organization_number,
    normalize_digits,
)

PEER_FILE = Path(__file__).parents[2].parent / "shared" / "reference" / "peer-tests" / "fnrvalidator-cases.json"


def _peer_cases():
    if not PEER_FILE.exists():
        reason = f"NAV's fnrvalidator test vectors are missing: {PEER_FILE}"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="peer-file-missing")]
    cases = json.loads(PEER_FILE.read_text(encoding="utf-8"))["cases"]
    return [pytest.param(case, id=case["title"]) for case in cases]


def _complete(first9: str, k1_offset: int = 0) -> str:
    """Add check digits to any nine digits, even an impossible date, computed
    with stdnum and the 2032 offset independently of the module under test."""
    k1 = (int(fodselsnummer.calc_check_digit1(first9)) + k1_offset) % 11
    if k1 == 10:
        raise ValueError(first9)
    k2 = fodselsnummer.calc_check_digit2(first9 + str(k1))
    if k2 == "10":
        raise ValueError(first9)
    return first9 + str(k1) + k2


def _first_complete(first6: str, individuals, k1_offset: int = 0) -> str:
    """The first individual number in the range that has check digits."""
    for individual in individuals:
        try:
            return _complete(f"{first6}{individual:03d}", k1_offset)
        except ValueError:
            continue
    raise AssertionError(f"no individual number fits {first6}")


def _make(birth: date, individuals, kind: IdKind = IdKind.FNR) -> str:
    for individual in individuals:
        try:
            return make_national_id(birth, individual, kind)
        except ValueError:
            continue
    raise AssertionError(f"no number for {birth}")


FNR_1900S = range(0, 500)
FNR_1800S = range(500, 750)
FNR_2000S = range(500, 1000)
FNR_1940_TO_1999_HIGH = range(900, 1000)


# --- NAV's peer vectors --------------------------------------------------------


@pytest.mark.parametrize("case", _peer_cases())
def test_peer_vector(case):
    result = check_national_id(case["number"])
    assert result.valid is case["valid"]
    if case["type"] is not None:
        assert result.kind == IdKind(case["type"])
    if result.valid:
        assert result.problem == ""
    else:
        assert result.problem and result.kind is None and result.birth_date is None


# --- National id: kinds, spacing, messages --------------------------------------


@pytest.mark.parametrize("kind", list(IdKind))
def test_every_kind_is_recognised_with_its_birth_date(kind):
    birth = date(1985, 7, 14)
    result = check_national_id(_make(birth, FNR_1900S, kind))
    assert result == NationalIdCheck(
        True, kind, birth, warning=message(TEST_NUMBER_WARNING) if kind in (IdKind.TNR, IdKind.DNR_AND_TNR) else ""
    )


@pytest.mark.parametrize(
    ("kind", "test"),
    [(IdKind.FNR, False), (IdKind.DNR, False), (IdKind.HNR, False), (IdKind.DNR_AND_HNR, False),
     (IdKind.TNR, True), (IdKind.DNR_AND_TNR, True)],
)
def test_test_numbers_are_valid_but_flagged(kind, test):
    result = check_national_id(_make(date(1990, 1, 31), FNR_1900S, kind))
    assert result.valid
    assert result.is_test_number is test
    assert is_test_number(result) is test
    assert ("testnummer" in result.warning) is test


def test_test_number_layout_is_month_plus_80():
    number = _make(date(1990, 12, 1), FNR_1900S, IdKind.TNR)
    assert number.startswith("019290")


def test_spaces_and_other_whitespace_are_ignored():
    number = _make(date(1972, 9, 13), FNR_1900S, IdKind.TNR)
    spaced = f"  {number[:6]} {number[6:]}\t"
    assert check_national_id(spaced).valid
    assert check_national_id(f"{number[:6]}\u00a0{number[6:]}").valid
    assert normalize_digits(spaced) == number


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("", message(NATIONAL_ID_LENGTH)),
        ("   ", message(NATIONAL_ID_LENGTH)),
        ("1234567890", message(NATIONAL_ID_LENGTH)),
        ("123456789012", message(NATIONAL_ID_LENGTH)),
        ("1234567890A", message(NATIONAL_ID_NOT_DIGITS)),
        ("130972-48022", message(NATIONAL_ID_NOT_DIGITS)),
        ("１２３４５６７８９０１", message(NATIONAL_ID_NOT_DIGITS)),  # full-width digits are not digits here
        ("²²²²²²²²²²²", message(NATIONAL_ID_NOT_DIGITS)),
    ],
)
def test_format_problems(value, problem):
    assert check_national_id(value) == NationalIdCheck(False, problem=problem)


def test_wrong_check_digits_message():
    number = _make(date(1980, 5, 17), FNR_1900S, IdKind.TNR)
    broken = number[:10] + str((int(number[10]) + 1) % 10)
    assert check_national_id(broken).problem == message(NATIONAL_ID_CHECK_DIGITS)


@pytest.mark.parametrize(
    ("first6", "individuals"),
    [
        ("290201", FNR_1900S),  # 29 Feb 1901
        ("310480", FNR_1900S),  # 31 April
        ("321280", FNR_1900S),  # day 32
        ("001280", FNR_1900S),  # day 0
        ("011380", FNR_1900S),  # month 13
        ("010080", FNR_1900S),  # month 0
        ("400180", FNR_1900S),  # day 40: neither a day nor a D-number
        ("720180", FNR_1900S),  # D-number day 32
        ("015380", FNR_1900S),  # H-number month 13
        ("019380", FNR_1900S),  # test number month 13
        ("014080", FNR_1900S),  # month 40
        ("018080", FNR_1900S),  # month 80
        ("810180", FNR_1900S),  # FH-number (first digit 8 or 9): no birth date by design
        ("310691", FNR_1900S),  # 31 June, test number
    ],
)
def test_impossible_birth_dates_are_rejected(first6, individuals):
    result = check_national_id(_first_complete(first6, individuals))
    assert result == NationalIdCheck(False, problem=message(NATIONAL_ID_BIRTH_DATE))


def test_d_and_test_number_on_a_real_date_is_valid():
    result = check_national_id(_first_complete("699180", FNR_1900S))  # 29 Nov 1980
    assert result.valid and result.kind is IdKind.DNR_AND_TNR and result.birth_date == date(1980, 11, 29)


def test_future_birth_dates_are_accepted():
    # NAV's validator accepts a person born 2 Jan 2032 (a peer vector); stdnum would not.
    number = _make(date(2039, 12, 31), FNR_2000S)
    assert not fodselsnummer.is_valid(number)
    assert check_national_id(number).birth_date == date(2039, 12, 31)


# --- Century table and 29 February ----------------------------------------------


@pytest.mark.parametrize(
    ("yy", "individuals", "year"),
    [
        (0, range(0, 500), 1900),
        (72, range(480, 500), 1972),
        (99, range(400, 500), 1999),
        (54, range(500, 750), 1854),
        (99, range(700, 750), 1899),
        (0, range(500, 1000), 2000),
        (39, range(750, 1000), 2039),
        (39, range(500, 750), 2039),
        (40, range(900, 1000), 1940),
        (99, range(950, 1000), 1999),
    ],
)
def test_century_comes_from_the_individual_number(yy, individuals, year):
    result = check_national_id(_first_complete(f"0101{yy:02d}", individuals))
    assert result.valid and result.birth_date == date(year, 1, 1)


@pytest.mark.parametrize(
    ("yy", "individuals"),
    [(40, range(750, 900)), (99, range(800, 900)), (40, range(500, 750)), (53, range(700, 750))],
)
def test_unknown_century_is_accepted_without_birth_date(yy, individuals):
    # Never issued, but NAV's validator ignores the individual number; we accept, warn, give no date.
    result = check_national_id(_first_complete(f"0101{yy:02d}", individuals))
    assert result == NationalIdCheck(True, IdKind.FNR, None, warning=message(UNKNOWN_CENTURY_WARNING))


def test_unknown_century_test_number_carries_both_warnings():
    result = check_national_id(_first_complete("018160", range(750, 900)))
    assert result.is_test_number and result.birth_date is None
    assert message(TEST_NUMBER_WARNING) in result.warning and message(UNKNOWN_CENTURY_WARNING) in result.warning


@pytest.mark.parametrize(
    ("yy", "individuals", "valid"),
    [
        (0, FNR_1900S, False),  # 1900: divisible by 100, not by 400
        (0, FNR_2000S, True),  # 2000: divisible by 400
        (96, FNR_1800S, True),  # 1896
        (97, FNR_1800S, False),  # 1897
        (4, FNR_1900S, True),  # 1904
        (96, FNR_1900S, True),  # 1996
        (96, FNR_1940_TO_1999_HIGH, True),  # 1996, high individual number
        (1, FNR_1900S, False),  # 1901
        (4, FNR_2000S, True),  # 2004
        (1, FNR_2000S, False),  # 2001
        (44, range(750, 900), True),  # unknown century: leap in every century
        (45, range(750, 900), False),
    ],
)
@pytest.mark.parametrize(("day", "month"), [(29, 2), (69, 2), (29, 42), (29, 82), (69, 82), (69, 42)])
def test_29_february_is_checked_against_the_right_year(yy, individuals, valid, day, month):
    result = check_national_id(_first_complete(f"{day:02d}{month:02d}{yy:02d}", individuals))
    assert result.valid is valid
    if not valid:
        assert result.problem == message(NATIONAL_ID_BIRTH_DATE)


# --- The 2032 check-digit rule ----------------------------------------------------


def test_2032_rule_allows_four_first_check_digits():
    birth = date(1982, 10, 30)
    for individual in FNR_1940_TO_1999_HIGH:
        try:
            numbers = [make_national_id(birth, individual, k1_offset=k) for k in range(4)]
            break
        except ValueError:
            continue
    else:
        pytest.fail("no individual number with four first check digits")
    assert len({n[:9] for n in numbers}) == 1 and len({n[9] for n in numbers}) == 4
    for number in numbers:
        assert check_national_id(number) == NationalIdCheck(True, IdKind.FNR, birth)
    # Only the classic one passes stdnum, which predates the rule.
    assert [fodselsnummer.is_valid(n) for n in numbers] == [True, False, False, False]


@pytest.mark.parametrize("offset", range(4, 11))
def test_2032_rule_rejects_other_first_check_digits(offset):
    # Every other offset (4–10; 11 would be the classic digit again), with a matching second check digit.
    number = _first_complete("020132", FNR_2000S, offset)
    assert check_national_id(number).problem == message(NATIONAL_ID_CHECK_DIGITS)


def test_2032_rule_gives_numbers_where_the_classic_digit_would_be_10():
    birth = date(1985, 3, 4)
    for individual in FNR_1900S:
        first9 = f"040385{individual:03d}"
        if fodselsnummer.calc_check_digit1(first9) == "10":
            break
    else:
        pytest.fail("no individual number without a classic check digit")
    with pytest.raises(ValueError):
        make_national_id(birth, individual, k1_offset=0)
    made = []
    for offset in (1, 2, 3):  # k1 = 0, 1, 2
        try:
            made.append(make_national_id(birth, individual, k1_offset=offset))
        except ValueError:  # k2 could still be 10
            continue
    assert made
    for number in made:
        assert number[9] in "012"
        assert check_national_id(number).valid
        assert not fodselsnummer.is_valid(number)


def test_second_check_digit_of_10_has_no_number():
    birth = date(1985, 3, 4)
    for individual in FNR_1900S:
        first9 = f"040385{individual:03d}"
        k1 = fodselsnummer.calc_check_digit1(first9)
        if k1 != "10" and fodselsnummer.calc_check_digit2(first9 + k1) == "10":
            break
    else:
        pytest.fail("no such individual number")
    with pytest.raises(ValueError):
        make_national_id(birth, individual)
    assert not any(check_national_id(first9 + k1 + str(d)).valid for d in range(10))


@pytest.mark.parametrize(
    ("birth", "individual", "offset"),
    [
        (date(1972, 1, 1), 500, 0),  # 500–749 means 1854–1899 or 2000–2039
        (date(1972, 1, 1), 800, 0),  # never issued for year 40–99
        (date(2010, 1, 1), 100, 0),  # 000–499 means 1900–1999
        (date(1850, 1, 1), 600, 0),  # before 1854
        (date(2040, 1, 1), 999, 0),  # after 2039
        (date(1972, 1, 1), 1000, 0),
        (date(1972, 1, 1), -1, 0),
        (date(1972, 1, 1), 480, 4),
        (date(1972, 1, 1), 480, -1),
    ],
)
def test_generator_refuses_impossible_input(birth, individual, offset):
    with pytest.raises(ValueError):
        make_national_id(birth, individual, k1_offset=offset)


# --- Properties ---------------------------------------------------------------------


@st.composite
def synthetic_ids(draw):
    birth = draw(st.dates(date(1854, 1, 1), date(2039, 12, 31)))
    if birth.year < 1900:
        ranges = [FNR_1800S]
    elif birth.year < 1940:
        ranges = [FNR_1900S]
    elif birth.year < 2000:
        ranges = [FNR_1900S, FNR_1940_TO_1999_HIGH]
    else:
        ranges = [FNR_2000S]
    individual = draw(st.sampled_from(draw(st.sampled_from(ranges))))
    kind = draw(st.sampled_from(list(IdKind)))
    offset = draw(st.integers(0, 3))
    try:
        number = make_national_id(birth, individual, kind, offset)
    except ValueError:
        assume(False)
    return number, birth, kind, offset


@given(synthetic_ids())
def test_generated_numbers_are_always_valid(generated):
    number, birth, kind, offset = generated
    result = check_national_id(number)
    assert (result.valid, result.kind, result.birth_date, result.problem) == (True, kind, birth, "")
    # Cross-check with stdnum where it applies: classic check digit, D/H/plain, not in the future.
    if offset == 0 and kind in (IdKind.FNR, IdKind.DNR, IdKind.HNR, IdKind.DNR_AND_HNR) and birth <= date.today():
        assert fodselsnummer.is_valid(number)


@given(synthetic_ids(), st.integers(0, 10), st.integers(1, 9))
def test_any_single_digit_change_is_rejected(generated, position, shift):
    """The 2032 rule lets the first check digit take other values, but only with
    a second check digit computed from it: the second check digit weighs every
    earlier digit by 2–7 (never 0 mod 11), so changing any one digit, the first
    check digit included, always breaks it. There is no exception."""
    number = generated[0]
    changed = number[:position] + str((int(number[position]) + shift) % 10) + number[position + 1 :]
    assert not check_national_id(changed).valid


@pytest.mark.slow
@given(st.text())
def test_random_text_never_raises(text):
    result = check_national_id(text)
    assert result.valid is (result.problem == "")
    assert result.valid or (result.kind is None and result.birth_date is None)
    assert isinstance(check_organization_number(text), str)
    assert isinstance(check_phone(text), str)


@given(st.text(alphabet="0123456789 ", max_size=14))
def test_random_digit_strings_never_raise(text):
    result = check_national_id(text)
    if result.valid:
        assert len(normalize_digits(text)) == 11 and result.kind is not None


# --- Organisation numbers -------------------------------------------------------------


def test_known_organization_number_with_spaces():
    assert check_organization_number("889 640 782") == ""  # NAV's own (an organisation, public)
    assert normalize_digits("889 640 782") == "889640782"


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("", message(ORGANIZATION_NUMBER_LENGTH)),
        ("88964078", message(ORGANIZATION_NUMBER_LENGTH)),
        ("8896407820", message(ORGANIZATION_NUMBER_LENGTH)),
        ("88964078A", message(ORGANIZATION_NUMBER_LENGTH)),
        ("889-640-782", message(ORGANIZATION_NUMBER_LENGTH)),
        ("889640783", message(ORGANIZATION_NUMBER_CHECK_DIGIT)),
    ],
)
def test_organization_number_problems(value, problem):
    assert check_organization_number(value) == problem


def test_organization_number_message_wording():
    assert message(ORGANIZATION_NUMBER_LENGTH) == "Organisasjonsnummeret må ha 9 siffer."
    assert message(ORGANIZATION_NUMBER_CHECK_DIGIT).startswith("Kontrollsifferet stemmer ikke")


def test_organization_number_whose_check_digit_would_be_10_is_invalid():
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    first8 = next(
        f"{n:08d}" for n in range(10_000_000, 100_000_000)
        if (11 - sum(w * int(d) for w, d in zip(weights, f"{n:08d}")) % 11) % 11 == 10
    )
    with pytest.raises(ValueError):
        make_organization_number(first8)
    assert all(check_organization_number(first8 + str(d)) for d in range(10))


@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_made_organization_numbers_are_valid_and_single_changes_are_not(first8):
    try:
        number = make_organization_number(first8)
    except ValueError:
        assume(False)
    assert check_organization_number(number) == ""
    for position in range(9):
        for digit in "0123456789":
            if digit != number[position]:
                assert check_organization_number(number[:position] + digit + number[position + 1 :])


@pytest.mark.parametrize("first8", ["1234567", "123456789", "1234567a", ""])
def test_make_organization_number_needs_8_digits(first8):
    with pytest.raises(ValueError):
        make_organization_number(first8)


# --- Phone numbers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["12345678", "123 45 678", " 12 34 56 78 ", "+4712345678", "+47 123 45 678", "+12345678", "+123456789012345",
     "+47\u00a0123\u00a045\u00a0678"],
)
def test_valid_phones(value):
    assert check_phone(value) == ""


@pytest.mark.parametrize(
    "value",
    ["", " ", "+", "1234567", "123456789", "+1234567", "+1234567890123456", "++4712345678", "12345+678",
     "1234567a", "0047 12345678", "(+47) 12345678", "+47-123-45-678", "１２３４５６７８"],
)
def test_invalid_phones(value):
    assert check_phone(value) == message(PHONE) == "Telefonnummeret må ha 8 siffer, eller + og 8–15 siffer."


# The check digits are computed by the module itself (python-stdnum costs the start
# too much to import): here python-stdnum, the maintained reference, judges them.
NINE_DIGITS = st.text("0123456789", min_size=9, max_size=9)


@given(NINE_DIGITS)
def test_organization_numbers_are_judged_as_python_stdnum_judges_them(digits):
    assert (check_organization_number(digits) == "") is orgnr.is_valid(digits)


@given(NINE_DIGITS)
def test_a_number_with_python_stdnums_check_digits_passes_the_check_digit_test(first9):
    try:
        number = _complete(first9)  # stdnum's classic check digits
    except ValueError:
        assume(False)
    assert check_national_id(number).problem != message(NATIONAL_ID_CHECK_DIGITS)


@given(NINE_DIGITS, st.integers(0, 9), st.integers(0, 9))
def test_only_python_stdnums_second_check_digit_passes(first9, k1, k2):
    """Whatever the first check digit (the 2032 rule widens it), the second must be
    stdnum's, computed from that first one."""
    number = f"{first9}{k1}{k2}"
    if str(k2) != fodselsnummer.calc_check_digit2(number):
        assert check_national_id(number).problem == message(NATIONAL_ID_CHECK_DIGITS)


@given(st.text("0123456789", min_size=8, max_size=8))
def test_made_organization_numbers_match_python_stdnum(first8):
    try:
        number = make_organization_number(first8)
    except ValueError:
        assert not any(orgnr.is_valid(first8 + str(d)) for d in range(10))
        return
    assert orgnr.is_valid(number)
