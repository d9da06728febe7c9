"""The format grows by numbered migrations: a file of every format version ever written
opens, its signatures stay valid, and opening, checking, printing or listing it never
rewrites it."""

from __future__ import annotations

import copy
import json
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from oppfolging_gui.core.canonical import content_sha256, signature_matches
from oppfolging_gui.core.migrations import STEPS, migrate
from oppfolging_gui.core.model import FORMAT_VERSION, Signature
from oppfolging_gui.core.storage import PlanFileError, parse_plan_bytes, read_plan, write_plan

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def fixture(version: int) -> Path:
    return FIXTURES / f"format-v{version}.oppfplan"


ALL_VERSIONS = list(range(1, FORMAT_VERSION + 1))


def test_there_is_a_file_of_every_format_version_and_a_step_between_each():
    assert [v for v in ALL_VERSIONS if fixture(v).is_file()] == ALL_VERSIONS
    assert len(STEPS) == FORMAT_VERSION - 1
    for version in ALL_VERSIONS:
        assert json.loads(fixture(version).read_text("utf-8"))["format_version"] == version


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_a_file_of_every_version_opens_in_the_newest_format(version):
    plan = read_plan(fixture(version))
    assert plan.format_version == FORMAT_VERSION
    assert plan.employee_name == "Jonas Eksempelsen"
    assert len(plan.measures) == 2 and len(plan.follow_up.events) == 2


def test_version_1_reads_with_the_absence_not_ended():
    plan = read_plan(fixture(1))
    assert plan.follow_up.absence_ended is None
    assert read_plan(fixture(2)).follow_up.absence_ended == date(2027, 1, 31)


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_signatures_of_every_version_are_valid_when_opened(version):
    plan = read_plan(fixture(version))
    signed = [s for s in (plan.signatures.employee, plan.signatures.employer) if s]
    assert signed
    assert all(signature_matches(plan, s) for s in signed)


def test_an_edit_of_an_old_file_invalidates_its_signatures_and_undoing_it_does_not():
    plan = read_plan(fixture(1))
    plan.progress += " Endret."
    assert not signature_matches(plan, plan.signatures.employee)
    plan.progress = plan.progress.removesuffix(" Endret.")
    assert signature_matches(plan, plan.signatures.employee)
    plan.follow_up.absence_ended = date(2027, 2, 1)  # a field version 1 did not have
    assert not signature_matches(plan, plan.signatures.employee)


def _snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_saving_an_old_file_after_an_edit_writes_the_newest_format(tmp_path):
    path = tmp_path / "plan.oppfplan"
    plan = read_plan(fixture(1))
    plan.follow_up.absence_ended = date(2027, 1, 31)
    write_plan(plan, path)
    data = json.loads(path.read_text("utf-8"))
    assert data["format_version"] == FORMAT_VERSION
    assert data["follow_up"]["absence_ended"] == "2027-01-31"


def test_signing_an_unedited_old_file_keeps_its_format_and_every_signature_valid(tmp_path):
    path = tmp_path / "plan.oppfplan"
    plan = read_plan(fixture(1))
    employee_before = plan.signatures.employee
    plan.signatures.employer = Signature(
        name="Siri Fjellheim", signed_on=date(2026, 11, 21), strokes=[[(1.0, 2.0), (3.0, 4.0)]],
        content_sha256=content_sha256(plan),
    )
    write_plan(plan, path)
    assert json.loads(path.read_text("utf-8"))["format_version"] == 1
    again = read_plan(path)
    assert again.signatures.employee == employee_before
    assert signature_matches(again, again.signatures.employee)
    assert signature_matches(again, again.signatures.employer)


def test_a_step_never_changes_the_dict_it_was_given():
    data = json.loads(fixture(1).read_text("utf-8"))
    before = copy.deepcopy(data)
    migrated = migrate(data)
    assert data == before
    assert migrated["format_version"] == FORMAT_VERSION
    assert migrated["follow_up"]["absence_ended"] is None


def test_a_broken_old_file_is_still_reported_not_crashed():
    data = json.loads(fixture(1).read_text("utf-8"))
    data["follow_up"] = "tekst"
    with pytest.raises(PlanFileError, match="follow_up"):
        parse_plan_bytes(json.dumps(data).encode())


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (1.0, "heltall"),
        (2.0, "heltall"),
        (True, "heltall"),
        ("2", "heltall"),
        (None, "heltall"),
        (0, "format_version"),
        (3, "nyere versjon"),
        (10**6, "nyere versjon"),
    ],
)
def test_format_version_is_the_json_integer_1_or_2(value, words):
    data = json.loads(fixture(2).read_text("utf-8"))
    data["format_version"] = value
    with pytest.raises(PlanFileError) as caught:
        parse_plan_bytes(json.dumps(data).encode())
    assert words in caught.value.message


def test_a_version_2_file_without_absence_ended_is_unreadable():
    data = json.loads(fixture(2).read_text("utf-8"))
    del data["follow_up"]["absence_ended"]
    with pytest.raises(PlanFileError, match="absence_ended"):
        parse_plan_bytes(json.dumps(data).encode())


def test_a_version_1_file_that_already_has_absence_ended_keeps_its_value():
    # Not written by this program, but what a file holds is never thrown away.
    data = json.loads(fixture(1).read_text("utf-8"))
    data["follow_up"]["absence_ended"] = "2027-01-31"
    assert parse_plan_bytes(json.dumps(data).encode()).follow_up.absence_ended == date(2027, 1, 31)


@pytest.mark.parametrize(
    "command",
    [
        ["validate", "{plan}"],
        ["deadlines", "{plan}", "--today", "2026-12-01"],
        ["pdf", "{plan}", "-o", "{out}"],
        ["versions", "{folder}"],
    ],
    ids=["validate", "deadlines", "pdf", "versions"],
)
def test_a_file_only_checked_printed_or_listed_is_never_rewritten(tmp_path, command, capsys):
    from oppfolging_gui.cli import run

    folder = tmp_path / "planer"
    folder.mkdir()
    plan = folder / "plan.oppfplan"
    shutil.copyfile(fixture(1), plan)
    os.utime(plan, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    before = _snapshot(plan)
    args = [a.format(plan=plan, out=tmp_path / "plan.pdf", folder=folder) for a in command]
    assert run(args) in (0, 1)
    assert _snapshot(plan) == before
    assert sorted(p.name for p in folder.iterdir()) == ["plan.oppfplan"]
