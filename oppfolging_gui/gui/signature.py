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
from datetime import date
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.canonical import content_sha256, signature_matches
from ..core.document import Change, PlanDocument
from ..core.formspec import load_form
from ..core.model import Plan, Signature
from .signature_pad import SignaturePad, Stroke

Role = Literal["employee", "employer"]
ROLES: tuple[Role, ...] = ("employee", "employer")

_OK_COLOR = "#1e6b34"
_INVALID_COLOR = "#b3261e"


def signer_name(plan: Plan, role: Role) -> str:
    """Who signs for ``role``: the employee, or the employee's nearest manager."""
    if role == "employee":
        return plan.key_info.employee.full_name
    return plan.key_info.employer.manager.full_name


def format_date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


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
        self.pad.setAccessibleName(self.tr("Underskrift, %s") % self._label.lower())
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

        self.clear_button = QPushButton(self.tr("Tøm"))
        self.clear_button.setObjectName(f"{self.path}:clear")
        self.clear_button.setAccessibleName(self.tr("Tøm underskrift, %s") % self._label.lower())
        self.clear_button.clicked.connect(self.clear_signature)
        self.resign_button = QPushButton(self.tr("Signer på nytt"))
        self.resign_button.setObjectName(f"{self.path}:resign")
        self.resign_button.setAccessibleName(
            self.tr("Signer på nytt, %s") % self._label.lower()
        )
        self.resign_button.clicked.connect(self.resign)

        # Under the line, as on paper: the name; the buttons at the right of it.
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label, 1)
        name_row.addWidget(self.resign_button)
        name_row.addWidget(self.clear_button)
        self.name_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.pad)
        layout.addLayout(name_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.explanation_label)
        layout.addStretch(1)  # extra height goes below, not between the pad and its name
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
            self._refresh()  # put back what the plan holds
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

        document.edit(sign, self.tr("Underskrift (%s)") % self._label.lower())

    def clear_signature(self) -> None:
        """"Tøm": remove this party's signature (one undo step)."""
        document = self._document
        if not self._editable() or document is None or self.signature() is None:
            self._refresh()
            return
        role = self.role
        document.edit(
            lambda plan: setattr(plan.signatures, role, None),
            self.tr("Tøm underskrift (%s)") % self._label.lower(),
        )

    def resign(self) -> None:
        """"Signer på nytt": clear a signature that no longer applies, ready to draw again."""
        self.clear_signature()
        if self._editable():
            self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- display
    def _refresh(self) -> None:
        document = self._document
        signature = self.signature()
        valid = self.is_valid()
        invalid = signature is not None and not valid
        editable = self._editable()

        self.pad.set_strokes(signature.strokes if signature else [])
        self.pad.set_stale(invalid)
        # A signature that no longer applies is not drawn on: re-signing starts afresh.
        self.pad.set_read_only(not editable or invalid)

        self._show_name(document.plan if document else None, signature)
        self._show_status(signature, valid)
        self.clear_button.setVisible(editable)
        self.clear_button.setEnabled(signature is not None)
        self.resign_button.setVisible(editable and invalid)
        self.explanation_label.setVisible(invalid)
        self.pad.setAccessibleDescription(
            f"{self.status_label.text()}. {self.pad_instructions(editable, invalid)}"
        )

    def pad_instructions(self, editable: bool, invalid: bool) -> str:
        if not editable:
            return self.tr("Planen er åpnet skrivebeskyttet.")
        if invalid:
            return self.tr("Trykk «Signer på nytt» for å signere den endrede planen.")
        return self.tr("Tegn underskriften med mus, penn eller finger. Delete tømmer feltet.")

    def _show_name(self, plan: Plan | None, signature: Signature | None) -> None:
        if signature is not None:
            name = signature.name  # who signed, even if the plan's name changed since
        else:
            name = signer_name(plan, self.role) if plan is not None else ""
        if name:
            _set_text(self.name_label, name, None)
            return
        if self.role == "employee":
            missing = self.tr("Arbeidstakers navn er ikke fylt ut under Nøkkelopplysninger.")
        else:
            missing = self.tr("Nærmeste leders navn er ikke fylt ut under Nøkkelopplysninger.")
        _set_text(self.name_label, missing, self._faint(), italic=True)

    def _show_status(self, signature: Signature | None, valid: bool) -> None:
        if signature is None:
            _set_text(self.status_label, self.tr("Ikke signert"), self._faint())
        elif valid:
            text = self.tr("Signert %s") % format_date(signature.signed_on)
            _set_text(self.status_label, text, QColor(_OK_COLOR))
        else:
            text = self.tr("Signaturen gjelder ikke for dette innholdet")
            _set_text(self.status_label, text, QColor(_INVALID_COLOR), bold=True)
            explanation = self.tr(
                "Signert %s, men planen er endret etterpå, så underskriften gjelder en "
                "tidligere utgave av innholdet."
            ) % format_date(signature.signed_on)
            if self._editable():
                explanation += " " + self.tr(
                    "Trykk «Signer på nytt» og signer igjen hvis den endrede planen er avtalt."
                )
            _set_text(self.explanation_label, explanation, QColor(_INVALID_COLOR))

    def _faint(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.PlaceholderText)


def _set_text(
    label: QLabel, text: str, color: QColor | None, *, bold: bool = False, italic: bool = False
) -> None:
    """Show ``text`` in ``color`` (None: the normal text colour)."""
    label.setText(text)
    palette = QPalette(label.parentWidget().palette() if label.parentWidget() else label.palette())
    if color is not None:
        palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)
    font = QFont(label.parentWidget().font() if label.parentWidget() else label.font())
    font.setBold(bold)
    font.setItalic(italic)
    label.setFont(font)
