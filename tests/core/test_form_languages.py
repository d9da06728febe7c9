"""The form in bokmål, nynorsk and English: the same structure, every text translated."""

from __future__ import annotations

import pytest

from oppfolging_gui.core import i18n
from oppfolging_gui.core.formspec import FormSpec, load_form, read_form_file


def _texts(form: FormSpec) -> dict[str, str]:
    """Every text of the form by where it is (structure-independent of the language)."""
    texts = {"title": form.title, **{f"intro.{i}": t for i, t in enumerate(form.intro)}}
    for spec in form.all_fields:
        texts[f"{spec.path}.label"] = spec.label
        if spec.help:
            texts[f"{spec.path}.help"] = spec.help
    for section in form.sections:
        for attr in ("title", "intro", "item_title", "new_version_note"):
            if getattr(section, attr):
                texts[f"{section.id}.{attr}"] = getattr(section, attr)
        for group in section.groups:
            for attr in ("title", "help"):
                if getattr(group, attr):
                    texts[f"{section.id}.{group.id}.{attr}"] = getattr(group, attr)
    for choice_set, words in form.choices.items():
        for value, word in words.items():
            texts[f"choices.{choice_set}.{value}"] = word
    return texts


def _overlay_entries(overlay: dict) -> set[str]:
    """The places the overlay gives a text for, named as :func:`_texts` names them."""
    entries = {"title"} | {f"intro.{i}" for i in range(len(overlay["intro"]))}
    entries |= {f"{path}.{attr}" for path, words in overlay["fields"].items() for attr in words}
    entries |= {f"{sid}.{attr}" for sid, words in overlay["sections"].items() for attr in words}
    entries |= {f"{gid}.{attr}" for gid, words in overlay["groups"].items() for attr in words}
    entries |= {f"choices.{cs}.{v}" for cs, words in overlay["choices"].items() for v in words}
    return entries


@pytest.mark.parametrize("language", ["nn", "en"])
def test_every_text_of_the_form_is_translated(language: str) -> None:
    """A text added to the bokmål form fails here until nynorsk and English have it too
    (a word that is the same in both languages is written out all the same)."""
    bokmal = _texts(load_form("nb"))
    missing = sorted(set(bokmal) - _overlay_entries(read_form_file(f"oppfolgingsplan.{language}.json")))
    assert not missing, f"add to forms/oppfolgingsplan.{language}.json:\n" + "\n".join(
        f"{where}: {bokmal[where]}" for where in missing)
    assert _texts(load_form(language)).keys() == bokmal.keys()


@pytest.mark.parametrize("language", ["nn", "en"])
def test_the_overlay_names_nothing_the_form_does_not_have(language: str) -> None:
    form = load_form("nb")
    overlay = read_form_file(f"oppfolgingsplan.{language}.json")
    paths = {spec.path for spec in form.all_fields}
    assert set(overlay["fields"]) <= paths
    assert set(overlay["sections"]) <= {s.id for s in form.sections}
    assert set(overlay["groups"]) <= {f"{s.id}.{g.id}" for s in form.sections for g in s.groups}
    assert len(overlay["intro"]) == len(form.intro)


def test_the_structure_is_the_same_in_every_language() -> None:
    forms = [load_form(language) for language in i18n.LANGUAGES]
    shapes = [[(s.id, s.page_one, s.repeat, [(f.path, f.kind, f.required) for f in s.fields]) for s in f.sections]
              for f in forms]
    assert shapes[0] == shapes[1] == shapes[2]
    assert {f.form_number for f in forms} == {"NAV 25-02.01"}


def test_english_as_nav_would_write_it() -> None:
    form = load_form("en")
    assert form.title == "Follow-up plan during sick leave"
    assert form.label("signatures.employer") == "Employer"
    assert form.label("signatures.employee") == "Employee"
    assert form.section("measures").item_title.format(n=2) == "Measure 2"


# NAV's own nynorsk for the same texts (shared/reference/nav-25-02.01-translations-nn.json).
NAV_NYNORSK = {
    "title": "Oppfølgingsplan ved sjukmelding",
    "key_info.employer.name.label": "Verksemda sitt namn",
    "signatures.employer.label": "Arbeidsgjevar",
    "signatures.employee.label": "Arbeidstakar",
    "measures.*.nav_assistance.advice.label": "Råd og rettleiing",
    "measures.*.nav_assistance.work_measures.label": "Arbeidsretta tiltak og verkemiddel",
    "measures.*.other_assistance.occupational_health_service.label": "Bedriftshelsetenesta",
    "measures.*.other_assistance.description.help": "Her kan du beskrive kva slags andre behov som er naudsynt.",
    "measures.*.adapted_work_impossible_reason.label": "Beskriv kvifor det ikkje er mogeleg å tilretteleggje arbeidet",
    "key_info.absence.first_day.label": "Første fråversdag",
    "key_info.absence.title": "Opplysningar om sjukefråveret",
}


def test_nynorsk_uses_navs_own_wording_where_nav_has_it() -> None:
    texts = _texts(load_form("nn"))
    assert {where: texts[where] for where in NAV_NYNORSK} == NAV_NYNORSK


def test_load_form_follows_the_current_language() -> None:
    i18n.set_language("en")
    assert load_form().title == "Follow-up plan during sick leave"
    i18n.set_language("nb")
    assert load_form().title == "Oppfølgingsplan ved sykmelding"
