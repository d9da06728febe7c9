"""Where the program keeps its own files (never the user's plans): platformdirs.

Looked up on every call, not at import, so tests can point them at a temporary
folder (``XDG_DATA_HOME`` and friends) and child processes inherit that.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from .. import APP_ID

PRIVATE_DIR_MODE = 0o700


def _private_dir(path: str) -> Path:
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        os.chmod(folder, PRIVATE_DIR_MODE)
    return folder


def data_dir() -> Path:
    return _private_dir(platformdirs.user_data_dir(APP_ID, appauthor=False))


def recovery_dir() -> Path:
    """Autosaved copies of unsaved plans (health data: 0700, files 0600)."""
    return _private_dir(os.path.join(platformdirs.user_data_dir(APP_ID, appauthor=False), "recovery"))


def config_dir() -> Path:
    return _private_dir(platformdirs.user_config_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    return _private_dir(platformdirs.user_log_dir(APP_ID, appauthor=False))
