"""An OSError reaches the user as one sentence in the program's language, said the same way everywhere."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest

from oppfolging_gui.core.errors import Doing, describe_os_error

PACKAGE = Path(__file__).resolve().parents[2] / "oppfolging_gui"
# Words of the systems' own messages that must never reach a Norwegian sentence.
ENGLISH = re.compile(r"\b(No|space|left|device|Permission|denied|such|file|directory|Read-only|"
                     r"Operation|not|permitted|File|name|too|long|error|Errno)\b")

EVERY_ERRNO = sorted(errno.errorcode)


def test_every_error_is_one_norwegian_sentence_without_the_systems_english():
    import os

    for code in EVERY_ERRNO:
        for doing in Doing:
            sentence = describe_os_error(OSError(code, os.strerror(code)), doing)
            assert sentence.startswith(doing.headline + ": ") and sentence.endswith(".")
            assert "\n" not in sentence and sentence.count(". ") == 0
            assert not ENGLISH.search(sentence), sentence


@pytest.mark.parametrize(("code", "doing", "expected"), [
    (errno.ENOSPC, Doing.SAVE_PLAN, "Planen ble ikke lagret: det er ikke mer plass på disken."),
    (errno.ENOSPC, Doing.WRITE_PDF, "PDF-en ble ikke lagret: det er ikke mer plass på disken."),
    (errno.EACCES, Doing.SAVE_PLAN, "Planen ble ikke lagret: programmet har ikke lov til å skrive der."),
    (errno.EACCES, Doing.DELETE_FILE, "Filen ble ikke slettet: programmet har ikke lov til å slette filen."),
    (errno.ENOENT, Doing.READ_PLAN, "Filen kunne ikke leses: fant ikke filen."),
    (errno.ENOENT, Doing.READ_FOLDER, "Mappen kunne ikke leses: fant ikke mappen."),
    (errno.ENOTDIR, Doing.READ_FOLDER, "Mappen kunne ikke leses: dette er ikke en mappe."),
])
def test_what_failed_and_why(code, doing, expected):
    assert describe_os_error(OSError(code, "English text"), doing) == expected


def test_an_unknown_error_names_its_code_not_the_systems_text():
    sentence = describe_os_error(OSError(errno.EOVERFLOW, "Value too large for defined data type"), Doing.READ_PLAN)
    assert sentence == "Filen kunne ikke leses: operativsystemet meldte en feil (EOVERFLOW)."


def test_an_error_without_a_code_still_reads_as_a_sentence():
    assert describe_os_error(OSError("something odd"), Doing.SAVE_PLAN) == (
        "Planen ble ikke lagret: operativsystemet meldte en feil (OSError)."
    )


def test_no_other_module_turns_an_os_error_into_words():
    """The one place: nobody else reads ``strerror`` or keeps an errno → text table."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "errors.py" and path.parent.name == "core":
            continue
        # The log (in English, for whoever helps) may name the system's error; the user never reads it.
        text = "\n".join(line for line in path.read_text("utf-8").splitlines() if "log." not in line)
        if ".strerror" in text or re.search(r"errno\.E[A-Z]+\s*:\s*\"", text) or '.replace("Planen"' in text:
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []
