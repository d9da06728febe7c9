from __future__ import annotations

import os

from oppfolging_gui.core.filestate import changed_on_disk, fingerprint


def test_edits_by_others_are_noticed_but_touches_are_not(tmp_path):
    path = tmp_path / "a.oppfplan"
    path.write_bytes(b"one")
    known = fingerprint(path)
    assert not changed_on_disk(path, known)
    os.utime(path, ns=(known.mtime_ns + 5_000_000_000, known.mtime_ns + 5_000_000_000))
    assert not changed_on_disk(path, known)  # same content
    path.write_bytes(b"two")
    assert changed_on_disk(path, known)
    path.unlink()
    assert not changed_on_disk(path, known)  # gone: saving simply writes it again
    assert fingerprint(path) is None


def test_other_content_with_the_same_size_and_time_is_noticed(tmp_path):
    """A copy or sync tool that keeps the modification time (cp -p, rsync -t)."""
    path = tmp_path / "a.oppfplan"
    path.write_bytes(b"mine")
    known = fingerprint(path)
    path.write_bytes(b"them")
    os.utime(path, ns=(known.mtime_ns, known.mtime_ns))
    assert changed_on_disk(path, known)


def test_a_pipe_in_the_plans_place_is_not_read(tmp_path):
    if not hasattr(os, "mkfifo"):
        return
    path = tmp_path / "a.oppfplan"
    os.mkfifo(path)
    assert fingerprint(path) is None  # returns at once instead of waiting for a writer
