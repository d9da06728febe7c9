"""Hypothesis strategies for hostile plan files, built from the shipped example."""

from __future__ import annotations

import copy
import json

from hypothesis import strategies as st

from ..conftest import EXAMPLE_PLAN

EXAMPLE_BYTES = EXAMPLE_PLAN.read_bytes()
EXAMPLE_DICT = json.loads(EXAMPLE_BYTES.decode("utf-8"))


def _paths(obj, prefix=()):
    """Every (container path) in the example JSON, to aim mutations at."""
    yield prefix
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(obj, list):
        for index, value in enumerate(obj):
            yield from _paths(value, prefix + (index,))


PATHS = [p for p in _paths(EXAMPLE_DICT) if p]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@st.composite
def truncated(draw):
    return EXAMPLE_BYTES[: draw(st.integers(0, len(EXAMPLE_BYTES) - 1))]


@st.composite
def byte_mutated(draw):
    data = bytearray(EXAMPLE_BYTES)
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "insert", "delete"]))
        if action == "flip":
            data[position] ^= 1 << draw(st.integers(0, 7))
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=8))
        else:
            del data[position : position + draw(st.integers(1, 16))]
    return bytes(data)


@st.composite
def re_encoded(draw):
    encoding = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252", "mac-roman"]))
    return EXAMPLE_BYTES.decode("utf-8").encode(encoding, errors="replace")


@st.composite
def value_mutated(draw):
    """Valid JSON, damaged structure: a value replaced, a key removed or added."""
    data = copy.deepcopy(EXAMPLE_DICT)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        parent = data
        try:
            for part in path[:-1]:
                parent = parent[part]
            last = path[-1]
            action = draw(st.sampled_from(["replace", "delete", "add"]))
            if action == "replace":
                parent[last] = draw(json_values)
            elif action == "delete":
                del parent[last]
            elif isinstance(parent, dict):
                parent[draw(st.text(min_size=1, max_size=10))] = draw(json_values)
        except (KeyError, IndexError, TypeError):
            pass  # an earlier mutation removed the way there
    return json.dumps(data, ensure_ascii=draw(st.booleans())).encode("utf-8")


def deeply_nested(depth: int, opener: str = "[", closer: str = "]") -> bytes:
    inner = opener * depth + closer * depth
    return ('{"format": "oppfolgingsplan", "format_version": 1, "key_info": ' + inner + "}").encode()


hostile_bytes = st.one_of(truncated(), byte_mutated(), re_encoded(), value_mutated(), st.binary(max_size=300))

# Text a person could paste or another tool could write, that must survive the round trip.
hostile_text = st.one_of(
    st.text(max_size=200),
    st.text(st.characters(codec="utf-8"), max_size=200),
    st.sampled_from([
        "\u202eRTL override\u202c", "\u200f\u05e9\u05dc\u05d5\u05dd", "\x00\x07\x1b[31m\x7f",
        "👩‍👩‍👧‍👦🏳️‍🌈" * 20, "\ufeff\u200b\u2028\u2029", "a\u0301" * 300, "x" * 100_000,
        "\t\r\n" * 100, "<b>&amp;</b><para>", "%s %d {0} ${x}", "\U0010ffff\ue000",
    ]),
)
