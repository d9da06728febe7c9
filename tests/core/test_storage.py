"""Reading and writing plan files: every broken file is one Norwegian sentence and stays
untouched; a readable draft (150 %, a wrong number) loads and saves unchanged."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from oppfolging_gui.core.canonical import canonical_bytes, content_sha256
from oppfolging_gui.core.model import Plan
from oppfolging_gui.core.storage import MAX_FILE_BYTES, PlanFileError, read_plan, write_plan

# The top-level keys of format version 1, as the spec lists them (independent of the model).
SPEC_TOP_LEVEL_KEYS = [
    "format", "format_version", "plan_id", "version", "filled_date", "key_info", "follow_up",
    "measures", "evaluation", "progress", "employee_participation", "signatures", "additional_info",
]


@pytest.fixture
def example(example_plan_path: Path) -> dict[str, Any]:
    return json.loads(example_plan_path.read_text("utf-8"))


def _json(change: Callable[[dict[str, Any]], Any]) -> Callable[[dict[str, Any]], bytes]:
    def build(example: dict[str, Any]) -> bytes:
        data = copy.deepcopy(example)
        change(data)
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    return build


def _raw(data: bytes) -> Callable[[dict[str, Any]], bytes]:
    return lambda example: data


def _text(change: Callable[[str], str]) -> Callable[[dict[str, Any]], bytes]:
    return lambda example: change(json.dumps(example, ensure_ascii=False, indent=2)).encode("utf-8")


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        node: Any = data
        for part in parents:
            node = node[part]
        node[last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        node: Any = data
        for part in parents:
            node = node[part]
        del node[last]

    return change


# (id, how to make the file from the example plan, words the message must contain)
BAD_FILES = [
    ("not-json", _raw(b"Dette er et brev, ikke en plan.\n"), "ikke en oppfølgingsplan"),
    ("json-but-not-a-plan", _raw(b'{"name": "x"}'), "ikke en oppfølgingsplan"),
    ("json-array", _raw(b"[1, 2, 3]"), "ikke en oppfølgingsplan"),
    ("empty", _raw(b""), "tom"),
    ("not-utf8", lambda ex: json.dumps(ex, ensure_ascii=False).encode("latin-1"), "UTF-8"),
    ("utf16", lambda ex: json.dumps(ex).encode("utf-16"), "UTF-8"),
    ("truncated", lambda ex: json.dumps(ex, indent=2).encode()[:700], "avkortet"),
    ("truncated-at-end", lambda ex: json.dumps(ex).encode()[:-1], "avkortet"),
    ("wrong-type-text", _json(_set("key_info.employer.name", 42)), "key_info.employer.name"),
    ("wrong-type-number-as-text", _json(_set("key_info.absence.sick_leave_percent", "50")), "sick_leave_percent"),
    ("wrong-type-float-percent", _json(_set("measures.0.sick_leave_percent", 50.5)), "sick_leave_percent"),
    ("wrong-type-bool", _json(_set("key_info.employer.ia_agreement", "Ja")), "ia_agreement"),
    ("wrong-type-null-text", _json(_set("progress", None)), "progress"),
    ("wrong-type-section", _json(_set("evaluation", [])), "evaluation"),
    ("unknown-key-in-section", _json(_set("key_info.employee.fnr", "1")), "ukjent"),
    ("unknown-key-in-measure", _json(_set("measures.0.descripton", "typo")), "measures.0.descripton"),
    ("newer-format-version", _json(_set("format_version", 3)), "nyere versjon"),
    ("format-version-as-float", _json(_set("format_version", 1.0)), "format_version"),
    ("format-version-as-text", _json(_set("format_version", "1")), "format_version"),
    ("absurdly-deep", _raw(b'{"format": "oppfolgingsplan", "x": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"), "dypt"),
    ("huge-integer", _text(lambda t: t.replace('"version": 2', '"version": ' + "9" * 5000)), "stort"),
    ("missing-key-top", _json(_delete("additional_info")), "additional_info"),
    ("missing-key-section", _json(_delete("key_info.employer.contact.phone")), "mangler"),
    ("missing-key-in-event", _json(_delete("follow_up.events.0.note")), "mangler"),
    ("empty-measures", _json(_set("measures", [])), "minst ett tiltak"),
    ("version-0", _json(_set("version", 0)), "version"),
    ("version-negative", _json(_set("version", -3)), "version"),
    ("unknown-event-kind", _json(_set("follow_up.events.0.kind", "julebord")), "hendelsestype"),
    ("bad-date", _json(_set("key_info.absence.first_day", "2026-02-30")), "dato"),
    ("bad-date-format", _json(_set("filled_date", "20.11.2026")), "dato"),
    ("bad-date-in-event", _json(_set("follow_up.events.0.date", "i går")), "follow_up.events.0.date"),
    ("bad-signature-date", _json(_set("signatures.date", "2026-13-01")), "signatures.date"),
    ("bad-plan-id", _json(_set("plan_id", "not-a-uuid")), "UUID"),
    ("nan", _text(lambda t: t.replace('"version": 2', '"version": NaN')), "NaN"),
    ("duplicate-key", _text(lambda t: t.replace('"progress":', '"progress": "a", "progress":', 1)), "progress"),
    ("lone-surrogate", _text(lambda t: t.replace('"progress": "', '"progress": "\\udc80', 1)), "UTF-8"),
]


@pytest.mark.parametrize(("build", "words"), [pytest.param(b, w, id=i) for i, b, w in BAD_FILES])
def test_a_broken_file_is_one_norwegian_sentence_and_stays_untouched(tmp_path, example, build, words):
    path = tmp_path / "plan.oppfplan"
    path.write_bytes(build(example))
    before = (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_mode)

    with pytest.raises(PlanFileError) as caught:
        read_plan(path)

    message = caught.value.message
    assert words.lower() in message.lower()
    assert "\n" not in message and "Traceback" not in message and "pydantic" not in message.lower()
    assert str(caught.value).startswith("plan.oppfplan: ")
    assert (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_mode) == before
    assert os.listdir(tmp_path) == ["plan.oppfplan"]


def test_an_absurdly_large_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "stor.oppfplan"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk space
    with pytest.raises(PlanFileError, match="for stor"):
        read_plan(path)
    assert path.stat().st_size == MAX_FILE_BYTES + 1


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda tmp: tmp / "finnes-ikke.oppfplan", "fant ikke filen"),
        (lambda tmp: tmp, "mappe"),
        (lambda tmp: (os.mkfifo(tmp / "rør.oppfplan"), tmp / "rør.oppfplan")[1], "vanlig fil"),
    ],
    ids=["missing", "folder", "fifo"],
)
def test_what_is_not_a_file_is_a_clear_error(tmp_path, make, words):
    with pytest.raises(PlanFileError, match=words):
        read_plan(make(tmp_path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_a_clear_error(tmp_path, example_plan_path):
    path = tmp_path / "låst.oppfplan"
    path.write_bytes(example_plan_path.read_bytes())
    path.chmod(0)
    with pytest.raises(PlanFileError, match="tilgang"):
        read_plan(path)


# ------------------------------------------------------------------ readable files


def test_unknown_top_level_keys_are_ignored(tmp_path, example):
    example["app_version"] = "9.9"
    example["saved_at"] = "2030-01-01T00:00:00+01:00"
    example["made_by"] = {"tool": "annet program", "nested": [1, 2, {"deep": True}]}
    path = tmp_path / "plan.oppfplan"
    path.write_text(json.dumps(example), "utf-8")
    plan = read_plan(path)
    assert plan.key_info.employee.first_name == example["key_info"]["employee"]["first_name"]


def test_a_byte_order_mark_is_harmless(tmp_path, example_plan_path):
    path = tmp_path / "bom.oppfplan"
    path.write_bytes(b"\xef\xbb\xbf" + example_plan_path.read_bytes())
    assert read_plan(path) == read_plan(example_plan_path)


def test_a_draft_with_150_percent_and_a_wrong_number_loads_and_round_trips(tmp_path, example):
    example["key_info"]["employee"]["national_id"] = "12345678901"
    example["measures"][0]["sick_leave_percent"] = 150
    example["key_info"]["employer"]["business_number"] = "123"
    source = tmp_path / "utkast.oppfplan"
    source.write_text(json.dumps(example, ensure_ascii=False), "utf-8")

    plan = read_plan(source)
    copy_path = tmp_path / "kopi.oppfplan"
    write_plan(plan, copy_path)

    assert read_plan(copy_path) == plan
    saved = json.loads(copy_path.read_text("utf-8"))
    assert {k: saved[k] for k in SPEC_TOP_LEVEL_KEYS} == {k: example[k] for k in SPEC_TOP_LEVEL_KEYS}


def test_the_example_round_trips_value_for_value(tmp_path, example_plan_path, example):
    path = tmp_path / "plan.oppfplan"
    write_plan(read_plan(example_plan_path), path)
    saved = json.loads(path.read_text("utf-8"))
    assert {k: saved[k] for k in SPEC_TOP_LEVEL_KEYS} == {k: example[k] for k in SPEC_TOP_LEVEL_KEYS}
    assert list(saved)[: len(SPEC_TOP_LEVEL_KEYS)] == SPEC_TOP_LEVEL_KEYS
    assert isinstance(saved["saved_at"], str) and isinstance(saved["app_version"], str)


def test_written_files_are_private_and_utf8(tmp_path, filled_plan):
    path = tmp_path / "plan.oppfplan"
    filled_plan.progress = "Ærlig talt: «æøå» og emoji 🙂"
    write_plan(filled_plan, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "«æøå» og emoji 🙂" in path.read_bytes().decode("utf-8")
    # Saving over a file that was readable by others makes it private too.
    path.chmod(0o644)
    write_plan(filled_plan, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_writing_into_a_missing_folder_is_a_clear_error(tmp_path, filled_plan):
    with pytest.raises(PlanFileError, match="finnes ikke"):
        write_plan(filled_plan, tmp_path / "borte" / "plan.oppfplan")


def test_an_empty_new_plan_round_trips(tmp_path):
    plan = Plan.new()
    path = tmp_path / "ny.oppfplan"
    write_plan(plan, path)
    assert read_plan(path) == plan


# ------------------------------------------------------------------ canonical hash


def _independent_hash(file_json: dict[str, Any]) -> str:
    content = {k: v for k, v in file_json.items() if k in SPEC_TOP_LEVEL_KEYS and k != "signatures"}
    encoded = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()


def test_canonical_hash_matches_the_spec_computed_from_the_file(tmp_path, filled_plan):
    path = tmp_path / "plan.oppfplan"
    write_plan(filled_plan, path)
    file_json = json.loads(path.read_text("utf-8"))
    assert content_sha256(read_plan(path)) == _independent_hash(file_json)
    assert content_sha256(file_json) == _independent_hash(file_json)
    assert canonical_bytes(filled_plan) == canonical_bytes(file_json)


def test_canonical_hash_ignores_optional_keys_and_signatures_but_not_content(example):
    base = _independent_hash(example)
    with_extras = dict(example, saved_at="2031-01-01T00:00:00+01:00", app_version="7.0")
    assert content_sha256(with_extras) == base
    resigned = copy.deepcopy(example)
    resigned["signatures"]["paper_copy_at_workplace"] = not resigned["signatures"]["paper_copy_at_workplace"]
    assert content_sha256(resigned) == base
    changed = copy.deepcopy(example)
    changed["progress"] += "."
    assert content_sha256(changed) != base
