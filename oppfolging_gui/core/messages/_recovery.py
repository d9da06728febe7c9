"""Recovery copies (the unsaved state of an open plan): what is wrong with a damaged one.

The question and the dialog that offer the copies are window texts (``gui/recovery.py``,
through ``tr``); these are the core's words about a copy, shown in that dialog.
"""

from __future__ import annotations

from ._text import Text

RECOVERY: dict[str, Text] = {
    "recovery.new_plan": Text(nb="ny plan (ikke lagret)", nn="ny plan (ikkje lagra)", en="new plan (not saved)"),
    "recovery.unknown_name": Text(nb="Gjenopprettingskopien har et ukjent navn.",
                                  nn="Gjenopprettingskopien har eit ukjent namn.",
                                  en="The recovery copy has an unknown name."),
    "recovery.gone": Text(nb="Gjenopprettingskopien finnes ikke lenger.",
                          nn="Gjenopprettingskopien finst ikkje lenger.",
                          en="The recovery copy no longer exists."),
    "recovery.too_big": Text(nb="Gjenopprettingskopien er skadet (altfor stor).",
                             nn="Gjenopprettingskopien er skadd (altfor stor).",
                             en="The recovery copy is damaged (far too big)."),
    "recovery.not_regular": Text(nb="Gjenopprettingskopien er ikke en vanlig fil.",
                                 nn="Gjenopprettingskopien er ikkje ei vanleg fil.",
                                 en="The recovery copy is not an ordinary file."),
    "recovery.damaged": Text(nb="Gjenopprettingskopien er skadet.", nn="Gjenopprettingskopien er skadd.",
                             en="The recovery copy is damaged."),
    "recovery.no_plan": Text(nb="Gjenopprettingskopien er skadet (mangler planen).",
                             nn="Gjenopprettingskopien er skadd (manglar planen).",
                             en="The recovery copy is damaged (the plan is missing)."),
}
