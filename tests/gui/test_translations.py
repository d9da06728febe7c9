"""Qt's own buttons and dialogs speak bokmål, as the rest of the program does.

Qt ships no bokmål translation (only nynorsk), so without ours a Norwegian manager would
be asked «Ulagrede endringer» with the buttons Save, Discard and Cancel.
"""

from __future__ import annotations

import ast
import functools
import operator
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

FOLDER = Path(str(resources.files("oppfolging_gui.gui").joinpath("translations")))
QT_FILES = sorted(FOLDER.glob("qtbase_*.ts"))  # bokmål; nynorsk where Qt's own does not fit


def test_message_box_buttons_and_text_menus_are_in_bokmal(qt_in_bokmal):
    button = QMessageBox.StandardButton
    expected = {button.Save: "Lagre", button.Discard: "Forkast", button.Cancel: "Avbryt",
                button.Yes: "Ja", button.No: "Nei"}
    box = QMessageBox()
    box.setStandardButtons(functools.reduce(operator.or_, expected))
    for standard, text in expected.items():
        assert box.button(standard).text().replace("&", "") == text
    assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Lim inn"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "Fil&navn:"
    assert QCoreApplication.translate("QPrintSettingsOutput", "Copies:") == "Eksemplarer:"
    # Left to right: the one string in Qt's catalogue that is a setting, not a text.
    assert QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "LTR"


# What a user sees of Qt's own in each window language: the buttons of the unsaved-changes
# question, the context menu of every text field (in menu order), the file dialog Qt shows
# where the system has none of its own, and the calendar of the date fields.
QT_OWN = {
    "nb": (["Ja", "Nei", "Lagre", "Forkast", "Avbryt"],
           ["Angre", "Gjør om", "Klipp ut", "Kopier", "Lim inn", "Slett", "Merk alt"], "Se i:", "desember"),
    "nn": (["Ja", "Nei", "Lagre", "Forkast", "Avbryt"],
           ["Angre", "Gjer om", "Klipp ut", "Kopier", "Lim inn", "Slett", "Merk alt"], "Leit i:", "desember"),
    "en": (["Yes", "No", "Save", "Discard", "Cancel"],
           ["Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All"], "Look in:", "December"),
}


def _shown(text: str) -> str:
    return text.split("\t")[0].replace("&", "")


@pytest.mark.parametrize("language", QT_OWN)
def test_qt_own_buttons_menus_and_dialogs_speak_the_window_language(qapp, language):
    from PySide6.QtWidgets import QCalendarWidget, QFileDialog, QLabel, QLineEdit, QPlainTextEdit

    from oppfolging_gui.gui.i18n import install_translations, remove_translations, window_locale

    buttons, menu, look_in, december = QT_OWN[language]
    install_translations(qapp, language)
    try:
        box = QMessageBox()
        standard = QMessageBox.StandardButton
        order = [standard.Yes, standard.No, standard.Save, standard.Discard, standard.Cancel]
        box.setStandardButtons(functools.reduce(operator.or_, order))
        assert [_shown(box.button(b).text()) for b in order] == buttons
        for edit in (QLineEdit(), QPlainTextEdit()):
            shown = [_shown(a.text()) for a in edit.createStandardContextMenu().actions() if a.text()]
            assert shown[:len(menu)] == menu
        dialog = QFileDialog(None, "", "", "")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {_shown(label.text()) for label in dialog.findChildren(QLabel)}
        assert look_in in labels
        calendar = QCalendarWidget()
        calendar.setLocale(window_locale(language))
        assert calendar.locale().monthName(12) == december
    finally:
        remove_translations(qapp)


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


@pytest.mark.parametrize("ts", QT_FILES, ids=lambda path: path.stem)
def test_every_message_is_translated_with_its_placeholders_and_one_shortcut_letter(ts):
    for context, source, translation in _messages(ts):
        assert translation is not None and translation.get("type") is None, (context, source)
        text = translation.text or ""
        assert text.strip(), (context, source)
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), (context, source)
        has_shortcut = re.compile(r"&(?!&)\w")
        assert bool(has_shortcut.search(source)) == bool(has_shortcut.search(text)), (context, source)


@pytest.mark.parametrize("ts", QT_FILES, ids=lambda path: path.stem)
def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path, ts):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / "compiled.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(compiled)], check=True, timeout=60)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run: python3 dev.py translations"


# ------------------------------------------------------------------ the program's own texts
OURS = {lang: FOLDER / f"oppfolging_{lang}.ts" for lang in ("nn", "en")}
GUI = Path(str(resources.files("oppfolging_gui.gui")))


def _our_messages(language: str):
    for message in ET.parse(OURS[language]).getroot().iter("message"):
        yield message.findtext("source"), message.find("translation")


