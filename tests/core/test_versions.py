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
