"""Lock files next to open plans: warn a second opener, take over stale locks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from oppfolging_gui.core import locking
from oppfolging_gui.core.locking import LockHeld, PlanLock, lock_path_for, read_lock, try_lock


def _plan(tmp_path):
    path = tmp_path / "Oppfølgingsplan Ola v1.oppfplan"
    path.write_bytes(b"{}")
    return path


def test_lock_holds_who_and_is_removed_on_release(tmp_path):
    plan = _plan(tmp_path)
    lock = try_lock(plan)
    assert isinstance(lock, PlanLock)
    assert lock_path_for(plan).name == ".~lock.Oppfølgingsplan Ola v1.oppfplan#"
    data = json.loads(lock_path_for(plan).read_text("utf-8"))
    assert set(data) >= {"pid", "host", "user", "since"}
    lock.release()
    assert not lock_path_for(plan).exists()
    assert plan.read_bytes() == b"{}"


def test_second_opener_is_told_who_has_it(tmp_path):
    plan = _plan(tmp_path)
    first = try_lock(plan)
    second = try_lock(plan)
    assert isinstance(second, LockHeld)
    assert "allerede åpen" in second.describe()
    first.release()
    assert isinstance(try_lock(plan), PlanLock)


def test_lock_of_a_dead_process_is_taken_over(tmp_path):
    plan = _plan(tmp_path)
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    lock = try_lock(plan)
    data = json.loads(lock_path_for(plan).read_text("utf-8"))
    data["pid"] = child.pid
    lock_path_for(plan).write_text(json.dumps(data), "utf-8")

    again = try_lock(plan)
    assert isinstance(again, PlanLock)
    assert not lock.still_ours()
    lock.release()  # the old holder must not remove the new lock
    assert lock_path_for(plan).exists()


def test_lock_from_another_pc_is_respected_until_very_old(tmp_path):
    plan = _plan(tmp_path)
    since = datetime.now().astimezone() - timedelta(hours=3)
    lock_path_for(plan).write_text(json.dumps(
        {"pid": 1234, "host": "kontor-pc-2", "user": "kari", "since": since.isoformat()}), "utf-8")
    held = try_lock(plan)
    assert isinstance(held, LockHeld)
    assert "kari" in held.describe() and "kontor-pc-2" in held.describe()

    old = datetime.now().astimezone() - locking.STALE_AFTER - timedelta(hours=1)
    lock_path_for(plan).write_text(json.dumps(
        {"pid": 1234, "host": "kontor-pc-2", "user": "kari", "since": old.isoformat()}), "utf-8")
    assert isinstance(try_lock(plan), PlanLock)


def test_damaged_lock_is_stale(tmp_path):
    plan = _plan(tmp_path)
    lock_path_for(plan).write_bytes(b"\x00garbage")
    assert read_lock(plan).is_stale()
    assert isinstance(try_lock(plan), PlanLock)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes anywhere")
def test_unwritable_folder_opens_without_lock(tmp_path):
    plan = _plan(tmp_path)
    tmp_path.chmod(0o500)
    try:
        assert try_lock(plan) is None
    finally:
        tmp_path.chmod(0o700)


def test_a_plan_with_a_legal_250_byte_name_is_locked_too(tmp_path):
    plan = tmp_path / ("æ" * 120 + ".oppfplan")  # 249 bytes: the usual lock name would be 257
    plan.write_text("{}", "utf-8")
    lock = try_lock(plan)
    assert isinstance(lock, PlanLock)
    assert isinstance(try_lock(plan), LockHeld)  # a second opener is told
    assert len(lock_path_for(plan).name.encode()) <= 255
    lock.release()
    assert not lock_path_for(plan).exists()


def test_opening_a_plan_never_waits_for_the_disk(tmp_path, monkeypatch):
    """A lock is worthless after a power cut (it is stale then), so taking one, or
    taking over a stale one, never fsyncs: the plan opens without waiting for the disk.
    The lock is still whole and readable."""
    synced = []
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd))
    plan = _plan(tmp_path)
    lock = try_lock(plan)
    assert isinstance(lock, PlanLock) and read_lock(plan).token == lock.owner.token
    lock_path_for(plan).write_bytes(b"\x00garbage")  # stale: taken over
    again = try_lock(plan)
    assert isinstance(again, PlanLock) and read_lock(plan).token == again.owner.token
    assert synced == []


def test_the_host_a_lock_names_is_the_one_socket_names():
    """Locks written before the host name came from ``os.uname`` (by ``socket``) are
    read as this computer's, so a dead program's lock here is still stale."""
    import socket

    from oppfolging_gui.core.processes import this_host

    assert this_host() == socket.gethostname()
