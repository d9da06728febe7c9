"""Språk → Bokmål / Nynorsk / English: the whole window changes at once, the plan stays."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from oppfolging_gui.core import i18n, settings
from oppfolging_gui.gui.i18n import remove_translations

from .window_helpers import IGNORE_OFFSCREEN, action, make_window, type_into, widget

pytestmark = IGNORE_OFFSCREEN


@pytest.fixture
def window(qtbot, qapp):
    window = make_window(qtbot)
    yield window
    remove_translations(qapp)  # later tests start from the source texts again


def _texts(window) -> set[str]:
    return {label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)}


def _checked(window) -> list[str]:
    return [lang for lang in ("nb", "nn", "en") if action(window, f"action_language_{lang}").isChecked()]


def test_bokmal_is_checked_at_start_and_exactly_one_language_is_checked(window):
    assert _checked(window) == ["nb"]
    action(window, "action_language_nn").trigger()
    assert _checked(window) == ["nn"]


def test_english_at_once_with_unsaved_edits_and_undo_kept(qtbot, window):
    type_into(qtbot, window, "key_info.employer.name", "Bakeriet AS")
    type_into(qtbot, window, "key_info.employee.first_name", "Kari")
    assert window.isWindowModified()

    action(window, "action_language_en").trigger()

    assert window.actions.save.text() == "&Save"
    assert [a.text() for a in window.menuBar().actions()][0] == "&File"
    assert "Follow-up plan during sick leave" in _texts(window)
    assert "Key information" in _texts(window)
    assert window.outline.item(0).text() == "Key information"
    # The plan and its history are the document's: untouched.
    assert widget(window, "key_info.employer.name").text() == "Bakeriet AS"
    assert widget(window, "key_info.employee.first_name").text() == "Kari"
    assert window.isWindowModified()
    action(window, "action_undo").trigger()
    assert widget(window, "key_info.employee.first_name").text() == ""
    assert window.document.plan.key_info.employer.name == "Bakeriet AS"
    # Typing goes on into the rebuilt form.
    type_into(qtbot, window, "key_info.employee.last_name", "Nordmann")
    assert window.document.plan.key_info.employee.last_name == "Nordmann"


def test_nynorsk_uses_navs_words_and_no_bokmal_is_left_in_the_menus(window):
    action(window, "action_language_nn").trigger()
    texts = _texts(window)
    assert "Oppfølgingsplan ved sjukmelding" in texts
    assert "Verksemda sitt namn" in " ".join(texts)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fil", "&Rediger", "&Språk", "&Hjelp"]
    assert window.actions.open.text() == "&Opne …"
    assert window.windowTitle().startswith("Ny plan (ikkje lagra)")


def test_the_choice_is_kept_for_the_next_start_and_the_command_line(window):
    action(window, "action_language_en").trigger()
    assert settings.saved_language() == "en"
    i18n.set_language(None)  # as at the next start
    assert i18n.current_language() == "en"


def test_back_to_bokmal(window):
    action(window, "action_language_en").trigger()
    action(window, "action_language_nb").trigger()
    assert window.actions.save.text() == "&Lagre"
    assert "Oppfølgingsplan ved sykmelding" in _texts(window)
    assert widget(window, "key_info.employer.name") is not None


def test_a_long_section_title_wraps_in_the_outline_instead_of_being_cut(qtbot, window):
    action(window, "action_language_en").trigger()
    outline = window.outline
    titles = [outline.item(row).text() for row in range(outline.count())]
    long_row = titles.index("Evaluation – effect of the measures")
    qtbot.waitUntil(lambda: outline.visualItemRect(outline.item(long_row)).height() > 0)
    long_rect = outline.visualItemRect(outline.item(long_row))
    short_rect = outline.visualItemRect(outline.item(titles.index("Progress")))
    assert long_rect.height() > short_rect.height()  # two lines, so nothing is cut off
    assert long_rect.width() <= outline.viewport().width()


def test_section_titles_wrap_at_the_outlines_width_with_and_without_its_scroll_bar(qtbot, window):
    from oppfolging_gui.gui.main_window import _items_width

    action(window, "action_language_en").trigger()
    outline = window.outline
    qtbot.waitUntil(lambda: outline.viewport().width() > 0)
    assert _items_width(outline) == outline.viewport().width()
    window.resize(window.width(), 240)  # too short for every title: a scroll bar comes
    qtbot.waitUntil(lambda: outline.verticalScrollBar().isVisible())
    assert _items_width(outline) == outline.viewport().width()
