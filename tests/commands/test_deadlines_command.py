"""``oppfolging deadlines`` as a user or a script runs it: a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from oppfolging_gui.core.storage import read_plan, write_plan


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "oppfolging_gui", "deadlines", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
    )


@pytest.mark.slow
def test_table_in_norwegian(example_plan_path):
    result = run(example_plan_path, "--today", "2026-12-10")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert "første fraværsdag 26.10.2026" in out
    assert "22.11.2026  Utført" in out
    assert "13.12.2026  Fristen nærmer seg  Dialogmøte 1 på arbeidsplassen" in out
    assert "Til orientering" in out and "Kommende" in out
    assert "Ansvar: arbeidsgiver" in out


@pytest.mark.slow
def test_json_is_the_specs_list(example_plan_path):
    result = run(example_plan_path, "--today", "2026-12-21", "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert [sorted(item) for item in found] == [["date", "id", "status", "title"]] * 7
    by_id = {item["id"]: item for item in found}
    assert by_id["plan_to_sick_note_author"] == {
        "id": "plan_to_sick_note_author",
        "date": "2026-11-22",
        "title": "Oppfølgingsplanen skal være utarbeidet og sendt til sykmelder",
        "status": "done",
    }
    assert by_id["dialogue_meeting_1"]["status"] == "overdue"
    assert by_id["dialogue_meeting_2"]["date"] == "2027-04-25"


@pytest.mark.slow
def test_json_without_a_first_day(tmp_path, example_plan_path):
    plan = read_plan(example_plan_path)
    plan.key_info.absence.first_day = None
    path = tmp_path / "utenDato.oppfplan"
    write_plan(plan, path)
    result = run(path, "--json", "--today", "2026-12-01")
    assert result.returncode == 0
    assert {(item["date"], item["status"]) for item in json.loads(result.stdout)} == {(None, "unknown")}
    table = run(path, "--today", "2026-12-01").stdout
    assert "Fyll inn første fraværsdag" in table
    # No calendar without dates: an error, and no file.
    result = run(path, "--ics", tmp_path / "ut.ics")
    assert result.returncode == 2
    assert "første fraværsdag" in result.stderr and not (tmp_path / "ut.ics").exists()


@pytest.mark.slow
def test_ics_is_written_and_stable(tmp_path, example_plan_path):
    out = tmp_path / "frister.ics"
    result = run(example_plan_path, "--today", "2026-12-10", "--ics", out)
    assert result.returncode == 0, result.stderr
    assert "frister.ics" in result.stdout
    first = out.read_bytes()
    assert first.startswith(b"BEGIN:VCALENDAR\r\n") and first.endswith(b"END:VCALENDAR\r\n")
    assert run(example_plan_path, "--today", "2026-12-10", "--ics", out).returncode == 0
    assert out.read_bytes() == first  # with --today the file is reproducible
    assert [f.name for f in tmp_path.iterdir()] == ["frister.ics"]  # no temp files left


@pytest.mark.slow
def test_errors_are_one_norwegian_line(tmp_path, example_plan_path):
    missing = run(tmp_path / "finnes-ikke.oppfplan")
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "finnes-ikke.oppfplan" in missing.stderr
    assert "Traceback" not in missing.stderr

    broken = tmp_path / "ødelagt.oppfplan"
    broken.write_text("{ikke json", encoding="utf-8")
    result = run(broken)
    assert result.returncode == 2 and "ødelagt.oppfplan" in result.stderr

    nowhere = run(example_plan_path, "--ics", tmp_path / "mangler" / "ut.ics")
    assert nowhere.returncode == 2
    assert nowhere.stderr.strip().endswith("Kalenderfilen ble ikke lagret: mappen finnes ikke (lenger).")

    bad_date = run(example_plan_path, "--today", "2026-02-30")
    assert bad_date.returncode == 2 and "ÅÅÅÅ-MM-DD" in bad_date.stderr
