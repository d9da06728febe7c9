"""Helpers for the safety tests: a window, answers to its questions, a read-only folder."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from oppfolging_gui.gui.main_window import MainWindow


class Answers:
    """Stands in for QMessageBox's static functions: records each call, answers from a queue."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.queue: list[QMessageBox.StandardButton] = []
        for kind in ("question", "warning", "critical", "information"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(self._answerer(kind)))

    def _answerer(self, kind: str):
        def answer(parent, title, text, *args, **kwargs):
            self.calls.append((kind, title, text))
            return self.queue.pop(0) if self.queue else QMessageBox.StandardButton.Ok

        return answer

    def titles(self, kind: str) -> list[str]:
        return [title for k, title, _ in self.calls if k == kind]


def make_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.form_view.finish_building()  # the rest of the form comes in slices; tests want it all
    return window


def close_quietly(window: MainWindow) -> None:
    window.document.mark_saved()
    window.close()


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make ``folder`` unwritable even for root (chattr +i), or skip the test."""
    folder.chmod(0o500)
    immutable = False
    probe = folder / ".probe"
    try:
        probe.touch()
    except PermissionError:
        pass
    else:  # root: permissions do not stop it; the immutable flag does
        probe.unlink()
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
            folder.chmod(0o700)
            pytest.skip("cannot make a folder read-only here")
        immutable = True
    try:
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=False)
        folder.chmod(0o700)
