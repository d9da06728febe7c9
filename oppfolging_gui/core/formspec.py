"""The form's declarative description (``forms/oppfolgingsplan.json``), loaded once.

This is the one place that holds the form's own wording — section titles, labels,
help texts — and which fields are required or belong to page one. The window, the
PDF and validation all read it; nothing else repeats a label.

The form is written in bokmål (``oppfolgingsplan.json``, the structure and the
wording). Nynorsk and English are overlays of wording only
(``oppfolgingsplan.nn.json``, ``oppfolgingsplan.en.json``), keyed by section id,
``section.group`` id, field path and choice value, so the structure lives in one
file and a translation can never add, drop or reorder a field.

Paths inside repeated blocks use ``*`` for the index (``measures.*.description``);
:meth:`FormSpec.field` resolves a concrete path such as ``measures.2.description``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal, NamedTuple

from .i18n import Language, resolve

FieldKind = Literal[
    "text", "multiline", "date", "percent", "yes_no", "checkbox",
    "national_id", "org_number", "phone", "signature", "choice",
]

_INDEX = re.compile(r"\.\d+(?=\.|$)")


class FieldSpec(NamedTuple):
    path: str  # with "*" for list indexes
    label: str
    kind: FieldKind
    required: bool = False
    help: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for kind "choice"
    # False for help that is about the program (dates it sets, its reminders), not the
    # form: the blank paper form leaves it out.
    help_on_paper: bool = True

    def concrete(self, index: int) -> str:
        """The path of this field in list item ``index`` (``measures.*.goal`` → ``measures.2.goal``)."""
        return self.path.replace("*", str(index), 1)


class GroupSpec(NamedTuple):
    id: str
    title: str
    fields: tuple[FieldSpec, ...]
    help: str = ""
    repeat: str = ""  # a list path (follow_up.events) when each item is a row


class SectionSpec(NamedTuple):
    id: str
    title: str
    groups: tuple[GroupSpec, ...]
    intro: str = ""
    page_one: bool = False  # kept by "Opprett ny versjon av planen"
    repeat: str = ""  # "measures": the section is repeated per list item
    item_title: str = ""
    # The paper form's box beside its «Opprett ny versjon av planen» button: what the
    # button keeps and resets. Shown in the window with the button; not printed.
    new_version_note: str = ""
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
    language: Language = "nb"  # of the wording; a printout of this form speaks it too

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
        help_on_paper=raw.get("help_on_paper", True),
    )


def _group(raw: dict[str, Any], choices: dict[str, dict[str, str]]) -> GroupSpec:
    return GroupSpec(
        id=raw["id"],
        title=raw.get("title", ""),
        fields=tuple(_field(f, choices) for f in raw["fields"]),
        help=raw.get("help", ""),
        repeat=raw.get("repeat", ""),
    )


def parse_form(raw: dict[str, Any], language: Language = "nb") -> FormSpec:
    choices = raw.get("choices", {})
    return FormSpec(
        language=language,
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
                new_version_note=s.get("new_version_note", ""),
                beyond_paper=s.get("beyond_paper", False),
            )
            for s in raw["sections"]
        ),
        choices=choices,
    )


def load_form(lang: Language | str | None = None) -> FormSpec:
    """The form in ``lang`` (default: the program's current language), read once per process."""
    return _load_form(resolve(lang))


@cache
def _load_form(language: Language) -> FormSpec:
    raw = read_form_file("oppfolgingsplan.json")
    if language != "nb":
        raw = translate_form(raw, read_form_file(f"oppfolgingsplan.{language}.json"))
    return parse_form(raw, language)


def read_form_file(name: str) -> dict[str, Any]:
    return json.loads(resources.files("oppfolging_gui.forms").joinpath(name).read_text("utf-8"))


def translate_form(raw: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """A copy of the bokmål form ``raw`` with the wording of ``overlay`` (see the module doc).

    A text the overlay lacks stays bokmål rather than disappearing; a test keeps the
    overlays complete.
    """
    form = json.loads(json.dumps(raw))  # deep copy: the bokmål form stays as read
    form["title"] = overlay.get("title", form["title"])
    if overlay.get("intro"):
        form["intro"] = list(overlay["intro"])
    fields = overlay.get("fields", {})
    for spec in form.get("header_fields", ()):
        _translate(spec, fields.get(spec["path"], {}), ("label", "help"))
    for section in form["sections"]:
        _translate(section, overlay.get("sections", {}).get(section["id"], {}), ("title", "intro", "item_title", "new_version_note"))
        for group in section["groups"]:
            key = f"{section['id']}.{group['id']}"
            _translate(group, overlay.get("groups", {}).get(key, {}), ("title", "help"))
            for spec in group["fields"]:
                _translate(spec, fields.get(spec["path"], {}), ("label", "help"))
    for choice_set, values in form.get("choices", {}).items():
        words = overlay.get("choices", {}).get(choice_set, {})
        form["choices"][choice_set] = {value: words.get(value, label) for value, label in values.items()}
    return form


def _translate(node: dict[str, Any], words: dict[str, str], keys: tuple[str, ...]) -> None:
    for key in keys:
        if node.get(key) and words.get(key):
            node[key] = words[key]
