"""How the plan file format grows: numbered migration steps, one per format version.

Every file a user ever saved stays readable in every later release. A file is read
as JSON, brought up to :data:`~.model.FORMAT_VERSION` here step by step, and only
then validated by the model, so the model knows only the newest format.

To change the format: raise ``FORMAT_VERSION`` in :mod:`.model`, change the model,
append one function to :data:`STEPS` that turns a dict of the previous version
into one of the new version, add a file of the old version to ``tests/fixtures/``
(``format-vN.oppfplan``), and say in ``shared/spec/plan-file-format.md`` what
changed. A step never validates: it moves what it knows and leaves anything else
as it found it, for the model to judge (a broken file must still be reported as
broken, not crash a step). A step never changes its input: the dict as read is
kept, because a signature is checked against the content of the file *as read*,
in its own format version (:mod:`.canonical`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .model import FORMAT_VERSION

JsonDict = dict[str, Any]


def _v1_to_v2(data: JsonDict) -> JsonDict:
    """Version 2 adds ``follow_up.absence_ended`` (Sykefraværet avsluttet), unknown: null."""
    follow_up = data.get("follow_up")
    if isinstance(follow_up, dict):
        # A value some other writer already put there is kept, never thrown away.
        follow_up = {"absence_ended": None, **follow_up}
    return {**data, "format_version": 2, "follow_up": follow_up}


# STEPS[n - 1] turns a dict of format version n into one of version n + 1.
STEPS: tuple[Callable[[JsonDict], JsonDict], ...] = (_v1_to_v2,)

# The versions a reader accepts: 1 … FORMAT_VERSION, JSON integers only.
READABLE_VERSIONS = range(1, FORMAT_VERSION + 1)

assert len(STEPS) == FORMAT_VERSION - 1, "one migration step per format version"


def file_version(data: JsonDict) -> int | None:
    """The format version a file declares, when it is one this program reads."""
    found = data.get("format_version")
    # type() and not isinstance(): true is not 1, and 1.0 is not a JSON integer.
    return found if type(found) is int and found in READABLE_VERSIONS else None


def migrate(data: JsonDict) -> JsonDict:
    """``data`` brought to the newest format; unchanged when it is not a known older one."""
    version = file_version(data)
    if version is None:
        return data  # the newest, or something the model will refuse with a clear message
    for step in STEPS[version - 1 :]:
        data = step(data)
    return data


def is_older_format(data: JsonDict) -> bool:
    version = file_version(data)
    return version is not None and version < FORMAT_VERSION
