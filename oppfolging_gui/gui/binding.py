"""Two-way binding between field editors and a :class:`PlanDocument`, by field path.

Widget → model: an editor's ``commit(value)`` becomes ``document.set(path, value)``.
Model → widget: each ``FieldChanged`` updates the one editor with that path while
its signals are blocked (so showing a value is never mistaken for an edit); a
``PlanReplaced`` (undo of a structural edit, a new document) refreshes them all.
The editor the user is typing in is not written back to, so a half-typed date or
"12 3" in a number field stays as typed while the model holds the parsed value.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

from pydantic import ValidationError

from ..core.document import Change, FieldChanged, PlanDocument
from .fields import FieldEditor


class Binder:
    def __init__(self) -> None:
        self.document: PlanDocument | None = None
        self._editors: dict[str, FieldEditor] = {}
        self._unsubscribe: Callable[[], None] | None = None
        self._typing_in: str | None = None
        self.after_change: list[Callable[[Change], None]] = []

    # ------------------------------------------------------------- editors
    def add(self, editor: FieldEditor) -> FieldEditor:
        self._editors[editor.path] = editor
        editor.commit = lambda value, path=editor.path: self._commit(path, value)
        if self.document is not None:
            self._show(editor)
            editor.set_read_only(self.document.read_only)
        return editor

    def remove_prefix(self, prefix: str) -> None:
        """Forget the editors of a removed block (``measures.2.``)."""
        for path in [p for p in self._editors if p.startswith(prefix)]:
            del self._editors[path]

    def editor(self, path: str) -> FieldEditor:
        return self._editors[path]

    @property
    def paths(self) -> list[str]:
        return list(self._editors)

    # ------------------------------------------------------------ document
    def set_document(self, document: PlanDocument, *, refresh: bool = True) -> None:
        if self._unsubscribe:
            self._unsubscribe()
        self.document = document
        self._unsubscribe = document.subscribe(self._changed)
        if refresh:
            self.refresh_all()

    def detach(self) -> None:
        """Let go of the document and forget every editor (their widgets are going away)."""
        if self._unsubscribe:
            self._unsubscribe()
        self._unsubscribe = None
        self.document = None
        self._editors.clear()

    def refresh_all(self) -> None:
        assert self.document is not None
        for editor in self._editors.values():
            self._show(editor)
            editor.set_read_only(self.document.read_only)

    def _commit(self, path: str, value: Any) -> None:
        if self.document is None or self.document.read_only:
            return
        self._typing_in = path
        try:
            self.document.set(path, value)
        except ValidationError:
            # Editors only offer values of the right type; should one slip through,
            # the model keeps its value and the field shows it again.
            self._show(self._editors[path])
        finally:
            self._typing_in = None

    def _changed(self, change: Change) -> None:
        if isinstance(change, FieldChanged):
            editor = self._editors.get(change.path)
            if editor is not None and change.path != self._typing_in:
                with _signals_blocked(editor):
                    editor.show_value(change.value)
        for listener in self.after_change:
            listener(change)

    def _show(self, editor: FieldEditor) -> None:
        assert self.document is not None
        with _signals_blocked(editor):
            editor.show_value(self.document.get(editor.path))


@contextmanager
def _signals_blocked(editor: FieldEditor):
    widgets = editor.focus_widgets()
    previous = [w.blockSignals(True) for w in widgets]
    try:
        yield
    finally:
        for widget, was in zip(widgets, previous):
            widget.blockSignals(was)
