"""The message catalogue: every key in all three languages, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from oppfolging_gui.core import i18n
from oppfolging_gui.core.messages import MESSAGES, message


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_exists_in_all_three_languages_with_the_same_placeholders(key: str) -> None:
    text = MESSAGES[key]
    for language in i18n.LANGUAGES:
        assert getattr(text, language).strip(), f"{key} has no {language}"
    assert _placeholders(text.nb) == _placeholders(text.nn) == _placeholders(text.en), key


def test_message_speaks_the_current_language_unless_told() -> None:
    i18n.set_language("nn")
    assert message("argparse.expected_one") == "treng ein verdi"
    assert message("argparse.expected_one", "en") == "expected one argument"
    i18n.set_language("nb")
    assert message("cli.bad_date", text="1.2.2025") == "«1.2.2025» er ikke en dato på formen ÅÅÅÅ-MM-DD"


def test_a_missing_placeholder_value_is_an_error_not_a_half_message() -> None:
    with pytest.raises(KeyError):
        message("cli.bad_date", "nb")


def test_no_key_is_written_twice_in_a_table():
    """A dict literal keeps the last of two equal keys without a word: one of them would be lost."""
    import ast
    from pathlib import Path

    import oppfolging_gui.core.messages as package

    for path in Path(package.__file__).parent.glob("_*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                assert len(keys) == len(set(keys)), (path.name, sorted(k for k in keys if keys.count(k) > 1))
