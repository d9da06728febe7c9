"""PlanDocument: one undo step per field while typing, structural edits as one step."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from oppfolging_gui.core.document import FieldChanged, PlanDocument, PlanReplaced
from oppfolging_gui.core.model import Measure, Plan


def test_typing_in_one_field_is_one_undo_step_and_undo_to_saved_is_unmodified():
    document = PlanDocument(Plan.new())
    changes = []
    document.subscribe(changes.append)
    for text in ("B", "Ba", "Bak"):
        document.set("key_info.employer.name", text)
    document.set("progress", "x")
    assert document.modified
    document.undo()
    document.undo()
    assert document.get("key_info.employer.name") == "" and not document.modified
    assert changes[-1] == FieldChanged("key_info.employer.name", "")
    document.redo()
    assert document.get("key_info.employer.name") == "Bak"


def test_a_wrong_type_is_refused_before_anything_is_recorded():
    document = PlanDocument(Plan.new())
    with pytest.raises(ValidationError):
        document.set("key_info.absence.sick_leave_percent", "50")
    assert not document.can_undo and not document.modified


def test_a_structural_edit_is_one_step_and_a_failing_one_leaves_no_trace():
    document = PlanDocument(Plan.new())
    changes = []
    document.subscribe(changes.append)
    document.edit(lambda plan: plan.measures.append(Measure()), "Legg til tiltak")
    assert len(document.plan.measures) == 2 and isinstance(changes[-1], PlanReplaced)

    def half_done(plan: Plan) -> None:
        plan.measures.append(Measure())
        plan.progress = 5  # type: ignore[assignment]  # refused halfway

    with pytest.raises(ValidationError):
        document.edit(half_done, "Feil")
    assert len(document.plan.measures) == 2 and document.undo_label == "Legg til tiltak"
    document.undo()
    assert len(document.plan.measures) == 1 and not document.modified


def test_rows_inserted_by_an_edit_are_told_and_undo_tells_them_removed():
    from datetime import date

    from oppfolging_gui.core.document import RowsChanged
    from oppfolging_gui.core.model import FollowUpEvent

    document = PlanDocument(Plan.new())
    changes = []
    document.subscribe(changes.append)
    added = RowsChanged("follow_up.events", 0, 1, inserted=True)
    event = FollowUpEvent(date=date(2026, 12, 1), kind="other")
    document.edit(lambda plan: plan.follow_up.events.append(event), "Legg til hendelse", rows=added)
    assert changes[-1] == PlanReplaced("Legg til hendelse", added)
    document.undo()
    assert changes[-1].rows == RowsChanged("follow_up.events", 0, 1, inserted=False)
    assert document.plan.follow_up.events == []
    document.redo()
    assert changes[-1].rows == added
    document.edit(lambda plan: plan.measures.append(Measure()), "Legg til tiltak")
    assert changes[-1].rows is None  # an edit that says nothing about rows
