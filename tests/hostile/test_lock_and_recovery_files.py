"""Issue 13, item 8: lock files and recovery copies anyone may have written.

On a shared folder every colleague (and every program of theirs) can put anything
at ``.~lock.<plan>#``; the recovery folder is the user's own but is read the same
way. Whatever is there: no exception, no hang, no unbounded read, and only a clean
one-line name in any question.
"""

from __future__ import annotations

import json
import os
import socket
import threading
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oppfolging_gui.core.locking import LockHeld, PlanLock, lock_path_for, read_lock, try_lock
from oppfolging_gui.core.recovery import RecoveryStore, new_session_id, saved_after_copy
from oppfolging_gui.core.untrusted import NotARegularFile, TooLarge, one_line, read_untrusted

from .strategies import EXAMPLE_DICT, hostile_text, json_values

BUDGET = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
HOST = socket.gethostname()
NESTED = b"[" * 100_000 + b"]" * 100_000


def hostile_lock_contents() -> list[bytes]:
    return [
        b'{"pid": 1e400, "host": "%s"}' % HOST.encode(),
        json.dumps({"pid": 10**30, "host": HOST, "user": "x", "since": "2026-12-01T10:00:00+01:00"}).encode(),
        json.dumps({"pid": 2**31, "host": HOST}).encode(),
        json.dumps({"pid": True, "host": HOST}).encode(),
        json.dumps({"pid": -1, "host": HOST}).encode(),
        NESTED,
        b'{"pid": ' + b"9" * 5000 + b"}",
        json.dumps({"pid": 1, "host": "pc", "since": "2026-12-01T10:00:00"}).encode(),  # no time zone
        json.dumps({"pid": 1, "host": "pc", "since": "0001-01-01T00:00:00"}).encode(),
        json.dumps({"pid": 1, "host": "pc", "since": "9999-12-31T23:59:59+14:00"}).encode(),
        json.dumps({"pid": 1, "host": "pc", "since": 12}).encode(),
        json.dumps({"pid": 1, "host": ["pc"], "user": {"a": 1}}).encode(),
        json.dumps({"pid": 1, "host": "pc\n\x1b]0;hacked\x07", "user": "Kari\nNordmann\u202e\x1b[2J" + "x" * 10_000}).encode(),
        b"\x00\xff\xfe binary junk \x80" * 50,
        b"",
        b"[]",
        b"null",
    ]


def _plan(folder: Path) -> Path:
    path = folder / "plan.oppfplan"
    path.write_bytes(b"{}")
    return path


def _assert_clean(text: str) -> None:
    assert "\n" not in text and "\x1b" not in text and "\u202e" not in text and "\x07" not in text
    assert len(text) < 400


@pytest.mark.parametrize("content", hostile_lock_contents(), ids=range(len(hostile_lock_contents())))
def test_a_hostile_lock_never_raises_and_the_plan_can_be_locked_or_is_described_cleanly(tmp_path, content):
    plan = _plan(tmp_path)
    lock_path_for(plan).write_bytes(content)
    result = try_lock(plan)
    if isinstance(result, LockHeld):
        _assert_clean(result.describe())
    else:
        assert isinstance(result, PlanLock)
        result.release()


def test_an_owner_name_with_line_breaks_and_escapes_is_one_clean_line(tmp_path):
    plan = _plan(tmp_path)
    lock_path_for(plan).write_text(json.dumps({
        "pid": 1, "host": "pc\n\x1b]0;tittel\x07", "user": "Kari\nNordmann\u202e\u2066\x1b[2J" + "x" * 300,
        "since": datetime.now().astimezone().isoformat(),
    }), "utf-8")
    held = try_lock(plan)
    assert isinstance(held, LockHeld)
    text = held.describe()
    _assert_clean(text)
    assert "Kari Nordmann" in text and "…" in text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_as_lock_or_recovery_copy_never_blocks(tmp_path):
    plan = _plan(tmp_path)
    os.mkfifo(lock_path_for(plan))
    fifo_copy = RecoveryStore().folder / f"{new_session_id()}.recovery.json"
    os.mkfifo(fifo_copy)
    done = threading.Event()
    outcome = {}

    def run():
        outcome["lock"] = try_lock(plan)
        outcome["listing"] = RecoveryStore().list()
        done.set()

    threading.Thread(target=run, daemon=True).start()
    assert done.wait(20), "reading a FIFO blocked"
    assert isinstance(outcome["lock"], PlanLock)
    assert [u.file for u in outcome["listing"].unreadable] == [fifo_copy]
    outcome["lock"].release()


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_link_to_dev_zero_is_not_followed(tmp_path):
    plan = _plan(tmp_path)
    lock_path_for(plan).symlink_to("/dev/zero")
    link_copy = RecoveryStore().folder / f"{new_session_id()}.recovery.json"
    link_copy.symlink_to("/dev/zero")
    lock = try_lock(plan)
    assert isinstance(lock, PlanLock)
    assert not lock_path_for(plan).is_symlink()  # replaced by our lock, the link's target untouched
    assert [u.file for u in RecoveryStore().list().unreadable] == [link_copy]
    lock.release()


