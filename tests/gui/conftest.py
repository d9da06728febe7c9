"""Fixtures for the window tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator


@pytest.fixture
def qt_in_bokmal(qapp):
    """The program's translations installed as ``run_gui`` installs them, removed after."""
    from oppfolging_gui.gui.app import _install_translations

    _install_translations(qapp)
    yield qapp
    for translator in qapp.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
