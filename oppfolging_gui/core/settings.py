"""The program's own settings: the recently opened plans, the chosen language and the plans folder.

Only file paths are kept (never anything from inside a plan), as JSON written
atomically in ``config_dir()``. A missing or damaged settings file is treated as
empty: losing the recent-files list must never stop the program.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from .appdirs import config_dir
from .atomic import atomic_write_bytes
from .i18n import LANGUAGES, Language

MAX_RECENT = 10
_FILE_NAME = "settings.json"

log = logging.getLogger(__name__)


def _settings_path() -> Path:
    return config_dir() / _FILE_NAME


def _load() -> dict:
    try:
        data = json.loads(_settings_path().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _store(data: dict) -> None:
    try:
        # ASCII escapes: a recent file whose name is not UTF-8 (an old USB stick, a
        # Windows share) is a str with lone surrogates, which UTF-8 cannot encode.
        # Atomic, not synced to the disk (``durable=False``): opening a plan that is not
        # first in the recent list writes this file as the window opens, and two fsyncs
        # cost 5-50 ms there. After a power cut the worst is settings read as empty
        # (recent files, language, plans folder asked for again); never a plan.
        atomic_write_bytes(
            _settings_path(), json.dumps(data, ensure_ascii=True, indent=2).encode("ascii"), durable=False)
    except OSError as error:  # settings are a convenience; say so in the log and go on
        log.warning("Could not write settings: %s", error.strerror or type(error).__name__)


def recent_files() -> list[Path]:
    return _recent_in(_load())


def _recent_in(data: dict) -> list[Path]:
    raw = data.get("recent_files", [])
    return [Path(p) for p in raw if isinstance(p, str)][:MAX_RECENT]


def add_recent_file(path: Path) -> list[Path]:
    """Put ``path`` first in the list (once) and return the new list.

    Reopening the plan that is first already (the usual start) writes nothing: no
    settings file written and synced to the disk while the window opens.
    """
    path = Path(path).absolute()
    data = _load()
    paths = [path, *(p for p in _recent_in(data) if p != path)][:MAX_RECENT]
    recent = [str(p) for p in paths]
    if data.get("recent_files") != recent:
        data["recent_files"] = recent
        _store(data)
    return paths


def remove_recent_file(path: Path) -> list[Path]:
    return remove_recent_files([path])


def remove_recent_files(removed: list[Path]) -> list[Path]:
    """Drop these paths from the list in one write (deleting a plan drops all its versions)."""
    gone = {Path(path).absolute() for path in removed}
    paths = [p for p in recent_files() if p not in gone]
    data = _load()
    data["recent_files"] = [str(p) for p in paths]
    _store(data)
    return paths


def clear_recent_files() -> None:
    data = _load()
    data["recent_files"] = []
    _store(data)


def saved_language() -> Language | None:
    """The language chosen in the window's menu, if any (a damaged value counts as none)."""
    value = _load().get("language")
    return value if value in LANGUAGES else None


def save_language(language: Language) -> None:
    data = _load()
    data["language"] = language
    _store(data)


def plans_folder() -> Path | None:
    """The folder the user keeps plans in (chosen once for the overview), if any."""
    raw = _load().get("plans_folder")
    return Path(raw) if isinstance(raw, str) and raw else None


def set_plans_folder(folder: Path) -> None:
    data = _load()
    data["plans_folder"] = str(Path(folder).absolute())
    _store(data)
