"""One party's signature in "Underskrift": the pad, who signs, and whether it still applies.

A signature signs the plan's content (``core.canonical``): as soon as any other
field changes, the signature no longer applies, and the field says so at once —
it listens to the document. The strokes go into the plan when the pen lifts.

Undo: each pen lift is its own undo step (``PlanDocument.edit``). A pen gives no
signal for "done signing", and a person who slips wants Ctrl+Z to take back the
last stroke, as in any drawing program; "Tøm" removes the whole signature in one step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.canonical import content_sha256, signature_matches
from ..core.dates import format_date
from ..core.document import Change, PlanDocument
from ..core.formspec import load_form
from ..core.model import Plan, Signature
from .i18n import tr
from .signature_pad import MAX_WIDTH_PX, SignaturePad, Stroke

Role = Literal["employee", "employer"]
ROLES: tuple[Role, ...] = ("employee", "employer")

_OK_COLOR = "#1e6b34"
_INVALID_COLOR = "#b3261e"


def signer_name(plan: Plan, role: Role) -> str:
    """Who signs for ``role``: the employee, or the employee's nearest manager."""
    if role == "employee":
        return plan.key_info.employee.full_name
    return plan.key_info.employer.manager.full_name


class SignatureField(QWidget):
    """The pad for ``role`` bound to a :class:`PlanDocument`."""

    def __init__(self, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if role not in ROLES:
            raise ValueError(role)
        self.role: Role = role
        self.path = f"signatures.{role}"
        self._document: PlanDocument | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._label = load_form().label(self.path)  # "Arbeidstaker" / "Arbeidsgiver"
        self._shown: _View | None = None
        self._build()
        self._refresh()

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        self.title = QLabel(self._label)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)

        self.pad = SignaturePad()
        self.pad.setObjectName(self.path)
        self.pad.setAccessibleName(tr("Underskrift, %s") % self._label.lower())
        self.title.setBuddy(self.pad)
        self.pad.strokes_drawn.connect(self._sign)
        self.pad.cleared.connect(self.clear_signature)

        self.name_label = QLabel()
        self.name_label.setObjectName(f"{self.path}:name")
        self.status_label = QLabel()
        self.status_label.setObjectName(f"{self.path}:status")
        self.status_label.setWordWrap(True)
        self.explanation_label = QLabel()
        self.explanation_label.setObjectName(f"{self.path}:explanation")
        self.explanation_label.setWordWrap(True)

        self.clear_button = QPushButton(tr("Tøm"))
        self.clear_button.setObjectName(f"{self.path}:clear")
        self.clear_button.setAccessibleName(tr("Tøm underskrift, %s") % self._label.lower())
        self.clear_button.clicked.connect(self.clear_signature)
        self.resign_button = QPushButton(tr("Signer på nytt"))
        self.resign_button.setObjectName(f"{self.path}:resign")
        self.resign_button.setAccessibleName(
            tr("Signer på nytt, %s") % self._label.lower()
        )
        self.resign_button.clicked.connect(self.resign)

        # One column as wide as the pad, so the buttons line up with its right edge.
        # (Each layout has its widget before widgets go in, so they are owned once,
        # by Qt: see tests/gui/test_widget_ownership.py.)
        column = QWidget(self)
        column.setMaximumWidth(MAX_WIDTH_PX)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(4)
        column_layout.addWidget(self.title)
        column_layout.addWidget(self.pad)
        # Under the line, as on paper: the name; the buttons at the right of it.
        name_row = QHBoxLayout()
        column_layout.addLayout(name_row)
        name_row.addWidget(self.name_label, 1)
        name_row.addWidget(self.resign_button)
        name_row.addWidget(self.clear_button)
        self.name_label.setWordWrap(True)
        column_layout.addWidget(self.status_label)
        column_layout.addWidget(self.explanation_label)

        # Stretch beside it rather than alignment, so the column really gets the
        # width its height was worked out for (wrapped text, the 10:3 pad).
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(column, 1)
        layout.addStretch(0)
        # Tab order follows the reading order: pad, then its buttons.
        QWidget.setTabOrder(self.pad, self.resign_button)
        QWidget.setTabOrder(self.resign_button, self.clear_button)

    def set_title_visible(self, visible: bool) -> None:
        """Hide the "Arbeidstaker"/"Arbeidsgiver" heading when the form layout shows the label."""
        self.title.setVisible(visible)

    # --------------------------------------------------------------- document
    @property
    def document(self) -> PlanDocument | None:
        return self._document

    def set_document(self, document: PlanDocument | None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._document = document
        if document is not None:
            self._unsubscribe = document.subscribe(self._on_change)
        self._refresh()

    def _on_change(self, _change: Change) -> None:
        if not shiboken6.isValid(self):  # closed without set_document(None): stop listening
            if self._unsubscribe is not None:
                self._unsubscribe()
                self._unsubscribe = None
            return
        # Any edit can change the content (and so the signature's validity) or the
        # signer's name; working that out per path would cost more than the hash.
        self._refresh()

    def signature(self) -> Signature | None:
        if self._document is None:
            return None
        return getattr(self._document.plan.signatures, self.role)

    def is_valid(self) -> bool:
        """Signed, and on exactly the content the plan has now."""
        return self._document is not None and signature_matches(
            self._document.plan, self.signature()
        )

    # ------------------------------------------------------------------ edits
    def _editable(self) -> bool:
        return self._document is not None and not self._document.read_only

    def _sign(self, strokes: list[Stroke]) -> None:
        """The pen lifted: store all strokes as this party's signature on today's content."""
        document = self._document
        if not self._editable() or document is None:
            self._refresh(force=True)  # put back what the plan holds
            return
        role, today = self.role, date.today()

        def sign(plan: Plan) -> None:
            signature = Signature(
                name=signer_name(plan, role),
                signed_on=today,
                strokes=strokes,
                content_sha256=content_sha256(plan),
            )
            setattr(plan.signatures, role, signature)
            if plan.signatures.date is None:  # "Dato for underskrift": the first signing
                plan.signatures.date = today

        document.edit(sign, tr("Underskrift (%s)") % self._label.lower())

    def clear_signature(self) -> None:
        """"Tøm": remove this party's signature (one undo step)."""
        document = self._document
        if not self._editable() or document is None or self.signature() is None:
            self._refresh(force=True)
            return
        role = self.role
        document.edit(
            lambda plan: setattr(plan.signatures, role, None),
            tr("Tøm underskrift (%s)") % self._label.lower(),
        )

    def resign(self) -> None:
        """"Signer på nytt": clear a signature that no longer applies, ready to draw again."""
        self.clear_signature()
        if self._editable():
            self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- display
    def _refresh(self, *, force: bool = False) -> None:
        """Show what the plan holds now; touches the widgets only when that changed.

        Runs after every keystroke anywhere in the plan, so it compares first.
        ``force``: the pad may show a stroke the plan refused.
        """
        view = self._view()
        if view == self._shown and not force:
            return
        self._shown = view
        self.pad.set_strokes(view.strokes)
        self.pad.set_stale(view.invalid)
        # A signature that no longer applies is not drawn on: re-signing starts afresh.
        self.pad.set_read_only(not view.editable or view.invalid)
        _set_text(self.name_label, view.name, self._faint() if view.name_missing else None,
                  italic=view.name_missing)
        status_color = {"unsigned": self._faint(), "valid": QColor(_OK_COLOR)}.get(
            view.status_kind, QColor(_INVALID_COLOR)
        )
        _set_text(self.status_label, view.status, status_color, bold=view.invalid)
        _set_text(self.explanation_label, view.explanation, QColor(_INVALID_COLOR))
        self.explanation_label.setVisible(view.invalid)
        self.clear_button.setVisible(view.editable)
        self.clear_button.setEnabled(view.signed)
        self.resign_button.setVisible(view.editable and view.invalid)
        self.pad.setAccessibleDescription(f"{view.status}. {self._instructions(view)}")

    def _frozen_strokes(self, strokes: list) -> tuple:
        """The strokes as tuples, converted once per signature: a signature is replaced
        whole, never changed in place, and one of many megabytes would otherwise be
        converted and compared point by point after every keystroke anywhere in the plan
        (the same tuple object compares equal at once)."""
        cached = getattr(self, "_strokes_cache", None)
        if cached is None or cached[0] is not strokes:
            self._strokes_cache = (strokes, tuple(tuple(stroke) for stroke in strokes))
        return self._strokes_cache[1]

    def _view(self) -> _View:
        signature = self.signature()
        plan = self._document.plan if self._document is not None else None
        editable = self._editable()
        if signature is None:
            name = signer_name(plan, self.role) if plan is not None else ""
            return _View(
                strokes=(), signed=False, invalid=False, editable=editable,
                name=name or self._missing_name(), name_missing=not name,
                status=tr("Ikke signert"), status_kind="unsigned", explanation="",
            )
        signed_on = format_date(signature.signed_on)
        strokes = self._frozen_strokes(signature.strokes)
        if self.is_valid():
            return _View(
                strokes=strokes, signed=True, invalid=False, editable=editable,
                name=signature.name, name_missing=False,  # who signed, as stored
                status=tr("Signert %s") % signed_on, status_kind="valid", explanation="",
            )
        explanation = tr(
            "Signert %s, men planen er endret etterpå, så underskriften gjelder en "
            "tidligere utgave av innholdet."
        ) % signed_on
        if editable:
            explanation += " " + tr(
                "Trykk «Signer på nytt» og signer igjen hvis den endrede planen er avtalt."
            )
        return _View(
            strokes=strokes, signed=True, invalid=True, editable=editable,
            name=signature.name, name_missing=False,
            status=tr("Signaturen gjelder ikke for dette innholdet"),
            status_kind="invalid", explanation=explanation,
        )

    def _missing_name(self) -> str:
        if self.role == "employee":
            return tr("Arbeidstakers navn er ikke fylt ut under Nøkkelopplysninger.")
        return tr("Nærmeste leders navn er ikke fylt ut under Nøkkelopplysninger.")

    def _instructions(self, view: _View) -> str:
        if not view.editable:
            return tr("Planen er åpnet skrivebeskyttet.")
        if view.invalid:
            return tr("Trykk «Signer på nytt» for å signere den endrede planen.")
        return tr("Tegn underskriften med mus, penn eller finger. Delete tømmer feltet.")

    def _faint(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.PlaceholderText)


@dataclass(frozen=True)
class _View:
    """Everything the field shows, to compare before touching any widget."""

    strokes: tuple[tuple[tuple[float, float], ...], ...]
    signed: bool
    invalid: bool
    editable: bool
    name: str
    name_missing: bool
    status: str
    status_kind: Literal["unsigned", "valid", "invalid"]
    explanation: str


def _set_text(
    label: QLabel, text: str, color: QColor | None, *, bold: bool = False, italic: bool = False
) -> None:
    """Show ``text`` in ``color`` (None: the normal text colour)."""
    label.setText(text)
    parent = label.parentWidget() or label
    palette = QPalette(parent.palette())
    if color is not None:
        palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)
    font = QFont(parent.font())
    font.setBold(bold)
    font.setItalic(italic)
    label.setFont(font)
