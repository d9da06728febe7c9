"""The log, the settings and the recent-files list never hold anything from a plan.

Every text field of a plan gets a unique marker; the plan then goes through what a
user does (open, edit, save, a refused save, PDF, validation with errors, broken
files, an unexpected exception whose message quotes a field) in the window and on
the command line. Afterwards no file the program keeps for itself — except the
recovery copies, which exist to hold the plan — contains any marker.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from oppfolging_gui.__main__ import main
from oppfolging_gui.core import appdirs, fieldpath
from oppfolging_gui.core.identifiers import make_national_id
from oppfolging_gui.core.logs import LOG_FILE_NAME
from oppfolging_gui.core.storage import write_plan
from oppfolging_gui.gui.crash import install_crash_handlers

from .log_helpers import log_table, open_editor, press_enter
from .safety_helpers import Answers, close_quietly, make_window


def _text_paths(obj, prefix=""):
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield from _text_paths(value, f"{prefix}{key}.")
    elif isinstance(obj, list):
        for index, value in enumerate(obj):
            yield from _text_paths(value, f"{prefix}{index}.")
    elif isinstance(obj, str) and prefix.rstrip(".") not in ("format", "plan_id", "filled_date") and not prefix.startswith("signatures."):
        yield prefix.rstrip(".")


def _marked_plan(plan):
    markers = {}
    for number, path in enumerate(_text_paths(plan.to_json_dict())):
        if path.endswith(".kind") or path.endswith("_date") or "period_" in path or path.endswith("first_day"):
            continue
        marker = f"Merke{number:03d}Q"
        try:
            fieldpath.set_value(plan, path, marker)
        except Exception:
            continue
        markers[path] = marker
    national_id = make_national_id(__import__("datetime").date(1987, 6, 5), 404, "tnr")
    fieldpath.set_value(plan, "key_info.employee.national_id", national_id)
    markers["key_info.employee.national_id"] = national_id
    return plan, markers


def test_nothing_from_the_plan_reaches_logs_or_settings(qtbot, monkeypatch, tmp_path, filled_plan, capsys):
    plan, markers = _marked_plan(filled_plan)
    assert len(markers) > 15
    folder = tmp_path / "planer"
    folder.mkdir()
    path = folder / "plan.oppfplan"  # the file name is the user's choice; keep it neutral here
    write_plan(plan, path)

    install_crash_handlers()  # the log handler, as at program start
    answers = Answers(monkeypatch)
    pdf = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), "")))

    window = make_window(qtbot)
    assert window.open_path(path)
    window.document.set("additional_info", "Merke999Q ny tekst")
    note = open_editor(qtbot, log_table(window), 0, "note")  # typed in the log's cell, as a user does
    qtbot.keyClicks(note, " Merke995Q")
    press_enter(qtbot, log_table(window), note)
    qtbot.waitUntil(lambda: not window.autosave.pending, timeout=5000)
    assert window.save()
    with qtbot.waitSignal(window.operations.finished, timeout=60_000):  # made off the window's thread
        assert window.export_pdf()
    window.document.set("key_info.employee.phone", "Merke998Q")  # a validation error
    shutil.rmtree(folder)
    assert not window.save()  # refused: folder removed
    folder.mkdir()
    broken = folder / "ødelagt.oppfplan"
    broken.write_bytes(b'{"format": "oppfolgingsplan", "key_info": "Merke997Q"}')
    assert not window.open_path(broken)
    close_quietly(window)

    # An unexpected error whose message quotes a field, as pydantic and json do.
    try:
        raise ValueError(f"invalid value {markers['key_info.employee.national_id']} Merke996Q")
    except ValueError:
        logging.getLogger("oppfolging_gui.test").exception("Unexpected error while testing")

    # The command line, with a plan full of markers and a broken one.
    write_plan(plan, path)
    for argv in (["validate", str(path)], ["validate", str(broken)],
                 ["pdf", str(path), "-o", str(tmp_path / "cli.pdf")], ["versions", str(folder)],
                 ["new-version", str(path)], ["deadlines", str(path), "--json"]):
        main(argv)
    capsys.readouterr()

    all_markers = [*markers.values(), "Merke999Q", "Merke998Q", "Merke997Q", "Merke996Q", "Merke995Q"]
    kept = [appdirs.log_dir(), appdirs.config_dir(), appdirs.data_dir(), Path(appdirs.log_dir()).parent]
    checked = 0
    for root in kept:
        for file in root.rglob("*"):
            if not file.is_file() or appdirs.recovery_dir() in file.parents:
                continue
            content = file.read_bytes().decode("utf-8", "replace")
            leaked = [m for m in all_markers if m in content]
            assert not leaked, f"{file.name} holds plan contents: {leaked}"
            checked += 1
    log_text = (appdirs.log_dir() / LOG_FILE_NAME).read_text("utf-8")
    assert "Traceback" in log_text and "ValueError (message withheld)" in log_text  # the log works
    settings = (appdirs.config_dir() / "settings.json").read_text("utf-8")
    assert str(path) in settings  # recent files: paths only
    assert checked >= 2



def test_qt_warnings_are_logged_but_not_the_offscreen_plugins_size_hint_notice(caplog):
    """The offscreen platform says at every window shown that it cannot propagate size
    hints: not worth a line in the user's log (nor, at start, the log file's handler)."""
    import logging

    from PySide6.QtCore import QtMsgType

    from oppfolging_gui.gui.crash import log_qt_message

    with caplog.at_level(logging.INFO, logger="oppfolging_gui.crash"):
        log_qt_message(QtMsgType.QtWarningMsg, "This plugin does not support propagateSizeHints()")
        log_qt_message(QtMsgType.QtWarningMsg, "QFont::setPointSizeF: Point size <= 0 (0.000000)")
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("WARNING", "Qt: QFont::setPointSizeF: Point size <= 0 (0.000000)")]
