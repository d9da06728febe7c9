"""Checks for Norwegian identifiers: national id numbers, organisation numbers
and phone numbers.

Pure Python (no Qt, no pydantic). The messages are short Norwegian bokmål
sentences meant to be shown to the user as they are.

National id numbers (fødselsnummer and relatives) are laid out as
DDMMYY III K1 K2: birth date, individual number, two modulus-11 check digits.

The check digits are weighted sums modulo 11 (Skatteetaten's and the Brønnøysund
registers' weights), computed here. They used to come from python-stdnum, but
importing it (its ``stdnum.util`` imports ``pydoc`` and ``ssl``) cost the window's
start some 29 M instructions for three one-line sums: a twentieth of a bare Qt
window's whole start (issue 15). The tests check them against python-stdnum.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import NamedTuple

from .messages import message

# What is wrong with a number: message keys of the catalogue (core.messages).
NATIONAL_ID_LENGTH = "id.national_id_length"
NATIONAL_ID_NOT_DIGITS = "id.national_id_not_digits"
NATIONAL_ID_CHECK_DIGITS = "id.national_id_check_digits"
NATIONAL_ID_BIRTH_DATE = "id.national_id_birth_date"
TEST_NUMBER_WARNING = "id.test_number"
UNKNOWN_CENTURY_WARNING = "id.unknown_century"
ORGANIZATION_NUMBER_LENGTH = "id.org_number_length"
ORGANIZATION_NUMBER_CHECK_DIGIT = "id.org_number_check_digit"
PHONE = "id.phone"

_ASCII_DIGITS = frozenset("0123456789")


def normalize_digits(value: str) -> str:
    """Drop all whitespace, the form the numbers are stored in.

    Not only ASCII spaces: numbers pasted from documents often carry
    non-breaking spaces or tabs.
    """
    return "".join(value.split())


def _is_digits(value: str) -> bool:
    # str.isdigit() would also accept e.g. "²" or Arabic-Indic digits, which
    # int() then reads or chokes on; only ASCII digits make a number here.
    return bool(value) and all(c in _ASCII_DIGITS for c in value)


# --- Check digits --------------------------------------------------------------

_K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2)  # national id: the first check digit
_K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)  # the second, over K1 too
_ORGANIZATION_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2, 1)  # the last weighs the check digit


def _weighted_sum(weights: tuple[int, ...], digits: str) -> int:
    return sum(weight * int(digit) for weight, digit in zip(weights, digits))


def _check_digit(weights: tuple[int, ...], digits: str) -> int:
    """The modulus-11 check digit after ``digits`` (as many as there are weights):
    10 when there is none, which no single digit can match."""
    return -_weighted_sum(weights, digits) % 11


# --- National id numbers -------------------------------------------------------


class IdKind(StrEnum):
    FNR = "fnr"  # fødselsnummer
    DNR = "dnr"  # D-nummer: day + 40
    HNR = "hnr"  # H-nummer (NAV's help number): month + 40
    TNR = "tnr"  # synthetic test number (Skatteetaten/NAV): month + 80
    DNR_AND_HNR = "dnr-and-hnr"
    DNR_AND_TNR = "dnr-and-tnr"


# What each kind adds to (day, month); the check reads it backwards.
_KIND_OFFSETS = {
    IdKind.FNR: (0, 0),
    IdKind.DNR: (40, 0),
    IdKind.HNR: (0, 40),
    IdKind.TNR: (0, 80),
    IdKind.DNR_AND_HNR: (40, 40),
    IdKind.DNR_AND_TNR: (40, 80),
}
_KIND_BY_OFFSETS = {offsets: kind for kind, offsets in _KIND_OFFSETS.items()}
_TEST_KINDS = frozenset({IdKind.TNR, IdKind.DNR_AND_TNR})

# From 2032 the first check digit may be the classic modulus-11 value plus
# 0, 1, 2 or 3 (mod 11), because the classic rule runs out of numbers.
_K1_OFFSETS = range(4)


class NationalIdCheck(NamedTuple):
    valid: bool
    kind: IdKind | None = None
    # None when invalid, and for a valid number whose individual number puts
    # it in no century of Skatteetaten's table (see _century).
    birth_date: date | None = None
    problem: str = ""  # for the user when invalid, "" when valid
    warning: str = ""  # for the user about a valid number, e.g. a test number

    @property
    def is_test_number(self) -> bool:
        return self.kind in _TEST_KINDS


def is_test_number(check: NationalIdCheck) -> bool:
    return check.is_test_number


def _century(individual: int, yy: int) -> int | None:
    """Skatteetaten's table: the century the individual number puts a birth
    year in, or None for combinations that are never issued
    (500–749 with year 40–53, 750–899 with year 40–99)."""
    if individual <= 499:
        return 1900
    if individual <= 749 and yy >= 54:
        return 1800
    if yy <= 39:
        return 2000  # 500–999
    if individual >= 900:
        return 1900  # year 40–99
    return None


def _check_digits_ok(digits: str) -> bool:
    # The classic first check digit (10 when there is none), widened to the
    # 2032 rule. The second is computed from the number's actual first check
    # digit, as the 2032 rule wants (10, never a match, when there is none).
    classic = _check_digit(_K1_WEIGHTS, digits)
    k1_ok = (int(digits[9]) - classic) % 11 in _K1_OFFSETS  # a k1 of 10 can't be written
    return k1_ok and int(digits[10]) == _check_digit(_K2_WEIGHTS, digits)


def check_national_id(value: str) -> NationalIdCheck:
    """Check a fødselsnummer, D-, H- or test number; whitespace is ignored.

    Not python-stdnum's validate(): it rejects the 2032 check-digit rule, test
    numbers and birth dates in the future (NAV's own validator accepts a person
    born in 2032), and its get_birth_date() raises the same error for an
    impossible date as for an unknown century.
    """
    digits = normalize_digits(value)
    if not _is_digits(digits):
        return NationalIdCheck(False, problem=message(NATIONAL_ID_NOT_DIGITS if digits else NATIONAL_ID_LENGTH))
    if len(digits) != 11:
        return NationalIdCheck(False, problem=message(NATIONAL_ID_LENGTH))
    if not _check_digits_ok(digits):
        return NationalIdCheck(False, problem=message(NATIONAL_ID_CHECK_DIGITS))

    day, month, yy, individual = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6:9])
    day_offset = 40 if day > 40 else 0
    month_offset = 80 if month > 80 else 40 if month > 40 else 0
    century = _century(individual, yy)
    try:
        # An unknown century only happens for years 40–99, where no year
        # ending in 00 is involved, so 29 February is valid in every century
        # alike and 1900 serves for the check. Such numbers are never issued,
        # but NAV's validator (the peer vectors) rejects no number for its
        # century, so we accept them rather than lock someone out of a NAV
        # form, and report no birth date and warn instead.
        birth = date((1900 if century is None else century) + yy, month - month_offset, day - day_offset)
    except ValueError:
        return NationalIdCheck(False, problem=message(NATIONAL_ID_BIRTH_DATE))

    kind = _KIND_BY_OFFSETS[day_offset, month_offset]
    warnings = [message(TEST_NUMBER_WARNING)] if kind in _TEST_KINDS else []
    if century is None:
        warnings.append(message(UNKNOWN_CENTURY_WARNING))
    return NationalIdCheck(True, kind, None if century is None else birth, warning=" ".join(warnings))


def make_national_id(birth: date, individual: int, kind: IdKind = IdKind.FNR, k1_offset: int = 0) -> str:
    """Make a synthetic number, for tests and the example plan only.

    k1_offset picks the first check digit under the 2032 rule (0 is the
    classic one). Raises ValueError when the individual number does not
    belong to the birth year's century, or when no valid check digit exists
    for this individual number and offset (one of them would be 10).
    """
    if not 0 <= individual <= 999 or k1_offset not in _K1_OFFSETS:
        raise ValueError("individual must be 0–999 and k1_offset 0–3")
    yy = birth.year % 100
    if _century(individual, yy) != birth.year - yy:
        raise ValueError(f"individual number {individual:03d} is not used for birth year {birth.year}")
    day_offset, month_offset = _KIND_OFFSETS[kind]
    first9 = f"{birth.day + day_offset:02d}{birth.month + month_offset:02d}{yy:02d}{individual:03d}"
    k1 = (_check_digit(_K1_WEIGHTS, first9) + k1_offset) % 11
    if k1 == 10:
        raise ValueError("no first check digit for this individual number and offset")
    k2 = _check_digit(_K2_WEIGHTS, first9 + str(k1))
    if k2 == 10:
        raise ValueError("no second check digit for this individual number and offset")
    return f"{first9}{k1}{k2}"


# --- Organisation numbers ------------------------------------------------------


def check_organization_number(value: str) -> str:
    """"" when valid, else a message. Whitespace is ignored."""
    digits = normalize_digits(value)
    if len(digits) != 9 or not _is_digits(digits):
        return message(ORGANIZATION_NUMBER_LENGTH)
    # The weighted sum, the check digit weighing 1, is 0 mod 11 only for a right
    # check digit; when the right one would be 10 no digit makes it 0, so such
    # numbers are rejected as the spec wants.
    if _weighted_sum(_ORGANIZATION_WEIGHTS, digits) % 11 != 0:
        return message(ORGANIZATION_NUMBER_CHECK_DIGIT)
    return ""


def make_organization_number(first8: str) -> str:
    """Complete eight digits with their check digit; ValueError when it would be 10."""
    if len(first8) != 8 or not _is_digits(first8):
        raise ValueError("need exactly 8 digits")
    check = _check_digit(_ORGANIZATION_WEIGHTS, first8)
    if check == 10:
        raise ValueError(f"{first8} has no valid check digit")
    return first8 + str(check)


# --- Phone numbers -------------------------------------------------------------


def check_phone(value: str) -> str:
    """"" for 8 digits, or + and 8–15 digits (whitespace ignored), else a message."""
    number = normalize_digits(value)
    if number.startswith("+"):
        ok = _is_digits(number[1:]) and 8 <= len(number) - 1 <= 15
    else:
        ok = _is_digits(number) and len(number) == 8
    return "" if ok else message(PHONE)
