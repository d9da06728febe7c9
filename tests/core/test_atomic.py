"""Atomic writes: a kill at any moment leaves the old plan or the new one, whole."""

from __future__ import annotations

import errno
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from oppfolging_gui.core import atomic
from oppfolging_gui.core.atomic import atomic_open, atomic_write_bytes, temporary_prefix, write_new_file
from oppfolging_gui.core.storage import read_plan, write_plan
from oppfolging_gui.core.versions import scan_folder

# The child writes two different plans over the same file as fast as it can. The
# texts are long so a kill often lands in the middle of writing one.
WRITER = r"""
import sys
from oppfolging_gui.core.storage import read_plan, write_plan
target, example = sys.argv[1], sys.argv[2]
plans = []
for marker in ("A", "B"):
    plan = read_plan(example)
    plan.progress = marker * 400_000
    plans.append(plan)
print("ready", flush=True)
n = 0
while True:
    write_plan(plans[n % 2], target)
    n += 1
"""


@pytest.mark.slow
def test_killing_a_writer_at_random_moments_leaves_a_whole_plan(tmp_path, example_plan_path):
    target = tmp_path / "plan.oppfplan"
    write_plan(read_plan(example_plan_path), target)  # the "old" plan before any kill
    original_progress = read_plan(target).progress
    rng = random.Random(20261122)
    seen: set[str] = set()

    for _ in range(25):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target), str(example_plan_path)],
            stdout=subprocess.PIPE,
        )
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0, 0.15))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()

        plan = read_plan(target)  # never a half-written file
        assert plan.progress in (original_progress, "A" * 400_000, "B" * 400_000)
        seen.add(plan.progress[:1])
        assert stat.S_IMODE(target.stat().st_mode) == 0o600

    # Leftover temporary files may exist after SIGKILL; they are hidden, never
    # named like a plan, and a folder listing sees just the one plan.
    leftovers = [p.name for p in tmp_path.iterdir() if p != target]
    assert all(name.startswith(temporary_prefix(target)) and name.endswith(".tmp") for name in leftovers)
    listing = scan_folder(tmp_path)
    assert [[v.path for v in entry.versions] for entry in listing.plans] == [[target]]
    assert listing.unreadable == []
    assert seen & {"A", "B"}, "the writer never got to replace the file"


def test_a_failing_write_leaves_the_old_file_and_no_temp_file(tmp_path):
    target = tmp_path / "fil.json"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_open(target) as stream:
        stream.write(b"half of the new")
        raise RuntimeError("crash in the middle")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["fil.json"]


def test_atomic_write_replaces_and_is_private(tmp_path):
    target = tmp_path / "fil.json"
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["fil.json"]


def test_write_new_file_never_overwrites(tmp_path):
    target = tmp_path / "ny.oppfplan"
    write_new_file(target, b"first")
    before = target.stat().st_mtime_ns
    with pytest.raises(FileExistsError):
        write_new_file(target, b"second")
    assert target.read_bytes() == b"first"
    assert target.stat().st_mtime_ns == before
    assert os.listdir(tmp_path) == ["ny.oppfplan"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="hard links are the POSIX path")
def test_write_new_file_works_where_hard_links_do_not(tmp_path, monkeypatch):
    """FAT/exFAT USB sticks refuse os.link; the name is then claimed with O_EXCL."""

    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "link", no_links)
    target = tmp_path / "ny.oppfplan"
    write_new_file(target, b"first")
    assert target.read_bytes() == b"first"
    with pytest.raises(FileExistsError):
        write_new_file(target, b"second")
    assert target.read_bytes() == b"first"
    assert os.listdir(tmp_path) == ["ny.oppfplan"]


def test_write_new_file_into_a_missing_folder_raises_oserror(tmp_path):
    with pytest.raises(OSError):
        write_new_file(Path(tmp_path / "borte" / "x"), b"data")


def test_a_file_system_that_refuses_chmod_still_gets_the_plan(tmp_path, monkeypatch, filled_plan):
    """FAT/exFAT USB sticks on Linux (and some network shares) refuse to take the
    group and other read bits away (EPERM): the plan must still be saved there."""
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "chmod", refuse)
    target = tmp_path / "minnepinne.oppfplan"
    write_plan(filled_plan, target)
    write_new_file(tmp_path / "ny.oppfplan", b"data")
    assert read_plan(target) == filled_plan
    assert (tmp_path / "ny.oppfplan").read_bytes() == b"data"


@pytest.mark.parametrize("code, saved", [(errno.EINVAL, True), (errno.ENOSYS, True), (errno.EIO, False)])
def test_a_file_system_without_fsync_still_gets_the_plan_but_an_io_error_fails(tmp_path, monkeypatch, filled_plan, code, saved):
    from oppfolging_gui.core.storage import PlanFileError

    def no_fsync(fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", no_fsync)
    target = tmp_path / "plan.oppfplan"
    if saved:
        write_plan(filled_plan, target)
        assert read_plan(target) == filled_plan
    else:
        with pytest.raises(PlanFileError):
            write_plan(filled_plan, target)
        assert not target.exists() and list(tmp_path.iterdir()) == []


def test_a_rename_refused_for_a_moment_by_a_virus_scanner_is_tried_again(tmp_path, monkeypatch):
    """Windows: a scanner or sync client holding the target makes os.replace fail briefly."""
    target = tmp_path / "plan.oppfplan"
    target.write_bytes(b"old")
    real_replace = os.replace
    refusals = []

    def busy_twice(src, dst):
        if len(refusals) < 2:
            error = PermissionError(13, "Access is denied")
            error.winerror = 32  # sharing violation
            refusals.append(error)
            raise error
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", busy_twice)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(refusals) == 2
    assert os.listdir(tmp_path) == ["plan.oppfplan"]


def test_a_lasting_refusal_still_fails_the_save_and_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "plan.oppfplan"
    target.write_bytes(b"old")

    def always_busy(src, dst):
        error = PermissionError(13, "Access is denied")
        error.winerror = 5
        raise error

    monkeypatch.setattr(os, "replace", always_busy)
    with pytest.raises(PermissionError):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["plan.oppfplan"]


def test_a_plan_is_synced_to_the_disk_and_only_a_non_durable_write_skips_it(tmp_path, monkeypatch, filled_plan):
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    write_plan(filled_plan, tmp_path / "plan.oppfplan")
    assert len(synced) == 2  # the file, then its folder (the rename)
    synced.clear()
    atomic_write_bytes(tmp_path / "lås", b"one", durable=False)
    write_new_file(tmp_path / "lås 2", b"two", durable=False)
    assert synced == []
    assert (tmp_path / "lås").read_bytes() == b"one" and (tmp_path / "lås 2").read_bytes() == b"two"
