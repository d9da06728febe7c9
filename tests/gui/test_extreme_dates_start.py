"""Issue 13, item 7 (the window's part): a plan with 31.12.9999 ("until further
notice") or 01.01.0001 in every date field starts the real program from the
command line, and no start — failed or not — leaves a lock file behind."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from oppfolging_gui.core.locking import lock_path_for
from oppfolging_gui.core.storage import read_plan
from oppfolging_gui.gui.smoke import SMOKE_TEST_ENV

from ..conftest import EXAMPLE_PLAN, REPO
from .safety_helpers import Answers, close_quietly

DATE = re.compile(r'"\d{4}-\d{2}-\d{2}"')


def _every_date(tmp_path, day: str):
    """The example plan with every date in it (absence, measures, log, signatures…) set to ``day``."""
    text = DATE.sub(f'"{day}"', EXAMPLE_PLAN.read_text("utf-8"))
    data = json.loads(text)
    data["follow_up"]["absence_ended"] = day
    path = tmp_path / f"plan {day}.oppfplan"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    read_plan(path)  # a readable plan: the format allows every one of these dates
    return path


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_the_program_starts_with_extreme_dates_and_leaves_no_lock(tmp_path, day):
    plan = _every_date(tmp_path, day)
    pdf = tmp_path / "plan.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{SMOKE_TEST_ENV: str(pdf)})
    run = subprocess.run(
        [sys.executable, "-m", "oppfolging_gui", str(plan)], cwd=REPO, env=env,
        capture_output=True, text=True, timeout=180,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr, run.stderr[-2000:]  # no error, not even one logged and survived
    assert pdf.read_bytes().startswith(b"%PDF")  # started, showed the plan, rendered it
    assert not lock_path_for(plan).exists()


@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")
def test_a_window_that_fails_to_show_a_plan_leaves_no_lock(qtbot, monkeypatch, tmp_path, filled_plan):
    from oppfolging_gui.gui.autosave import AutosaveController
    from oppfolging_gui.gui.main_window import MainWindow

    Answers(monkeypatch)
    plan = _every_date(tmp_path, "9999-12-31")

    def broken(self, document, session_id=None):
        if document.path is not None:
            raise OverflowError("date value out of range")  # as the deadlines did before issue 13

    # A context of its own: monkeypatch.undo() would also undo the autouse fixtures'
    # patches, and the window below would then write to the real home's settings.
    with monkeypatch.context() as patch:
        patch.setattr(AutosaveController, "set_document", broken)
        with pytest.raises(OverflowError):
            MainWindow(open_first=plan)
    assert not lock_path_for(plan).exists()

    window = MainWindow(open_first=plan)  # and with the views working, it opens
    qtbot.addWidget(window)
    assert window.windowFilePath() == str(plan)
    assert lock_path_for(plan).exists()
    close_quietly(window)
    assert not lock_path_for(plan).exists()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names there are always Unicode")
@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")
def test_a_plan_whose_file_name_is_not_utf8_opens_at_start_and_leaves_no_lock(qtbot, tmp_path, filled_plan):
    """A name in Latin-1 from an old USB stick: Python hands it over with lone
    surrogates, and writing the recent-files list with it stopped the start."""
    from oppfolging_gui.core import settings
    from oppfolging_gui.core.storage import write_plan
    from oppfolging_gui.gui.main_window import MainWindow

    path = tmp_path / os.fsdecode(b"pl\xe6n.oppfplan")
    write_plan(filled_plan, path)
    window = MainWindow(open_first=path)
    qtbot.addWidget(window)
    assert window.document.path == path  # (Qt shows the name without the undecodable byte)
    assert settings.recent_files()[0] == path
    close_quietly(window)
    assert not lock_path_for(path).exists()
