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