def test_read_untrusted_is_bounded_and_refuses_what_is_not_a_file(tmp_path):
    big = tmp_path / "big"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(TooLarge):
        read_untrusted(big, 4096)
    assert read_untrusted(big, 5000) == b"x" * 5000
    with pytest.raises(NotARegularFile):
        read_untrusted(tmp_path, 4096)
    link = tmp_path / "link"
    link.symlink_to(big)
    with pytest.raises(OSError):
        read_untrusted(link, 10_000)


@BUDGET
@given(st.one_of(json_values, st.dictionaries(st.sampled_from(["pid", "host", "user", "since", "token"]), json_values)), st.booleans())
def test_any_json_in_a_lock_file_gives_a_holder_or_none(tmp_path_factory, value, as_text):
    plan = _plan(tmp_path_factory.mktemp("lock"))
    lock_path_for(plan).write_text(json.dumps(value) if as_text else repr(value), "utf-8")
    owner = read_lock(plan)
    if owner is not None:
        owner.is_stale()
        _assert_clean(LockHeld(owner).describe())


@BUDGET
@given(st.binary(max_size=600))
def test_any_bytes_in_a_lock_file_give_a_holder(tmp_path_factory, data):
    plan = _plan(tmp_path_factory.mktemp("lock"))
    lock_path_for(plan).write_bytes(data)
    owner = read_lock(plan)
    assert owner is not None
    owner.is_stale()
    _assert_clean(LockHeld(owner).describe())


_META_KEYS = ["format", "session_id", "original_path", "saved_at", "app_version", "pid", "host", "based_on_sha256"]


@BUDGET
@given(st.dictionaries(st.sampled_from(_META_KEYS), st.one_of(json_values, hostile_text), max_size=8), st.booleans())
def test_any_metadata_in_a_recovery_copy_is_listed_or_reported(tmp_path_factory, meta, keep_format):
    store = RecoveryStore(tmp_path_factory.mktemp("recovery"))
    payload = {"format": "oppfolgingsplan-gjenoppretting", "plan": EXAMPLE_DICT, **meta}
    if keep_format:
        payload["format"] = "oppfolgingsplan-gjenoppretting"
    session = new_session_id()
    store.file_for(session).write_text(json.dumps(payload), "utf-8")
    listing = store.list()
    assert len(listing.copies) + len(listing.unreadable) <= 1
    for info in listing.copies:
        saved_after_copy(info)
        from oppfolging_gui.gui.recovery import describe_copy

        _assert_clean(describe_copy(info))


@pytest.mark.parametrize("content", [NESTED, b'{"format": "oppfolgingsplan-gjenoppretting", "plan": ' + NESTED + b"}",
                                     b"\x00\xff" * 1000, b'{"format": "oppfolgingsplan-gjenoppretting", "pid": 1e400, "plan": {}}'])
def test_damaged_recovery_copies_are_reported_not_raised(content):
    store = RecoveryStore()
    file = store.file_for(new_session_id())
    file.write_bytes(content)
    assert [u.file for u in store.list().unreadable] == [file]


def test_saved_at_without_a_time_zone_or_out_of_range_is_harmless(filled_plan):
    store = RecoveryStore()
    for saved_at in ["2026-12-01T10:00:00", "0001-01-01T00:00:00", "0001-01-01T00:30:00+01:00", "9999-12-31T23:59:59-14:00", "x"]:
        session = new_session_id()
        store.write(session, filled_plan, None)
        payload = json.loads(store.file_for(session).read_text("utf-8"))
        payload["saved_at"] = saved_at
        payload["pid"] = 0
        store.file_for(session).write_text(json.dumps(payload), "utf-8")
    listing = store.list()
    assert len(listing.copies) == 5 and not listing.unreadable


@pytest.mark.parametrize("text", ["", "Kari", "a\nb", "\u202eevil\u202c", "x" * 1000, "\x1b[2J\x07", "\u2028\u2029\t", "é"])
def test_one_line(text):
    cleaned = one_line(text, 40)
    _assert_clean(cleaned)
    assert len(cleaned) <= 40
