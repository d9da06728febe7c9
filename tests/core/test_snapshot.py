"""The plan copy autosave takes on the window's thread, and its JSON made in pieces."""

from __future__ import annotations

import json
from datetime import date

from oppfolging_gui.core.canonical import stored_dict
from oppfolging_gui.core.model import FollowUpEvent, Measure, Signature
from oppfolging_gui.core.snapshot import cheap_copy, json_bytes, stored_json_dict


def _signed(plan):
    strokes = [[(float(x), 12.5), (x + 1, 3)] for x in range(50)]
    plan.signatures.employee = Signature(name="Kari Nordmann", signed_on=date(2026, 1, 5), strokes=strokes)
    return plan


def test_the_copy_keeps_its_values_whatever_is_edited_after(filled_plan):
    plan = _signed(filled_plan)
    before = plan.model_dump()
    copy = cheap_copy(plan)
    plan.key_info.employer.name = "Endret etterpå"
    plan.measures.append(Measure(description="Nytt tiltak"))
    plan.measures[0].description = "Endret tiltak"
    plan.follow_up.events.append(FollowUpEvent(date=date(2026, 2, 1), kind="other", note="ny"))
    plan.signatures.employee = None
    assert copy.model_dump() == before


def test_the_strokes_are_shared_not_copied(filled_plan):
    plan = _signed(filled_plan)
    copy = cheap_copy(plan)
    assert copy.signatures.employee is not plan.signatures.employee
    assert copy.signatures.employee.strokes is plan.signatures.employee.strokes


def test_the_json_in_pieces_is_the_json_of_the_stored_plan(filled_plan):
    plan = _signed(filled_plan)
    plan.additional_info = 'Sitat «…» \\ "anførsel" \ud800 og æøå\nny linje'
    payload = {"format": "x", "plan": stored_json_dict(cheap_copy(plan)), "empty": [], "none": None}
    expected = {"format": "x", "plan": stored_dict(plan), "empty": [], "none": None}
    assert json_bytes(payload) == json.dumps(expected, ensure_ascii=True).encode("ascii")


def test_a_signature_is_converted_once_and_a_new_one_anew(filled_plan, monkeypatch):
    """Strokes are never changed in place: the next copy of the same signature reuses its
    JSON (a signature of many megabytes is converted once, not at every autosave), and a
    signature drawn again is a new list, written as it is."""
    plan = _signed(filled_plan)
    first = json_bytes(stored_json_dict(cheap_copy(plan)))
    dumped: list[object] = []
    real_dumps = json.dumps
    with monkeypatch.context() as patched:
        patched.setattr(json, "dumps", lambda value, **kw: dumped.append(value) or real_dumps(value, **kw))
        again = json_bytes(stored_json_dict(cheap_copy(plan)))
    assert again == first
    assert plan.signatures.employee.strokes[0] not in dumped  # no stroke converted again

    plan.signatures.employee = Signature(name="Kari Nordmann", signed_on=date(2026, 1, 6),
                                         strokes=[[(1.0, 2.0), (3, 4)]])
    expected = json.dumps(stored_dict(plan), ensure_ascii=True).encode("ascii")
    assert json_bytes(stored_json_dict(cheap_copy(plan))) == expected
