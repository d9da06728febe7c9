"""The log file: written when something is logged, in the current log folder, never a stopper."""

from __future__ import annotations

import logging
from pathlib import Path

from oppfolging_gui.core.appdirs import log_dir
from oppfolging_gui.core.logs import LOG_FILE_NAME, configure_logging

log = logging.getLogger("oppfolging_gui.tests")


def _log_text(folder: Path) -> str:
    file = folder / LOG_FILE_NAME
    return file.read_text(encoding="utf-8") if file.exists() else ""


def test_an_event_reaches_the_log_file_of_this_home() -> None:
    configure_logging()
    log.info("event %s happened", "A")
    assert "event A happened" in _log_text(log_dir())


def test_a_traceback_names_the_failure_but_not_its_message() -> None:
    configure_logging()
    try:
        raise ValueError("Kari Nordmann 01010112345")
    except ValueError:
        log.exception("reading failed")
    text = _log_text(log_dir())
    assert "reading failed" in text and "ValueError" in text
    assert "Kari" not in text and "01010112345" not in text


def test_a_new_home_gets_its_own_log_file(tmp_path: Path, monkeypatch) -> None:
    configure_logging()
    log.info("first home")
    first = log_dir()
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "other"))
    configure_logging()
    log.info("second home")
    assert log_dir() != first
    assert "second home" in _log_text(log_dir())
    assert "second home" not in _log_text(first)


def test_an_unwritable_log_folder_does_not_stop_the_program(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    configure_logging()
    log.error("nowhere to write this")  # must not raise
