"""Recovery copies: the unsaved state of every open plan, written within seconds
of the last edit so that a crash, kill or power cut loses (almost) nothing.

One file per open document ("session"), in :func:`appdirs.recovery_dir` (folder
0700, files 0600, atomic writes) — never in the user's plan folder and never
touching the user's own file. A copy holds the plan as in the file format plus a
little metadata: the original path (or none for a new plan), when it was written,
the app version and the process that owns it (a copy whose process still runs
belongs to another open window and is not offered for recovery).

Reading is forgiving: a damaged copy is reported in :attr:`RecoveryListing.unreadable`
and skipped, never raised.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from .. import __version__
from .appdirs import recovery_dir
from .atomic import TEMPORARY_SUFFIX, atomic_write_bytes
from .errors import Doing, describe_os_error
from .filestate import fingerprint
from .messages import message
from .model import Plan
from .processes import pid_alive, this_host
from .snapshot import json_bytes, stored_json_dict
from .storage import PlanFileError, plan_from_dict
from .untrusted import NotARegularFile, TooLarge, one_line, read_untrusted

log = logging.getLogger(__name__)

RECOVERY_FORMAT = "oppfolgingsplan-gjenoppretting"
RECOVERY_SUFFIX = ".recovery.json"
# Recovery copies are small; anything far larger is damage, not a plan.
MAX_RECOVERY_BYTES = 32 * 1024 * 1024
_SESSION_ID = re.compile(r"^[0-9a-f]{32}$")


def new_session_id() -> str:
    return uuid.uuid4().hex


class RecoveryInfo(NamedTuple):
    """What the start-up question shows about a copy, without the plan itself."""

    session_id: str
    file: Path
    original_path: Path | None
    saved_at: datetime | None
    app_version: str
    employee_name: str  # shown to the user in the question, never logged
    plan_id: str = ""
    based_on_sha256: str = ""  # the original file as the edits began ("" unknown)
    employee_national_id: str = ""  # never shown or logged; tells two employees apart

    @property
    def display_name(self) -> str:
        if self.original_path is not None:
            return self.original_path.name
        return message("recovery.new_plan")


class UnreadableCopy(NamedTuple):
    file: Path
    message: str


class RecoveryListing(NamedTuple):
    copies: list[RecoveryInfo]
    unreadable: list[UnreadableCopy]


class RecoveryStore:
    """The recovery folder. ``folder=None`` looks up platformdirs on every use."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder

    @property
    def folder(self) -> Path:
        if self._folder is not None:
            self._folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            return self._folder
        return recovery_dir()

    def file_for(self, session_id: str) -> Path:
        if not _SESSION_ID.match(session_id):
            raise ValueError("not a session id")
        return self.folder / f"{session_id}{RECOVERY_SUFFIX}"

    # ------------------------------------------------------------------ write
    def write(
        self, session_id: str, plan: Plan, original_path: Path | None, based_on: str | None = None
    ) -> None:
        """Replace the copy of ``session_id`` atomically; raise OSError if the disk refuses.

        ``based_on`` is the SHA-256 of the original file as the window last read or
        wrote it: if the file holds anything else when the copy is offered, it was
        saved (by this program or anyone) after these edits began.
        """
        payload = {
            "format": RECOVERY_FORMAT,
            "session_id": session_id,
            "original_path": str(original_path) if original_path is not None else None,
            "based_on_sha256": based_on,
            "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "app_version": __version__,
            "pid": os.getpid(),
            "host": this_host(),
            # As the plan file would store it (an unedited older format stays so).
            "plan": stored_json_dict(plan),  # strokes as held, not converted in one long call
        }
        # ASCII escapes: even text a UTF-8 encoder would refuse (half a surrogate pair) is kept.
        # In pieces: written on autosave's thread, the window runs between them.
        data = json_bytes(payload)
        atomic_write_bytes(self.file_for(session_id), data, follow_links=False)

    def discard(self, session_id: str) -> None:
        try:
            self.file_for(session_id).unlink()
        except FileNotFoundError:
            pass
        except OSError as error:
            log.warning("Could not remove a recovery copy: %s", describe_os_error(error, Doing.DELETE_FILE))

    def discard_file(self, file: Path) -> None:
        """Remove a (possibly damaged) copy found by :meth:`list`."""
        if file.parent.resolve() != self.folder.resolve():
            raise ValueError("not a recovery copy")
        file.unlink(missing_ok=True)

    # ------------------------------------------------------------------- read
    def list(self, *, include_running: bool = False) -> RecoveryListing:
        """Copies left by programs that are no longer running, newest first."""
        listing = RecoveryListing([], [])
        self._remove_unfinished_writes()
        try:
            files = sorted(self.folder.glob(f"*{RECOVERY_SUFFIX}"))
        except OSError as error:
            log.warning("Recovery folder unreadable: %s", type(error).__name__)
            return listing
        for file in files:
            try:
                if not _SESSION_ID.match(file.name[: -len(RECOVERY_SUFFIX)]):
                    raise PlanFileError(file, message("recovery.unknown_name"))
                payload = _read_payload(file)
                if not include_running and _owner_running(payload):
                    continue
                listing.copies.append(_info(file, payload))
            except PlanFileError as error:
                log.warning("Skipping a damaged recovery copy: %s", file.name)
                listing.unreadable.append(UnreadableCopy(file, error.message))
        listing.copies.sort(key=_sort_key, reverse=True)
        return listing

    def _remove_unfinished_writes(self) -> None:
        # A program killed while writing its copy leaves a temporary file
        # (atomic.is_temporary_name); after a minute no running program is still writing it.
        cutoff = time.time() - 60
        with contextlib.suppress(OSError):
            for leftover in self.folder.glob(f".*{TEMPORARY_SUFFIX}"):
                with contextlib.suppress(OSError):
                    if leftover.stat().st_mtime < cutoff:
                        leftover.unlink()

    def load(self, session_id: str) -> tuple[RecoveryInfo, Plan]:
        """The copy and its plan; :class:`PlanFileError` if it is damaged or gone."""
        file = self.file_for(session_id)
        payload = _read_payload(file)
        return _info(file, payload), plan_from_dict(payload["plan"], file)


