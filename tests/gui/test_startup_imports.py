"""The window's start loads what its first screen needs and nothing more (issue 15).

Start-up is measured against a bare window (``benchmarks/``); these tests keep what
was made lazy lazy. Each starts the real program in a fresh interpreter the way
``benchmarks/startup_app.py`` does, quits at the first turn of the event loop (the
window shown with the plan) and reports what had been imported and built by then.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = r"""
import json, sys
from oppfolging_gui.__main__ import before_qt, main

plan = sys.argv[1]
assert before_qt([plan]) is None
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
shown = {}
DIALOG_CLASSES = ("QFileDialog", "QCalendarWidget")  # opened by the user, never at start

def quit_when_shown():
    windows = [w for w in app.topLevelWidgets() if w.inherits("QMainWindow") and w.isVisible()]
    if windows and "title" not in shown:
        shown["title"] = windows[0].windowTitle()
        # Taken now: the form's first building slice is due in this same turn of the
        # loop and runs before exec() returns (how far it gets depends on the machine).
        shown["modules"] = list(sys.modules)
        shown["built"] = sorted(m.__name__ for m in models(Section) if m.__pydantic_complete__)
        # Qt's namespace once shown, and once painted (grab paints every widget as the screen would).
        shown["qt_namespace"] = ["Qt" in vars(QtCore)]
        windows[0].grab()
        shown["qt_namespace"].append("Qt" in vars(QtCore))
        # PySide makes a Qt class, with its enums, when Python first touches it.
        shown["classes"] = [name for name in DIALOG_CLASSES if name in vars(QtWidgets)]
        app.quit()

from oppfolging_gui.core.model import Section

def models(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from models(sub)

timer = QTimer(interval=0)
timer.timeout.connect(quit_when_shown)
timer.start()
status = main([plan])

print(json.dumps({
    "status": status,
    "shown": shown.get("title", ""),
    "modules": shown.get("modules", list(sys.modules)),
    "built": shown.get("built", []),
    "qt_namespace": shown.get("qt_namespace", []),
    "classes": shown.get("classes", ["(not shown)"]),
}))
"""

# Not needed to show a plan: PDFs and printing, the overview (its folder is read
# after the first paint; its table when opened), dialogs,
# the signature pads (their section is built after the window is shown), commands.
NOT_AT_START = (
    "reportlab",
    "PySide6.QtPdf",
    "PySide6.QtPrintSupport",
    "oppfolging_gui.core.pdf",
    "oppfolging_gui.core.overview",
    "oppfolging_gui.gui.overview",
    "oppfolging_gui.core.ics",
    "oppfolging_gui.commands",
    "oppfolging_gui.cli",  # only a refused argument needs the parser
    "oppfolging_gui.gui.printing",
    "oppfolging_gui.gui.about",
    "oppfolging_gui.gui.versions_dialog",
    "oppfolging_gui.gui.signature",
    "oppfolging_gui.gui.signature_pad",
    # Made at first use: the archive action, the worker threads of PDFs and recovery
    # copies, the question about unsaved plans from a crash (asked after the first paint).
    "oppfolging_gui.gui.archiving",
    "concurrent.futures",
    "oppfolging_gui.gui.recovery",
    # The follow-up log's table (its section is built after the window is shown).
    "oppfolging_gui.gui.follow_up_log",
    "oppfolging_gui.gui.log_delegate",
    "oppfolging_gui.gui.log_model",
    # pydantic's plugin search (oppfolging_gui.pydantic_plugins: there are none to find).
    "importlib.metadata",
    # The check digits are computed in core.identifiers; python-stdnum (with pydoc and
    # ssl, which its util imports) is for the tests only.
    "stdnum",
)


@pytest.fixture
def started(tmp_path, example_plan_path) -> dict:
    """The program started on a copy of the example plan (its lock file, settings and
    recovery copies in the test's own folders: the autouse fixtures' environment is
    inherited)."""
    plan = Path(shutil.copy(example_plan_path, tmp_path / example_plan_path.name))
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(plan)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["status"] == 0 and plan.name in result["shown"]
    return result


@pytest.mark.slow
def test_the_start_imports_nothing_the_first_screen_does_not_need(started):
    loaded = [name for name in started["modules"] if name.startswith(NOT_AT_START)]
    assert loaded == []


@pytest.mark.slow
def test_the_plan_core_is_imported_before_qt(started):
    # PySide6's import hook reads the source of every module imported after it.
    order = started["modules"]
    for core in ("pydantic", "oppfolging_gui.core.model", "oppfolging_gui.core.validation",
                 "oppfolging_gui.core.recovery", "oppfolging_gui.core.logs", "oppfolging_gui.core.deletion"):
        assert order.index(core) < order.index("PySide6"), core


@pytest.mark.slow
def test_only_the_plans_validator_is_built_at_start(started):
    # The parts build theirs when first used; an empty plan made and thrown away
    # (before the file is opened) would build them all.
    assert started["built"] == ["Plan"]


@pytest.mark.slow
def test_qt_s_namespace_is_not_made_before_the_first_paint(started):
    # Its first use makes all 94 of its enums, a fifth of a bare window's start
    # (gui/qt_names.py): the first screen sets the few values it needs by name.
    assert started["qt_namespace"] == [False, False]


@pytest.mark.slow
def test_the_file_dialog_and_the_calendar_are_not_made_at_start(started):
    assert started["classes"] == []
