"""An open plan: the model, its file, its undo history and who to tell about changes.

The window never holds plan state of its own. Every edit goes through
:meth:`PlanDocument.set` (one field) or :meth:`PlanDocument.edit` (a structural
change such as adding a measure), which records an undo step and tells every
subscriber what changed; widgets update themselves from these notifications.

Undo follows the gui contract: typing in one field is one step until another
field is edited; undo/redo work whichever widget has focus. Undoing back to the
saved state makes the document unmodified again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from . import fieldpath
from .model import Plan
from .plan_identity import employee_key, start_new_plan


class FieldChanged(NamedTuple):
    path: str
    value: Any


class RowsChanged(NamedTuple):
    """Rows ``first`` .. ``first + count - 1`` inserted into (or removed from) the list
    at ``path`` (``follow_up.events``): a table shows the move instead of every row anew,
    and keeps the user's place in it."""

    path: str
    first: int
    count: int
    inserted: bool  # False: removed

    def undone(self) -> RowsChanged:
        return RowsChanged(self.path, self.first, self.count, not self.inserted)


class PlanReplaced(NamedTuple):
    """Many fields (or the shape of the plan, e.g. the number of measures) changed.
    ``rows``: the edit only inserted or removed rows of one list (None: anything)."""

    reason: str
    rows: RowsChanged | None = None


Change = FieldChanged | PlanReplaced
Listener = Callable[[Change], None]


class _FieldStep:
    """One field's edit; typing on in the same field moves its ``after`` along."""

    __slots__ = ("path", "before", "after", "label")

    def __init__(self, path: str, before: Any, after: Any, label: str) -> None:
        self.path, self.before, self.after, self.label = path, before, after, label


class _SnapshotStep(NamedTuple):
    before: Plan
    after: Plan
    label: str
    rows: RowsChanged | None = None


_Step = _FieldStep | _SnapshotStep


class PlanDocument:
    def __init__(self, plan: Plan, path: Path | None = None, *, read_only: bool = False) -> None:
        self.plan = plan
        self.path = path
        self.read_only = read_only
        self._listeners: list[Listener] = []
        self._steps: list[_Step] = []
        self._index = 0  # steps[:index] are done
        self._clean_index: int | None = 0  # None: the saved state is no longer reachable
        self._merge_open = False
        # The plan and employee of the version on disk this document was opened from
        # or last saved as (None: never a file); "Lagre som" compares (plan identity).
        self.saved_identity: tuple[str, tuple[str, str]] | None = (
            (plan.plan_id, employee_key(plan)) if path is not None else None
        )

    # ----------------------------------------------------------------- listeners
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # --------------------------------------------------------------------- edits
    def get(self, path: str) -> Any:
        return fieldpath.get_value(self.plan, path)

    def set(self, path: str, value: Any, label: str = "") -> None:
        """Set one field; consecutive edits of the same field merge into one undo step."""
        before = self.get(path)
        if before == value and type(before) is type(value):
            return
        fieldpath.set_value(self.plan, path, value)  # validates the type; raises before recording
        last = self._steps[self._index - 1] if self._index else None
        if self._merge_open and isinstance(last, _FieldStep) and last.path == path:
            last.after = value
        else:
            self._push(_FieldStep(path, before, value, label or path))
            self._merge_open = True
        self._notify(FieldChanged(path, value))

    def edit(self, mutate: Callable[[Plan], None], label: str, *, rows: RowsChanged | None = None) -> None:
        """A structural edit (add/remove a measure, reset, new signature…) as one undo step.

        ``rows``: what the edit does when it only inserts or removes rows of one list;
        told to subscribers with it, and undone the other way round."""
        before = self.plan.model_copy(deep=True)
        try:
            mutate(self.plan)
        except BaseException:
            # A half-done structural change must not stay in the plan without
            # an undo step (e.g. a type error halfway through the mutation).
            self.plan = before
            raise
        self._push(_SnapshotStep(before, self.plan.model_copy(deep=True), label, rows))
        self._merge_open = False
        self._notify(PlanReplaced(label, rows))

    def end_merge(self) -> None:
        """The next edit starts a new undo step even if it is in the same field."""
        self._merge_open = False

    def _push(self, step: _Step) -> None:
        del self._steps[self._index :]
        if self._clean_index is not None and self._clean_index > self._index:
            self._clean_index = None
        self._steps.append(step)
        self._index += 1

    # ---------------------------------------------------------------- undo/redo
    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._steps)

    @property
    def undo_label(self) -> str:
        return self._steps[self._index - 1].label if self.can_undo else ""

    @property
    def redo_label(self) -> str:
        return self._steps[self._index].label if self.can_redo else ""

    def undo(self) -> None:
        if not self.can_undo:
            return
        self._index -= 1
        self._merge_open = False
        self._apply(self._steps[self._index], forward=False)

    def redo(self) -> None:
        if not self.can_redo:
            return
        step = self._steps[self._index]
        self._index += 1
        self._merge_open = False
        self._apply(step, forward=True)

    def _apply(self, step: _Step, *, forward: bool) -> None:
        if isinstance(step, _FieldStep):
            value = step.after if forward else step.before
            fieldpath.set_value(self.plan, step.path, value)
            self._notify(FieldChanged(step.path, value))
        else:
            source = step.after if forward else step.before
            self.plan = source.model_copy(deep=True)
            rows = step.rows if forward or step.rows is None else step.rows.undone()
            self._notify(PlanReplaced(step.label, rows))

    # ------------------------------------------------------------ saved state
    @property
    def modified(self) -> bool:
        return self._clean_index != self._index

    def mark_saved(self, path: Path | None = None) -> None:
        if path is not None:
            self.path = path
            self.saved_identity = (self.plan.plan_id, employee_key(self.plan))
        self._clean_index = self._index
        self._merge_open = False

    def employee_changed_since_saved(self) -> bool:
        """True when the plan still has the ``plan_id`` of the version it was opened
        from or saved as, but its employee is no longer that version's."""
        saved = self.saved_identity
        return saved is not None and self.plan.plan_id == saved[0] and employee_key(self.plan) != saved[1]

    def start_new_plan(self) -> None:
        """Give the plan a new ``plan_id`` and version 1 ("Lagre som" for another employee).

        Not an undo step, and the undo history is changed with it: undoing an
        earlier edit must never bring back the old plan's identity under the new
        file (that would join two employees' plans again).
        """
        old_id = self.plan.plan_id
        start_new_plan(self.plan)
        for step in self._steps:
            if isinstance(step, _SnapshotStep):
                for snapshot in (step.before, step.after):
                    if snapshot.plan_id == old_id:
                        snapshot.plan_id, snapshot.version = self.plan.plan_id, self.plan.version
        self._notify(FieldChanged("plan_id", self.plan.plan_id))
        self._notify(FieldChanged("version", self.plan.version))

    def mark_modified(self) -> None:
        """E.g. a restored recovery copy: unsaved although nothing was edited here."""
        self._clean_index = None

    def frozen_copy(self) -> Plan:
        """A deep copy to render or save from, unaffected by later edits."""
        return self.plan.model_copy(deep=True)
