"""Språk → Bokmål / Nynorsk / English: the window's language, kept in the settings.

The choice is the language of the window, of the PDFs it makes and of the command
line (``gui-contract.md``), and takes effect at once. Each language is named in its
own words, never translated: someone who cannot read the current language must
still find their own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QWidget

from ..core.i18n import LANGUAGES, Language, current_language

NAMES: dict[Language, str] = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}


class LanguageActions:
    """``action_language_nb`` / ``_nn`` / ``_en``: checkable, exactly one checked."""

    def __init__(self, parent: QWidget, choose: Callable[[Language], None]) -> None:
        self.group = QActionGroup(parent)
        self.group.setExclusive(True)
        self.actions: dict[Language, QAction] = {}
        for language in LANGUAGES:
            action = QAction(NAMES[language], parent)
            action.setObjectName(f"action_language_{language}")
            action.setCheckable(True)
            action.triggered.connect(lambda checked=False, lang=language: choose(lang))
            self.group.addAction(action)
            self.actions[language] = action
        self.show_current()

    def show_current(self) -> None:
        self.actions[current_language()].setChecked(True)
