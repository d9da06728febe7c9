"""Fil → «Slett plan …» and the reminder to delete a plan that is no longer needed."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from oppfolging_gui.core import settings
from oppfolging_gui.core.deadlines import dmy
from oppfolging_gui.core.storage import write_plan
from oppfolging_gui.core.versions import next_version, write_as_new_file

from .window_helpers import IGNORE_OFFSCREEN, Button, action, answers, click, make_window, widget

pytestmark = IGNORE_OFFSCREEN


def _two_versions(folder: Path, plan) -> list[Path]:
    folder.mkdir(exist_ok=True)
    first = write_as_new_file(plan, folder)
    second = write_as_new_file(next_version(plan, date.today()), folder)
    return [first, second]


def _ended(plan, days_ago: int):
    """The plan with its absence ended ``days_ago`` days before today."""
    old = plan.model_copy(deep=True)
    old.follow_up.absence_ended = date.today() - timedelta(days=days_ago)
    return old


def test_deleting_the_open_plan_removes_every_version_after_one_question(qtbot, monkeypatch, tmp_path, filled_plan):
    window = make_window(qtbot)
    versions = _two_versions(tmp_path / "planer", filled_plan)
    unrelated = tmp_path / "planer" / "notat.txt"
    unrelated.write_text("ikke en plan", encoding="utf-8")
    assert window.open_path(versions[1])
    assert action(window, "action_delete_plan").isEnabled()

    with answers(monkeypatch, question=Button.Yes) as asked:
        action(window, "action_delete_plan").trigger()

    [(_, args)] = asked
    message = args[2]
    assert filled_plan.employee_name in message
    assert all(path.name in message for path in versions)
    assert not any(path.exists() for path in versions)
    assert unrelated.exists()
    assert window.windowFilePath() == ""  # a new, empty plan in the window
    assert widget(window, "key_info.employer.name").text() == ""
    assert not any(path in settings.recent_files() for path in versions)
    assert "slettet" in window.statusBar().currentMessage()
    assert not action(window, "action_delete_plan").isEnabled()


def test_answering_no_deletes_nothing(qtbot, monkeypatch, tmp_path, filled_plan):
    window = make_window(qtbot)
    versions = _two_versions(tmp_path / "planer", filled_plan)
    window.open_path(versions[0])

    with answers(monkeypatch, question=Button.No):
        action(window, "action_delete_plan").trigger()

    assert all(path.exists() for path in versions)
    assert window.windowFilePath() == str(versions[0].absolute())


def test_four_months_after_the_absence_ended_a_quiet_bar_says_archive_then_delete(qtbot, monkeypatch, tmp_path, filled_plan):
    window = make_window(qtbot)
    old = _ended(filled_plan, days_ago=130)
    path = tmp_path / "gammel.oppfplan"
    write_plan(old, path)

    window.open_path(path)
    reminder = widget(window, "retention_reminder")
    assert reminder.isVisible()
    text = reminder.findChild(QLabel, "retention_text").text()
    assert dmy(old.follow_up.absence_ended) in text
    assert "arkiver planen, og slett de lokale kopiene" in text

    click(qtbot, window, "retention_later")
    assert not reminder.isVisible()
    window.open_path(path)  # opened again: reminded again
    assert reminder.isVisible()

    with answers(monkeypatch, question=Button.Yes):
        click(qtbot, window, "retention_delete")
    assert not path.exists()
    assert not reminder.isVisible()


@pytest.mark.parametrize("days_ago, shown", [(None, False), (100, False), (400, True)])
def test_no_reminder_before_an_end_is_recorded_or_before_four_months(qtbot, tmp_path, filled_plan, days_ago, shown):
    window = make_window(qtbot)
    plan = filled_plan.model_copy(deep=True)
    plan.filled_date = date(2020, 1, 1)  # long ago: the old rule would have reminded
    if days_ago is not None:
        plan = _ended(plan, days_ago)
    path = tmp_path / "plan.oppfplan"
    write_plan(plan, path)
    window.open_path(path)
    assert widget(window, "retention_reminder").isVisible() == shown


def test_a_current_plan_and_a_new_plan_show_no_reminder(qtbot, tmp_path, filled_plan):
    window = make_window(qtbot)
    assert not widget(window, "retention_reminder").isVisible()
    recent = filled_plan.model_copy(deep=True)
    recent.filled_date = date.today()
    path = tmp_path / "ny.oppfplan"
    write_plan(recent, path)
    window.open_path(path)
    assert not widget(window, "retention_reminder").isVisible()
