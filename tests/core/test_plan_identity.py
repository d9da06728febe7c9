"""Plan identity in the core: files that share a plan_id but not an employee are
two plans for versions, deletion and listing (issue 13, item 3)."""

from __future__ import annotations

from datetime import date

from oppfolging_gui.core.deletion import find_plan_files
from oppfolging_gui.core.identifiers import IdKind
from oppfolging_gui.core.plan_identity import employee_key, same_employee, split_by_employee
from oppfolging_gui.core.recovery import RecoveryStore, new_session_id
from oppfolging_gui.core.storage import write_plan
from oppfolging_gui.core.versions import scan_folder, versions_of

from .test_validation import synthetic_id

ID_A = synthetic_id(date(1970, 1, 2), IdKind.TNR)
ID_B = synthetic_id(date(1980, 3, 4), IdKind.TNR)


def _write(folder, plan, name, first, last, national_id, version):
    copy = plan.model_copy(deep=True)
    employee = copy.key_info.employee
    employee.first_name, employee.last_name, employee.national_id = first, last, national_id
    copy.version = version
    write_plan(copy, folder / name)
    return folder / name


def test_same_employee_goes_by_national_id_then_by_name():
    assert same_employee("Jonas Hansen", ID_A, "Jonas Hanssen", ID_A)  # a corrected spelling
    assert not same_employee("Jonas Hansen", ID_A, "Jonas Hansen", ID_B)
    assert same_employee("Kari  nordmann", "", "Kari Nordmann", ID_B)
    assert not same_employee("Kari Nordmann", "", "Jonas Hansen", "")
    groups = split_by_employee(
        [("Jonas", ID_A), ("Kari", ""), ("Jonas", ""), ("Kari", ID_B), ("Jonas X", ID_A)], lambda p: p)
    # "Jonas X" has Jonas's number but not the name of the draft without one: never
    # put together with someone it might not be.
    assert groups == [[("Jonas", ID_A), ("Jonas", "")], [("Kari", ""), ("Kari", ID_B)], [("Jonas X", ID_A)]]


def test_employee_key_ignores_case_and_spacing_only(filled_plan):
    other = filled_plan.model_copy(deep=True)
    other.key_info.employee.first_name = " " + filled_plan.key_info.employee.first_name.upper() + " "
    assert employee_key(other) == employee_key(filled_plan)
    other.key_info.employee.national_id = ID_B
    assert employee_key(other) != employee_key(filled_plan)


def test_two_employees_sharing_a_plan_id_are_two_plans(tmp_path, filled_plan):
    jonas1 = _write(tmp_path, filled_plan, "j1.oppfplan", "Jonas", "Hansen", ID_A, 1)
    jonas2 = _write(tmp_path, filled_plan, "j2.oppfplan", "Jonas", "Hanssen", ID_A, 2)
    kari = _write(tmp_path, filled_plan, "k3.oppfplan", "Kari", "Nordmann", ID_B, 3)
    plans = scan_folder(tmp_path).plans
    assert sorted([v.path.name for v in p.versions] for p in plans) == [["j2.oppfplan", "j1.oppfplan"], ["k3.oppfplan"]]
    assert {p.plan_id for p in plans} == {filled_plan.plan_id}
    assert [v.version for v in versions_of(tmp_path, filled_plan.plan_id)] == [3, 2, 1]  # numbering sees all

    store = RecoveryStore()
    kari_copy, jonas_copy = new_session_id(), new_session_id()
    store.write(kari_copy, _plan_of(filled_plan, "Kari", "Nordmann", ID_B), kari)
    store.write(jonas_copy, _plan_of(filled_plan, "Jonas", "Hansen", ID_A), jonas1)

    files = find_plan_files(tmp_path, filled_plan.plan_id, store, version=kari)
    assert files.versions == (kari,)
    assert files.recovery_copies == (store.file_for(kari_copy),)
    assert files.employees == ("Kari Nordmann",)

    files = find_plan_files(tmp_path, filled_plan.plan_id, store, version=jonas1)
    assert sorted(files.versions) == sorted([jonas1, jonas2])
    assert files.recovery_copies == (store.file_for(jonas_copy),)
    assert files.employees == ("Jonas Hanssen", "Jonas Hansen")  # every name its files carry

    assert find_plan_files(tmp_path, filled_plan.plan_id, store, version=tmp_path / "borte.oppfplan").all == ()


def _plan_of(plan, first, last, national_id):
    copy = plan.model_copy(deep=True)
    employee = copy.key_info.employee
    employee.first_name, employee.last_name, employee.national_id = first, last, national_id
    return copy
