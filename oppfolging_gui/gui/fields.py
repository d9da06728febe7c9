"""Input widgets for one field of the plan, by the field's kind in ``forms/``.

An editor shows a model value (``show_value``, never emitting an edit) and
reports what the user typed through ``commit(value)``; the binding between the
two lives in :mod:`.binding`. Editors never keep plan state of their own.

Text inputs have their own undo disabled: Ctrl+Z / Ctrl+Y always go to the
document (:class:`UndoKeys`), so undo works the same whichever field has focus.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, QRegularExpression
from PySide6.QtGui import QDropEvent, QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QWidget,
    QWidgetAction,
)

from ..core.dates import format_date
from ..core.formspec import FieldSpec, load_form
from ..core.identifiers import normalize_digits
from ..core.messages import message
from .i18n import tr, window_locale
from .look import ERROR, WARNING, set_text_colour, set_text_kind, show_read_only, wrapped_label
from .qt_names import set_by_name
from .qt_text import plain_text, set_line_text, set_plain_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCalendarWidget

Commit = Callable[[Any], None]

_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_COMPACT_DATE = re.compile(r"(\d{2})(\d{2})(\d{4})")


# ----------------------------------------------------------------------- undo keys
class UndoKeys(QObject):
    """Sends Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in a text input to the document's undo.

    Also hands a file dropped on a text input to the window (``drop_files``), so a
    plan dropped anywhere opens instead of its path being pasted into a field.
    """

    def __init__(self, undo: Callable[[], None], redo: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._undo = undo
        self._redo = redo
        self.drop_files: Callable[[Path], None] | None = None

    def _which(self, event: QKeyEvent) -> Callable[[], None] | None:
        from PySide6.QtCore import Qt  # a key pressed: after the first paint (see .qt_names)

        if event.matches(QKeySequence.StandardKey.Undo):
            return self._undo
        if event.matches(QKeySequence.StandardKey.Redo):
            return self._redo
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() == Qt.Key.Key_Y:
            return self._redo
        if ctrl and event.modifiers() & Qt.KeyboardModifier.ShiftModifier and event.key() == Qt.Key.Key_Z:
            return self._redo
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind in _DRAG_EVENTS and self.drop_files is not None:
            return self._file_drag(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.ShortcutOverride and self._which(event):  # type: ignore[arg-type]
            event.accept()  # the input keeps the key; we act on the key press below
            return True
        if kind == QEvent.Type.KeyPress:
            action = self._which(event)  # type: ignore[arg-type]
            if action:
                action()
                return True
        return False


    def _file_drag(self, event: QDropEvent) -> bool:
        mime = event.mimeData()
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if not files:
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop and self.drop_files is not None:
            self.drop_files(files[0])
        return True


_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


# QLineEdit keeps at most maxLength characters, 32,767 unless told otherwise: a longer
# text (pasted, or from a file) would be shown cut and saved cut after one keystroke.
# The plan format has no limit, so no editor of a plan field may have one.
NO_LENGTH_LIMIT = 2**31 - 1


class PlanLineEdit(QLineEdit):
    """A line edit without a length limit whose context menu has no Undo/Redo of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(NO_LENGTH_LIMIT)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() in ("edit-undo", "edit-redo"):
                menu.removeAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()


# ------------------------------------------------------------------------- editors
class FieldEditor:
    """Base: one field of the plan. ``widget`` is what the form lays out."""

    widget: QWidget

    def __init__(self, spec: FieldSpec, path: str, commit: Commit) -> None:
        self.spec = spec
        self.path = path
        self.commit = commit
        self.on_problem: Callable[[str], None] = lambda text: None

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.focus_widgets():
            widget.setEnabled(not read_only)

    def focus_widgets(self) -> list[QWidget]:
        return [self.widget]

    def install_undo_keys(self, keys: UndoKeys) -> None:
        for widget in self.focus_widgets():
            widget.installEventFilter(keys)


class _TypedInput(FieldEditor):
    """A field typed into one input (``edit``): read-only means readable, selectable
    and shaded, not disabled."""

    edit: QLineEdit | QPlainTextEdit

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        show_read_only(self.edit, read_only)

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit]


