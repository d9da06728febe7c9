"""Reading and writing ``.oppfplan`` files.

Reading never modifies the file and turns every way a file can be broken into one
:class:`PlanFileError` with a plain Norwegian sentence (never a traceback). Writing
is atomic and private (mode 0600): see :mod:`.atomic`.
"""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .. import __version__
from .atomic import atomic_write_bytes
from .canonical import stored_dict
from .errors import Doing, describe_os_error
from .messages import message
from .migrations import is_older_format, migrate
from .model import FORMAT_NAME, FORMAT_VERSION, REQUIRE_ALL_KEYS, TOP_LEVEL_KEYS, Plan

PLAN_SUFFIX = ".oppfplan"
# A real plan is a few hundred kilobytes at most, even with long texts and many
# signatures; anything this large is not a plan and would only stall the program.
MAX_FILE_BYTES = 32 * 1024 * 1024


class PlanFileError(Exception):
    """A file that cannot be read as a plan, or a plan that cannot be written."""

    def __init__(self, path: str | os.PathLike[str] | None, message: str) -> None:
        self.path = Path(path) if path is not None else None
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        return f"{self.path.name}: {self.message}"


# ---------------------------------------------------------------------------- read


def read_plan(path: str | os.PathLike[str]) -> Plan:
    return parse_plan_bytes(read_plan_bytes(path), path)


