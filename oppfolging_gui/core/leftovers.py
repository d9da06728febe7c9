"""Temporary files left next to a plan by a write that never finished.

:func:`atomic.atomic_open` writes ``.~<hash of name>.<random>.tmp`` (older
releases: ``.<name>.<random>.tmp``) beside the plan and
renames it over the plan at the end. A program killed in between (power cut,
SIGKILL) leaves that hidden file behind — with a copy of the plan's health data
in it. Once this program holds the plan's lock, nobody else is writing the plan,
so such files are leftovers and are removed.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from .atomic import TEMPORARY_SUFFIX, temporary_prefix, write_target

log = logging.getLogger(__name__)


def leftover_temporaries(plan_path: Path) -> list[Path]:
    plan_path = write_target(plan_path)  # a plan opened through a link is written beside its target
    prefixes = (temporary_prefix(plan_path), f".{plan_path.name}.")
    try:
        return [p for p in plan_path.parent.iterdir()
                if p.name.startswith(prefixes) and p.name.endswith(TEMPORARY_SUFFIX) and p.is_file()]
    except OSError:
        return []


def remove_leftover_temporaries(plan_path: Path) -> int:
    """Remove unfinished writes of ``plan_path``; call only while holding its lock."""
    removed = 0
    for leftover in leftover_temporaries(plan_path):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed += 1
    if removed:
        log.info("Removed %d unfinished temporary file(s) next to a plan", removed)
    return removed
