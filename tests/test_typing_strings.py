"""``typing_strings.compiled_once``: each distinct type string compiled once while the
plan core is imported (pydantic's import makes hundreds of equal forward references)."""

import typing

from oppfolging_gui.typing_strings import compiled_once


def test_equal_strings_share_one_compiled_code_within_the_block():
    with compiled_once():
        first, second = typing.ForwardRef("dict[str, int]"), typing.ForwardRef("dict[str, int]")
    assert first.__forward_code__ is second.__forward_code__
    assert typing.ForwardRef("dict[str, int]").__forward_code__ is not first.__forward_code__  # after it: as before
    assert eval(first.__forward_code__) == dict[str, int]  # noqa: S307 (our own string)


def test_typing_is_as_it_was_after_the_block():
    with compiled_once():
        assert "compile" in vars(typing)
    assert "compile" not in vars(typing)
