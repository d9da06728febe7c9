"""The shipped JSON Schema (forms/plan.schema.json) stays in step with the models."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from oppfolging_gui.core.model import Plan
from oppfolging_gui.core.schema import main, plan_schema, schema_text, shipped_schema_text
from oppfolging_gui.core.storage import plan_to_bytes


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(shipped_schema_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_the_shipped_schema_is_what_the_models_generate():
    assert shipped_schema_text() == schema_text(), (
        "forms/plan.schema.json is out of date: run python -m oppfolging_gui.core.schema"
    )
    assert main(["--check"]) == 0


def test_the_example_plan_validates(validator, example_plan_path):
    validator.validate(json.loads(example_plan_path.read_text("utf-8")))


def test_what_the_program_writes_validates(validator, filled_plan):
    validator.validate(json.loads(plan_to_bytes(filled_plan)))
    validator.validate(json.loads(plan_to_bytes(Plan.new())))


def test_every_key_is_required_everywhere():
    schema = plan_schema()
    objects = [schema, *schema["$defs"].values()]
    for node in objects:
        assert set(node["required"]) == set(node["properties"]), node.get("title")


def test_sections_refuse_unknown_keys_but_the_top_level_does_not():
    schema = plan_schema()
    assert schema.get("additionalProperties", True) is not False
    assert all(d["additionalProperties"] is False for d in schema["$defs"].values())


def test_properties_carry_the_form_labels():
    defs = plan_schema()["$defs"]
    assert defs["Employee"]["properties"]["national_id"]["description"] == "Fødselsnummer / D-nummer"
    assert "Telefon kontaktperson" in defs["Person"]["properties"]["phone"]["description"]


def _broken(example: dict[str, Any], path: str, value: Any = ...) -> dict[str, Any]:
    data = copy.deepcopy(example)
    *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
    node: Any = data
    for part in parents:
        node = node[part]
    if value is ...:
        del node[last]
    else:
        node[last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("key_info.employee.national_id", ...),  # missing key
        ("key_info.employee.typo", "x"),  # unknown key in a section
        ("measures", []),
        ("version", 0),
        ("follow_up.events.0.kind", "julebord"),
        ("key_info.absence.sick_leave_percent", "50"),
        ("format_version", 3),
        ("format_version", 1.0),
        ("filled_date", "20.11.2026"),
    ],
)
def test_files_the_reader_refuses_fail_the_schema_too(validator, example_plan_path, path, value):
    example = json.loads(Path(example_plan_path).read_text("utf-8"))
    assert not validator.is_valid(_broken(example, path, value))


def test_a_draft_with_150_percent_is_valid_for_the_schema(validator, example_plan_path):
    example = json.loads(Path(example_plan_path).read_text("utf-8"))
    validator.validate(_broken(example, "measures.0.sick_leave_percent", 150))
