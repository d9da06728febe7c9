"""Each distinct type string compiled once while the plan core is imported.

``typing.ForwardRef`` compiles its string when it is made (Python 3.11 to 3.13), and
pydantic-core's schema module declares its TypedDicts' fields as strings under
postponed annotations: importing pydantic makes 840 forward references of 229
distinct strings ('str' 137 times, 'bool' 133 times …), some 40 M instructions, 6 %
of a bare window's whole start (issue 15). While the plan core is imported, typing's
``compile`` is one that remembers what it compiled: a code object is immutable, so
one serves every equal string. Afterwards typing uses the builtin again.
"""

from __future__ import annotations

import builtins
import functools
import typing
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def compiled_once() -> Iterator[None]:
    """Within this block, typing compiles each distinct source string once."""
    if "compile" in vars(typing):  # typing has a compile of its own now: leave it be
        yield
        return
    typing.compile = functools.lru_cache(maxsize=None)(builtins.compile)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        del typing.compile  # type: ignore[attr-defined]
