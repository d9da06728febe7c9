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
            raise PlanFileError(path, "Dette er en mappe, ikke en plan.")
        # A device or pipe (/dev/zero, a FIFO) would never end, or block on open.
        if not stat.S_ISREG(path.stat().st_mode):
            raise PlanFileError(path, "Dette er ikke en vanlig fil, og derfor ikke en plan.")
        with path.open("rb") as stream:
            info = os.fstat(stream.fileno())
            if info.st_size > MAX_FILE_BYTES:
                raise PlanFileError(
                    path, f"Filen er for stor ({info.st_size // (1024 * 1024)} MB) til å være en oppfølgingsplan."
                )
            # Bounded: a file that grows while it is read is still cut off here.
            # Asked for its own size first: read(n) allocates n bytes up front, and
            # 32 MiB per file was a sixth of listing a folder of plans (issue 7).
            data = stream.read(info.st_size + 1)
            if len(data) > info.st_size:  # it grew, or its size is not known (st_size 0)
                data += stream.read(MAX_FILE_BYTES + 1 - len(data))
    except IsADirectoryError:
        raise PlanFileError(path, "Dette er en mappe, ikke en plan.") from None
    except OSError as error:
        raise PlanFileError(path, describe_os_error(error, Doing.READ_PLAN)) from None
    return data


def parse_plan_bytes(data: bytes, path: str | os.PathLike[str] | None = None) -> Plan:
    if len(data) > MAX_FILE_BYTES:
        raise PlanFileError(path, "Filen er for stor til å være en oppfølgingsplan.")
    obj = _decode_json(data, path)
    return plan_from_dict(obj, path)


def plan_from_dict(obj: Any, path: str | os.PathLike[str] | None = None) -> Plan:
    if not isinstance(obj, dict) or obj.get("format") != FORMAT_NAME:
        raise PlanFileError(path, "Filen er ikke en oppfølgingsplan.")
    found_version = obj.get("format_version")
    if type(found_version) is int and found_version > FORMAT_VERSION:
        raise PlanFileError(
            path,
            f"Planen er lagret med en nyere versjon av programmet (filformat {found_version}). "
            "Oppdater programmet for å åpne den.",
        )
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
            raise PlanFileError(path, "Filen inneholder ugyldige tegn (ikke gyldig UTF-8-tekst).") from None
    return obj


def _parse_json_text(data: bytes, path: str | os.PathLike[str] | None) -> Any:
    try:
        # utf-8-sig: a byte-order mark from Windows Notepad is harmless.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PlanFileError(path, "Filen er ikke en oppfølgingsplan (ikke UTF-8-tekst).") from None
    if not text.strip():
        raise PlanFileError(path, "Filen er tom.")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as error:
        # The text ended too soon: at the very end, or inside a string (a raw line
        # break inside a string is a different error, so this is the end of input).
        if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
            raise PlanFileError(
                path, "Filen slutter midt i planen; den er trolig avkortet eller ufullstendig lagret."
            ) from None
        raise PlanFileError(
            path,
            f"Filen er ikke en oppfølgingsplan (ugyldig JSON på linje {error.lineno}, "
            f"kolonne {error.colno}).",
        ) from None
    except _DuplicateKey as error:
        raise PlanFileError(path, f"Nøkkelen «{error.key}» står flere ganger i samme del av filen.") from None
    except _ForbiddenConstant as error:
        raise PlanFileError(path, f"Filen inneholder verdien «{error.constant}», som ikke er gyldig JSON.") from None
    except RecursionError:
        raise PlanFileError(path, "Filen er nestet altfor dypt til å være en oppfølgingsplan.") from None
    except ValueError:  # e.g. an integer of thousands of digits (int_max_str_digits)
        raise PlanFileError(path, "Filen inneholder et tall som er altfor stort.") from None


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


# Plain Norwegian for pydantic's error types; {loc} is the field path in the file.
_TYPE_MESSAGES = {
    "string_type": "skal være tekst",
    "int_type": "skal være et heltall",
    "int_from_float": "skal være et heltall",
    "float_type": "skal være et tall",
    "bool_type": "skal være true eller false",
    "dict_type": "skal være et objekt",
    "model_type": "skal være et objekt",
    "model_attributes_type": "skal være et objekt",
    "list_type": "skal være en liste",
    "tuple_type": "skal være et punkt [x, y]",
    "too_short": "har for få verdier",
    "too_long": "har for mange verdier",
    "greater_than_equal": "må være 1 eller høyere",
    "less_than_equal": "er høyere enn formatet tillater",
    "missing": "mangler",
    "extra_forbidden": "er ukjent i dette formatet",
    "none_required": "skal være null",
}


def describe_validation_error(error: ValidationError) -> str:
    # One problem per field: a union ("a number" = float or int) reports it per branch.
    first_per_field = {_field_path(item["loc"]): item for item in reversed(error.errors(include_url=False))}
    problems = [_describe_one(item) for item in reversed(first_per_field.values())]
    first = problems[0]
    if len(problems) > 1:
        return f"Filen kan ikke leses: {first} (og {len(problems) - 1} feil til)."
    return f"Filen kan ikke leses: {first}."


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
    where = f"«{loc}»" if loc else "planen"
    if kind == "missing_keys":
        return f"{where} {item['msg']}"
    if kind == "extra_forbidden":
        return f"feltet {where} er ukjent i dette formatet"
    if kind == "literal_error" and loc.endswith(".kind"):
        return f"{where} er en ukjent hendelsestype («{_one_line(item['input'])}»)"
    if kind == "literal_error":
        return f"{where} har en ukjent verdi"
    if kind == "too_short" and loc == "measures":
        return "planen må ha minst ett tiltak («measures» er tom)"
    if kind in ("iso_date", "uuid", "format_version", "coordinate"):
        return f"{where} {item['msg']}"
    message = _TYPE_MESSAGES.get(kind, "har en ugyldig verdi")
    return f"{where} {message}"


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


def write_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write atomically with mode 0600; raise :class:`PlanFileError` in plain Norwegian."""
    path = Path(path)
    try:
        atomic_write_bytes(path, plan_to_bytes(plan))
    except OSError as error:
        raise PlanFileError(path, describe_os_error(error, Doing.SAVE_PLAN)) from None

