"""Noticing that a plan file changed on disk behind the window's back.

The window remembers a :class:`Fingerprint` when it opens or saves a file and
compares before the next save, so another program's (or another person's) edits
are never silently overwritten.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import NamedTuple


class Fingerprint(NamedTuple):
    mtime_ns: int
    size: int
    sha256: str


def fingerprint(path: Path) -> Fingerprint | None:
    """The file's fingerprint, or None if it cannot be read (removed, or not a
    regular file: a pipe put in its place would block a plain open)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except (OSError, ValueError):
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None
        digest = hashlib.sha256()
        with os.fdopen(os.dup(fd), "rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    finally:
        os.close(fd)
    return Fingerprint(info.st_mtime_ns, info.st_size, digest.hexdigest())


def fingerprint_of(data: bytes) -> Fingerprint:
    """The fingerprint of content the program read (time unknown: content is compared)."""
    return Fingerprint(mtime_ns=-1, size=len(data), sha256=hashlib.sha256(data).hexdigest())


def changed_on_disk(path: Path, known: Fingerprint | None) -> bool:
    """True if ``path`` now holds something other than what we last read or wrote.

    A file that is gone is not "changed": saving simply writes it again. A file
    only touched (same content, new time) is not changed either. The content is
    always compared: a copy or sync tool that keeps the time (``cp -p``, rsync -t,
    a cloud client) can bring other content of the same size with the same time.
    """
    if known is None:
        return False
    current = fingerprint(path)
    return current is not None and current.sha256 != known.sha256
