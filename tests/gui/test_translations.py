"""Qt's own buttons and dialogs speak bokmål, as the rest of the program does.

Qt ships no bokmål translation (only nynorsk), so without ours a Norwegian manager would
be asked «Ulagrede endringer» with the buttons Save, Discard and Cancel.
"""

from __future__ import annotations

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
TS = FOLDER / "qtbase_nb.ts"


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


def _messages():
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def test_every_message_is_translated_with_its_placeholders_and_one_shortcut_letter():
    for context, source, translation in _messages():
        assert translation is not None and translation.get("type") is None, (context, source)
        text = translation.text or ""
        assert text.strip(), (context, source)
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), (context, source)
        has_shortcut = re.compile(r"&(?!&)\w")
        assert bool(has_shortcut.search(source)) == bool(has_shortcut.search(text)), (context, source)


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / "qtbase_nb.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(compiled)], check=True, timeout=60)
    assert compiled.read_bytes() == (FOLDER / "qtbase_nb.qm").read_bytes(), "run: python3 dev.py translations"
