"""Issue 13, item 3: "Slett plan" must never delete another employee's plan.

Plan identity (plan-file-format.md): "Ny plan" and "Nullstill skjemaet" start a new
plan_id with version 1; "Lagre som" of a plan whose employee differs from the version
it was opened from starts a new plan_id; versions and deletion never join two
employees' files, even files that already share a plan_id.
"""

from __future__ import annotations

from datetime import date

from oppfolging_gui.core.identifiers import IdKind
from oppfolging_gui.core.storage import read_plan, write_plan
from oppfolging_gui.core.versions import scan_folder

from ..core.test_validation import synthetic_id
from .window_helpers import IGNORE_OFFSCREEN, Button, action, answers, close_quietly, make_window, type_into

pytestmark = IGNORE_OFFSCREEN
KARI = {"key_info.employee.first_name": "Kari", "key_info.employee.last_name": "Nordkvinne",
        "key_info.employee.national_id": synthetic_id(date(1965, 7, 15), IdKind.TNR)}  # a test number


def _jonas(tmp_path, filled_plan):
    folder = tmp_path / "planer"
    folder.mkdir()
    path = folder / "Jonas v3.oppfplan"
    filled_plan.version = 3
    write_plan(filled_plan, path)
    return folder, path


def _save_as(monkeypatch, window, path):
    with answers(monkeypatch, getSaveFileName=(str(path), "")):
        assert window.save_as()


def test_reset_then_another_employee_and_save_as_is_a_new_plan_and_deleting_it_spares_jonas(
    qtbot, monkeypatch, tmp_path, filled_plan
):
    folder, jonas = _jonas(tmp_path, filled_plan)
    window = make_window(qtbot)
    assert window.open_path(jonas)
    with answers(monkeypatch, question=Button.Yes):
        action(window, "action_reset").trigger()
    assert window.document.plan.plan_id != filled_plan.plan_id
    assert window.document.plan.version == 1
    for name, text in KARI.items():
        type_into(qtbot, window, name, text)
    kari = folder / "Kari.oppfplan"
    _save_as(monkeypatch, window, kari)

    saved = read_plan(kari)
    assert saved.plan_id != filled_plan.plan_id and saved.version == 1
    assert read_plan(jonas).plan_id == filled_plan.plan_id
    assert sorted(len(p.versions) for p in scan_folder(folder).plans) == [1, 1]

    with answers(monkeypatch, question=Button.Yes) as asked:
        action(window, "action_delete_plan").trigger()
    message = asked[0][1][2]
    assert "Kari Nordkvinne" in message and "Jonas" not in message
    assert not kari.exists() and jonas.exists()
    close_quietly(window)


def test_overtyping_the_employee_and_save_as_starts_a_new_plan(qtbot, monkeypatch, tmp_path, filled_plan):
    folder, jonas = _jonas(tmp_path, filled_plan)
    window = make_window(qtbot)
    assert window.open_path(jonas)
    action(window, "action_add_measure").trigger()  # a snapshot step in the undo history
    type_into(qtbot, window, "key_info.employee.first_name", "Kari")
    _save_as(monkeypatch, window, folder / "Kari.oppfplan")
    new_id = read_plan(folder / "Kari.oppfplan").plan_id
    assert new_id != filled_plan.plan_id and read_plan(folder / "Kari.oppfplan").version == 1

    # Undoing every edit never brings Jonas's plan_id back under Kari's file.
    while window.document.can_undo:
        window.document.undo()
    assert window.document.plan.plan_id == new_id
    assert window.save()
    assert read_plan(folder / "Kari.oppfplan").plan_id == new_id
    close_quietly(window)


def test_save_as_for_the_same_employee_keeps_the_plan(qtbot, monkeypatch, tmp_path, filled_plan):
    folder, jonas = _jonas(tmp_path, filled_plan)
    window = make_window(qtbot)
    assert window.open_path(jonas)
    type_into(qtbot, window, "additional_info", "en kopi i en annen mappe")
    _save_as(monkeypatch, window, tmp_path / "kopi.oppfplan")
    copy = read_plan(tmp_path / "kopi.oppfplan")
    assert (copy.plan_id, copy.version) == (filled_plan.plan_id, 3)
    close_quietly(window)


def test_new_plan_and_the_example_get_their_own_identity(qtbot, monkeypatch, tmp_path, filled_plan):
    window = make_window(qtbot)
    ids = {window.document.plan.plan_id}
    action(window, "action_new").trigger()
    ids.add(window.document.plan.plan_id)
    assert window.document.plan.version == 1
    with answers(monkeypatch, question=Button.Discard):
        window.open_example()
    first_example = window.document.plan.plan_id
    with answers(monkeypatch, question=Button.Discard):
        window.open_example()
    assert len(ids | {first_example, window.document.plan.plan_id}) == 4
    assert filled_plan.plan_id not in ids | {first_example}
    close_quietly(window)


def test_deleting_one_of_two_employees_sharing_a_plan_id_keeps_the_other(qtbot, monkeypatch, tmp_path, filled_plan):
    """Files made before the rule (or copied by hand) that already share a plan_id."""
    folder, jonas = _jonas(tmp_path, filled_plan)
    kari_plan = filled_plan.model_copy(deep=True)
    kari_plan.key_info.employee.first_name, kari_plan.key_info.employee.last_name = "Kari", "Nordkvinne"
    kari_plan.key_info.employee.national_id = KARI["key_info.employee.national_id"]
    kari_plan.version = 4
    kari = folder / "Kari v4.oppfplan"
    write_plan(kari_plan, kari)
    assert [len(p.versions) for p in scan_folder(folder).plans] == [1, 1]

    window = make_window(qtbot)
    assert window.open_path(kari)
    with answers(monkeypatch, question=Button.Yes) as asked:
        action(window, "action_delete_plan").trigger()
    message = asked[0][1][2]
    assert "Kari Nordkvinne" in message and "Jonas" not in message and jonas.name not in message
    assert not kari.exists() and jonas.exists()
    close_quietly(window)
