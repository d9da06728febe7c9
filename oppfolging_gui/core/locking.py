"""A lock file next to an open plan, so a second window, a second program or
another PC on a shared folder opening the same plan is warned and offered to
open it read-only instead of two people overwriting each other's edits.

The lock is ``.~lock.<file name>#`` in the plan's folder (the name LibreOffice
uses, so people recognise it), holding who has the plan open: process id, host,
user name and time as JSON — never anything from the plan. A lock left by a
program that died (same host, process gone) or one older than
:data:`STALE_AFTER` is stale and silently taken over.

A lock file is written atomically but without fsync (``durable=False``): after a
power cut it is stale whatever it holds (a damaged one counts as stale too), so
waiting for the disk when a plan opens buys nothing.

A folder where no lock can be written (read-only medium, no permission) is not an
error here: the plan opens without a lock and saving reports the real problem.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from .atomic import atomic_write_bytes, write_new_file, write_target
from .messages import message
from .processes import pid_alive, this_host, this_user
from .untrusted import one_line, read_untrusted

log = logging.getLogger(__name__)

LOCK_FORMAT = "oppfolgingsplan-lås"
# Nobody keeps a plan open for a week: such a lock was left by a PC that crashed.
STALE_AFTER = timedelta(days=7)
_LOCK_FILE_MODE = 0o644  # others on a shared folder must be able to see who has it open


def lock_path_for(plan_path: Path) -> Path:
    """Beside the real file: a plan opened through a symbolic link and the same plan
    opened directly share one lock."""
    plan_path = write_target(plan_path)
    name = f".~lock.{plan_path.name}#"
    if len(name.encode("utf-8", "surrogatepass")) > _MAX_NAME_BYTES:
        # A legal 250-byte plan name leaves no room for the lock's 8 more: the name's
        # hash instead, or the plan would open without any lock.
        digest = hashlib.blake2s(plan_path.name.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
        name = f".~lock.{digest}#"
    return plan_path.parent / name


# The longest file name most file systems take (ext4, APFS, NTFS: 255).
_MAX_NAME_BYTES = 255


class LockOwner(NamedTuple):
    pid: int
    host: str
    user: str
    since: datetime | None
    token: str = ""

    def is_stale(self, now: datetime | None = None) -> bool:
        now = now or datetime.now().astimezone()
        if self.host == this_host() and not pid_alive(self.pid):
            return True
        return self.since is None or now - self.since > STALE_AFTER

    @property
    def is_this_process(self) -> bool:
        return self.host == this_host() and self.pid == os.getpid()


class PlanLock:
    """A lock this program holds; :meth:`release` removes it if it is still ours."""

    def __init__(self, plan_path: Path, owner: LockOwner) -> None:
        self.plan_path = plan_path
        self.owner = owner

    @property
    def file(self) -> Path:
        return lock_path_for(self.plan_path)

    def still_ours(self) -> bool:
        current = read_lock(self.plan_path)
        return current is not None and current.token == self.owner.token

    def release(self) -> None:
        if self.still_ours():
            with contextlib.suppress(OSError):
                self.file.unlink()


class LockHeld(NamedTuple):
    """Somebody else (another window, program or PC) has the plan open."""

    owner: LockOwner

    def describe(self) -> str:
        # Names from a file anyone may have written: one clean line each.
        who = one_line(self.owner.user, 40) or message("lock.other_user")
        host = one_line(self.owner.host, 40)
        where = message("lock.on_machine", host=host) if host else ""
        when = message("lock.since", day=f"{self.owner.since:%d.%m.%Y}", time=f"{self.owner.since:%H:%M}") if self.owner.since else ""
        if self.owner.host == this_host():
            return message("lock.open_here", who=who, when=when)
        return message("lock.open_at", who=who, where=where, when=when)


def read_lock(plan_path: Path) -> LockOwner | None:
    """The current holder, or None if there is no lock (a damaged lock counts as stale).

    Anyone may have written this file (a shared folder): it is read with
    :func:`.untrusted.read_untrusted` (no links followed, never blocking, a few KB at
    most), and whatever it holds gives a holder or None, never an exception.
    """
    file = lock_path_for(plan_path)
    try:
        data = json.loads(read_untrusted(file, MAX_LOCK_BYTES).decode("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError):
        return _DAMAGED  # unreadable: nobody can be shown as its holder; treat as stale
    if not isinstance(data, dict):
        return _DAMAGED
    pid = data.get("pid")
    if type(pid) is not int or not 0 < pid <= MAX_PID:
        return _DAMAGED  # 1e400, true, "12", a pid no system has: not a process
    return LockOwner(
        pid=pid, host=_text(data.get("host")), user=_text(data.get("user")),
        since=_since(data.get("since")), token=_text(data.get("token"), 64),
    )


# Lock files this program writes are about 200 bytes; a long user or host name fits.
MAX_LOCK_BYTES = 4096
# Process ids are 32-bit on every system the program runs on.
MAX_PID = 2**31 - 1
# A clock a day ahead is a wrong clock, not a lock taken in the future.
_CLOCK_SKEW = timedelta(days=1)
_DAMAGED = LockOwner(pid=0, host="", user="", since=None)


def _text(value: object, limit: int = 255) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _since(value: object) -> datetime | None:
    """The lock's time, or None (the lock is then stale) when it is not a usable time."""
    if not isinstance(value, str):
        return None
    try:
        since = datetime.fromisoformat(value[:64])
        if since.tzinfo is None:  # written without a time zone: this computer's
            since = since.astimezone()
        if since - datetime.now().astimezone() > _CLOCK_SKEW:
            return None
    except (ValueError, OverflowError):  # not a time, or 0001-01-01 moved across a time zone
        return None
    return since