def read_plan_bytes(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, bounded; :class:`PlanFileError` if it cannot be read as a file.

    The window keeps these bytes' fingerprint, so that what it shows is what it
    later checks the file against (not the file as it is some seconds later).
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise PlanFileError(path, message("storage.is_folder"))
        # A device or pipe (/dev/zero, a FIFO) would never end, or block on open.
        if not stat.S_ISREG(path.stat().st_mode):
            raise PlanFileError(path, message("storage.not_regular"))
        with path.open("rb") as stream:
            info = os.fstat(stream.fileno())
            if info.st_size > MAX_FILE_BYTES:
                raise PlanFileError(path, message("storage.too_big_mb", mb=info.st_size // (1024 * 1024)))
            # Bounded: a file that grows while it is read is still cut off here.
            # Asked for its own size first: read(n) allocates n bytes up front, and
            # 32 MiB per file was a sixth of listing a folder of plans (issue 7).
            data = stream.read(info.st_size + 1)
            if len(data) > info.st_size:  # it grew, or its size is not known (st_size 0)
                data += stream.read(MAX_FILE_BYTES + 1 - len(data))
    except IsADirectoryError:
        raise PlanFileError(path, message("storage.is_folder")) from None
    except OSError as error:
        raise PlanFileError(path, describe_os_error(error, Doing.READ_PLAN)) from None
    return data


def parse_plan_bytes(data: bytes, path: str | os.PathLike[str] | None = None) -> Plan:
    if len(data) > MAX_FILE_BYTES:
        raise PlanFileError(path, message("storage.too_big"))
    obj = _decode_json(data, path)
    return plan_from_dict(obj, path)


def plan_from_dict(obj: Any, path: str | os.PathLike[str] | None = None) -> Plan:
    if not isinstance(obj, dict) or obj.get("format") != FORMAT_NAME:
        raise PlanFileError(path, message("storage.not_a_plan"))
    found_version = obj.get("format_version")
    if type(found_version) is int and found_version > FORMAT_VERSION:
        raise PlanFileError(path, message("storage.newer_format", version=found_version))
    try:
        plan = Plan.model_validate(migrate(obj), context={REQUIRE_ALL_KEYS: True})
    except ValidationError as error:
        raise PlanFileError(path, describe_validation_error(error)) from None
    if is_older_format(obj):
        # Its signatures sign this content (core.canonical); only the keys the format
        # defines, so a plan is the same whatever app_version or saved_at it was read with.
        plan._as_read = {key: obj[key] for key in TOP_LEVEL_KEYS if key in obj}
    return plan


def decode_plan_json(data: bytes, path: str | os.PathLike[str] | None = None) -> Any:
    """The JSON of a plan file, as strictly as :func:`read_plan` reads it (for readers
    that need only part of a plan, such as the overview)."""
    return _decode_json(data, path)


def _decode_json(data: bytes, path: str | os.PathLike[str] | None) -> Any:
    obj = _parse_json_text(data, path)
    # A "\udXXX" escape may stand for half a character (a lone surrogate): such
    # text could never be saved again as UTF-8, so the file is refused now.
    if b"\\ud" in data.lower():
        try:
            json.dumps(obj, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise PlanFileError(path, message("storage.bad_characters")) from None
    return obj


def _parse_json_text(data: bytes, path: str | os.PathLike[str] | None) -> Any:
    try:
        # utf-8-sig: a byte-order mark from Windows Notepad is harmless.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PlanFileError(path, message("storage.not_utf8")) from None
    if not text.strip():
        raise PlanFileError(path, message("storage.empty"))
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as error:
        # The text ended too soon: at the very end, or inside a string (a raw line
        # break inside a string is a different error, so this is the end of input).
        if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
            raise PlanFileError(path, message("storage.truncated")) from None
        raise PlanFileError(path, message("storage.bad_json", line=error.lineno, column=error.colno)) from None
    except _DuplicateKey as error:
        raise PlanFileError(path, message("storage.duplicate_key", key=error.key)) from None
    except _ForbiddenConstant as error:
        raise PlanFileError(path, message("storage.bad_constant", value=error.constant)) from None
    except RecursionError:
        raise PlanFileError(path, message("storage.too_deep")) from None
    except ValueError:  # e.g. an integer of thousands of digits (int_max_str_digits)
        raise PlanFileError(path, message("storage.number_too_big")) from None


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        self.key = key


class _ForbiddenConstant(ValueError):
    def __init__(self, constant: str) -> None:
        self.constant = constant


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _no_constants(constant: str) -> Any:
    raise _ForbiddenConstant(constant)


# pydantic's error types in plain words: the catalogue's storage.type.<name>.
_TYPE_MESSAGES = {
    "string_type": "text",
    "int_type": "integer",
    "int_from_float": "integer",
    "float_type": "number",
    "bool_type": "bool",
    "dict_type": "object",
    "model_type": "object",
    "model_attributes_type": "object",
    "list_type": "list",
    "tuple_type": "point",
    "too_short": "too_short",
    "too_long": "too_long",
    "greater_than_equal": "at_least_one",
    "less_than_equal": "too_high",
    "missing": "missing",
    "extra_forbidden": "unknown_field",
    "none_required": "must_be_null",
    # The plan model's own checks (core.model).
    "iso_date": "date",
    "uuid": "uuid",
    "format_version": "format_version",
    "coordinate": "coordinate",
}


def describe_validation_error(error: ValidationError) -> str:
    # One problem per field: a union ("a number" = float or int) reports it per branch.
    first_per_field = {_field_path(item["loc"]): item for item in reversed(error.errors(include_url=False))}
    problems = [_describe_one(item) for item in reversed(first_per_field.values())]
    first = problems[0]
    if len(problems) > 1:
        return message("storage.invalid_more", problem=first, more=len(problems) - 1)
    return message("storage.invalid", problem=first)


# Branch names pydantic appends to a location inside a union; none is a field name
# of this format ("date" is, so it must never be listed here).
_UNION_BRANCHES = frozenset({"bool", "int", "float", "str", "none"})


def _field_path(loc: tuple[str | int, ...]) -> str:
    return ".".join(
        str(part) for part in loc
        if isinstance(part, int) or ("[" not in part and part not in _UNION_BRANCHES)
    )


def _one_line(value: Any, limit: int = 40) -> str:
    """A value from the file, safe to quote in a one-line message."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe_one(item: Any) -> str:
    # pydantic adds union branch names ("function-after[...]", "bool") to the
    # location; only the field path is meaningful to a person.
    loc = _field_path(item["loc"])
    kind = item["type"]
    where = message("storage.where.field", path=loc) if loc else message("storage.where.plan")
    if kind == "missing_keys":
        problem = message("storage.type.missing_keys", keys=(item.get("ctx") or {}).get("keys", ""))
        return message("storage.problem", where=where, problem=problem)
    if kind == "extra_forbidden":
        return message("storage.field_unknown", where=where)
    if kind == "literal_error" and loc.endswith(".kind"):
        return message("storage.unknown_event_kind", where=where, value=_one_line(item["input"]))
    if kind == "literal_error":
        return message("storage.unknown_value", where=where)
    if kind == "too_short" and loc == "measures":
        return message("storage.no_measures")
    problem = message(f"storage.type.{_TYPE_MESSAGES.get(kind, 'invalid')}", max=FORMAT_VERSION)
    return message("storage.problem", where=where, problem=problem)


# --------------------------------------------------------------------------- write


def plan_to_bytes(plan: Plan) -> bytes:
    # The newest format, unless this is an older file whose content was not edited
    # (the format's rule; its signatures sign the content as read): core.canonical.
    data: dict[str, Any] = stored_dict(plan)
    # Optional top-level keys the format allows a writer to add; readers ignore them
    # and they are not part of the signed (canonical) content.
    data["app_version"] = __version__
    data["saved_at"] = datetime.now().astimezone().isoformat(timespec="seconds")
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_plan(plan: Plan, path: str | os.PathLike[str]) -> bytes:
    """Write atomically with mode 0600 and return the bytes written (the window
    remembers what it wrote without reading the file back); raise
    :class:`PlanFileError` in the user's language."""
    path = Path(path)
    data = plan_to_bytes(plan)
    try:
        atomic_write_bytes(path, data)
    except OSError as error:
        raise PlanFileError(path, describe_os_error(error, Doing.SAVE_PLAN)) from None
    return data

