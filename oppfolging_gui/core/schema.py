"""The JSON Schema of the plan file, generated from the models in :mod:`.model`.

``python -m oppfolging_gui.core.schema`` writes it to ``forms/plan.schema.json``
(shipped with the program, for other tools that read or write plans);
``--check`` only reports whether the shipped file is up to date. A test fails when
the shipped schema and the models drift apart.

Serialization mode: it describes the file as the program writes it, so every key
is required, matching the rule that a file lacking a key is unreadable. What the
schema cannot say (the date must exist in the calendar, ``format_version`` newer
than this program) the reader still checks.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from typing import Any

from .model import FORMAT_VERSION, Plan

SCHEMA_FILE_NAME = "plan.schema.json"


def plan_schema() -> dict[str, Any]:
    """The schema as a dict, with a title and description for people reading it."""
    generated = Plan.model_json_schema(mode="serialization")
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"Oppfølgingsplan ved sykmelding (NAV 25-02.01), filformat {FORMAT_VERSION}",
        "description": (
            "Én versjon av én oppfølgingsplan (.oppfplan, UTF-8 JSON). Alle versjoner av samme "
            "plan har samme plan_id. Ukjente nøkler på øverste nivå (f.eks. app_version, saved_at) "
            "er tillatt og ignoreres; ukjente nøkler inne i delene er ikke tillatt."
        ),
    }
    schema.update({key: value for key, value in generated.items() if key not in ("title", "description")})
    schema["properties"]["plan_id"]["format"] = "uuid"
    _describe_with_form_labels(schema)
    return schema


def _describe_with_form_labels(schema: dict[str, Any]) -> None:
    """Give each property the form's own label as its description.

    A definition used in two places (Person: the manager and the contact person)
    gets both labels.
    """
    from .formspec import load_form

    labels: dict[int, list[str]] = {}
    properties: dict[int, dict[str, Any]] = {}
    for spec in load_form("nb").all_fields:  # the file format is described in bokmål
        node = _property(schema, spec.path.split("."))
        if node is not None and spec.label not in labels.setdefault(id(node), []):
            labels[id(node)].append(spec.label)
            properties[id(node)] = node
    for key, node in properties.items():
        node["description"] = " / ".join(labels[key])


def _property(schema: dict[str, Any], parts: list[str]) -> dict[str, Any] | None:
    node: dict[str, Any] | None = schema
    for part in parts:
        node = _dereference(schema, node)
        if node is None:
            return None
        if part == "*":
            node = node.get("items")
        else:
            node = node.get("properties", {}).get(part)
    return node


def _dereference(schema: dict[str, Any], node: dict[str, Any] | None) -> dict[str, Any] | None:
    # A nullable reference ("Signature | None") is an anyOf with the $ref in it.
    for option in (node or {}).get("anyOf", [node]):
        if option and "$ref" in option:
            return schema["$defs"][option["$ref"].rsplit("/", 1)[1]]
    return node


def schema_text() -> str:
    return json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"


def shipped_schema_text() -> str:
    return resources.files("oppfolging_gui.forms").joinpath(SCHEMA_FILE_NAME).read_text("utf-8")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = resources.files("oppfolging_gui.forms").joinpath(SCHEMA_FILE_NAME)
    current = target.read_text("utf-8") if target.is_file() else ""
    if "--check" in args:
        if current != schema_text():
            sys.stderr.write(f"{SCHEMA_FILE_NAME} er utdatert: kjør python -m oppfolging_gui.core.schema\n")
            return 1
        return 0
    from .atomic import atomic_write_bytes

    # A shipped file, not a plan: readable by everyone.
    atomic_write_bytes(str(target), schema_text().encode("utf-8"), mode=0o644)
    sys.stdout.write(f"{target}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
