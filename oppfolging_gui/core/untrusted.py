"""Small files anyone may have written: lock files beside a plan (a shared folder
lets every colleague, and every program of theirs, put anything there) and
recovery copies.

Such a file is read without following a symbolic link (one to ``/dev/zero``
would never end), without blocking (a FIFO would wait for a writer forever),
only if it is a regular file, and never more than a given number of bytes. Text
from it is shown only after :func:`one_line` has made it one short, harmless line.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

from .unsafe_characters import CONTROLS, FORMATS, UNCHECKABLE

# O_NOFOLLOW and O_NONBLOCK do not exist on Windows, where neither a FIFO nor a
# link to a device can be made by an ordinary user in a shared folder.
_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class NotARegularFile(OSError):
    """The name is a folder, a device, a pipe or a socket: nothing to read."""


class TooLarge(OSError):
    """The file holds more than the caller will read."""


def read_untrusted(path: Path, limit: int) -> bytes:
    """The whole content of the regular file ``path``, at most ``limit`` bytes.

    Raises :class:`FileNotFoundError` when it is not there, :class:`NotARegularFile`,
    :class:`TooLarge`, or another :class:`OSError` (a symbolic link: ``ELOOP``).
    """
    fd = os.open(path, _FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(f"not a regular file: {Path(path).name}")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:  # bounded even if the file grows while it is read
            chunk = os.read(fd, min(1 << 16, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise TooLarge(f"more than {limit} bytes: {Path(path).name}")
        return b"".join(chunks)
    finally:
        os.close(fd)


# Unicode categories never shown in a question: controls and line breakers, format
# characters, private use and unassigned code points (unsafe_characters).
_HIDDEN = CONTROLS | FORMATS | UNCHECKABLE


def one_line(value: object, limit: int = 60) -> str:
    """``value`` as one short line a person can read and nobody can spoof with.

    Every kind of space becomes one space, invisible and direction-changing
    characters go, and a long text is cut with "…" (this is a name in a question,
    never content that is saved).
    """
    text = str(value)[: limit * 8]
    kept = "".join(" " if char.isspace() else char for char in text if char.isspace() or unicodedata.category(char) not in _HIDDEN)
    kept = " ".join(kept.split())
    return kept if len(kept) <= limit else kept[: limit - 1].rstrip() + "…"
