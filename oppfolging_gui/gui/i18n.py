"""The window's language: the one ``tr()`` for our texts, and the translators behind it.

The program is written in bokmål; ``translations/oppfolging_nn.ts`` and
``oppfolging_en.ts`` translate it (``python3 dev.py translations`` updates them from
the sources with ``pyside6-lupdate`` and compiles them). Every text of ours goes
through :func:`tr`, in one translation context, so lupdate finds every call the
same way wherever it is (a module function, a method, a ``QT_TR_NOOP`` in a table).

Qt's own words (Ja, Avbryt, the file and print dialogs, the context menus of text
fields) follow the same language: Qt ships nynorsk, its source texts are English, and
bokmål is ours (``translations/qtbase_nb.ts``). Qt's nynorsk predates a few Qt 6
texts (a shortcut letter added to «Look in:»); ``translations/qtbase_nn_extra.ts``
fills those. Month and day names (the date fields' calendar) come from
:func:`window_locale`, not from a translation.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.i18n import Language, current_language

# lupdate files a bare tr() under the empty context; runtime looks it up there too.
CONTEXT = ""
_TRANSLATOR_NAME = "oppfolging_translator"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` (bokmål, as written in the source) in the window's language."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def install_translations(app: QCoreApplication, language: Language) -> None:
    """Speak ``language`` from now on: ours and Qt's own translations, the old ones removed.

    Installing or removing a translator sends every widget a ``LanguageChange``
    event; widgets built from then on are in the new language at once.
    """
    remove_translations(app)
    folder = str(resources.files("oppfolging_gui.gui").joinpath("translations"))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted: list[tuple[str, str]] = {
        "nb": [("qtbase_nb", folder)],  # Qt ships no bokmål: ours
        # Searched newest first: Qt's nynorsk, then ours where Qt's has a gap.
        "nn": [(f"oppfolging_{language}", folder), ("qtbase_nn", qt_folder), ("qtbase_nn_extra", folder)],
        "en": [(f"oppfolging_{language}", folder)],  # Qt's own source texts are English
    }[language]
    for name, where in wanted:
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        if translator.load(name, where):
            app.installTranslator(translator)
        else:
            translator.deleteLater()


_LOCALES: dict[Language, tuple[QLocale.Language, QLocale.Country]] = {
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "nn": (QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),  # weeks start on Monday
}


def window_locale(language: Language | None = None) -> QLocale:
    """The locale whose month and day names Qt's widgets show: the window's language, not the system's."""
    return QLocale(*_LOCALES[language or current_language()])


def remove_translations(app: QCoreApplication) -> None:
    """Back to the source texts (bokmål, Qt's English): the translators :func:`install_translations` added."""
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
