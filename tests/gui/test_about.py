"""'Om programmet': what a user sees, and that every shipped licence text is there."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QTreeWidget

from oppfolging_gui import __version__
from oppfolging_gui.gui.about import AboutDialog, show_about, shipped_licences

REPO = Path(__file__).resolve().parents[2]

# Qt's offscreen platform warns about every top-level window with a layout; a real
# desktop does not, so this one message is not a defect of the dialog.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def _all_label_text(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_shows_name_version_and_no_network_promise(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()

    text = _all_label_text(dialog)
    assert dialog.windowTitle() == "Om programmet"
    assert "Oppfølgingsplan" in text
    assert f"Versjon {__version__}" in text
    assert "NAV 25-02.01" in text
    assert "Ingen data sendes over nettet" in text
    assert "MIT" in text
    assert not dialog.windowIcon().isNull()


def test_about_lists_third_party_licences_and_shows_their_text(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.findChild(QTreeWidget, "about_licences")
    text_view = dialog.findChild(QPlainTextEdit, "about_licence_text")

    rows = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    for component, licence in [("Qt 6 og PySide6", "LGPL-3.0"), ("reportlab", "BSD"), ("pydantic", "MIT"),
                               ("platformdirs", "MIT"), ("icalendar", "BSD-2-Clause"), ("Noto Sans", "OFL-1.1")]:
        assert rows[component].text(1) == licence

    assert "MIT License" in text_view.toPlainText()  # the program's own licence first
    tree.setCurrentItem(rows["Qt 6 og PySide6"])
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text_view.toPlainText()
    tree.setCurrentItem(rows["Noto Sans"])
    assert "SIL OPEN FONT LICENSE" in text_view.toPlainText()


def test_show_about_returns_when_closed(qtbot):
    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    show_about(None)


def test_every_licence_file_is_shipped_and_the_program_licence_matches_the_repository():
    for licence in shipped_licences():
        assert licence.text().strip(), licence.file
    program = shipped_licences()[0]
    assert program.component == "Oppfølgingsplan"
    assert program.text() == (REPO / "LICENSE").read_text(encoding="utf-8")


def test_every_font_licence_is_listed():
    # A font added to resources/fonts with its own licence file must show up in the dialog.
    fonts = resources.files("oppfolging_gui.resources") / "fonts"
    listed = {licence.file for licence in shipped_licences()}
    for entry in fonts.iterdir():
        if entry.name.lower().endswith(".txt"):
            assert f"fonts/{entry.name}" in listed


def test_what_each_component_is_used_for_is_said_in_the_window_language(qtbot, qapp):
    """In English every word differs from the bokmål (in nynorsk «Del av pydantic» stays as it is;
    the translations test sees that every text is translated there too)."""
    from oppfolging_gui.gui.about import LICENCE_WORDS
    from oppfolging_gui.gui.i18n import install_translations, remove_translations

    assert {licence.use for licence in shipped_licences()} <= set(LICENCE_WORDS), "add the new words to LICENCE_WORDS"
    install_translations(qapp, "en")
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        tree = dialog.licences
        uses = [tree.topLevelItem(row).text(2) for row in range(tree.topLevelItemCount())]
        program = tree.topLevelItem(0).text(0)
    finally:
        remove_translations(qapp)
    bokmal = [licence.use for licence in shipped_licences()]
    assert [use for use, nb in zip(uses, bokmal, strict=True) if use == nb] == []
    assert program == "Oppfølgingsplan"  # a name, as in the header above the table
