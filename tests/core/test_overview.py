"""core.overview: every plan under a folder, newest version per plan, most urgent first."""

from __future__ import annotations

import json
import os
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from oppfolging_gui.core.identifiers import IdKind, make_national_id
from oppfolging_gui.core.overview import OverviewScanner, overview
from oppfolging_gui.core.storage import read_plan, write_plan

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "eksempelplan.oppfplan"
TODAY = date(2026, 12, 1)


def synthetic_id(n: int) -> str:
    """A synthetic test number (month + 80), never a real person's; one per ``n``."""
    birth = date(1985, 1, 1) + timedelta(days=n)
    for individual in range(100, 500):  # some have no valid check digit
        try:
            return make_national_id(birth, individual, IdKind.TNR)
        except ValueError:
            continue
    raise AssertionError("no synthetic number for this day")


def write_version(
    folder: Path,
    name: str,
    first_name: str,
    last_name: str = "Testesen",
    *,
    first_day: date | None = date(2026, 11, 2),
    version: int = 1,
    plan_id: str | None = None,
    national_id: str = "",
    events: list | None = None,
) -> tuple[Path, str]:
    """A version file like one the program writes; returns (path, plan_id)."""
    plan = read_plan(EXAMPLE)
    plan.plan_id = plan_id or str(uuid.uuid4())
    plan.version = version
    plan.filled_date = (first_day or TODAY) + timedelta(days=version)
    plan.key_info.employee.first_name = first_name
    plan.key_info.employee.last_name = last_name
    plan.key_info.employee.national_id = national_id
    plan.key_info.absence.first_day = first_day
    plan.follow_up.events = events or []
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    write_plan(plan, path)
    return path, plan.plan_id


def test_one_row_per_plan_from_its_newest_version_most_urgent_first(tmp_path):
    # Kari: first day 2026-09-01, so the plan to the doctor (day 28) is long overdue.
    _, kari = write_version(tmp_path, "kari-v1.oppfplan", "Kari", first_day=date(2026, 9, 1))
    write_version(tmp_path, "kari-v2.oppfplan", "Kari", first_day=date(2026, 9, 1), version=2, plan_id=kari)
    write_version(tmp_path, "ola.oppfplan", "Ola", first_day=date(2026, 11, 20))  # due in a few weeks
    write_version(tmp_path, "per.oppfplan", "Per", first_day=None)  # no dates: last
    write_version(tmp_path, "anne.oppfplan", "Anne", first_day=date(2026, 11, 10))

    found = overview(tmp_path, TODAY)

    assert [r.employee for r in found.rows] == ["Kari Testesen", "Anne Testesen", "Ola Testesen", "Per Testesen"]
    kari_row = found.rows[0]
    assert kari_row.version == 2 and kari_row.file == str(tmp_path / "kari-v2.oppfplan")
    assert kari_row.overdue and kari_row.next == kari_row.overdue[0]
    assert kari_row.next.id == "plan_to_sick_note_author" and kari_row.next.status == "overdue"
    assert found.rows[3].next is None and found.rows[3].overdue == ()
    assert found.unreadable == ()


def test_json_has_the_spec_keys_in_order(tmp_path):
    write_version(tmp_path, "a.oppfplan", "Kari", first_day=date(2026, 9, 1))
    data = overview(tmp_path, TODAY).as_json()
    assert list(data) == ["plans", "unreadable"]
    row = data["plans"][0]
    assert list(row) == ["plan_id", "employee", "employer", "version", "file", "filled_date", "first_day",
                         "absence_ended", "next", "overdue"]
    assert row["employee"] == "Kari Testesen" and row["employer"] == "Bakeriet Solstreif AS"
    assert row["first_day"] == "2026-09-01" and row["absence_ended"] is None
    assert list(row["next"]) == ["id", "date", "title", "status"]
    assert row["overdue"][0] == "plan_to_sick_note_author"
    json.dumps(data)  # all plain JSON


