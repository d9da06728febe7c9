"""A copy of the plan that is cheap to take, and its JSON made in small pieces.

Autosave copies the open plan on the window's thread and writes it on another.
A deep copy of a plan with a drawn signature of many megabytes takes seconds, and
so does turning it into JSON in one call (which holds Python's lock, the GIL, all
the while, so the window could not run meanwhile even on another thread).

:func:`cheap_copy` copies every model and list of the plan but shares the
signatures' strokes: a signature is replaced whole when someone signs (a new
``Signature`` with a new list), never changed in place, so the strokes a copy
holds stay as they were. :func:`stored_json_dict` and :func:`json_bytes` make the
same JSON as ``json.dumps(stored_dict(plan), ensure_ascii=True)``, one stroke at a
time, so a thread writing it gives the window its turn between pieces.

The strokes' JSON is also remembered (:data:`_STROKES_JSON`): strokes are never
changed in place, so the JSON of the same list is the same text, and every later
copy of a plan with a big signature writes it without converting a point again
(the first copy took some half a second of the writer's time, shared with the
window's thread through Python's lock; issue 15).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from .canonical import stored_dict
from .model import Plan, Signature

_SIGNERS = ("employee", "employer")


def cheap_copy(plan: Plan) -> Plan:
    """A copy unaffected by later edits of ``plan``, in well under a millisecond."""
    return _copy(plan)  # type: ignore[return-value]


def _copy(value: Any) -> Any:
    if isinstance(value, Signature):
        return value.model_copy()  # strokes shared: replaced whole, never changed in place
    if isinstance(value, BaseModel):
        copy = value.model_copy()
        for name, item in value.__dict__.items():
            if isinstance(item, (BaseModel, list, dict)):
                copy.__dict__[name] = _copy(item)
        return copy
    if isinstance(value, list):
        return [_copy(item) for item in value]
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    return value  # str, numbers, dates, tuples: immutable


def stored_json_dict(plan: Plan) -> dict[str, Any]:
    """``canonical.stored_dict(plan)``, with the strokes as the plan holds them (lists
    of point tuples, which JSON writes as arrays) instead of converted point by point
    in one long call."""
    strokes: dict[str, Any] = {}
    signatures = plan.signatures.model_copy()
    for who in _SIGNERS:
        signature = getattr(plan.signatures, who)
        if signature is not None and signature.strokes:
            strokes[who] = signature.strokes
            light = signature.model_copy()
            light.__dict__["strokes"] = []
            signatures.__dict__[who] = light
    light_plan = plan.model_copy()
    light_plan.__dict__["signatures"] = signatures
    data = stored_dict(light_plan)
    for who, points in strokes.items():
        data["signatures"][who]["strokes"] = points
    return data


def json_bytes(value: Any) -> bytes:
    """``json.dumps(value, ensure_ascii=True)`` as ASCII bytes, made in small pieces."""
    return "".join(_pieces(value)).encode("ascii")


def _pieces(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        yield "{"
        for number, (key, item) in enumerate(value.items()):
            yield ", " if number else ""
            yield json.dumps(str(key), ensure_ascii=True)
            yield ": "
            if key == "strokes" and isinstance(item, list):  # a signature's
                yield _strokes_json(item)
            else:
                yield from _pieces(item)
        yield "}"
    else:
        yield json.dumps(value, ensure_ascii=True)


# The JSON of the strokes lists written last, by identity: {id: (the list, its JSON)}.
# The list is kept with its text, so its id cannot be reused by another list while
# it is here. Two signers; the oldest entry goes when a third list comes.
_STROKES_JSON: dict[int, tuple[list[Any], str]] = {}
_STROKES_KEPT = 2


def _strokes_json(strokes: list[Any]) -> str:
    """``json.dumps(strokes)``, one stroke per call (the lock is free between them),
    remembered for the next copy of the same, never-changed list."""
    known = _STROKES_JSON.get(id(strokes))
    if known is not None and known[0] is strokes:
        return known[1]
    text = "[" + ", ".join(json.dumps(stroke, ensure_ascii=True) for stroke in strokes) + "]"
    while len(_STROKES_JSON) >= _STROKES_KEPT:
        del _STROKES_JSON[next(iter(_STROKES_JSON))]
    _STROKES_JSON[id(strokes)] = (strokes, text)
    return text
