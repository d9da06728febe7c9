"""The language rule of ``command-line.md``: chosen, else kept in the settings, else the system's."""

from __future__ import annotations

import pytest

from oppfolging_gui.core import i18n, settings


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "nb"),
        ({"LANG": "nn_NO.UTF-8"}, "nn"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "no_NO"}, "nb"),
        ({"LANG": "nb_NO.UTF-8"}, "nb"),
        ({"LANG": "de_DE.UTF-8"}, "nb"),  # anything else: bokmål
        ({"LANG": "C.UTF-8"}, "nb"),
        ({"LANGUAGE": "nn:nb", "LANG": "en_US.UTF-8"}, "nn"),  # the first variable set decides
        ({"LC_ALL": "en_US.UTF-8", "LANG": "nn_NO.UTF-8"}, "en"),
        ({"LC_MESSAGES": "nn_NO", "LANG": "en_US"}, "nn"),
        ({"LANGUAGE": "", "LANG": "en_US"}, "en"),  # set but empty counts as not set
        ({"LANGUAGE": "fr", "LANG": "en_US"}, "nb"),  # ... but a foreign language is "anything else"
        ({"LANG": "nn_NO@euro"}, "nn"),
    ],
)
def test_system_language_follows_the_first_variable_that_is_set(environ: dict[str, str], expected: str) -> None:
    assert i18n.system_language(environ) == expected


def test_the_language_kept_in_the_settings_wins_over_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    i18n.set_language(None)
    assert i18n.current_language() == "en"
    settings.save_language("nn")
    i18n.set_language(None)  # worked out again, as at the next start
    assert i18n.current_language() == "nn"


def test_a_language_chosen_for_the_run_wins_over_the_settings() -> None:
    settings.save_language("nn")
    i18n.set_language("en")
    assert i18n.current_language() == "en"
    assert i18n.resolve(None) == "en"
    assert i18n.resolve("nb") == "nb"


def test_a_damaged_settings_value_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "nn_NO.UTF-8")
    settings._store({"language": "klingon"})
    i18n.set_language(None)
    assert i18n.current_language() == "nn"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        i18n.set_language("de")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        i18n.resolve("sv")
