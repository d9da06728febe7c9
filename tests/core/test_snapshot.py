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
