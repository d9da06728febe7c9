"""validate, new-version and versions as a user or a script meets them.

Most checks call the entry point in-process (fast); those about the real program
(exit status, what reaches the terminal) run ``python -m oppfolging_gui`` as a
child process.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from oppfolging_gui.__main__ import main
from oppfolging_gui.core.model import Plan
from oppfolging_gui.core.storage import read_plan, write_plan
from oppfolging_gui.core.versions import next_version

from ..core.test_storage import BAD_FILES

REPO = Path(__file__).resolve().parents[2]
FINDING = re.compile(r"(error|warning): [a-z_0-9.]+: \S.*")


def oppfolging(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "oppfolging_gui", *args],
        capture_output=True, text=True, encoding="utf-8", cwd=cwd, timeout=120,
    )


def stamp(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def draft(tmp_path, example_plan_path) -> Path:
    """A draft with 150 % and a wrong fødselsnummer: readable, with errors."""
    data = json.loads(example_plan_path.read_text("utf-8"))
    data["measures"][0]["sick_leave_percent"] = 150
    data["key_info"]["employee"]["national_id"] = "12345678901"
    path = tmp_path / "utkast.oppfplan"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    return path


# ---------------------------------------------------------------------------- validate


@pytest.mark.slow
def test_validate_a_good_plan_exits_0_with_its_warning(example_plan_path):
    result = oppfolging("validate", str(example_plan_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith("warning: key_info.employee.national_id: ")
    assert "testnummer" in lines[0]
    # It asks for bistand from NAV but has not logged sending the plan there.
    assert lines[1].startswith("warning: measures.0.nav_assistance.advice: ") and "send planen til NAV" in lines[1]
    assert result.stderr == ""


@pytest.mark.slow
def test_validate_a_draft_exits_1_listing_each_error(draft):
    before = stamp(draft.parent)
    result = oppfolging("validate", str(draft))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert all(FINDING.fullmatch(line) for line in lines), lines
    assert any(line.startswith("error: key_info.employee.national_id: ") for line in lines)
    assert any(line.startswith("error: measures.0.sick_leave_percent: ") for line in lines)
    assert stamp(draft.parent) == before


def test_a_draft_loads_and_saves_unchanged(draft, tmp_path):
    plan = read_plan(draft)
    write_plan(plan, tmp_path / "lagret.oppfplan")
    assert read_plan(tmp_path / "lagret.oppfplan") == plan
    assert main(["validate", str(tmp_path / "lagret.oppfplan")]) == 1


@pytest.mark.slow
def test_validate_an_unreadable_file_exits_2_with_one_line_naming_it(tmp_path):
    path = tmp_path / "ødelagt.oppfplan"
    path.write_bytes(b'{"format": "oppfolgingsplan", "format_version": 1,')
    before = stamp(tmp_path)
    result = oppfolging("validate", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "ødelagt.oppfplan" in result.stderr
    assert "Traceback" not in result.stderr
    assert stamp(tmp_path) == before


@pytest.mark.parametrize(("build", "words"), [pytest.param(b, w, id=i) for i, b, w in BAD_FILES])
def test_validate_every_bad_file_class_exits_2(tmp_path, example_plan_path, capsys, build, words):
    path = tmp_path / "plan.oppfplan"
    path.write_bytes(build(json.loads(example_plan_path.read_text("utf-8"))))
    before = stamp(tmp_path)
    assert main(["validate", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"oppfolging: {path}: ") and err.endswith("\n") and err.count("\n") == 1
    assert words.lower() in err.lower()
    assert stamp(tmp_path) == before


@pytest.mark.parametrize("target", ["finnes-ikke.oppfplan", "."])
def test_validate_a_missing_file_or_a_folder_exits_2(tmp_path, capsys, target):
    assert main(["validate", str(tmp_path / target)]) == 2
    assert capsys.readouterr().err.startswith("oppfolging: ")


def test_validate_with_no_file_is_a_usage_error():
    result = oppfolging("validate")
    assert result.returncode == 2
    assert "feil" in result.stderr and "Traceback" not in result.stderr


# ------------------------------------------------------------------------- new-version


@pytest.mark.slow
def test_new_version_prints_the_new_file_and_keeps_the_old(tmp_path, example_plan_path):
    source = tmp_path / "plan.oppfplan"
    source.write_bytes(example_plan_path.read_bytes())
    before = stamp(tmp_path)
    result = oppfolging("new-version", str(source), "--today", "2026-11-22")
    assert result.returncode == 0, result.stderr
    new_path = Path(result.stdout.strip())
    assert result.stdout.count("\n") == 1 and new_path.is_file()
    assert new_path.name == "Oppfølgingsplan Jonas Eksempelsen v3 2026-11-22.oppfplan"
    assert stamp(tmp_path)["plan.oppfplan"] == before["plan.oppfplan"]
    new = read_plan(new_path)
    old = read_plan(source)
    assert (new.version, new.filled_date, new.plan_id) == (3, date(2026, 11, 22), old.plan_id)
    assert new.key_info == old.key_info and new.follow_up == old.follow_up
    assert new.measures == Plan.new().measures and new.progress == ""


def test_new_version_into_another_folder_counts_that_folders_versions(tmp_path, filled_plan, capsys):
    source = tmp_path / "plan.oppfplan"
    write_plan(filled_plan, source)
    archive = tmp_path / "arkiv"
    archive.mkdir()
    later = filled_plan.model_copy(deep=True)
    later.version = 5
    write_plan(later, archive / "v5.oppfplan")
    assert main(["new-version", str(source), "--dir", str(archive), "--today", "2026-12-01"]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.parent == archive and read_plan(printed).version == 6


def test_new_version_twice_never_overwrites(tmp_path, filled_plan, capsys):
    source = tmp_path / "plan.oppfplan"
    write_plan(filled_plan, source)
    assert main(["new-version", str(source), "--today", "2026-11-22"]) == 0
    first = Path(capsys.readouterr().out.strip())
    first_stamp = stamp(tmp_path)[first.name]
    assert main(["new-version", str(source), "--today", "2026-11-22"]) == 0
    second = Path(capsys.readouterr().out.strip())
    assert second != first and read_plan(second).version == read_plan(first).version + 1
    assert stamp(tmp_path)[first.name] == first_stamp


@pytest.mark.parametrize(
    "args",
    [
        ["new-version", "{tmp}/finnes-ikke.oppfplan"],
        ["new-version", "{tmp}/ødelagt.oppfplan"],
        ["new-version", "{tmp}/plan.oppfplan", "--dir", "{tmp}/finnes-ikke"],
        ["new-version", "{tmp}/plan.oppfplan", "--dir", "{tmp}/plan.oppfplan"],
    ],
)
def test_new_version_errors_exit_2_and_change_nothing(tmp_path, example_plan_path, capsys, args):
    (tmp_path / "plan.oppfplan").write_bytes(example_plan_path.read_bytes())
    (tmp_path / "ødelagt.oppfplan").write_bytes(b"{")
    before = stamp(tmp_path)
    assert main([a.replace("{tmp}", str(tmp_path)) for a in args]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("oppfolging: ") and err.count("\n") == 1
    assert stamp(tmp_path) == before


def test_new_version_with_a_bad_date_is_a_usage_error(tmp_path, example_plan_path):
    result = oppfolging("new-version", str(example_plan_path), "--today", "22.11.2026", "--dir", str(tmp_path))
    assert result.returncode == 2 and "ÅÅÅÅ-MM-DD" in result.stderr
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------- versions


@pytest.mark.slow
def test_versions_lists_plans_newest_first_with_their_versions(tmp_path, filled_plan):
    write_plan(filled_plan, tmp_path / "v2.oppfplan")
    write_plan(next_version(filled_plan, date(2026, 12, 3)), tmp_path / "v3.oppfplan")
    other = Plan.new(date(2025, 3, 1))
    other.key_info.employee.first_name, other.key_info.employee.last_name = "Kari", "Testesen"
    other.key_info.employer.name = "Verkstedet AS"
    write_plan(other, tmp_path / "kari.oppfplan")
    (tmp_path / "ødelagt.oppfplan").write_text("{", "utf-8")

    result = oppfolging("versions", str(tmp_path))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "Jonas Eksempelsen – Bakeriet Solstreif AS",
        "  Versjon  Utfyllingsdato  Fil",
        "  3        03.12.2026      v3.oppfplan",
        "  2        20.11.2026      v2.oppfplan",
        "",
        "Kari Testesen – Verkstedet AS",
        "  Versjon  Utfyllingsdato  Fil",
        "  1        01.03.2025      kari.oppfplan",
    ]
    assert result.stderr.count("\n") == 1 and "ødelagt.oppfplan" in result.stderr


def test_versions_of_an_empty_folder_says_so(tmp_path, capsys):
    assert main(["versions", str(tmp_path)]) == 0
    assert "Fant ingen oppfølgingsplaner" in capsys.readouterr().out


def test_versions_names_a_plan_without_names(tmp_path, capsys):
    write_plan(Plan.new(date(2026, 1, 2)), tmp_path / "tom.oppfplan")
    assert main(["versions", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "(arbeidstaker uten navn)"


@pytest.mark.slow
@pytest.mark.parametrize("target", ["finnes-ikke", "fil.oppfplan"])
def test_versions_of_something_that_is_not_a_folder_exits_2(tmp_path, example_plan_path, target):
    (tmp_path / "fil.oppfplan").write_bytes(example_plan_path.read_bytes())
    result = oppfolging("versions", str(tmp_path / target))
    assert result.returncode == 2
    assert result.stdout == "" and result.stderr.count("\n") == 1 and target in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_versions_of_an_unreadable_folder_exits_2(tmp_path):
    locked = tmp_path / "låst"
    locked.mkdir(mode=0)
    assert oppfolging("versions", str(locked)).returncode == 2


# ---------------------------------------------------------------------------- general


def test_version_and_help_exit_0():
    version = oppfolging("--version")
    assert version.returncode == 0 and version.stdout.startswith("oppfolging ")
    helped = oppfolging("--help")
    assert helped.returncode == 0
    for command in ("validate", "new-version", "versions"):
        assert command in helped.stdout
