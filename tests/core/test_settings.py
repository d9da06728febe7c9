"""The program's own settings: recent plans, language, plans folder."""

from __future__ import annotations

from oppfolging_gui.core import settings


def test_recent_plans_come_first_once_and_survive_a_restart(tmp_path):
    first, second = tmp_path / "a.oppfplan", tmp_path / "b.oppfplan"
    settings.add_recent_file(first)
    settings.add_recent_file(second)
    assert settings.add_recent_file(first) == [first, second]
    assert settings.recent_files() == [first, second]


def test_reopening_the_newest_plan_leaves_the_settings_file_alone(tmp_path, monkeypatch):
    """The usual start reopens the plan that is first in the list: nothing to write,
    so the window does not wait for a settings file to be written and synced."""
    plan = tmp_path / "a.oppfplan"
    settings.save_language("nn")
    settings.add_recent_file(plan)
    written = []
    monkeypatch.setattr(settings, "atomic_write_bytes", lambda *args, **kwargs: written.append(args))
    assert settings.add_recent_file(plan) == [plan]
    assert written == []
    assert settings.saved_language() == "nn"
