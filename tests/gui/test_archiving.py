"""The end of an absence in the window: «Sykefraværet avsluttet», «Arkiver planen …»,
then deleting the local files (or keeping them), and the referat of a meeting."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QPushButton

from ..core.pdf.archive_plans import REFERAT, three_versions, write_versions
from .log_helpers import click_cell, log_table
from .window_helpers import IGNORE_OFFSCREEN, Button, action, answers, make_window, type_into, type_text, widget

pytestmark = IGNORE_OFFSCREEN


def _plan_folder(tmp_path: Path, filled_plan) -> list[Path]:
    folder = tmp_path / "planer"
    folder.mkdir()
    versions = three_versions(filled_plan)
    versions[-1].follow_up.absence_ended = None  # the user records it in the window
    return write_versions(versions, folder)


def _archive(qtbot, monkeypatch, window, out: Path, reply) -> list:
    with answers(monkeypatch, getSaveFileName=(str(out), "PDF (*.pdf)"), question=reply) as asked:
        with qtbot.waitSignal(window.archive_action.finished, timeout=60_000) as done:
            action(window, "action_archive").trigger()
    assert done.args[0].problem == ""
    return asked


def test_from_absence_ended_to_archive_to_deletion(qtbot, monkeypatch, tmp_path, filled_plan):
    window = make_window(qtbot)
    paths = _plan_folder(tmp_path, filled_plan)
    assert window.open_path(paths[-1])
    assert action(window, "action_archive").isEnabled()

    type_into(qtbot, window, "follow_up.absence_ended", "26.02.2027")
    assert window.document.plan.follow_up.absence_ended.isoformat() == "2027-02-26"
    out = tmp_path / "arkiv" / "Arkiv.pdf"
    out.parent.mkdir()

    def reply(*args):
        # First «Lagre endringene?» (the archive is made of the saved files), then the
        # offer to delete the plan's files: Yes.
        return Button.Save if args[3] & Button.Save else Button.Yes

    asked = _archive(qtbot, monkeypatch, window, out, reply)

    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert "26.10.2026 – 26.02.2027" in pages[0]  # the end recorded in the window is in it
    assert all(f"Versjon {n}" in pages[0] for n in (1, 2, 3))
    deletion = [args for name, args in asked if name == "question"][-1]
    assert "Arkivet er lagret" in deletion[2] and all(path.name in deletion[2] for path in paths)
    assert not any(path.exists() for path in paths)  # Yes: every version deleted
    assert out.exists()  # the archive is not one of the plan's files
    assert window.windowFilePath() == ""  # a new, empty plan


def test_no_keeps_every_file(qtbot, monkeypatch, tmp_path, filled_plan):
    window = make_window(qtbot)
    paths = _plan_folder(tmp_path, filled_plan)
    window.open_path(paths[0])
    before = {path: path.read_bytes() for path in paths}
    out = tmp_path / "arkiv.pdf"

    _archive(qtbot, monkeypatch, window, out, Button.No)

    assert out.read_bytes().startswith(b"%PDF")
    assert {path: path.read_bytes() for path in paths} == before
    assert window.windowFilePath() == str(paths[0].absolute())
    assert "Arkivet er lagret" in window.statusBar().currentMessage()


def test_an_unsaved_plan_cannot_be_archived(qtbot, monkeypatch):
    window = make_window(qtbot)
    assert not action(window, "action_archive").isEnabled()
    with answers(monkeypatch, information=Button.Ok, getSaveFileName=("", "")) as asked:
        window.archive_action.start()
    assert [name for name, _ in asked] == ["information"]


def test_a_referat_of_several_paragraphs_in_the_log(qtbot, tmp_path, filled_plan):
    window = make_window(qtbot)
    paths = _plan_folder(tmp_path, filled_plan)
    window.open_path(paths[-1])
    document = window.document
    before = document.plan.follow_up.events[0].note

    click_cell(qtbot, log_table(window), 0, "referat")  # the row's «Referat …» button
    dialog = window.findChild(QDialog, "note_dialog")
    assert dialog is not None and dialog.isVisible()
    editor = dialog.findChild(QPlainTextEdit, "note_editor")
    assert editor.toPlainText() == before
    editor.selectAll()
    type_text(qtbot, editor, "Første avsnitt.\n\nAndre avsnitt, etter en tom linje.")
    qtbot.mouseClick(dialog.findChild(QPushButton, "note_ok"), Qt.MouseButton.LeftButton)

    assert document.plan.follow_up.events[0].note == "Første avsnitt.\n\nAndre avsnitt, etter en tom linje."
    assert window.isWindowModified()
    document.undo()  # the whole referat is one step
    assert document.plan.follow_up.events[0].note == before


def test_a_long_referat_survives_cancel_untouched(qtbot, tmp_path, filled_plan):
    window = make_window(qtbot)
    paths = _plan_folder(tmp_path, filled_plan)
    window.open_path(paths[-1])
    index = next(i for i, e in enumerate(window.document.plan.follow_up.events) if e.note == REFERAT)
    click_cell(qtbot, log_table(window), index, "referat")
    dialog = window.findChild(QDialog, "note_dialog")
    editor = dialog.findChild(QPlainTextEdit, "note_editor")
    assert editor.toPlainText() == REFERAT  # every paragraph, as typed
    type_text(qtbot, editor, "mer")
    qtbot.mouseClick(dialog.findChild(QPushButton, "note_cancel"), Qt.MouseButton.LeftButton)
    assert window.document.plan.follow_up.events[index].note == REFERAT
    assert not window.isWindowModified()


def test_a_failed_write_is_said_and_nothing_is_deleted(qtbot, monkeypatch, tmp_path, filled_plan):
    window = make_window(qtbot)
    paths = _plan_folder(tmp_path, filled_plan)
    window.open_path(paths[0])
    out = tmp_path / "finnes-ikke" / "arkiv.pdf"
    with answers(monkeypatch, getSaveFileName=(str(out), ""), warning=Button.Ok, question=Button.Yes) as asked:
        with qtbot.waitSignal(window.archive_action.finished, timeout=60_000) as done:
            action(window, "action_archive").trigger()
    assert done.args[0].problem == "write"
    [(name, args)] = asked[1:]
    assert name == "warning" and "arkiv.pdf" in args[2] and "Ingen filer er endret eller slettet" in args[2]
    assert all(path.exists() for path in paths) and not out.exists()


def test_a_cancelled_archive_writes_nothing(tmp_path, filled_plan):
    import pytest

    from oppfolging_gui.core.progress import Cancelled, Progress
    from oppfolging_gui.gui.archiving import make_archive

    paths = _plan_folder(tmp_path, filled_plan)
    out = tmp_path / "Arkiv.pdf"
    progress = Progress()
    progress.cancel()  # «Avbryt» pressed
    with pytest.raises(Cancelled):
        make_archive(paths[-1], out, "nb", progress)
    assert not out.exists()
    assert sorted(tmp_path.iterdir()) == [tmp_path / "planer"]  # no temporary file either