def test_ties_are_broken_by_employee_name(tmp_path):
    for first in ("Åse", "Bjørn", "Anders"):
        write_version(tmp_path, f"{first}.oppfplan", first, first_day=date(2026, 11, 2))
    assert [r.employee.split()[0] for r in overview(tmp_path, TODAY).rows] == ["Anders", "Bjørn", "Åse"]


def test_a_plan_id_shared_by_two_employees_is_two_plans(tmp_path):
    _, shared = write_version(tmp_path, "kari.oppfplan", "Kari", national_id=synthetic_id(1))
    write_version(tmp_path, "ola.oppfplan", "Ola", plan_id=shared, version=2, national_id=synthetic_id(2))
    rows = overview(tmp_path, TODAY).rows
    assert sorted(r.employee for r in rows) == ["Kari Testesen", "Ola Testesen"]


def test_two_employees_with_the_same_name_stay_apart(tmp_path):
    write_version(tmp_path, "a.oppfplan", "Kari", national_id=synthetic_id(1))
    write_version(tmp_path, "b.oppfplan", "Kari", national_id=synthetic_id(2))
    rows = overview(tmp_path, TODAY).rows
    assert [r.employee for r in rows] == ["Kari Testesen", "Kari Testesen"]
    assert rows[0].file != rows[1].file


def test_sub_folders_are_read_hidden_ones_and_links_are_not(tmp_path):
    write_version(tmp_path / "2026" / "bakeriet", "a.oppfplan", "Kari")
    write_version(tmp_path / ".backup", "b.oppfplan", "Skjult")
    write_version(tmp_path / "elsewhere-outside", "c.oppfplan", "Lenket")
    root = tmp_path / "root"
    root.mkdir()
    (tmp_path / "2026").rename(root / "2026")
    (tmp_path / ".backup").rename(root / ".backup")
    (root / "lenke").symlink_to(tmp_path / "elsewhere-outside", target_is_directory=True)
    (root / "2026" / "loop").symlink_to(root, target_is_directory=True)
    found = overview(root, TODAY)
    assert [r.employee for r in found.rows] == ["Kari Testesen"]
    assert found.rows[0].file == str(root / "2026" / "bakeriet" / "a.oppfplan")