class TextEditor(_TypedInput):
    """text, phone, national_id, org_number: one line; numbers stored without spaces."""

    def __init__(self, spec: FieldSpec, path: str, commit: Commit) -> None:
        super().__init__(spec, path, commit)
        self.edit = PlanLineEdit()
        self.edit.setObjectName(path)
        self.edit.setAccessibleName(spec.label)
        self.edit.textEdited.connect(self._edited)
        if spec.kind in ("national_id", "org_number", "phone"):
            self.edit.setMaximumWidth(260)
        self.widget = self.edit

    def _edited(self, text: str) -> None:
        if self.spec.kind in ("national_id", "org_number"):
            text = normalize_digits(text)  # plan-file-format: "spaces allowed, stored without"
        self.commit(text)

    def show_value(self, value: Any) -> None:
        set_line_text(self.edit, value or "")


class MultilineEditor(_TypedInput):
    """A plain-text box that grows with its content: no inner scroll bar."""

    MIN_LINES = 3

    def __init__(self, spec: FieldSpec, path: str, commit: Commit) -> None:
        super().__init__(spec, path, commit)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(path)
        self.edit.setAccessibleName(spec.label)
        self.edit.setUndoRedoEnabled(False)  # the document's undo, not the widget's
        self.edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        set_by_name(self.edit, "verticalScrollBarPolicy", "ScrollBarAlwaysOff")
        set_by_name(self.edit, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit.textChanged.connect(self._edited)
        self.edit.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()
        self.widget = self.edit

    def _edited(self) -> None:
        self.commit(plain_text(self.edit))

    def _fit_height(self, *_: object) -> None:
        # QPlainTextDocumentLayout measures its height in (wrapped) lines.
        lines = max(self.MIN_LINES, int(self.edit.document().documentLayout().documentSize().height()))
        margins = self.edit.contentsMargins()
        doc_margin = self.edit.document().documentMargin()
        height = lines * self.edit.fontMetrics().lineSpacing() + 2 * doc_margin + margins.top() + margins.bottom() + 4
        if self.edit.height() != height:
            self.edit.setFixedHeight(int(height))

    def show_value(self, value: Any) -> None:
        if plain_text(self.edit) != (value or ""):
            set_plain_text(self.edit, value or "")


def parse_date(text: str) -> date | None | str:
    """A typed date: a ``date``, ``None`` for empty, or a message saying what is wrong."""
    text = text.strip()
    if not text:
        return None
    match = _DATE.fullmatch(text) or _COMPACT_DATE.fullmatch(text)
    if not match:
        return tr("Skriv datoen som dd.mm.åååå, for eksempel 05.03.2026.")
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return tr("Denne datoen finnes ikke.")


def date_line_edit(parent: QWidget | None = None) -> PlanLineEdit:
    """The input a date is typed into (dd.mm.åååå): digits, dots and spaces only."""
    edit = PlanLineEdit(parent)
    edit.setPlaceholderText(message("pdf.date_hint"))  # dd.mm.åååå / dd.mm.yyyy
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9.\s]{0,10}"), edit))
    return edit


def calendar_in(menu: QMenu, picked: Callable[[date], None]) -> QCalendarWidget:
    """A month calendar as the content of ``menu`` (Monday first, with a grid); a click
    or Enter on a day gives ``picked`` that date. Shared by the form's date fields and
    the follow-up log's date cells."""
    from PySide6.QtWidgets import QCalendarWidget  # when a calendar is opened, not at start (issue 15)

    calendar = QCalendarWidget()
    set_by_name(calendar, "firstDayOfWeek", "Monday")
    calendar.setGridVisible(True)

    def chosen(day: QDate) -> None:
        picked(date(day.year(), day.month(), day.day()))

    calendar.clicked.connect(chosen)
    calendar.activated.connect(chosen)
    holder = QWidgetAction(menu)
    holder.setDefaultWidget(calendar)
    menu.addAction(holder)
    return calendar


def show_month_of(calendar: QCalendarWidget, text: str) -> None:
    """The calendar in the window's language, at the date typed (else today)."""
    calendar.setLocale(window_locale())  # month names follow a language change
    parsed = parse_date(text)
    shown = parsed if isinstance(parsed, date) else date.today()
    calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))


