"""Fil → «Slett plan …» and the reminder to delete a plan that is no longer needed."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QLabel

from oppfolging_gui.core import settings
from oppfolging_gui.core.deletion import last_recorded_day
from oppfolging_gui.core.storage import write_plan
from oppfolging_gui.core.versions import next_version, write_as_new_file

from .window_helpers import IGNORE_OFFSCREEN, Button, action, answers, click, make_window, widget

pytestmark = IGNORE_OFFSCREEN


def _two_versions(folder: Path, plan) -> list[Path]:
    folder.mkdir(exist_ok=True)
    first = write_as_new_file(plan, folder)
    second = write_as_new_file(next_version(plan, date.today()), folder)
    return [first, second]


def _moved_back(plan, days: int):
    """The plan with its last recorded day ``days`` before today (every date moved alike)."""
    old = plan.model_copy(deep=True)
    shift = date.today() - timedelta(days=days) - last_recorded_day(old)

    def moved(day):
        return day + shift if day else day

    for measure in old.measures:
        measure.period_from, measure.period_to = moved(measure.period_from), moved(measure.period_to)
    for event in old.follow_up.events:
        event.date = moved(event.date)
    absence = old.key_info.absence
    absence.first_day, absence.sick_note_date = moved(absence.first_day), moved(absence.sick_note_date)
    old.filled_date, old.signatures.date = moved(old.filled_date), moved(old.signatures.date)
    old.follow_up.dialogue_meeting_2_date = moved(old.follow_up.dialogue_meeting_2_date)
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


def test_a_plan_last_touched_long_ago_shows_a_quiet_reminder_that_leads_to_deleting(qtbot, monkeypatch, tmp_path, filled_plan):
    window = make_window(qtbot)
    old = _moved_back(filled_plan, days=400)
    path = tmp_path / "gammel.oppfplan"
    write_plan(old, path)

    window.open_path(path)
    reminder = widget(window, "retention_reminder")
    assert reminder.isVisible()
    last = last_recorded_day(old)
    assert last.strftime("%d.%m.%Y") in reminder.findChild(QLabel, "retention_text").text()

    click(qtbot, window, "retention_later")
    assert not reminder.isVisible()
    window.open_path(path)  # opened again: reminded again
    assert reminder.isVisible()

    with answers(monkeypatch, question=Button.Yes):
        click(qtbot, window, "retention_delete")
    assert not path.exists()
    assert not reminder.isVisible()


def test_a_current_plan_and_a_new_plan_show_no_reminder(qtbot, tmp_path, filled_plan):
    window = make_window(qtbot)
    assert not widget(window, "retention_reminder").isVisible()
    recent = filled_plan.model_copy(deep=True)
    recent.filled_date = date.today()
    path = tmp_path / "ny.oppfplan"
    write_plan(recent, path)
    window.open_path(path)
    assert not widget(window, "retention_reminder").isVisible()
