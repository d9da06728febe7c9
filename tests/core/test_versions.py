"""«Opprett ny versjon av planen»: what is kept, what starts empty, and how it is named."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from oppfolging_gui.core.fieldpath import get_value
from oppfolging_gui.core.formspec import load_form
from oppfolging_gui.core.model import Plan
from oppfolging_gui.core.storage import PlanFileError, read_plan, write_plan
from oppfolging_gui.core.versions import create_next_version, next_version, scan_folder, version_file_name

TODAY = date(2026, 11, 22)


def _concrete_paths() -> list[tuple[str, bool]]:
    """Every field of the form (first list item), with whether its section is page one."""
    form = load_form()
    paths = [(f.path, False) for f in form.header_fields]
    for section in form.sections:
        paths += [(f.path.replace("*", "0"), section.page_one) for f in section.fields]
    return paths


@pytest.mark.parametrize(("path", "kept"), _concrete_paths())
def test_each_field_is_kept_on_page_one_and_the_follow_up_log_and_reset_elsewhere(filled_plan, path, kept):
    new = next_version(filled_plan, TODAY)
    empty = Plan.new(TODAY)
    if path == "filled_date":
        assert new.filled_date == TODAY
    elif kept:
        assert get_value(new, path) == get_value(filled_plan, path)
    else:
        assert get_value(new, path) == get_value(empty, path)


def test_the_example_is_filled_where_the_new_version_resets(filled_plan):
    """Otherwise the field-by-field test above would prove nothing."""
    empty = Plan.new(TODAY).to_json_dict()
    source = filled_plan.to_json_dict()
    for key in ("measures", "evaluation", "progress", "employee_participation", "additional_info"):
        assert source[key] != empty[key], key
    assert filled_plan.follow_up.events and filled_plan.key_info.employee.first_name


def test_next_version_as_a_whole(filled_plan):
    new = next_version(filled_plan, TODAY)
    empty = Plan.new(TODAY)
    assert new.plan_id == filled_plan.plan_id
    assert new.version == filled_plan.version + 1
    assert new.key_info == filled_plan.key_info and new.key_info is not filled_plan.key_info
    assert new.follow_up == filled_plan.follow_up
    assert len(new.measures) == 1
    for key in ("measures", "evaluation", "progress", "employee_participation", "signatures", "additional_info"):
        assert getattr(new, key) == getattr(empty, key), key
    # Changing the new version never reaches back into the old one.
    new.key_info.employee.first_name = "Endret"
    new.follow_up.events.clear()
    assert filled_plan.key_info.employee.first_name != "Endret" and filled_plan.follow_up.events


def test_the_file_name_names_employee_version_and_date(filled_plan):
    name = version_file_name(next_version(filled_plan, TODAY))
    assert name == f"Oppfølgingsplan Jonas Eksempelsen v{filled_plan.version + 1} 2026-11-22.oppfplan"


@pytest.mark.parametrize("employee", ["", "  ", "A/B:C*D?\"<>|", "Ola\nNordmann", "."])
def test_file_names_are_safe_for_every_system(employee):
    plan = Plan.new(TODAY)
    plan.key_info.employee.first_name = employee
    name = version_file_name(plan)
    assert name.endswith(" v1 2026-11-22.oppfplan")
    assert not set(name) & set('/\\:*?"<>|\n')


def _stamp(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_create_next_version_leaves_the_old_file_as_it_was(tmp_path, example_plan_path):
    source = tmp_path / "plan.oppfplan"
    source.write_bytes(example_plan_path.read_bytes())
    before = _stamp(source)
    plan, path = create_next_version(source, None, TODAY)
    assert _stamp(source) == before
    assert path.parent == tmp_path and path != source
    assert read_plan(path) == plan
    assert plan.version == 3 and "v3" in path.name and "Jonas Eksempelsen" in path.name


def test_the_version_is_one_more_than_the_highest_in_file_and_folder(tmp_path, filled_plan):
    source = tmp_path / "gammel.oppfplan"
    write_plan(filled_plan, source)  # version 2
    later = filled_plan.model_copy(deep=True)
    later.version = 7
    write_plan(later, tmp_path / "sjuende.oppfplan")
    other_plan = Plan.new(TODAY)
    other_plan.version = 30  # another plan (other plan_id) does not count
    write_plan(other_plan, tmp_path / "annen.oppfplan")
    (tmp_path / "ødelagt.oppfplan").write_text("{", "utf-8")

    plan, path = create_next_version(source, None, TODAY)
    assert plan.version == 8
    assert " v8 " in path.name


def test_the_version_counts_the_target_folder_not_the_source_folder(tmp_path, filled_plan):
    source_dir, target_dir = tmp_path / "fra", tmp_path / "til"
    source_dir.mkdir()
    target_dir.mkdir()
    source = source_dir / "plan.oppfplan"
    write_plan(filled_plan, source)
    plan, path = create_next_version(source, target_dir, TODAY)
    assert path.parent == target_dir and plan.version == filled_plan.version + 1
    plan, path = create_next_version(source, target_dir, TODAY)
    assert plan.version == filled_plan.version + 2


def test_never_overwrites_a_file_with_the_same_name(tmp_path, filled_plan):
    source = tmp_path / "plan.oppfplan"
    write_plan(filled_plan, source)
    taken = tmp_path / version_file_name(next_version(filled_plan, TODAY))
    taken.write_bytes(b"someone else's file")
    before = _stamp(taken)
    _plan, path = create_next_version(source, None, TODAY)
    assert _stamp(taken) == before
    assert path.name.endswith(" (2).oppfplan")
    assert os.stat(path).st_mode & 0o777 == 0o600


@pytest.mark.parametrize("make_folder", [lambda tmp: tmp / "finnes-ikke", lambda tmp: tmp / "plan.oppfplan"])
def test_a_folder_that_is_not_a_folder_is_a_clear_error(tmp_path, example_plan_path, make_folder):
    source = tmp_path / "plan.oppfplan"
    source.write_bytes(example_plan_path.read_bytes())
    before = _stamp(source)
    with pytest.raises(PlanFileError, match="mappe|Mappen"):
        create_next_version(source, make_folder(tmp_path), TODAY)
    assert _stamp(source) == before
    assert os.listdir(tmp_path) == ["plan.oppfplan"]


def test_an_unreadable_source_is_a_clear_error_and_writes_nothing(tmp_path):
    source = tmp_path / "plan.oppfplan"
    source.write_text('{"format": "oppfolgingsplan"', "utf-8")
    with pytest.raises(PlanFileError):
        create_next_version(source, None, TODAY)
    assert os.listdir(tmp_path) == ["plan.oppfplan"]


def test_scan_folder_groups_versions_by_plan_newest_first(tmp_path, filled_plan):
    older = Plan.new(date(2025, 1, 5))
    older.key_info.employee.first_name = "Eldre"
    write_plan(older, tmp_path / "eldre.oppfplan")
    write_plan(filled_plan, tmp_path / "v2.oppfplan")
    write_plan(next_version(filled_plan, TODAY), tmp_path / "v3.oppfplan")
    (tmp_path / "notat.txt").write_text("ikke en plan", "utf-8")
    (tmp_path / "tull.oppfplan").write_text("tull", "utf-8")
    (tmp_path / "undermappe").mkdir()
    write_plan(Plan.new(TODAY), tmp_path / "undermappe" / "skjult.oppfplan")

    listing = scan_folder(tmp_path)
    assert [[v.path.name for v in entry.versions] for entry in listing.plans] == [
        ["v3.oppfplan", "v2.oppfplan"],
        ["eldre.oppfplan"],
    ]
    assert [e.path.name for e in listing.unreadable] == ["tull.oppfplan"]


# ------------------------------------------------- the newest version's page one and log


def _v3_with_later_history(filled_plan) -> Plan:
    """What happened after v2: a dialogue meeting logged, a new phone number."""
    from oppfolging_gui.core.model import FollowUpEvent

    v3 = next_version(filled_plan, date(2026, 12, 1))
    v3.key_info.employee.phone = "40000003"
    v3.follow_up.events.append(FollowUpEvent(date=date(2026, 11, 30), kind="dialogue_meeting_1", note="holdt"))
    return v3


def test_a_new_version_from_an_older_one_takes_page_one_and_log_from_the_newest(tmp_path, filled_plan):
    v2 = tmp_path / "v2.oppfplan"
    write_plan(filled_plan, v2)
    v3 = _v3_with_later_history(filled_plan)
    write_plan(v3, tmp_path / "v3.oppfplan")

    plan, path = create_next_version(v2, None, TODAY)
    assert plan.version == 4 and read_plan(path) == plan
    assert plan.key_info == v3.key_info and plan.follow_up == v3.follow_up
    assert plan.key_info.employee.phone == "40000003"
    assert [e.kind for e in plan.follow_up.events][-1] == "dialogue_meeting_1"


@pytest.mark.parametrize("newest_in", ["source_folder", "target_folder"])
def test_the_newest_is_looked_for_in_the_source_and_the_target_folder(tmp_path, filled_plan, newest_in):
    source_dir, target_dir = tmp_path / "fra", tmp_path / "til"
    source_dir.mkdir()
    target_dir.mkdir()
    v2 = source_dir / "v2.oppfplan"
    write_plan(filled_plan, v2)
    v3 = _v3_with_later_history(filled_plan)
    write_plan(v3, (source_dir if newest_in == "source_folder" else target_dir) / "v3.oppfplan")

    plan, path = create_next_version(v2, target_dir, TODAY)
    assert path.parent == target_dir
    assert plan.version == 4 and plan.follow_up == v3.follow_up and plan.key_info == v3.key_info


def test_another_employees_file_with_the_same_plan_id_is_never_the_newest(tmp_path, filled_plan):
    """Old "Lagre som" copies shared the plan_id: Kari's page one must not come into Jonas's plan."""
    v2 = tmp_path / "jonas.oppfplan"
    write_plan(filled_plan, v2)
    kari = next_version(filled_plan, date(2026, 12, 1), version=9)
    kari.key_info.employee.first_name, kari.key_info.employee.last_name = "Kari", "Testesen"
    kari.key_info.employee.national_id = "01010112345"
    write_plan(kari, tmp_path / "kari.oppfplan")

    plan, _path = create_next_version(v2, None, TODAY)
    assert plan.key_info == filled_plan.key_info
    assert plan.version == 10  # numbers count every file of the plan_id (versions_of), so none is used twice


def test_the_opened_file_counts_when_it_is_the_newest(tmp_path, filled_plan):
    older = filled_plan.model_copy(deep=True)
    older.version = 1
    older.key_info.employee.phone = "gammelt nummer"
    write_plan(older, tmp_path / "v1.oppfplan")
    v2 = tmp_path / "v2.oppfplan"
    write_plan(filled_plan, v2)
    plan, _path = create_next_version(v2, None, TODAY)
    assert plan.key_info == filled_plan.key_info and plan.version == 3


# ----------------------------------------------------------- version numbers are unique


def test_a_version_number_taken_meanwhile_is_not_used_twice(tmp_path, filled_plan, monkeypatch):
    """Another run writes v3 between this run's count and its write: this run takes v4."""
    from oppfolging_gui.core import versions

    source = tmp_path / "plan.oppfplan"
    write_plan(filled_plan, source)
    real_scan = versions.versions_of
    calls = []

    def count_then_race(folder, plan_id):
        found = real_scan(folder, plan_id)
        if not calls:  # the other run finishes its v3 right after our first count
            write_plan(next_version(filled_plan, TODAY), tmp_path / version_file_name(next_version(filled_plan, TODAY)))
        calls.append(folder)
        return found

    monkeypatch.setattr(versions, "versions_of", count_then_race)
    plan, path = create_next_version(source, None, TODAY)
    assert plan.version == 4 and " v4 " in path.name and read_plan(path).version == 4
    assert sorted(read_plan(p).version for p in tmp_path.iterdir()) == [2, 3, 4]


