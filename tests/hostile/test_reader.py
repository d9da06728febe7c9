"""Damaged, truncated, re-encoded, nested and huge files at the reader: always a
clear Norwegian PlanFileError, never another exception, never a hang."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings

from oppfolging_gui.core.model import Plan
from oppfolging_gui.core.storage import MAX_FILE_BYTES, PlanFileError, parse_plan_bytes, read_plan

from .strategies import EXAMPLE_BYTES, deeply_nested, hostile_bytes

BUDGET = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read_or_refuse(data: bytes) -> Plan | None:
    try:
        return parse_plan_bytes(data)
    except PlanFileError as error:
        assert error.message and "Traceback" not in error.message
        assert len(error.message) < 400  # a sentence, not a dump of the file
        return None


@pytest.mark.slow
@BUDGET
@given(hostile_bytes)
def test_hostile_bytes_are_read_or_refused_clearly(data):
    _read_or_refuse(data)


@pytest.mark.parametrize("depth", [50, 1_000, 100_000, 1_000_000])
@pytest.mark.parametrize("brackets", [("[", "]"), ('{"a":', "}")])
def test_deep_nesting_is_refused(depth, brackets):
    opener, closer = brackets
    inner = opener * depth + "1" + closer * depth if opener != "[" else opener * depth + closer * depth
    data = ('{"format": "oppfolgingsplan", "format_version": 1, "key_info": ' + inner + "}").encode()
    assert _read_or_refuse(data) is None
    assert _read_or_refuse(deeply_nested(depth)) is None


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "stor.oppfplan"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(PlanFileError, match="for stor"):
        read_plan(path)
    with pytest.raises(PlanFileError):
        parse_plan_bytes(b" " * (MAX_FILE_BYTES + 1))


def test_huge_number_and_long_string_are_handled():
    _read_or_refuse(EXAMPLE_BYTES.replace(b'"version": 1', b'"version": 1' + b"0" * 100_000, 1))
    plan = _read_or_refuse(EXAMPLE_BYTES.replace(b'"additional_info": "', b'"additional_info": "' + b"x" * 5_000_000, 1))
    assert plan is None or len(plan.additional_info) >= 5_000_000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_special_files_do_not_hang(tmp_path):
    fifo = tmp_path / "rør.oppfplan"
    os.mkfifo(fifo)
    with pytest.raises(PlanFileError):
        read_plan(fifo)
    with pytest.raises(PlanFileError):
        read_plan(tmp_path)
    if os.path.exists("/dev/zero"):
        with pytest.raises(PlanFileError):
            read_plan("/dev/zero")
