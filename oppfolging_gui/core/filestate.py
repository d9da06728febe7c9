"""Noticing that a plan file changed on disk behind the window's back.

The window remembers a :class:`Fingerprint` when it opens or saves a file and
compares before the next save, so another program's (or another person's) edits
are never silently overwritten.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Fingerprint:
    mtime_ns: int
    size: int
    sha256: str


def fingerprint(path: Path) -> Fingerprint | None:
    """The file's fingerprint, or None if it cannot be read (e.g. removed)."""
    try:
        stat = path.stat()
        digest = hashlib.sha256()
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return Fingerprint(stat.st_mtime_ns, stat.st_size, digest.hexdigest())


def changed_on_disk(path: Path, known: Fingerprint | None) -> bool:
    """True if ``path`` now holds something other than what we last read or wrote.

    A file that is gone is not "changed": saving simply writes it again. A file
    only touched (same content, new time) is not changed either.
    """
    if known is None:
        return False
    try:
        stat = path.stat()
    except OSError:
        return False
    if stat.st_mtime_ns == known.mtime_ns and stat.st_size == known.size:
        return False
    current = fingerprint(path)
    return current is not None and current.sha256 != known.sha256
