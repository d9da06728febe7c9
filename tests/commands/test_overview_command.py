"""``oppfolging overview DIR [--today] [--json]`` as a script meets it: a child process."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

from ..core.test_overview import synthetic_id, write_version


def oppfolging(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "oppfolging_gui", *args],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )


def overview_json(folder: Path, today: str = "2026-12-01") -> dict:
    result = oppfolging("overview", str(folder), "--today", today, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def everything(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``folder`` with its size and mtime: nothing may change."""
    found = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            info = os.lstat(os.path.join(root, name))
            found[os.path.join(root, name)] = (info.st_size, info.st_mtime_ns)
    return found


def test_the_most_urgent_plan_comes_first_then_by_next_date_then_none(tmp_path):
    write_version(tmp_path, "ola.oppfplan", "Ola", first_day=date(2026, 11, 20))
    write_version(tmp_path, "per.oppfplan", "Per", first_day=None)
    write_version(tmp_path, "kari.oppfplan", "Kari", first_day=date(2026, 9, 1))  # overdue since October
    write_version(tmp_path, "anne.oppfplan", "Anne", first_day=date(2026, 10, 25))  # overdue since November

    data = overview_json(tmp_path)

    assert [p["employee"] for p in data["plans"]] == ["Kari Testesen", "Anne Testesen", "Ola Testesen", "Per Testesen"]
    kari = data["plans"][0]
    assert kari["next"] == {
        "id": "plan_to_sick_note_author", "date": "2026-09-28",
        "title": "Oppfølgingsplanen skal være utarbeidet og sendt til sykmelder", "status": "overdue",
    }
    assert "dialogue_meeting_1" in kari["overdue"]
    assert data["plans"][2]["next"]["status"] in ("due_soon", "upcoming")
    assert data["plans"][3]["next"] is None and data["plans"][3]["overdue"] == []
    assert data["unreadable"] == []


def test_newest_version_per_plan_in_nested_folders(tmp_path):
    _, plan_id = write_version(tmp_path / "2026", "kari-v1.oppfplan", "Kari")
    write_version(tmp_path / "2026" / "høst", "kari-v3.oppfplan", "Kari", version=3, plan_id=plan_id)
    write_version(tmp_path, "kari-v2.oppfplan", "Kari", version=2, plan_id=plan_id)
    data = overview_json(tmp_path)
    assert len(data["plans"]) == 1
    plan = data["plans"][0]
    assert plan["version"] == 3 and plan["plan_id"] == plan_id
    assert plan["file"] == str(tmp_path / "2026" / "høst" / "kari-v3.oppfplan")  # as found under DIR


def test_hidden_folders_and_links_to_folders_are_skipped(tmp_path):
    plans = tmp_path / "planer"
    write_version(plans, "synlig.oppfplan", "Synlig")
    write_version(plans / ".gammelt", "skjult.oppfplan", "Skjult")
    write_version(tmp_path / "annet", "lenket.oppfplan", "Lenket")
    (plans / "snarvei").symlink_to(tmp_path / "annet", target_is_directory=True)
    (plans / "sløyfe").symlink_to(plans, target_is_directory=True)  # a loop never holds the walk
    data = overview_json(plans)
    assert [p["employee"] for p in data["plans"]] == ["Synlig Testesen"]


def test_unreadable_and_half_written_files_are_named_never_a_crash(tmp_path):
    good, _ = write_version(tmp_path, "god.oppfplan", "Kari")
    data = good.read_bytes()
    (tmp_path / "halvskrevet.oppfplan").write_bytes(data[:700])  # a copy caught half-way
    (tmp_path / "tull.oppfplan").write_bytes(b"\xff\xfe not a plan")

    as_json = overview_json(tmp_path)
    assert [p["employee"] for p in as_json["plans"]] == ["Kari Testesen"]
    assert as_json["unreadable"] == sorted([str(tmp_path / "halvskrevet.oppfplan"), str(tmp_path / "tull.oppfplan")])

    table = oppfolging("overview", str(tmp_path), "--today", "2026-12-01")
    assert table.returncode == 0
    assert "Kari Testesen" in table.stdout and "halvskrevet" not in table.stdout
    problems = table.stderr.splitlines()
    assert len(problems) == 2 and all(line.startswith("oppfolging: ") for line in problems)
    assert "halvskrevet.oppfplan" in table.stderr and "avkortet" in table.stderr
    assert "Traceback" not in table.stderr


def test_two_plans_of_employees_with_the_same_name_are_two_rows(tmp_path):
    _, first = write_version(tmp_path / "a", "kari.oppfplan", "Kari", "Hansen", national_id=synthetic_id(3))
    # The same plan_id (a copy used as a template) for another Kari Hansen: still two people.
    write_version(tmp_path / "b", "kari.oppfplan", "Kari", "Hansen", plan_id=first, version=2,
                  national_id=synthetic_id(4))
    data = overview_json(tmp_path)
    assert [p["employee"] for p in data["plans"]] == ["Kari Hansen", "Kari Hansen"]
    assert {p["file"] for p in data["plans"]} == {str(tmp_path / "a" / "kari.oppfplan"),
                                                  str(tmp_path / "b" / "kari.oppfplan")}
    table = oppfolging("overview", str(tmp_path), "--today", "2026-12-01")
    assert table.stdout.count("Kari Hansen") == 2


def test_a_read_only_folder_is_read_and_nothing_is_written(tmp_path):
    folder = tmp_path / "cd"
    write_version(folder / "sub", "kari.oppfplan", "Kari")
    before = everything(folder)
    modes = []
    for path in [folder / "sub" / "kari.oppfplan", folder / "sub", folder]:
        modes.append((path, path.stat().st_mode))
        path.chmod(stat.S_IRUSR | stat.S_IXUSR if path.is_dir() else stat.S_IRUSR)
    try:
        data = overview_json(folder)
        table = oppfolging("overview", str(folder), "--today", "2026-12-01")
    finally:
        for path, mode in modes:
            path.chmod(mode)
    assert [p["employee"] for p in data["plans"]] == ["Kari Testesen"]
    assert table.returncode == 0 and "Kari Testesen" in table.stdout
    assert everything(folder) == before  # no cache, lock or temporary file left in it


def test_a_folder_that_is_not_there_is_exit_2_in_one_line(tmp_path):
    result = oppfolging("overview", str(tmp_path / "finnes-ikke"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "fant ikke mappen" in result.stderr
    file = tmp_path / "plan.oppfplan"
    file.write_text("{}")
    result = oppfolging("overview", str(file), "--json")
    assert result.returncode == 2 and "ikke en mappe" in result.stderr and result.stdout == ""


def test_an_empty_folder_says_so(tmp_path):
    result = oppfolging("overview", str(tmp_path))
    assert result.returncode == 0 and "Fant ingen oppfølgingsplaner" in result.stdout
    assert overview_json(tmp_path) == {"plans": [], "unreadable": []}


def test_the_table_speaks_the_chosen_language(tmp_path):
    write_version(tmp_path, "kari.oppfplan", "Kari", first_day=None)
    result = subprocess.run(
        [sys.executable, "-m", "oppfolging_gui", "overview", str(tmp_path), "--today", "2026-12-01"],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={**os.environ, "LANGUAGE": "en", "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""},
    )
    assert result.returncode == 0, result.stderr
    assert "Follow-up plans in" in result.stdout and "No open deadlines" in result.stdout