def _my_owner() -> LockOwner:
    return LockOwner(
        pid=os.getpid(), host=this_host(), user=this_user(),
        since=datetime.now().astimezone().replace(microsecond=0), token=uuid.uuid4().hex,
    )


def _lock_bytes(owner: LockOwner) -> bytes:
    return json.dumps({
        "format": LOCK_FORMAT, "pid": owner.pid, "host": owner.host, "user": owner.user,
        "since": owner.since.isoformat() if owner.since else None, "token": owner.token,
    }, ensure_ascii=False).encode("utf-8")


def try_lock(plan_path: Path) -> PlanLock | LockHeld | None:
    """Lock ``plan_path`` for this program.

    Returns the lock, :class:`LockHeld` if someone else has the plan open, or None
    if no lock can be written there (the plan then opens without one).
    """
    owner = _my_owner()
    for _attempt in range(2):
        try:
            write_new_file(lock_path_for(plan_path), _lock_bytes(owner), _LOCK_FILE_MODE, durable=False)
            return PlanLock(plan_path, owner)
        except FileExistsError:
            holder = read_lock(plan_path)
            if holder is None:
                continue  # released between our attempt and the read
            if not holder.is_stale():
                return LockHeld(holder)
            log.info("Taking over a stale lock")
            return take_over(plan_path)
        except OSError as error:
            log.info("No lock file possible next to the plan (%s)", type(error).__name__)
            return None
    return None


def take_over(plan_path: Path) -> PlanLock | None:
    """Replace whatever lock there is with ours (a stale lock, or the user's choice)."""
    owner = _my_owner()
    try:
        # Whatever is at the lock's name is replaced, never written through (a link
        # someone put there may point at the plan itself).
        atomic_write_bytes(
            lock_path_for(plan_path), _lock_bytes(owner), _LOCK_FILE_MODE, follow_links=False, durable=False
        )
    except OSError as error:
        log.info("Could not take over the lock (%s)", type(error).__name__)
        return None
    return PlanLock(plan_path, owner)