class DateEditor(_TypedInput):
    """dd.mm.åååå typed, or chosen in a calendar; an unfinished date leaves the model empty."""

    def __init__(self, spec: FieldSpec, path: str, commit: Commit) -> None:
        super().__init__(spec, path, commit)
        self.edit = date_line_edit()
        self.edit.setObjectName(path)
        self.edit.setAccessibleName(spec.label)
        self.edit.setMaximumWidth(140)
        self.edit.textEdited.connect(self._edited)
        # A push button with a menu: unlike a tool button, Fusion leaves room for the
        # menu arrow beside the text instead of drawing it over the last letter.
        self.button = QPushButton(tr("Kalender"))
        self.button.setObjectName(path + ":calendar")
        self.button.setAccessibleName(tr("Velg dato i kalender: %s") % spec.label)
        self.button.setToolTip(tr("Velg dato i kalender"))
        self.button.setMenu(self._calendar_menu())
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)

    def _calendar_menu(self) -> QMenu:
        menu = QMenu(self.button)
        self.calendar: QCalendarWidget | None = None  # made when first opened: start-up stays quick
        menu.aboutToShow.connect(self._prepare_calendar)
        return menu

    def _prepare_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = calendar_in(self.button.menu(), self._picked)
        show_month_of(self.calendar, self.edit.text())

    def _picked(self, picked: date) -> None:
        self.button.menu().hide()
        self.edit.setText(format_date(picked))
        self.on_problem("")
        self.commit(picked)
        self.edit.setFocus()

    def _edited(self, text: str) -> None:
        parsed = parse_date(text)
        if isinstance(parsed, str):
            self.on_problem(parsed)
            self.commit(None)  # the model holds no half-typed date
        else:
            self.on_problem("")
            self.commit(parsed)

    def show_value(self, value: Any) -> None:
        self.edit.setText(format_date(value))
        self.on_problem("")

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.button.setEnabled(not read_only)

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit, self.button]

    def install_undo_keys(self, keys: UndoKeys) -> None:
        self.edit.installEventFilter(keys)


class PercentEditor(_TypedInput):
    """Any whole number is accepted, so that 150 from a file is shown (and flagged), not clamped."""

    def __init__(self, spec: FieldSpec, path: str, commit: Commit) -> None:
        super().__init__(spec, path, commit)
        self.edit = PlanLineEdit()
        self.edit.setObjectName(path)
        self.edit.setAccessibleName(spec.label)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"-?\d{0,9}")))
        self.edit.setMaximumWidth(80)
        set_by_name(self.edit, "alignment", "AlignRight")
        self.edit.textEdited.connect(self._edited)
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(QLabel("%"))
        row.addStretch(1)

    def _edited(self, text: str) -> None:
        try:
            self.commit(int(text))
        except ValueError:  # "" or "-": no number yet
            self.commit(None)

    def show_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class YesNoEditor(FieldEditor):
    """Two radio buttons, ``<path>:yes`` and ``<path>:no``; neither checked = unanswered."""

    def __init__(self, spec: FieldSpec, path: str, commit: Commit) -> None:
        super().__init__(spec, path, commit)
        words = load_form().choices.get("yes_no", {"yes": "Ja", "no": "Nei"})
        self.yes = QRadioButton(words["yes"])
        self.no = QRadioButton(words["no"])
        self.group = QButtonGroup()
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        for button, suffix, answer in ((self.yes, "yes", True), (self.no, "no", False)):
            button.setObjectName(f"{path}:{suffix}")
            button.setAccessibleName(f"{spec.label}: {button.text()}")
            self.group.addButton(button)
            button.toggled.connect(lambda checked, answer=answer: checked and self.commit(answer))
            row.addWidget(button)
        row.addStretch(1)
        self.group.setParent(self.widget)

    def show_value(self, value: Any) -> None:
        for button in (self.yes, self.no):
            button.blockSignals(True)
        self.group.setExclusive(False)  # an exclusive group cannot show "unanswered"
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self.group.setExclusive(True)
        for button in (self.yes, self.no):
            button.blockSignals(False)

    def focus_widgets(self) -> list[QWidget]:
        return [self.yes, self.no]


