"""Recovery copies: private, atomic, beside nothing of the user's, forgiving when damaged."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from oppfolging_gui.core import appdirs
from oppfolging_gui.core.recovery import RecoveryStore, new_session_id


def test_copy_round_trips_with_metadata(filled_plan, tmp_path):
    store = RecoveryStore()
    session = new_session_id()
    original = tmp_path / "plan.oppfplan"
    store.write(session, filled_plan, original)

    info, plan = store.load(session)
    assert plan == filled_plan
    assert info.original_path == original
    assert info.saved_at is not None and info.app_version
    assert info.file.parent == appdirs.recovery_dir()
    assert list(tmp_path.iterdir()) == []  # nothing next to the user's plan


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_folder_and_files_are_private(filled_plan):
    store = RecoveryStore()
    session = new_session_id()
    store.write(session, filled_plan, None)
    assert stat.S_IMODE(appdirs.recovery_dir().stat().st_mode) == 0o700
    assert stat.S_IMODE(store.file_for(session).stat().st_mode) == 0o600
    assert appdirs.recovery_dir().name == "recovery"


def test_listing_skips_copies_of_running_programs_and_reports_damage(filled_plan):
    store = RecoveryStore()
    mine = new_session_id()
    store.write(mine, filled_plan, None)
    # This process is alive, but its own copies are never "another window's".
    assert [c.session_id for c in store.list().copies] == [mine]

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        running = new_session_id()
        store.write(running, filled_plan, None)
        payload = json.loads(store.file_for(running).read_text("utf-8"))
        payload["pid"] = child.pid
        store.file_for(running).write_text(json.dumps(payload), "utf-8")
        assert running not in [c.session_id for c in store.list().copies]
        assert running in [c.session_id for c in store.list(include_running=True).copies]
    finally:
        child.kill()
        child.wait()
    assert running in [c.session_id for c in store.list().copies]

    broken = appdirs.recovery_dir() / f"{new_session_id()}.recovery.json"
    broken.write_bytes(b'{"format": "oppfolgingsplan-gjenoppretting", "plan": {"trunc')
    listing = store.list()
    assert [u.file for u in listing.unreadable] == [broken]
    assert "skadet" in listing.unreadable[0].message
    store.discard_file(broken)
    assert not broken.exists()


def test_discard_removes_only_that_copy(filled_plan):
    store = RecoveryStore()
    a, b = new_session_id(), new_session_id()
    store.write(a, filled_plan, None)
    store.write(b, filled_plan, None)
    store.discard(a)
    store.discard(a)  # twice is harmless
    assert [c.session_id for c in store.list().copies] == [b]


def test_no_temporary_files_are_left(filled_plan):
    store = RecoveryStore()
    session = new_session_id()
    for _ in range(5):
        store.write(session, filled_plan, None)
    assert [p.name for p in appdirs.recovery_dir().iterdir()] == [f"{session}.recovery.json"]


def test_unfinished_writes_of_killed_programs_are_cleaned_up(filled_plan):
    store = RecoveryStore()
    session = new_session_id()
    store.write(session, filled_plan, None)
    old = appdirs.recovery_dir() / f".{session}.recovery.json.abc123.tmp"
    fresh = appdirs.recovery_dir() / f".{session}.recovery.json.def456.tmp"
    old.write_bytes(b"half")
    fresh.write_bytes(b"half")
    os.utime(old, (1_000_000_000, 1_000_000_000))
    assert [c.session_id for c in store.list().copies] == [session]
    assert not old.exists()
    assert fresh.exists()  # may be another running program's write in progress
