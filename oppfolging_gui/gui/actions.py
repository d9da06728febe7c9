"""The window's actions (menus, toolbar, shortcuts), named per ``gui-contract.md``."""

from typing import NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from .i18n import tr


class Actions(NamedTuple):
    new: QAction
    open: QAction
    save: QAction
    save_as: QAction
    new_version: QAction
    versions: QAction
    overview: QAction
    delete_plan: QAction
    archive: QAction
    export_pdf: QAction
    print: QAction
    reset: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    add_measure: QAction
    example: QAction
    about: QAction


def _action(parent: QObject, name: str, text: str, *shortcuts: QKeySequence | str, tip: str = "") -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


def create_actions(parent: QObject) -> Actions:
    key = QKeySequence.StandardKey
    return Actions(
        new=_action(parent, "action_new", tr("&Ny plan"), key.New, tip=tr("Start en ny, tom plan")),
        open=_action(parent, "action_open", tr("&Åpne …"), key.Open, tip=tr("Åpne en lagret plan")),
        save=_action(parent, "action_save", tr("&Lagre"), key.Save, tip=tr("Lagre planen")),
        save_as=_action(parent, "action_save_as", tr("Lagre &som …"), "Ctrl+Shift+S",
                        tip=tr("Lagre planen under et nytt navn")),
        new_version=_action(parent, "action_new_version", tr("Opprett ny &versjon av planen …"),
                            tip=tr("Lag neste versjon: nøkkelopplysningene og oppfølgingsloggen følger med")),
        versions=_action(parent, "action_versions", tr("Ve&rsjoner …"),
                         tip=tr("Se alle versjoner av planen i mappen")),
        overview=_action(parent, "action_overview", tr("O&versikt over planer"), "Ctrl+Shift+O",
                         tip=tr("Alle planene i planmappen, mest hastende først")),
        delete_plan=_action(parent, "action_delete_plan", tr("S&lett plan …"),
                            tip=tr("Slett alle versjoner av planen og gjenopprettingskopiene")),
        archive=_action(parent, "action_archive", tr("Ar&kiver planen …"),
                        tip=tr("Lag ett arkivdokument (PDF/A) med alle versjonene og oppfølgingsloggen")),
        export_pdf=_action(parent, "action_export_pdf", tr("Eksporter &PDF …"), "Ctrl+E",
                           tip=tr("Lagre planen som PDF")),
        print=_action(parent, "action_print", tr("Skriv &ut …"), key.Print, tip=tr("Skriv ut planen")),
        reset=_action(parent, "action_reset", tr("&Nullstill skjemaet …"),
                      tip=tr("Tøm alle feltene (kan angres)")),
        quit=_action(parent, "action_quit", tr("&Avslutt"), "Ctrl+Q"),
        undo=_action(parent, "action_undo", tr("&Angre"), "Ctrl+Z"),
        redo=_action(parent, "action_redo", tr("&Gjør om"), "Ctrl+Shift+Z", "Ctrl+Y"),
        add_measure=_action(parent, "action_add_measure", tr("Legg til &tiltak"),
                            tip=tr("Legg til en ny tiltaksblokk")),
        example=_action(parent, "action_example", tr("Åpne &eksempelplan"),
                        tip=tr("Se en ferdig utfylt plan (oppdiktet)")),
        about=_action(parent, "action_about", tr("&Om programmet")),
    )


def retranslate_actions(actions: Actions) -> None:
    """Every action's texts in the current language (after the language changed).

    The texts are those of freshly made actions, so this never drifts from
    :func:`create_actions`; the actions themselves (connections, shortcuts, state)
    stay as they are.
    """
    owner = QObject()
    fresh = create_actions(owner)
    for old, new in zip(actions, fresh):
        old.setText(new.text())
        old.setToolTip(new.toolTip())
        old.setStatusTip(new.statusTip())
    owner.deleteLater()