@pytest.mark.parametrize("language", ["nn", "en"])
def test_every_text_of_the_window_is_translated_with_its_placeholders(language):
    has_shortcut = re.compile(r"&(?!&)\w")
    for source, translation in _our_messages(language):
        assert translation is not None and translation.get("type") is None, source
        text = translation.text or ""
        assert text.strip(), source
        assert sorted(re.findall(r"%[sd]", source)) == sorted(re.findall(r"%[sd]", text)), source
        assert bool(has_shortcut.search(source)) == bool(has_shortcut.search(text)), source


def test_the_translations_hold_every_text_of_the_sources(tmp_path):
    """A new tr() text fails here until ``python3 dev.py translations`` has taken it in and
    it is translated (the test above)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in GUI.glob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True, timeout=120)
    wanted = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    for language in OURS:
        have = {source for source, _ in _our_messages(language)}
        assert wanted - have == set(), f"run: python3 dev.py translations ({language})"


@pytest.mark.parametrize("language", ["nn", "en"])
def test_our_shipped_qm_is_compiled_from_the_ts(tmp_path, language):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / "ours.qm"
    subprocess.run([str(lrelease), "-silent", str(OURS[language]), "-qm", str(compiled)], check=True, timeout=60)
    assert compiled.read_bytes() == (FOLDER / f"oppfolging_{language}.qm").read_bytes(), "run: python3 dev.py translations"


@pytest.mark.parametrize(("language", "cancel", "save"), [("nb", "Avbryt", "&Lagre"), ("nn", "Avbryt", "&Lagre"),
                                                          ("en", "Cancel", "&Save")])
def test_qt_and_the_program_speak_the_same_language(qapp, language, cancel, save):
    from oppfolging_gui.gui.i18n import install_translations, remove_translations, tr

    install_translations(qapp, language)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        assert tr("&Lagre") == save
    finally:
        remove_translations(qapp)
    assert tr("&Lagre") == "&Lagre"


# ------------------------------------------------------------------ one tr() for the window
def translation_helpers(name: str, tree: ast.AST) -> list[str]:
    """Every way ``tree`` (the module ``gui/name``) translates a text other than ``gui.i18n.tr``.

    ``self.tr()`` files its text under the class's context and a helper of one's own under
    another: lupdate and the runtime must agree on the context, and a second helper makes a
    text that one of them looks for in the wrong place (the window stays bokmål).
    Reading Qt's *own* catalogue (a context starting with ``Q``, as the packaging smoke
    test does to check that Qt speaks bokmål) is not a helper.
    """
    found = []
    for node in ast.walk(tree):
        where = f"gui/{name}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Call):
            called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if called == "tr" and isinstance(node.func, ast.Attribute):
                found.append(f"{where}: {ast.unparse(node.func)}()")
            context = node.args[0] if node.args else None
            qt_own = isinstance(context, ast.Constant) and str(context.value).startswith("Q")
            if called in ("translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3") and not qt_own:
                found.append(f"{where}: {called}() with a context of its own")
        if isinstance(node, ast.FunctionDef) and node.name in ("tr", "_tr", "_"):
            found.append(f"{where}: def {node.name}")
        if isinstance(node, ast.ImportFrom) and any(a.name == "tr" for a in node.names) and node.module != "i18n":
            found.append(f"{where}: tr imported from {node.module}")
    return found


def test_every_window_text_goes_through_the_one_tr():
    found = [line for path in sorted(GUI.glob("*.py")) if path.name != "i18n.py"
             for line in translation_helpers(path.name, ast.parse(path.read_text("utf-8")))]
    assert found == [], "use: from .i18n import tr"


def test_the_one_tr_guard_sees_the_helpers_it_forbids():
    source = (
        "from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP\n"
        "from .overview import tr\n"
        "class Dialog:\n"
        "    def title(self):\n"
        "        return self.tr('Versjoner')\n"
        "def tr(text):\n"
        "    return QCoreApplication.translate('PlansOverview', text)\n"
        "HEADERS = (QT_TRANSLATE_NOOP('PlansOverview', 'Fil'),)\n"
        "SMOKE = QCoreApplication.translate('QPlatformTheme', 'Cancel')\n"
    )
    found = translation_helpers("bad.py", ast.parse(source))
    assert sorted(line.split(": ", 1)[1] for line in found) == [
        "QT_TRANSLATE_NOOP() with a context of its own", "def tr", "self.tr()",
        "tr imported from overview", "translate() with a context of its own",
    ]


@pytest.mark.parametrize("language", ["nn", "en"])
def test_our_translations_have_one_context(language):
    """One ``tr()``: every text of ours in the one (empty) context; Qt's own contexts aside."""
    contexts = {c.findtext("name") for c in ET.parse(OURS[language]).getroot().iter("context")}
    assert {c for c in contexts if not c.startswith("Q")} == {""}
