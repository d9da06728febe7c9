"""Tracebacks without contents: which code failed, never with which data.

An exception's message can quote the data it choked on (pydantic and json both
do), and that data may be a name or a fødselsnummer from the plan. The log keeps
the frames (file, line, function) and the exception types only.
"""

from __future__ import annotations

import traceback
from types import TracebackType


def format_exception_safely(
    exc_type: type[BaseException] | None,
    exc: BaseException | None,
    tb: TracebackType | None,
) -> str:
    chain: list[tuple[type[BaseException], TracebackType | None]] = []
    if exc_type is not None:
        chain.append((exc_type, tb))
    seen = {id(exc)}
    current = exc
    while current is not None:
        cause = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if cause is None or id(cause) in seen:
            break
        seen.add(id(cause))
        chain.append((type(cause), cause.__traceback__))
        current = cause
    blocks = []
    for kind, frames_tb in reversed(chain):  # the root cause first, as Python prints it
        frames = traceback.extract_tb(frames_tb) if frames_tb is not None else []
        block = ["Traceback (most recent call last):"]
        block += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
        block.append(f"{kind.__module__}.{kind.__qualname__} (message withheld)")
        blocks.append("\n".join(block))
    return "\n\nDuring handling of the above exception:\n\n".join(blocks)
