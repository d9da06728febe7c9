"""tools/screenshots.py: the pictures of the window are taken, in the language asked for."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ..conftest import REPO


@pytest.mark.slow
def test_the_script_saves_pictures_of_the_asked_screens_in_the_asked_language(tmp_path):
    run = subprocess.run(
        [sys.executable, str(REPO / "tools" / "screenshots.py"), "--lang", "nn", "--out", str(tmp_path),
         "--only", "about"],
        capture_output=True, text=True, timeout=180, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 0, run.stderr
    pictures = sorted(path.name for path in (tmp_path / "nn").glob("*.png"))
    assert pictures == ["01-about.png"]
    assert (tmp_path / "nn" / pictures[0]).stat().st_size > 5_000
