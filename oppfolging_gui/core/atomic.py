"""Atomic file writes: a crash or kill at any moment leaves the old file or the new one, whole.

The new content goes to a temporary file in the same folder (so the final rename
never crosses a file system), is flushed and fsynced, then replaces the target with
``os.replace``; on POSIX the folder is fsynced too so the rename itself survives a
power cut. Used for plan files, settings, recent-file lists, recovery copies and PDFs.
``durable=False`` skips both fsyncs (the write stays atomic): for a file that is
worthless after a power cut anyway, such as a lock file (:mod:`.locking`).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE_MODE = 0o600

# Temporary files are ".~<12 hex>.<8 random>.tmp", 27 bytes whatever the target's
# name: ".<name>.<random>.tmp" made a legal 250-byte name unsavable ("File name too
# long"). The hex part is a hash of the target's name, so the leftovers of one
# file can still be told from another's (:mod:`.leftovers`).
TEMPORARY_PREFIX = ".~"
TEMPORARY_SUFFIX = ".tmp"


def temporary_prefix(target: str | os.PathLike[str]) -> str:
    """The start of every temporary file name used while writing ``target``."""
    digest = hashlib.blake2s(Path(target).name.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
    return f"{TEMPORARY_PREFIX}{digest}."


def is_temporary_name(name: str) -> bool:
    """True for a temporary file of this module (or of older releases: ".<name>.<random>.tmp")."""
    return name.startswith(".") and name.endswith(TEMPORARY_SUFFIX)


def _make_temporary(target: Path) -> tuple[int, Path]:
    fd, name = tempfile.mkstemp(prefix=temporary_prefix(target), suffix=TEMPORARY_SUFFIX, dir=target.parent)
    return fd, Path(name)


def fsync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` durable; a no-op where the platform cannot."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) refuse fsync on folders
    finally:
        os.close(fd)


def write_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to ``path`` must replace: through a symbolic link, its target.

    Replacing the link itself would leave the real file (the one the link points to,
    perhaps in a synchronised folder) never updated, and the link gone.
    """
    target = Path(path)
    if target.is_symlink():
        return Path(os.path.realpath(target))  # a dangling link: the file it names is created
    return target


@contextlib.contextmanager
def atomic_open(
    path: str | os.PathLike[str], mode: int = PRIVATE_FILE_MODE, *, follow_links: bool = True,
    durable: bool = True,
) -> Iterator[BinaryIO]:
    """Open a binary stream whose content replaces ``path`` only if the block succeeds.

    ``path`` a symbolic link: its target is replaced atomically (the temporary file
    beside the target) and the link stays. ``follow_links=False`` replaces the link
    itself, for files anyone may have put there (lock files: a link to the plan
    would otherwise have the plan overwritten). ``durable=False``: no fsync, for
    files nobody needs after a power cut.
    """
    target = write_target(path) if follow_links else Path(path)
    fd, tmp = _make_temporary(target)
    try:
        _set_mode(tmp, mode)
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            if durable:
                _fsync(stream.fileno())
        _retry_while_busy(os.replace, tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if durable:
        fsync_directory(target.parent)


# fsync errors that mean "this file system cannot", not "the data did not get there":
# some FUSE and network file systems have no fsync. EIO and the like still fail the save.
_NO_FSYNC = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS})


def _fsync(fd: int) -> None:
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in _NO_FSYNC:
            raise


# Windows: a virus scanner, the search indexer or a sync client (OneDrive, Dropbox)
# that has just opened the target makes a rename fail for a moment with "access
# denied" (5) or "sharing violation" (32). Trying again shortly after is what other
# careful writers do; a lasting refusal still fails the save after about a second.
_BUSY_WINERRORS = frozenset({5, 32})
_BUSY_RETRY_DELAYS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4)


def _is_busy(error: OSError) -> bool:
    return isinstance(error, PermissionError) and getattr(error, "winerror", None) in _BUSY_WINERRORS


def _retry_while_busy(rename: Callable[[Path, Path], None], source: Path, target: Path) -> None:
    for delay in _BUSY_RETRY_DELAYS:
        try:
            rename(source, target)
            return
        except OSError as error:
            if not _is_busy(error):
                raise
        time.sleep(delay)
    rename(source, target)


def _set_mode(tmp: Path, mode: int) -> None:
    """Give the new file ``mode`` where the file system has modes of its own.

    FAT/exFAT USB sticks on Linux (and some network shares) refuse a chmod that takes
    read bits away (EPERM): the plan is saved anyway, with the modes the mount gives
    every file (the temporary file was created 0600 where modes exist at all).
    """
    try:
        os.chmod(tmp, mode)
    except OSError:
        pass


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes, mode: int = PRIVATE_FILE_MODE, *, follow_links: bool = True,
    durable: bool = True,
) -> None:
    with atomic_open(path, mode, follow_links=follow_links, durable=durable) as stream:
        stream.write(data)


def write_new_file(
    path: str | os.PathLike[str], data: bytes, mode: int = PRIVATE_FILE_MODE, *, durable: bool = True
) -> None:
    """Write a whole new file atomically; raise FileExistsError rather than replace one.
    ``durable=False``: no fsync (see :func:`atomic_open`)."""
    target = Path(path)
    fd, tmp = _make_temporary(target)
    try:
        _set_mode(tmp, mode)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            if durable:
                _fsync(stream.fileno())
        if os.name == "posix":
            _link_or_claim(tmp, target, mode)
        else:
            _retry_while_busy(os.rename, tmp, target)  # Windows: rename never replaces a file
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    if durable:
        fsync_directory(target.parent)


# errno values of file systems that have no hard links (FAT/exFAT USB sticks, some
# network shares): there the name is claimed first, then the content moved in.
_NO_HARD_LINKS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EMLINK})


def _link_or_claim(tmp: Path, target: Path, mode: int) -> None:
    """Give ``tmp`` the name ``target``; FileExistsError if that name is taken."""
    try:
        os.link(tmp, target)  # fails with FileExistsError instead of replacing
        return
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in _NO_HARD_LINKS:
            raise
    # O_EXCL reserves the name (FileExistsError when taken); a crash between the
    # two steps can leave an empty file under the new name, never a lost old one.
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode))
    os.replace(tmp, target)