def test_unreadable_and_half_written_files_are_listed_apart(tmp_path):
    path, _ = write_version(tmp_path, "god.oppfplan", "Kari")
    data = path.read_bytes()
    (tmp_path / "halv.oppfplan").write_bytes(data[: len(data) // 2])
    (tmp_path / "tom.oppfplan").write_bytes(b"")
    (tmp_path / "feil.oppfplan").write_text('{"format": "noe annet"}', "utf-8")
    broken = json.loads(data)
    broken["measures"] = []  # the full read's rule, not only the overview's fields
    broken["key_info"]["employee"]["first_name"] = 7
    (tmp_path / "skadet.oppfplan").write_text(json.dumps(broken), "utf-8")
    (tmp_path / "borte.oppfplan").symlink_to(tmp_path / "finnes-ikke.oppfplan")
    os.mkfifo(tmp_path / "ror.oppfplan")
    found = overview(tmp_path, TODAY)
    assert [r.employee for r in found.rows] == ["Kari Testesen"]
    names = {Path(u.path).name: u.message for u in found.unreadable}
    assert set(names) == {"halv.oppfplan", "tom.oppfplan", "feil.oppfplan", "skadet.oppfplan",
                          "borte.oppfplan", "ror.oppfplan"}
    assert "avkortet" in names["halv.oppfplan"]
    assert "first_name" in names["skadet.oppfplan"]


def test_a_second_look_reads_only_what_changed(tmp_path, monkeypatch):
    paths = [write_version(tmp_path, f"p{n}.oppfplan", f"Navn{n}")[0] for n in range(5)]
    scanner = OverviewScanner()
    first = scanner.scan(tmp_path, TODAY)
    reads: list[str] = []
    import oppfolging_gui.core.overview as module

    for step in ("_read_head", "_read_parts"):
        real = getattr(module, step)
        monkeypatch.setattr(module, step, lambda p, *rest, _real=real: reads.append(str(p)) or _real(p, *rest))
    assert scanner.scan(tmp_path, TODAY) is first  # nothing changed: the same answer
    assert reads == []
    time.sleep(0.01)
    write_version(tmp_path, "p2.oppfplan", "Endret")
    again = scanner.scan(tmp_path, TODAY)
    assert reads == [str(paths[2])] * 2  # both steps, for that file only
    assert "Endret Testesen" in [r.employee for r in again.rows]
    paths[0].unlink()
    assert len(scanner.scan(tmp_path, TODAY).rows) == 4


def test_the_folder_itself_unreadable_is_an_error(tmp_path):
    with pytest.raises(OSError):
        overview(tmp_path / "finnes-ikke", TODAY)
    (tmp_path / "fil").write_text("x")
    with pytest.raises(OSError):
        overview(tmp_path / "fil", TODAY)


def test_needing_attention_is_overdue_or_due_within_a_week(tmp_path):
    write_version(tmp_path, "snart.oppfplan", "Snart", first_day=TODAY - timedelta(days=24))  # day 28 in 4 days
    write_version(tmp_path, "senere.oppfplan", "Senere", first_day=TODAY - timedelta(days=2))
    found = overview(tmp_path, TODAY)
    assert [r.employee for r in found.needing_attention(7)] == ["Snart Testesen"]


def test_files_of_format_version_1_are_read_and_an_ended_absence_is_shown(tmp_path):
    path, _ = write_version(tmp_path, "gammel.oppfplan", "Gammel")
    old = json.loads(path.read_text("utf-8"))
    old["format_version"] = 1
    del old["follow_up"]["absence_ended"]
    path.write_text(json.dumps(old), "utf-8")
    ended, _ = write_version(tmp_path, "ferdig.oppfplan", "Ferdig")
    data = json.loads(ended.read_text("utf-8"))
    data["follow_up"]["absence_ended"] = "2026-11-25"
    ended.write_text(json.dumps(data), "utf-8")
    rows = {r.employee: r for r in overview(tmp_path, TODAY).rows}
    assert set(rows) == {"Gammel Testesen", "Ferdig Testesen"}
    assert rows["Ferdig Testesen"].absence_ended == date(2026, 11, 25)
    assert rows["Ferdig Testesen"].as_json()["absence_ended"] == "2026-11-25"
    assert rows["Gammel Testesen"].absence_ended is None


def test_a_corrected_name_keeps_the_versions_of_one_plan_together(tmp_path):
    _, plan_id = write_version(tmp_path, "v1.oppfplan", "Krai", national_id=synthetic_id(5))
    write_version(tmp_path, "v2.oppfplan", "Kari", plan_id=plan_id, version=2, national_id=synthetic_id(5))
    rows = overview(tmp_path, TODAY).rows
    assert [(r.employee, r.version) for r in rows] == [("Kari Testesen", 2)]


def test_a_damaged_newest_version_is_listed_and_the_one_before_shows(tmp_path):
    _, plan_id = write_version(tmp_path, "v1.oppfplan", "Kari")
    newest, _ = write_version(tmp_path, "v2.oppfplan", "Kari", plan_id=plan_id, version=2)
    data = json.loads(newest.read_text("utf-8"))
    data["follow_up"]["events"] = [{"date": "2026-13-45", "kind": "other", "note": ""}]
    newest.write_text(json.dumps(data), "utf-8")
    found = overview(tmp_path, TODAY)
    assert [(r.employee, r.version) for r in found.rows] == [("Kari Testesen", 1)]
    assert [Path(u.path).name for u in found.unreadable] == ["v2.oppfplan"]
    assert "dato" in found.unreadable[0].message


def test_duplicate_keys_in_the_version_shown_make_it_unreadable(tmp_path):
    path, _ = write_version(tmp_path, "a.oppfplan", "Kari")
    text = path.read_text("utf-8")
    path.write_text(text.replace('"additional_info"', '"progress": "x", "additional_info"', 1), "utf-8")
    found = overview(tmp_path, TODAY)
    assert found.rows == () and "flere ganger" in found.unreadable[0].message
