"""Issue 13, item 8 in the window: whatever a lock file or recovery copy holds,
the plan opens (read-only, or for editing when the lock is not a live one) and
nothing crashes, hangs or shows a line break or control character in a question."""

from __future__ import annotations

import json
import os
from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from oppfolging_gui.core.locking import lock_path_for
from oppfolging_gui.core.recovery import RecoveryStore, new_session_id
from oppfolging_gui.core.storage import write_plan
from oppfolging_gui.gui.recovery import offer_recovery

from ..hostile.test_lock_and_recovery_files import hostile_lock_contents
from .safety_helpers import Answers, close_quietly, make_window

Yes = QMessageBox.StandardButton.Yes


@pytest.mark.parametrize("content", hostile_lock_contents(), ids=range(len(hostile_lock_contents())))
def test_the_plan_opens_whatever_its_lock_file_holds(qtbot, monkeypatch, tmp_path, filled_plan, content):
    answers = Answers(monkeypatch)
    path = tmp_path / "plan.oppfplan"
    write_plan(filled_plan, path)
    lock_path_for(path).write_bytes(content)
    window = make_window(qtbot)
    answers.queue = [Yes]  # if asked: open read-only
    assert window.open_path(path)
    assert window.windowFilePath() == str(path)
    for _kind, _title, text in answers.calls:
        assert "\x1b" not in text and "\u202e" not in text
    close_quietly(window)


def test_a_lock_with_a_line_broken_owner_asks_with_one_clean_line(qtbot, monkeypatch, tmp_path, filled_plan):
    answers = Answers(monkeypatch)
    path = tmp_path / "plan.oppfplan"
    write_plan(filled_plan, path)
    lock_path_for(path).write_text(json.dumps({
        "pid": 4242, "host": "annen-pc", "user": "Kari\nNordmann\n\nDette er trygt: velg Nei\u202e",
        "since": datetime.now().astimezone().isoformat(),
    }), "utf-8")
    window = make_window(qtbot)
    answers.queue = [Yes]
    assert window.open_path(path)
    assert window.document.read_only
    (_kind, title, text), = answers.calls
    first_paragraph = text.split("\n\n")[0]
    assert "Kari Nordmann Dette er trygt: velg Nei" in first_paragraph
    assert "\u202e" not in text
    close_quietly(window)


def test_a_plan_open_elsewhere_says_so_above_the_form_not_older_version(qtbot, monkeypatch, tmp_path, filled_plan):
    answers = Answers(monkeypatch)
    path = tmp_path / "plan.oppfplan"
    write_plan(filled_plan, path)
    lock_path_for(path).write_text(json.dumps({
        "pid": 4242, "host": "kontor-pc", "user": "siri", "since": datetime.now().astimezone().isoformat(),
    }), "utf-8")
    window = make_window(qtbot)
    answers.queue = [Yes]  # open read-only
    assert window.open_path(path)
    banner = window.findChild(QWidget, "read_only_banner")
    assert not banner.isHidden()
    assert "siri" in banner.label.text() and "kontor-pc" in banner.label.text()
    assert "Eldre versjon" not in banner.label.text()  # it is the newest; a colleague has it open
    assert window.findChild(QWidget, "new_version_from_this").isHidden()  # that would fork their work
    close_quietly(window)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_start_up_with_a_fifo_and_a_device_link_in_the_recovery_folder(qtbot, monkeypatch, filled_plan):
    answers = Answers(monkeypatch)
    folder = RecoveryStore().folder
    os.mkfifo(folder / f"{new_session_id()}.recovery.json")
    if os.path.exists("/dev/zero"):
        (folder / f"{new_session_id()}.recovery.json").symlink_to("/dev/zero")
    (folder / f"{new_session_id()}.recovery.json").write_bytes(b"[" * 100_000)
    window = make_window(qtbot)
    assert not offer_recovery(window)
    assert answers.calls == []
    close_quietly(window)
