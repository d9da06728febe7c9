"""The form's declarative description (``forms/oppfolgingsplan.json``), loaded once.

This is the one place that holds the form's own wording — section titles, labels,
help texts — and which fields are required or belong to page one. The window, the
PDF and validation all read it; nothing else repeats a label.

Paths inside repeated blocks use ``*`` for the index (``measures.*.description``);
:meth:`FormSpec.field` resolves a concrete path such as ``measures.2.description``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

FieldKind = Literal[
    "text", "multiline", "date", "percent", "yes_no", "checkbox",
    "national_id", "org_number", "phone", "signature", "choice",
]

_INDEX = re.compile(r"\.\d+(?=\.|$)")


@dataclass(frozen=True)
class FieldSpec:
    path: str  # with "*" for list indexes
    label: str
    kind: FieldKind
    required: bool = False
    help: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for kind "choice"

    def concrete(self, index: int) -> str:
        """The path of this field in list item ``index`` (``measures.*.goal`` → ``measures.2.goal``)."""
        return self.path.replace("*", str(index), 1)


@dataclass(frozen=True)
class GroupSpec:
    id: str
    title: str
    fields: tuple[FieldSpec, ...]
    help: str = ""
    repeat: str = ""  # a list path (follow_up.events) when each item is a row


@dataclass(frozen=True)
class SectionSpec:
    id: str
    title: str
    groups: tuple[GroupSpec, ...]
    intro: str = ""
    page_one: bool = False  # kept by "Opprett ny versjon av planen"
    repeat: str = ""  # "measures": the section is repeated per list item
    item_title: str = ""
    beyond_paper: bool = False  # not on NAV's paper form (the follow-up log)

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for group in self.groups for f in group.fields)


@dataclass(frozen=True, eq=False)  # eq=False: hashed by identity, so it can key a cache
class FormSpec:
    title: str
    form_number: str
    intro: tuple[str, ...]
    header_fields: tuple[FieldSpec, ...]
    sections: tuple[SectionSpec, ...]
    choices: dict[str, dict[str, str]] = field(default_factory=dict)

    def section(self, section_id: str) -> SectionSpec:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    @property
    def all_fields(self) -> tuple[FieldSpec, ...]:
        return self.header_fields + tuple(f for s in self.sections for f in s.fields)

    def field(self, path: str) -> FieldSpec:
        """The spec of a concrete path (``measures.0.goal``) or a pattern (``measures.*.goal``)."""
        return _field_index(self)[_INDEX.sub(".*", path)]

    def label(self, path: str) -> str:
        return self.field(path).label

    def choice_label(self, choice_set: str, value: str) -> str:
        return self.choices.get(choice_set, {}).get(value, value)


@cache
def _field_index(form: FormSpec) -> dict[str, FieldSpec]:
    return {f.path: f for f in form.all_fields}


def _field(raw: dict[str, Any], choices: dict[str, dict[str, str]]) -> FieldSpec:
    choice_set = raw.get("choices", "")
    return FieldSpec(
        path=raw["path"],
        label=raw["label"],
        kind=raw["kind"],
        required=raw.get("required", False),
        help=raw.get("help", ""),
        choices=tuple(choices.get(choice_set, {}).items()),
    )


def _group(raw: dict[str, Any], choices: dict[str, dict[str, str]]) -> GroupSpec:
    return GroupSpec(
        id=raw["id"],
        title=raw.get("title", ""),
        fields=tuple(_field(f, choices) for f in raw["fields"]),
        help=raw.get("help", ""),
        repeat=raw.get("repeat", ""),
    )


def parse_form(raw: dict[str, Any]) -> FormSpec:
    choices = raw.get("choices", {})
    return FormSpec(
        title=raw["title"],
        form_number=raw["form_number"],
        intro=tuple(raw.get("intro", ())),
        header_fields=tuple(_field(f, choices) for f in raw.get("header_fields", ())),
        sections=tuple(
            SectionSpec(
                id=s["id"],
                title=s["title"],
                groups=tuple(_group(g, choices) for g in s["groups"]),
                intro=s.get("intro", ""),
                page_one=s.get("page_one", False),
                repeat=s.get("repeat", ""),
                item_title=s.get("item_title", ""),
                beyond_paper=s.get("beyond_paper", False),
            )
            for s in raw["sections"]
        ),
        choices=choices,
    )


@cache
def load_form() -> FormSpec:
    """The form description shipped with the program (read once per process)."""
    text = resources.files("oppfolging_gui.forms").joinpath("oppfolgingsplan.json").read_text("utf-8")
    return parse_form(json.loads(text))