def test_the_highest_version_the_format_allows_is_a_clear_error(tmp_path, filled_plan):
    from oppfolging_gui.core.model import MAX_VERSION

    filled_plan.version = MAX_VERSION
    source = tmp_path / "plan.oppfplan"
    write_plan(filled_plan, source)
    with pytest.raises(PlanFileError, match="versjonsnummer"):
        create_next_version(source, None, TODAY)
    assert os.listdir(tmp_path) == ["plan.oppfplan"]


# ------------------------------------------------------------------------ file names


def test_a_long_name_never_pushes_version_and_date_out_of_the_file_name(filled_plan):
    filled_plan.key_info.employee.first_name = "Anne-Marie Kristine " * 20
    name = version_file_name(next_version(filled_plan, TODAY))
    assert name.endswith(f" v{filled_plan.version + 1} 2026-11-22.oppfplan")
    assert name.startswith("Oppfølgingsplan Anne-Marie Kristine")
    assert len(name.encode()) <= 200


def test_a_long_name_in_a_script_of_three_byte_characters_is_cut_by_bytes_and_saves(tmp_path, filled_plan):
    filled_plan.key_info.employee.first_name = "山田太郎" * 25  # 100 characters, 300 bytes
    source = tmp_path / "plan.oppfplan"
    write_plan(filled_plan, source)
    plan, path = create_next_version(source, None, TODAY)
    assert path.name.startswith("Oppfølgingsplan 山田太郎") and path.name.endswith(" v3 2026-11-22.oppfplan")
    assert len(path.name.encode()) <= 200 and read_plan(path) == plan
    path.unlink()
    # A clash adds " (2)": still inside the limit.
    taken = tmp_path / path.name
    taken.write_bytes(b"someone else's")
    _plan, second = create_next_version(source, None, TODAY)
    assert second.name.endswith(" (2).oppfplan") and len(second.name.encode()) <= 210


def test_invisible_and_direction_characters_never_reach_a_file_name():
    plan = Plan.new(TODAY)
    plan.key_info.employee.first_name = "Ola\u202e\u2066\x1b[31m\x7f\u0085\u200bNordmann"
    name = version_file_name(plan)
    assert name == "Oppfølgingsplan Ola [31m Nordmann v1 2026-11-22.oppfplan"
