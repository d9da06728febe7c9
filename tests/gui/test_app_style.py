"""The window has the same calm look (Fusion) on every platform, whoever made the
application object and whatever the environment asks for (``gui.app.application``)."""

from __future__ import annotations

import os
import subprocess
import sys

from oppfolging_gui.gui.app import application


def test_the_programs_own_application_is_in_fusion_whatever_the_environment_asks():
    probe = "from oppfolging_gui.gui.app import application; print(application().style().name())"
    env = {**os.environ, "QT_STYLE_OVERRIDE": "Windows"}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().lower() == "fusion"


def test_an_application_made_before_the_window_gets_fusion_too(qapp):
    qapp.setStyle("Windows")
    assert application() is qapp
    assert qapp.style().name().lower() == "fusion"
