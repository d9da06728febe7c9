"""Which output paths a command refuses: the input, and any existing plan (``command-line.md``)."""

from __future__ import annotations

import os

import pytest

from oppfolging_gui.core.output_paths import output_path_problem


@pytest.fixture
def plan(tmp_path, example_plan_path):
    path = tmp_path / "plan.oppfplan"
    path.write_bytes(example_plan_path.read_bytes())
    return path


def test_the_input_itself_is_refused_under_any_name(plan, tmp_path, monkeypatch):
    assert "planen som leses" in output_path_problem(plan, plan)
    monkeypatch.chdir(tmp_path)
    assert output_path_problem("./plan.oppfplan", plan)
    link = tmp_path / "lenke.pdf"
    link.symlink_to(plan)
    assert output_path_problem(link, plan)
    hard = tmp_path / "hard.pdf"
    os.link(plan, hard)
    assert output_path_problem(hard, plan)


def test_another_existing_plan_is_refused_whatever_its_name(plan, tmp_path):
    other = tmp_path / "annen.oppfplan"
    other.write_bytes(plan.read_bytes())
    assert "oppfølgingsplan" in output_path_problem(other, plan)
    disguised = tmp_path / "plan.pdf"
    disguised.write_bytes(plan.read_bytes())
    assert output_path_problem(disguised, plan)
    shouting = tmp_path / "GAMMEL.OPPFPLAN"
    shouting.write_bytes(b"not even json")
    assert output_path_problem(shouting, plan)
    assert output_path_problem(other)  # --blank reads no plan, and still never replaces one


def test_other_files_and_new_paths_may_be_written(plan, tmp_path):
    old_pdf = tmp_path / "gammel.pdf"
    old_pdf.write_bytes(b"%PDF-1.4 old")
    assert output_path_problem(old_pdf, plan) == ""
    assert output_path_problem(tmp_path / "ny.pdf", plan) == ""
    assert output_path_problem(tmp_path / "mangler" / "ny.pdf", plan) == ""
    json_not_a_plan = tmp_path / "data.json"
    json_not_a_plan.write_text('{"format": "noe annet"}', "utf-8")
    assert output_path_problem(json_not_a_plan, plan) == ""


def test_a_folder_is_refused(plan, tmp_path):
    assert "mappe" in output_path_problem(tmp_path, plan)


def test_a_fifo_is_not_read_and_does_not_hang(plan, tmp_path):
    fifo = tmp_path / "rør"
    os.mkfifo(fifo)
    assert output_path_problem(fifo, plan) == ""
