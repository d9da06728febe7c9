"""One message in the three languages."""

from __future__ import annotations

from typing import NamedTuple


class Text(NamedTuple):
    nb: str
    nn: str
    en: str
