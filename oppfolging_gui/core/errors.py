"""The one place an ``OSError`` becomes a sentence the user reads.

The operating system's own text (``strerror``) is in the system's language, usually
English ("No space left on device"), and says nothing about what the program was
doing. :func:`describe_os_error` says both in the program's language, the same way
wherever it happened: "Planen ble ikke lagret: det er ikke mer plass på disken."
Callers name the file themselves (``f"{path}: {sentence}"``) where it helps; the
sentence never holds a path, so it is also safe for the log (which holds no names).
"""

from __future__ import annotations

import errno
from enum import Enum


class Doing(Enum):
    """What the program was doing when the error came: the sentence's first half.

    Each value is (the headline, the kind of access): the kind picks the wording of
    reasons that depend on it ("ikke lov til å skrive" / "… å lese" / "… å slette").
    """

    SAVE_PLAN = ("Planen ble ikke lagret", "write")
    WRITE_VERSION = ("Den nye versjonen ble ikke lagret", "write")
    WRITE_PDF = ("PDF-en ble ikke lagret", "write")
    WRITE_ARCHIVE = ("Arkivdokumentet ble ikke lagret", "write")
    WRITE_CALENDAR = ("Kalenderfilen ble ikke lagret", "write")
    WRITE_RECOVERY = ("Gjenopprettingskopien ble ikke lagret", "write")
    WRITE_FILE = ("Filen ble ikke lagret", "write")
    WRITE_OUTPUT = ("Resultatet ble ikke skrevet", "write")
    READ_PLAN = ("Filen kunne ikke leses", "read")
    READ_RECOVERY = ("Gjenopprettingskopien kunne ikke leses", "read")
    READ_FOLDER = ("Mappen kunne ikke leses", "read_folder")
    DELETE_FILE = ("Filen ble ikke slettet", "delete")

    @property
    def headline(self) -> str:
        return self.value[0]

    @property
    def access(self) -> str:
        return self.value[1]


def describe_os_error(error: OSError, doing: Doing) -> str:
    """One sentence: what failed, then why, in the user's language (never ``strerror``)."""
    return f"{doing.headline}: {os_error_reason(error, doing.access)}."


# Reasons that read the same whatever was being done.
_REASONS: dict[int, str] = {
    errno.ENOSPC: "det er ikke mer plass på disken",
    errno.EROFS: "stedet kan bare leses (skrivebeskyttet disk eller minnepinne)",
    errno.EISDIR: "det er en mappe med det navnet",
    errno.ENAMETOOLONG: "filnavnet eller stien er for lang",
    errno.EBUSY: "filen er i bruk av et annet program",
    errno.ETXTBSY: "filen er i bruk av et annet program",
    errno.EIO: "disken svarte med en lese- eller skrivefeil",
    errno.EMFILE: "programmet har for mange filer åpne",
    errno.ENFILE: "systemet har for mange filer åpne",
    errno.ELOOP: "stien har for mange symbolske lenker (trolig en lenke som peker på seg selv)",
    errno.EEXIST: "det finnes allerede en fil med det navnet",
    errno.EFBIG: "filen er for stor for disken",
    errno.EINVAL: "navnet er ikke gyldig her",
    errno.EXDEV: "filen kan ikke flyttes mellom disker",
    errno.ENXIO: "enheten er ikke tilgjengelig",
    errno.ENODEV: "enheten er ikke tilgjengelig",
}
for _name, _reason in (
    ("EDQUOT", "brukerens diskkvote er full"),
    ("ESTALE", "nettverksmappen er ikke lenger tilgjengelig"),
    ("ETIMEDOUT", "nettverksmappen svarte ikke i tide"),
    ("EHOSTDOWN", "nettverksmappen er ikke tilgjengelig"),
    ("ENETDOWN", "nettverket er nede"),
    ("ENETUNREACH", "nettverksmappen er ikke tilgjengelig"),
    ("ENOTCONN", "nettverksmappen er ikke tilgjengelig"),
):
    if hasattr(errno, _name):
        _REASONS[getattr(errno, _name)] = _reason

# Reasons whose wording depends on the access.
_NOT_ALLOWED = {
    "write": "programmet har ikke lov til å skrive der",
    "read": "programmet har ikke tilgang til å lese filen",
    "read_folder": "programmet har ikke tilgang til å lese mappen",
    "delete": "programmet har ikke lov til å slette filen",
}
_NOT_FOUND = {
    "write": "mappen finnes ikke (lenger)",
    "read": "fant ikke filen",
    "read_folder": "fant ikke mappen",
    "delete": "filen finnes ikke lenger",
}
_NOT_A_FOLDER = {
    "write": "en del av stien er ikke en mappe",
    "read": "en del av stien er ikke en mappe",
    "read_folder": "dette er ikke en mappe",
    "delete": "en del av stien er ikke en mappe",
}
# Windows: another program holds the file open (Word, a PDF viewer, a backup tool).
_WINDOWS_SHARING_VIOLATIONS = frozenset({32, 33})


def os_error_reason(error: OSError, access: str = "write") -> str:
    """Why, as the second half of a sentence (lower case, no full stop)."""
    if getattr(error, "winerror", None) in _WINDOWS_SHARING_VIOLATIONS:
        return "filen er i bruk av et annet program"
    code = error.errno or 0
    if code in (errno.EACCES, errno.EPERM):
        return _NOT_ALLOWED.get(access, _NOT_ALLOWED["write"])
    if code == errno.ENOENT:
        return _NOT_FOUND.get(access, _NOT_FOUND["write"])
    if code == errno.ENOTDIR:
        return _NOT_A_FOLDER.get(access, _NOT_A_FOLDER["write"])
    if code in _REASONS:
        return _REASONS[code]
    # Never the system's English text: the error's code names it for whoever helps.
    name = errno.errorcode.get(code) or type(error).__name__
    return f"operativsystemet meldte en feil ({name})"
