"""The start-up question and File → Gjenopprett ulagrede planer …"""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from oppfolging_gui.core.recovery import RecoveryStore, new_session_id
from oppfolging_gui.gui.recovery import RecoveryDialog, offer_recovery

from .safety_helpers import Answers, close_quietly, make_window

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def _left_by_a_crashed_program(plan, original=None) -> str:
    """A copy whose program is gone (its pid belongs to a process that has ended)."""
    import json

    store = RecoveryStore()
    session = new_session_id()
    store.write(session, plan, original)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    file = store.file_for(session)
    payload = json.loads(file.read_text("utf-8"))
    payload["pid"] = dead.pid
    file.write_text(json.dumps(payload), "utf-8")
    return session


def test_no_keeps_the_copy_yes_restores_it_marked_modified(qtbot, monkeypatch, tmp_path, filled_plan):
    answers = Answers(monkeypatch)
    original = tmp_path / "plan.oppfplan"
    filled_plan.additional_info = "ulagret tekst"
    session = _left_by_a_crashed_program(filled_plan, original)
    window = make_window(qtbot)

    answers.queue = [No]
    assert not offer_recovery(window)
    assert [c.session_id for c in RecoveryStore().list().copies] == [session]
    assert "plan.oppfplan" in answers.calls[0][2]

    answers.queue = [Yes]
    assert offer_recovery(window)
    assert window.document.get("additional_info") == "ulagret tekst"
    assert window.isWindowModified()
    assert window.windowFilePath() == str(original)
    assert window.autosave.session_id == session  # the same copy is kept current, not duplicated
    close_quietly(window)
    assert RecoveryStore().list().copies == []


def test_dialog_discards_copies_and_reports_damaged_ones(qtbot, monkeypatch, filled_plan):
    answers = Answers(monkeypatch)
    _left_by_a_crashed_program(filled_plan)
    broken = RecoveryStore().folder / f"{new_session_id()}.recovery.json"
    broken.write_bytes(b"\x00\x01 not json")
    window = make_window(qtbot)
    dialog = RecoveryDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert any("Skadet" in dialog.list.item(i).text() for i in range(2))

    answers.queue = [No]
    dialog.discard_button.click()
    assert dialog.list.count() == 2  # declined: nothing removed
    answers.queue = [Yes, Yes]
    dialog.discard_button.click()
    dialog.discard_button.click()
    assert dialog.list.count() == 0
    assert list(RecoveryStore().folder.iterdir()) == []
    close_quietly(window)


def test_file_menu_offers_the_recovery_dialog(qtbot):
    window = make_window(qtbot)
    action = window.findChild(type(window.actions.save), "action_recover")
    assert action is not None and action.text() == "Gjenopprett ulagrede planer …"
    close_quietly(window)


@pytest.mark.parametrize(("language", "question", "restore", "later"), [
    ("nn", "Programmet vart ikkje avslutta normalt sist", "Gjenopprett", "Fil → Gjenopprett ulagra planar"),
    ("en", "The program did not close normally last time", "Recover", "File → Recover unsaved plans"),
])
def test_the_question_and_the_dialog_speak_the_window_s_language(qtbot, qapp, monkeypatch, tmp_path, filled_plan,
                                                                 language, question, restore, later):
    from oppfolging_gui.core.i18n import set_language
    from oppfolging_gui.gui.i18n import install_translations, remove_translations

    answers = Answers(monkeypatch)
    _left_by_a_crashed_program(filled_plan, tmp_path / "plan.oppfplan")
    broken = RecoveryStore().folder / f"{new_session_id()}.recovery.json"
    broken.write_bytes(b"not json")
    window = make_window(qtbot)
    install_translations(qapp, language)
    set_language(language)  # the core's words (a damaged copy's problem) follow the window
    try:
        answers.queue = [No]
        offer_recovery(window)
        _, title, text = answers.calls[0]
        assert text.startswith(question) and later in text
        assert "ikke" not in text and "lagret" not in text
        dialog = RecoveryDialog(window)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == title and dialog.restore_button.text() == restore
        rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert len(rows) == 2 and not [row for row in rows if "ikke" in row or "Skadet" in row or "skadet" in row]
    finally:
        remove_translations(qapp)
        set_language(None)
    close_quietly(window)


def test_the_question_comes_over_the_window_already_painted(qtbot, monkeypatch, filled_plan):
    """Started as the program starts: the plan is on the screen when the question about
    unsaved plans comes (not in the first turn of the event loop, before the paint)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from oppfolging_gui.__main__ import main

    _left_by_a_crashed_program(filled_plan)
    painted: list[QObject] = []

    class Paints(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802
            if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                    and watched.window().objectName() == "main_window"):
                painted.append(watched)  # the window or any widget in it
            return False

    def finish() -> None:
        for window in QApplication.topLevelWidgets():
            if window.objectName() == "main_window" and window.isVisible():
                close_quietly(window)
                window.close()
                window.deleteLater()
        QApplication.exit(0)  # not quit(): a Quit event left queued ends later loops

    asked: list[bool] = []

    def answer(*_args, **_kwargs):
        asked.append(bool(painted))
        QTimer.singleShot(0, finish)
        return No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    app = QApplication.instance()
    paints = Paints()
    app.installEventFilter(paints)
    guard = QTimer(app)
    guard.setSingleShot(True)
    guard.timeout.connect(finish)  # no question: the test fails on what it found
    guard.start(30_000)
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        assert main([]) == 0
    finally:
        app.removeEventFilter(paints)
        app.setQuitOnLastWindowClosed(quit_on_close)
        guard.stop()
        guard.deleteLater()
    assert asked == [True]
