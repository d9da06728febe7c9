"""The one place an ``OSError`` becomes a sentence the user reads.

The operating system's own text (``strerror``) is in the system's language, usually
English ("No space left on device"), and says nothing about what the program was
doing. :func:`describe_os_error` says both in the program's language (the message
catalogue's ``oserror.*``), the same way wherever it happened: "Planen ble ikke
lagret: det er ikke mer plass på disken."
Callers name the file themselves (``f"{path}: {sentence}"``) where it helps; the
sentence never holds a path, so it is also safe for the log (which holds no names).
"""

from __future__ import annotations

import errno
from enum import Enum

from .messages import message


class Doing(Enum):
    """What the program was doing when the error came: the sentence's first half.

    Each value is (its message, ``oserror.doing.<name>``; the kind of access): the kind
    picks the wording of reasons that depend on it ("not allowed to write" / "… read").
    """

    SAVE_PLAN = ("save_plan", "write")
    WRITE_VERSION = ("write_version", "write")
    WRITE_PDF = ("write_pdf", "write")
    WRITE_ARCHIVE = ("write_archive", "write")
    WRITE_CALENDAR = ("write_calendar", "write")
    WRITE_RECOVERY = ("write_recovery", "write")
    WRITE_FILE = ("write_file", "write")
    WRITE_OUTPUT = ("write_output", "write")
    READ_PLAN = ("read_plan", "read")
    READ_RECOVERY = ("read_recovery", "read")
    READ_FOLDER = ("read_folder", "read_folder")
    DELETE_FILE = ("delete_file", "delete")

    @property
    def headline(self) -> str:
        return message(f"oserror.doing.{self.value[0]}")

    @property
    def access(self) -> str:
        return self.value[1]


def describe_os_error(error: OSError, doing: Doing) -> str:
    """One sentence: what failed, then why, in the user's language (never ``strerror``)."""
    return message("oserror.sentence", doing=doing.headline, reason=os_error_reason(error, doing.access))


# Reasons that read the same whatever was being done (the catalogue's oserror.reason.<name>).
_REASONS: dict[int, str] = {
    errno.ENOSPC: "no_space",
    errno.EROFS: "read_only_disk",
    errno.EISDIR: "is_folder",
    errno.ENAMETOOLONG: "name_too_long",
    errno.EBUSY: "in_use",
    errno.ETXTBSY: "in_use",
    errno.EIO: "io",
    errno.EMFILE: "too_many_open",
    errno.ENFILE: "system_too_many_open",
    errno.ELOOP: "link_loop",
    errno.EEXIST: "exists",
    errno.EFBIG: "too_big",
    errno.EINVAL: "invalid_name",
    errno.EXDEV: "cross_device",
    errno.ENXIO: "no_device",
    errno.ENODEV: "no_device",
}
for _name, _reason in (
    ("EDQUOT", "quota"),
    ("ESTALE", "network_gone"),
    ("ETIMEDOUT", "network_timeout"),
    ("EHOSTDOWN", "network_unavailable"),
    ("ENETDOWN", "network_down"),
    ("ENETUNREACH", "network_unavailable"),
    ("ENOTCONN", "network_unavailable"),
):
    if hasattr(errno, _name):
        _REASONS[getattr(errno, _name)] = _reason

# Windows: another program holds the file open (Word, a PDF viewer, a backup tool).
_WINDOWS_SHARING_VIOLATIONS = frozenset({32, 33})
_ACCESSES = ("write", "read", "read_folder", "delete")


def os_error_reason(error: OSError, access: str = "write") -> str:
    """Why, as the second half of a sentence (lower case, no full stop)."""
    access = access if access in _ACCESSES else "write"
    if getattr(error, "winerror", None) in _WINDOWS_SHARING_VIOLATIONS:
        return message("oserror.reason.in_use")
    code = error.errno or 0
    if code in (errno.EACCES, errno.EPERM):
        return message(f"oserror.reason.not_allowed.{access}")
    if code == errno.ENOENT:
        return message(f"oserror.reason.not_found.{access}")
    if code == errno.ENOTDIR:
        return message("oserror.reason.not_a_folder." + ("read_folder" if access == "read_folder" else "path"))
    if code in _REASONS:
        return message(f"oserror.reason.{_REASONS[code]}")
    # Never the system's English text: the error's code names it for whoever helps.
    name = errno.errorcode.get(code) or type(error).__name__
    return message("oserror.reason.other", name=name)