def _read_payload(file: Path) -> dict[str, Any]:
    # The recovery folder is the user's own, but a copy is still read as a file
    # anyone may have put there: no links followed, never blocking, bounded.
    try:
        data = read_untrusted(file, MAX_RECOVERY_BYTES)
    except FileNotFoundError:
        raise PlanFileError(file, message("recovery.gone")) from None
    except TooLarge:
        raise PlanFileError(file, message("recovery.too_big")) from None
    except NotARegularFile:
        raise PlanFileError(file, message("recovery.not_regular")) from None
    except OSError as error:
        raise PlanFileError(file, describe_os_error(error, Doing.READ_RECOVERY)) from None
    try:
        payload = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PlanFileError(file, message("recovery.damaged")) from None
    if not isinstance(payload, dict) or payload.get("format") != RECOVERY_FORMAT:
        raise PlanFileError(file, message("recovery.damaged"))
    if not isinstance(payload.get("plan"), dict):
        raise PlanFileError(file, message("recovery.no_plan"))
    return payload


def _owner_running(payload: dict[str, Any]) -> bool:
    pid = payload.get("pid")
    return type(pid) is int and payload.get("host") == this_host() and pid != os.getpid() and pid_alive(pid)


def _info(file: Path, payload: dict[str, Any]) -> RecoveryInfo:
    # Validate the plan now so a damaged copy is reported in the listing, not at restore.
    plan = plan_from_dict(payload["plan"], file)
    based_on = payload.get("based_on_sha256")
    return RecoveryInfo(
        session_id=file.name[: -len(RECOVERY_SUFFIX)],
        file=file,
        original_path=_original_path(payload.get("original_path")),
        saved_at=_saved_at(payload.get("saved_at")),
        app_version=one_line(payload.get("app_version") or "", 20) if isinstance(payload.get("app_version"), str) else "",
        employee_name=plan.employee_name,
        plan_id=plan.plan_id,
        employee_national_id=plan.key_info.employee.national_id,
        based_on_sha256=based_on if isinstance(based_on, str) and _SHA256.match(based_on) else "",
    )


_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _original_path(value: Any) -> Path | None:
    """The plan file the copy belongs to; None when the copy names no usable one."""
    if not isinstance(value, str) or not value or "\x00" in value or len(value) > 4096:
        return None
    path = Path(value)
    return path if path.is_absolute() else None


def _saved_at(value: Any) -> datetime | None:
    """When the copy was written, always with a time zone (naive: this computer's)."""
    if not isinstance(value, str):
        return None
    try:
        saved_at = datetime.fromisoformat(value[:64])
        if saved_at.tzinfo is None:
            saved_at = saved_at.astimezone()
        saved_at.timestamp()  # 0001-01-01 in a time zone east of UTC has none
    except (ValueError, OverflowError):
        return None
    return saved_at


def _sort_key(info: RecoveryInfo) -> float:
    return info.saved_at.timestamp() if info.saved_at else 0.0


# ------------------------------------------------------------- older than the file
def saved_after_copy(info: RecoveryInfo) -> datetime | None:
    """When the copy's plan file was saved after the copy's edits began, else None.

    A copy's edits were made to the file as the window last read or wrote it. If
    the file now holds anything else (the user answered Nei, opened the plan and
    saved newer work; a colleague saved it), the copy is OLDER than the file and
    restoring it as if it were newer would put old text over new: the question
    says so. Returns the file's modification time then. Copies written before the
    copy recorded this (no ``based_on_sha256``) are compared by time instead.
    """
    if info.original_path is None:
        return None
    state = fingerprint(info.original_path)
    if state is None:  # gone or unreadable: saving simply writes it again
        return None
    try:
        modified = datetime.fromtimestamp(state.mtime_ns / 1e9).astimezone()
    except (ValueError, OverflowError, OSError):
        modified = None
    if info.based_on_sha256:
        changed = state.sha256 != info.based_on_sha256
    else:
        changed = modified is not None and info.saved_at is not None and modified > info.saved_at
    if not changed:
        return None
    return modified or datetime.now().astimezone()
