"""The window's open with hostile files: a clear message, the current plan untouched."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings

from oppfolging_gui.core.storage import PlanFileError, parse_plan_bytes

from ..hostile.strategies import hostile_bytes
from .safety_helpers import Answers, close_quietly, make_window

_names = itertools.count()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@pytest.mark.slow
@given(data=hostile_bytes)
def test_hostile_files_get_a_message_in_the_window(qtbot, monkeypatch, tmp_path, data):
    answers = Answers(monkeypatch)
    window = make_window(qtbot)
    path = tmp_path / f"fil{next(_names)}.oppfplan"
    path.write_bytes(data)
    try:
        parse_plan_bytes(data)
        readable = True
    except PlanFileError:
        readable = False
    before = window.document
    answers.calls.clear()
    opened = window.open_path(path)
    assert opened == readable
    if readable:
        assert window.windowFilePath() == str(path)
    else:
        (kind, title, text), = answers.calls
        assert kind == "critical" and title == "Kan ikke åpne planen"
        assert path.name in text and "Traceback" not in text
        assert window.document is before
    close_quietly(window)
