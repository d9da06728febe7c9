"""Issue 13, item 2: an old recovery copy never overwrites newer saved work.

Edit plan P, the program dies; at the next start the user answers Nei, opens P,
edits, saves and quits normally; at the start after that the old copy must be
offered as OLDER than the file, and Ja + Lagre must ask before writing the old
text over the newer file (it is a change on disk like any other).
"""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtWidgets import QMessageBox

from oppfolging_gui.core.recovery import RecoveryStore
from oppfolging_gui.core.storage import read_plan, write_plan
from oppfolging_gui.gui.recovery import RecoveryDialog, offer_recovery

from .safety_helpers import Answers, close_quietly, make_window

Yes, No, Cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Cancel
FIELD = "additional_info"


def _edit_and_die(qtbot, path, text: str) -> None:
    """A window opens ``path``, types ``text``, autosaves, and is killed: its copy stays."""
    window = make_window(qtbot)
    assert window.open_path(path)
    window.document.set(FIELD, text)
    assert window.autosave.write_now()
    [copy] = list(RecoveryStore().folder.glob("*.recovery.json"))
    left_behind = json.loads(copy.read_text("utf-8"))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left_behind["pid"] = dead.pid
    close_quietly(window)  # a kill would leave the copy (and the lock: stale, its pid is gone)
    copy.write_text(json.dumps(left_behind), "utf-8")


def test_a_copy_older_than_the_saved_file_says_so_and_never_silently_overwrites_it(
    qtbot, monkeypatch, tmp_path, filled_plan
):
    answers = Answers(monkeypatch)
    path = tmp_path / "P.oppfplan"
    write_plan(filled_plan, path)
    _edit_and_die(qtbot, path, "gammel tekst fra økten som krasjet")

    # Next start: Nei; then the user opens P, edits, saves and quits normally.
    second = make_window(qtbot)
    answers.queue = [No]
    assert not offer_recovery(second)
    assert "eldre" not in answers.calls[-1][2]  # nothing newer exists yet: the normal question
    assert second.open_path(path)
    second.document.set(FIELD, "nyere lagret arbeid")
    assert second.save()
    assert not [c for c in answers.calls if c[0] == "warning"]
    close_quietly(second)
    assert read_plan(path).additional_info == "nyere lagret arbeid"

    # The start after: the stale copy is offered as older, with Nei as the default.
    third = make_window(qtbot)
    answers.calls.clear()
    asked_default = []
    original_question = QMessageBox.question

    def question(parent, title, text, buttons, default):
        asked_default.append(default)
        return original_question(parent, title, text, buttons, default)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    answers.queue = [Yes]
    assert offer_recovery(third)
    kind, _title, text = answers.calls[0]
    assert "eldre enn planen" in text and "lagret på nytt" in text
    assert asked_default == [No]
    assert third.document.get(FIELD) == "gammel tekst fra økten som krasjet"

    # Lagre: the file changed since the copy's edits began, so the user is asked.
    answers.queue = [Cancel]
    assert not third.save()
    assert [c[1] for c in answers.calls if c[0] == "warning"] == ["Filen er endret"]
    assert read_plan(path).additional_info == "nyere lagret arbeid"

    # Overwriting is still possible, but only as the user's explicit choice.
    answers.queue = [Yes]
    assert third.save()
    assert read_plan(path).additional_info == "gammel tekst fra økten som krasjet"
    close_quietly(third)


def test_a_copy_of_an_unchanged_file_is_restored_and_saved_without_questions(qtbot, monkeypatch, tmp_path, filled_plan):
    answers = Answers(monkeypatch)
    path = tmp_path / "P.oppfplan"
    write_plan(filled_plan, path)
    _edit_and_die(qtbot, path, "ulagret tekst")

    window = make_window(qtbot)
    answers.queue = [Yes]
    assert offer_recovery(window)
    assert "eldre" not in answers.calls[0][2]
    assert window.save()
    assert [c for c in answers.calls if c[0] == "warning"] == []
    assert read_plan(path).additional_info == "ulagret tekst"
    close_quietly(window)
    assert RecoveryStore().list().copies == []


def test_the_recovery_dialog_marks_a_copy_older_than_its_file(qtbot, monkeypatch, tmp_path, filled_plan):
    Answers(monkeypatch)
    path = tmp_path / "P.oppfplan"
    write_plan(filled_plan, path)
    _edit_and_die(qtbot, path, "gammel tekst")
    newer = filled_plan.model_copy(deep=True)
    newer.additional_info = "en kollega lagret dette"
    write_plan(newer, path)  # saved by someone else after the copy's edits began

    window = make_window(qtbot)
    dialog = RecoveryDialog(window)
    qtbot.addWidget(dialog)
    assert "eldre enn planen" in dialog.list.item(0).text()
    close_quietly(window)


def test_a_save_by_someone_else_while_the_lock_question_is_open_is_never_overwritten(
    qtbot, monkeypatch, tmp_path, filled_plan
):
    """Kari has the plan open on another PC; Ola opens it, and while Ola reads "Planen
    er i bruk", Kari saves. Ola opens it for editing anyway, edits and saves: Kari's
    save must not be overwritten without the "Filen er endret" question."""
    from datetime import datetime

    from oppfolging_gui.core.locking import lock_path_for

    path = tmp_path / "P.oppfplan"
    write_plan(filled_plan, path)
    lock_path_for(path).write_text(json.dumps({
        "pid": 4242, "host": "karis-pc", "user": "kari", "since": datetime.now().astimezone().isoformat(),
    }), "utf-8")
    answers = Answers(monkeypatch)
    window = make_window(qtbot)

    def kari_saves_while_ola_reads(parent, title, text, *args):
        answers.calls.append(("question", title, text))
        karis = filled_plan.model_copy(deep=True)
        karis.additional_info = "Karis lagrede endring"
        write_plan(karis, path)
        return No  # Ola: open for editing anyway

    monkeypatch.setattr(QMessageBox, "question", staticmethod(kari_saves_while_ola_reads))
    assert window.open_path(path)
    assert window.document.get(FIELD) == filled_plan.additional_info  # read before Kari's save
    window.document.set(FIELD, "Olas endring")
    answers.queue = [Cancel]
    assert not window.save()
    assert [c[1] for c in answers.calls if c[0] == "warning"] == ["Filen er endret"]
    assert read_plan(path).additional_info == "Karis lagrede endring"
    close_quietly(window)
