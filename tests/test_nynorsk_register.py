"""One nynorsk across the program, in NAV's register: «arbeidsgjevar» and «sjukefråver»
as NAV's nynorsk form writes them, wherever a nynorsk text lives (the message catalogue,
the form's nynorsk wording, the window's translations).

NAV's own sentences quoted verbatim keep NAV's spelling (its introduction writes
«sjukefråværsoppfølging»), so those are the only exceptions.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from importlib import resources

from oppfolging_gui.core.formspec import load_form
from oppfolging_gui.core.messages import MESSAGES

# The other spelling of a word NAV's nynorsk writes one way (what NAV writes in brackets).
NOT_NAVS = re.compile(r"arbeidsgiv\w*|sjukefråvær(?!soppfølging)\w*|næraste leder", re.IGNORECASE)


def _form_texts() -> list[str]:
    form = load_form("nn")
    texts = [form.title, *form.intro]
    for section in form.sections:
        texts += [section.title, section.intro, section.item_title, section.new_version_note]
        for group in section.groups:
            texts += [group.title, group.help]
            texts += [text for spec in group.fields for text in (spec.label, spec.help)]
    texts += [label for choices in form.choices.values() for label in choices.values()]
    return texts


def _window_texts() -> list[str]:
    ts = resources.files("oppfolging_gui.gui").joinpath("translations", "oppfolging_nn.ts")
    return [element.text or "" for element in ET.fromstring(ts.read_text("utf-8")).iter("translation")]


def test_nynorsk_says_arbeidsgjevar_and_sjukefraver_everywhere():
    texts = [text.nn for text in MESSAGES.values()] + _form_texts() + _window_texts()
    assert [text for text in texts if NOT_NAVS.search(text)] == []
