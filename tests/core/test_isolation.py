"""Tests never write to the real home directory: every program folder is the test's own."""

from __future__ import annotations

from oppfolging_gui.core import appdirs


def test_program_folders_live_in_the_isolated_home(isolated_app_dirs):
    for folder in (appdirs.data_dir(), appdirs.recovery_dir(), appdirs.config_dir(), appdirs.log_dir()):
        assert isolated_app_dirs in folder.parents, folder