class CheckboxEditor(FieldEditor):
    def __init__(self, spec: FieldSpec, path: str, commit: Commit) -> None:
        super().__init__(spec, path, commit)
        self.box = QCheckBox(spec.label)
        self.box.setObjectName(path)
        self.box.setAccessibleName(spec.label)
        self.box.toggled.connect(lambda checked: self.commit(checked))
        self.widget = self.box

    def show_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ChoiceEditor(FieldEditor):
    def __init__(self, spec: FieldSpec, path: str, commit: Commit) -> None:
        super().__init__(spec, path, commit)
        self.combo = QComboBox()
        self.combo.setObjectName(path)
        self.combo.setAccessibleName(spec.label)
        for value, label in spec.choices:
            self.combo.addItem(label, value)
        self.combo.activated.connect(lambda index: self.commit(self.combo.itemData(index)))
        self.widget = self.combo

    def show_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


_EDITORS: dict[str, type[FieldEditor]] = {
    "text": TextEditor,
    "national_id": TextEditor,
    "org_number": TextEditor,
    "phone": TextEditor,
    "multiline": MultilineEditor,
    "date": DateEditor,
    "percent": PercentEditor,
    "yes_no": YesNoEditor,
    "checkbox": CheckboxEditor,
    "choice": ChoiceEditor,
}


def make_editor(spec: FieldSpec, path: str, commit: Commit) -> FieldEditor:
    """The editor for ``spec.kind`` (signatures are embedded by the form, not made here)."""
    return _EDITORS[spec.kind](spec, path, commit)


# ------------------------------------------------------------------------ a row
# A label this short fits on one line in the narrowest form column: laid out as one
# line it is measured once, not again for every width the layout tries (issue 7:
# wrapped labels were an eighth of start-up).
ONE_LINE_LABEL = 40


def text_label(text: str, kind: str) -> QLabel:
    """A fixed text of the form (a heading, a field's name): wrapped only when long."""
    label = wrapped_label(text) if len(text) > ONE_LINE_LABEL else QLabel(text)
    set_by_name(label, "textFormat", "PlainText")
    set_text_kind(label, kind)
    return label


def paragraph(text: str, kind: str) -> QLabel:
    """A help text or introduction of the form: always wrapped to the column."""
    label = wrapped_label(text)
    set_text_kind(label, kind)
    return label


def field_label(text: str, required: bool) -> QLabel:
    """The field's name above its input; a red star marks a required field."""
    label = text_label(text, "fieldLabel")
    if required:
        set_by_name(label, "textFormat", "RichText")
        label.setText(f'{html.escape(text)} <span style="color:{ERROR}">*</span>')
    return label


class FieldRow(QWidget):
    """Label above, the input, help in small grey text, and a message line below."""

    def __init__(self, spec: FieldSpec, editor: FieldEditor | None, body: QWidget | None = None) -> None:
        super().__init__()
        self.spec = spec
        self.editor = editor
        from PySide6.QtWidgets import QVBoxLayout

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 4)
        column.setSpacing(3)
        if spec.kind != "checkbox":
            label = field_label(spec.label, spec.required)
            column.addWidget(label)
            if editor is not None:
                label.setBuddy(editor.focus_widgets()[0])
        column.addWidget(body if body is not None else editor.widget)  # type: ignore[union-attr]
        if spec.help:
            column.addWidget(paragraph(spec.help, "fieldHelp"))
            target = editor.focus_widgets()[0] if editor else body
            if target is not None:
                target.setToolTip(spec.help)
                target.setWhatsThis(spec.help)
        self.message = QLabel()
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        column.addWidget(self.message)
        self._local = ""
        self._findings: list[tuple[str, str]] = []
        if editor is not None:
            editor.on_problem = self.set_local_problem

    def set_local_problem(self, text: str) -> None:
        """What the input itself knows is wrong (a half-typed date); shown before findings."""
        self._local = text
        self._render()

    def set_findings(self, findings: list[tuple[str, str]]) -> None:
        """(severity, message) pairs from validation, "error" or "warning"."""
        if findings != self._findings:
            self._findings = findings
            self._render()

    def _render(self) -> None:
        if self._local:
            lines = [("error", self._local)]
        else:
            lines = self._findings
        if not lines:
            self.message.hide()
            return
        set_text_colour(self.message, ERROR if any(sev == "error" for sev, _ in lines) else WARNING)
        self.message.setText("\n".join(text for _, text in lines))
        self.message.show()


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setObjectName("separator")
    return line
