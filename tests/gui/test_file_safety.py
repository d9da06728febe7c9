"""Saving safely from the window: locks, edits behind its back, refusing disks."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from oppfolging_gui.core.locking import lock_path_for
from oppfolging_gui.core.recovery import RecoveryStore
from oppfolging_gui.core.storage import read_plan, write_plan

from .safety_helpers import Answers, close_quietly, make_window, read_only_folder

Yes, No, Cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Cancel
FIELD = "additional_info"


def _plan_file(folder, plan):
    path = folder / "plan.oppfplan"
    write_plan(plan, path)
    return path


def test_second_window_is_warned_and_offered_read_only(qtbot, monkeypatch, tmp_path, filled_plan):
    answers = Answers(monkeypatch)
    path = _plan_file(tmp_path, filled_plan)
    first = make_window(qtbot)
    assert first.open_path(path)
    assert lock_path_for(path).exists()

    second = make_window(qtbot)
    answers.queue = [Cancel]
    assert not second.open_path(path)
    assert answers.titles("question") == ["Planen er i bruk"]
    answers.queue = [Yes]
    assert second.open_path(path)
    assert second.document.read_only
    assert not second.actions.save.isEnabled()

    close_quietly(second)
    assert lock_path_for(path).exists()  # still the first window's
    close_quietly(first)
    assert not lock_path_for(path).exists()


def test_file_changed_behind_the_windows_back_is_never_silently_overwritten(qtbot, monkeypatch, tmp_path, filled_plan):
    answers = Answers(monkeypatch)
    path = _plan_file(tmp_path, filled_plan)
    window = make_window(qtbot)
    window.open_path(path)
    window.document.set(FIELD, "mine endringer")

    theirs = filled_plan.model_copy(deep=True)
    theirs.additional_info = "en annens endringer"
    write_plan(theirs, path)

    answers.queue = [Cancel]
    assert not window.save()
    assert answers.titles("warning") == ["Filen er endret"]
    assert read_plan(path).additional_info == "en annens endringer"
    assert window.isWindowModified()

    other = tmp_path / "mine.oppfplan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(other), "")))
    answers.queue = [No]  # save as a new file instead
    assert window.save()
    assert read_plan(other).additional_info == "mine endringer"
    assert read_plan(path).additional_info == "en annens endringer"

    window.open_path(path)
    window.document.set(FIELD, "overskriv")
    write_plan(theirs, path)
    answers.queue = [Yes]
    assert window.save()
    assert read_plan(path).additional_info == "overskriv"
    # Our own save is not "a change behind our back": no question the next time.
    window.document.set(FIELD, "igjen")
    calls = len(answers.calls)
    assert window.save()
    assert len(answers.calls) == calls
    close_quietly(window)


def _recovered_text(window) -> str:
    _info, plan = RecoveryStore().load(window.autosave.session_id)
    return plan.additional_info


def test_read_only_folder_keeps_edits_in_window_and_recovery_copy(qtbot, monkeypatch, tmp_path, filled_plan):
    answers = Answers(monkeypatch)
    folder = tmp_path / "delt"
    folder.mkdir()
    path = _plan_file(folder, filled_plan)
    window = make_window(qtbot)
    window.open_path(path)
    window.document.set(FIELD, "skrevet før lagring")
    before = path.read_bytes()
    with read_only_folder(folder):
        assert not window.save()
    (kind, title, text), = [c for c in answers.calls if c[0] == "critical"]
    assert title == "Planen ble ikke lagret"
    assert "ikke lov til å skrive" in text or "bare kan leses" in text
    assert "gjenopprettingskopi" in text
    assert window.isWindowModified() and window.document.get(FIELD) == "skrevet før lagring"
    assert _recovered_text(window) == "skrevet før lagring"
    assert path.read_bytes() == before
    close_quietly(window)


def test_removed_folder_keeps_edits_and_says_so(qtbot, monkeypatch, tmp_path, filled_plan):
    answers = Answers(monkeypatch)
    folder = tmp_path / "minnepinne"
    folder.mkdir()
    path = _plan_file(folder, filled_plan)
    window = make_window(qtbot)
    window.open_path(path)
    window.document.set(FIELD, "pinnen ble dratt ut")
    shutil.rmtree(folder)
    assert not window.save()
    (_kind, _title, text), = [c for c in answers.calls if c[0] == "critical"]
    assert "mappen finnes ikke" in text
    assert _recovered_text(window) == "pinnen ble dratt ut"
    assert window.document.get(FIELD) == "pinnen ble dratt ut"
    close_quietly(window)


@pytest.mark.slow
def test_clean_save_and_close_remove_the_recovery_copy(qtbot, monkeypatch, tmp_path, filled_plan):
    Answers(monkeypatch)
    path = _plan_file(tmp_path, filled_plan)
    window = make_window(qtbot)
    window.open_path(path)
    window.document.set(FIELD, "lagres")
    qtbot.waitUntil(lambda: RecoveryStore().list(include_running=True).copies != [], timeout=5000)
    assert window.save()
    assert RecoveryStore().list(include_running=True).copies == []
    window.document.set(FIELD, "forkastes")
    qtbot.waitUntil(lambda: RecoveryStore().list(include_running=True).copies != [], timeout=5000)
    close_quietly(window)
    assert RecoveryStore().list(include_running=True).copies == []


def test_a_save_by_someone_else_right_after_ours_is_not_taken_for_our_own(qtbot, monkeypatch, tmp_path, filled_plan):
    """The window remembers the bytes it wrote, not what the file holds a moment later."""
    from oppfolging_gui.gui import plan_files

    answers = Answers(monkeypatch)
    path = _plan_file(tmp_path, filled_plan)
    window = make_window(qtbot)
    window.open_path(path)
    window.document.set(FIELD, "mine endringer")
    theirs = filled_plan.model_copy(deep=True)
    theirs.additional_info = "en annens endringer"
    real_write = plan_files.write_plan

    def ours_then_theirs(plan, target):
        written = real_write(plan, target)
        write_plan(theirs, target)  # a colleague on the shared folder, the same moment
        return written

    monkeypatch.setattr(plan_files, "write_plan", ours_then_theirs)
    assert window.save()
    monkeypatch.setattr(plan_files, "write_plan", real_write)
    window.document.set(FIELD, "mer fra meg")
    answers.queue = [Cancel]
    assert not window.save()
    assert answers.titles("warning") == ["Filen er endret"]
    assert read_plan(path).additional_info == "en annens endringer"
    close_quietly(window)
