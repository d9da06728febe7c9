"""Shared fixtures: every test runs with its own platformdirs folders and offscreen Qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any Qt import: tests never open a real window.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _no_deadlines_for_hypothesis() -> None:
    """No timings in tests, Hypothesis's own included: its default 200 ms deadline per
    example fails a property test when a busy machine pauses it (a developer's run;
    under CI=true Hypothesis loads its "ci" profile, which has none). Built on the
    profile in force, so CI keeps that profile's fixed examples."""
    from hypothesis import settings

    settings.register_profile("oppfolging", settings(settings.default, deadline=None))
    settings.load_profile("oppfolging")


_no_deadlines_for_hypothesis()

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLE_PLAN = REPO / "resources" / "examples" / "eksempelplan.oppfplan"


@pytest.fixture(autouse=True)
def isolated_app_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs (settings, recovery copies, logs) at a temporary home.

    No test may write to the real home directory; child processes inherit this.
    """
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture(autouse=True, scope="session")
def bokmal_for_every_module():
    """Module fixtures run before the per-test ones below: they too see bokmål, never the
    language kept in the developer's own settings."""
    from oppfolging_gui.core import i18n

    i18n.set_language("nb")


@pytest.fixture(autouse=True)
def bokmal_unless_a_test_asks(monkeypatch: pytest.MonkeyPatch):
    """Every test starts in bokmål whatever the developer's locale and settings (child
    processes too: their environment says bokmål); a test that switches language, or asks
    the rule again with ``set_language(None)``, leaves nothing behind."""
    from oppfolging_gui.core import i18n

    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.set_language("nb")
    yield
    i18n.set_language("nb")


@pytest.fixture
def example_plan_path() -> Path:
    return EXAMPLE_PLAN


@pytest.fixture
def filled_plan():
    """A fully filled, fictional plan (the one shipped as Hjelp → Åpne eksempelplan)."""
    from oppfolging_gui.core.storage import read_plan

    return read_plan(EXAMPLE_PLAN)


@pytest.fixture
def no_earlier_holds() -> None:
    """For tests that look at whether Python's cyclic collector is on: work an earlier
    test in this process left running (a recovery copy still being written by an autosave
    controller that test left with an edit pending, or a PDF; on a busy machine it
    outlasts that test) holds the collector off (``collector``). Wait for it to end on
    its own, as it does, rather than take its hold for the one under test
    (test_collector failed once that way under load)."""
    import time

    from oppfolging_gui import collector

    deadline = time.monotonic() + 60  # only a safety: such work ends in milliseconds
    while collector._holds and time.monotonic() < deadline:
        time.sleep(0.01)
    assert collector._holds == 0, "work of an earlier test still holds the collector off"
