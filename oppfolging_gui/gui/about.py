""""Om programmet": name, version, what the program is, its licence and the licences
of everything it ships (listed in ``resources/licenses/index.json``, written by
``packaging/collect_licenses.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..core.formspec import load_form
from .i18n import tr
from .icons import program_icon

PROGRAM_LICENCE = "MIT"


# The words of resources/licenses/index.json (written by packaging/collect_licenses.py in
# bokmål), listed here so that pyside6-lupdate takes them into the translations; a test
# fails when the index has a word this list lacks.
LICENCE_WORDS = (
    QT_TR_NOOP("Dette programmet"),
    QT_TR_NOOP("Qt 6 og PySide6"),
    QT_TR_NOOP("sRGB-fargeprofil"),
    QT_TR_NOOP("Vinduer, utskrift og forhåndsvisning"),
    QT_TR_NOOP("Teksten LGPL-3.0 bygger på"),
    QT_TR_NOOP("Lager PDF"),
    QT_TR_NOOP("Leser og kontrollerer planfilene"),
    QT_TR_NOOP("Del av pydantic"),
    QT_TR_NOOP("Finner mappene for innstillinger og logg"),
    QT_TR_NOOP("Lager kalenderfiler med fristene"),
    QT_TR_NOOP("Del av icalendar"),
    QT_TR_NOOP("Tidssoner for icalendar"),
    QT_TR_NOOP("Bilder i PDF (brukt av reportlab)"),
    QT_TR_NOOP("Del av reportlab"),
    QT_TR_NOOP("Skriften i PDF-ene"),
    QT_TR_NOOP("Fargeprofilen i arkiv-PDF-ene (PDF/A)"),
    QT_TR_NOOP("Fri bruk"),
    QT_TR_NOOP("Programmeringsspråket programmet er skrevet i"),
    QT_TR_NOOP("Starter programmet i den ferdige pakken"),
    QT_TR_NOOP("GPL-2.0 med unntak for starteren"),
)


@dataclass(frozen=True)
class Licence:
    component: str
    use: str
    licence: str
    file: str  # relative to the resources package, "/"-separated

    def text(self) -> str:
        return _resource(self.file).read_text(encoding="utf-8")


def _resource(relative: str) -> Traversable:
    node = resources.files("oppfolging_gui.resources")
    for part in relative.split("/"):
        node = node / part
    return node


def shipped_licences() -> list[Licence]:
    """This program first, then every third-party component the bundle carries."""
    entries = json.loads(_resource("licenses/index.json").read_text(encoding="utf-8"))
    return [Licence(**entry) for entry in entries]


def _what_it_is() -> str:
    form = load_form()
    title = form.title[:1].lower() + form.title[1:]
    return tr(
        "Skrivebordsprogram for %s (%s). Arbeidsgiver og arbeidstaker "
        "lager, reviderer, signerer, skriver ut og tar vare på planen sammen."
    ) % (title, form.form_number)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(tr("Om programmet"))
        self.setWindowIcon(program_icon())
        self.resize(720, 580)

        layout = QVBoxLayout(self)
        self._add_header(layout)
        layout.addWidget(self._paragraph(_what_it_is()))
        privacy = self._paragraph(
            tr("<b>Ingen data sendes over nettet.</b> Planene blir bare lagret på denne datamaskinen.")
        )
        privacy.setObjectName("about_privacy")
        layout.addWidget(privacy)
        layout.addWidget(self._paragraph(tr(
            "Programmet er fri programvare med lisensen %s, og leveres uten noen form "
            "for garanti. Det bruker disse komponentene, hver med sin lisens. Qt-bibliotekene ligger "
            "som egne filer i programmappen og kan byttes ut.") % PROGRAM_LICENCE
        ))
        layout.addWidget(self._licence_browser(), stretch=1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Lukk"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_header(self, layout: QVBoxLayout) -> None:
        # Each row is in the dialog's layout before its widgets go in, so they are owned
        # once (by Qt): see tests/gui/test_widget_ownership.py.
        row = QHBoxLayout()
        layout.addLayout(row)
        icon = QLabel()
        icon.setPixmap(program_icon().pixmap(64, 64))
        row.addWidget(icon, alignment=Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        row.addLayout(column, stretch=1)
        name = QLabel(f"<span style='font-size:16pt; font-weight:600'>{APP_NAME}</span>")
        name.setObjectName("about_name")
        version = QLabel(tr("Versjon %s") % __version__)
        version.setObjectName("about_version")
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(name)
        column.addWidget(version)
        column.addStretch(1)

    @staticmethod
    def _paragraph(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _licence_browser(self) -> QSplitter:
        self.licences = QTreeWidget()
        self.licences.setObjectName("about_licences")
        self.licences.setHeaderLabels([tr("Komponent"), tr("Lisens"), tr("Brukes til")])
        self.licences.setRootIsDecorated(False)
        self.licences.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for licence in shipped_licences():
            # Names stay names (the program is «Oppfølgingsplan» in every language, as in the header).
            component = tr(licence.component) if licence.component in LICENCE_WORDS else licence.component
            item = QTreeWidgetItem([component, tr(licence.licence), tr(licence.use)])
            item.setData(0, Qt.ItemDataRole.UserRole, licence)
            self.licences.addTopLevelItem(item)
        for column in range(3):
            self.licences.resizeColumnToContents(column)

        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("about_licence_text")
        self.licence_text.setReadOnly(True)
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.licences.currentItemChanged.connect(self._show_licence)
        self.licences.setCurrentItem(self.licences.topLevelItem(0))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.licences)
        splitter.addWidget(self.licence_text)
        splitter.setSizes([200, 220])
        return splitter

    def _show_licence(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None:
            self.licence_text.clear()
            return
        licence: Licence = item.data(0, Qt.ItemDataRole.UserRole)
        self.licence_text.setPlainText(licence.text())


def show_about(parent: QWidget | None) -> None:
    """Show "Om programmet" and wait until the user closes it."""
    AboutDialog(parent).exec()
