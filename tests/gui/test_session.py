"""The session: one owner of the open plan, which tells every view once per plan shown."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QWidget

from oppfolging_gui.core import settings
from oppfolging_gui.core.document import PlanDocument
from oppfolging_gui.core.model import Plan
from oppfolging_gui.gui.session import PlanSession

from .window_helpers import IGNORE_OFFSCREEN, answers, make_window

pytestmark = IGNORE_OFFSCREEN


def test_views_are_told_once_per_plan_shown_and_lock_and_autosave_follow(qtbot, tmp_path, example_plan_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    session = PlanSession(parent)
    shown: list[PlanDocument] = []
    session.document_changed.connect(shown.append)
    path = tmp_path / "plan.oppfplan"
    shutil.copy(example_plan_path, path)
    from oppfolging_gui.core.storage import read_plan

    document = PlanDocument(read_plan(path), path)
    session.set_document(document)
    assert shown == [document] and session.document is document
    assert (tmp_path / ".~lock.plan.oppfplan#").exists()  # the session holds the lock

    session.set_document(PlanDocument(Plan.new()))
    assert len(shown) == 2
    assert not (tmp_path / ".~lock.plan.oppfplan#").exists()  # and gives it back


def test_a_save_in_the_window_tells_the_session_which_file_was_written(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot)
    written: list[list] = []
    window.session.files_changed.connect(written.append)
    target = tmp_path / "ny.oppfplan"
    with answers(monkeypatch, getSaveFileName=(str(target), "")):
        assert window.save()
    assert written == [[target]]
    assert settings.recent_files()[0] == target
    assert window.recent_menu.actions()[0].toolTip() == str(target)  # told through the session


def test_dialogs_on_the_open_plan_do_not_import_the_window():
    import ast
    from pathlib import Path

    import oppfolging_gui.gui as gui

    folder = Path(gui.__file__).parent
    for name in ("versions_dialog", "plan_deletion", "recovery", "session"):
        tree = ast.parse((folder / f"{name}.py").read_text("utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "main_window" not in imported, name
