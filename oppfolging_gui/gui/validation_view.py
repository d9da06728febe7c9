"""Findings next to the fields while typing, and their count in the status bar.

Validation runs a moment after the last edit (debounced), not inside the
keystroke, so typing stays instant however large the plan; a field shows its
finding as a small red (error) or amber (warning) line under it, never a dialog.

A brand-new plan does not greet the user with "påkrevd" under every empty field:
an empty field of a plan that was never saved shows its finding only once it has
been edited, or after Lagre / Eksporter PDF (``reveal_all``). The count in the
status bar always counts everything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from ..core.document import Change, FieldChanged, PlanDocument
from ..core.validation import Finding, findings_by_path, validate_plan
from .i18n import tr

DELAY_MS = 300


class ValidationView(QObject):
    def __init__(self, show_findings: Callable[[dict[str, list[tuple[str, str]]]], None], count_label: QLabel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_findings = show_findings
        self._label = count_label
        self.document: PlanDocument | None = None
        self.findings: list[Finding] = []
        self._touched: set[str] = set()
        self._reveal_all = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run_now)

    def set_document(self, document: PlanDocument) -> None:
        self.document = document
        self._touched = set()
        self._reveal_all = document.path is not None
        self.run_now()  # a freshly opened plan shows its findings at once

    def changed(self, change: Change) -> None:
        """Called for every edit: (re)start the short wait."""
        if isinstance(change, FieldChanged):
            self._touched.add(change.path)
        self._timer.start()

    def reveal_all(self) -> None:
        """Show every finding, also under fields not touched yet (after Lagre, PDF)."""
        self._reveal_all = True
        self.run_now()

    def run_now(self) -> None:
        self._timer.stop()
        if self.document is None:
            return
        self.findings = validate_plan(self.document.plan)
        grouped = {
            path: [(f.severity, f.message) for f in items]
            for path, items in findings_by_path(self.findings).items()
            if self._shown(path)
        }
        self._show_findings(grouped)
        self._label.setText(self.summary())

    def _shown(self, path: str) -> bool:
        if self._reveal_all or path in self._touched:
            return True
        assert self.document is not None
        try:
            return self.document.get(path) not in ("", None, False)
        except (AttributeError, IndexError):
            return True

    def error_count(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    def summary(self) -> str:
        errors = self.error_count()
        warnings = len(self.findings) - errors
        if not self.findings:
            return tr("Ingen feil i planen")
        parts = []
        if errors:
            parts.append(tr("%d feil") % errors)
        if warnings:  # a whole word per number, never «advarsel(er)»
            parts.append(tr("1 advarsel") if warnings == 1 else tr("%d advarsler") % warnings)
        return " · ".join(parts)
