"""The paper form on screen: every section of ``forms/`` in order, built once.

Only the Tiltak blocks change shape: when the number of measures in the plan
changes (add, remove, undo of either, another plan), blocks are added or removed
at the end and every field shows the model again; nothing else is rebuilt.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.document import Change, PlanDocument, PlanReplaced
from ..core.formspec import FieldSpec, FormSpec, GroupSpec, SectionSpec, load_form
from ..core.model import Measure
from .binding import Binder
from .fields import FieldRow, UndoKeys, make_editor, paragraph, text_label
from .follow_up import FollowUpLogEditor
from .i18n import tr
from .look import Card, set_background, set_text_kind
from .signature import SignatureField

MAX_FORM_WIDTH = 800


class FormView(QScrollArea):
    """The scrolling form. ``current_section_changed(index)`` follows the scrolling."""

    current_section_changed = Signal(int)

    def __init__(self, binder: Binder, undo_keys: UndoKeys, add_measure: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form: FormSpec = load_form()
        self.binder = binder
        self.undo_keys = undo_keys
        self.add_measure_action = add_measure
        self.rows: dict[str, FieldRow] = {}
        self.document_widgets: list[QWidget] = []  # embedded widgets with set_document()
        self.sections: list[tuple[SectionSpec, QWidget]] = []
        self.measure_blocks: list[QFrame] = []
        self._current_section = 0
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._build()
        binder.after_change.append(self._document_changed)
        self.verticalScrollBar().valueChanged.connect(self._follow_scroll)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        page = QWidget()
        page.setObjectName("formPage")
        set_background(page)
        outer = QHBoxLayout(page)
        outer.setContentsMargins(24, 24, 24, 48)
        column_widget = QWidget()
        column_widget.setObjectName("formColumn")
        column_widget.setMaximumWidth(MAX_FORM_WIDTH)
        self.column = QVBoxLayout(column_widget)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(20)
        outer.addStretch(1)
        outer.addWidget(column_widget, 100)
        outer.addStretch(1)
        self.column.addWidget(self._header())
        for section in self.form.sections:
            widget = self._section(section)
            self.sections.append((section, widget))
            self.column.addWidget(widget)
        self.column.addStretch(1)
        self.setWidget(page)

    def _header(self) -> QWidget:
        header = QWidget()
        layout = QVBoxLayout(header)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.form.title)
        set_text_kind(title, "formTitle")
        title.setWordWrap(True)
        number = QLabel(self.form.form_number)
        set_text_kind(number, "formNumber")
        layout.addWidget(title)
        layout.addWidget(number)
        for text in self.form.intro:  # the form's own introduction, as on paper
            layout.addWidget(paragraph(text, "sectionIntro"))
        row = QHBoxLayout()
        for spec in self.form.header_fields:
            row.addWidget(self._row(spec, spec.path))
        row.addStretch(1)
        self.version_label = QLabel()
        set_text_kind(self.version_label, "versionLabel")
        row.addWidget(self.version_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        return header

    def _section(self, section: SectionSpec) -> QWidget:
        frame = Card()
        frame.setObjectName("section")
        frame.setProperty("sectionId", section.id)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(8)
        layout.addWidget(text_label(section.title, "sectionTitle"))
        if section.intro:
            layout.addWidget(paragraph(section.intro, "sectionIntro"))
        if section.repeat == "measures":
            self.measures_layout = QVBoxLayout()
            self.measures_layout.setSpacing(16)
            layout.addLayout(self.measures_layout)
            self.measures_section = section
            self.add_button = QPushButton(self.add_measure_action.text())
            self.add_button.setObjectName("add_measure_button")
            self.add_button.clicked.connect(self.add_measure_action.trigger)
            layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            for group in section.groups:
                self._group(group, layout, index=None)
        return frame

    def _group(self, group: GroupSpec, layout: QVBoxLayout, index: int | None) -> None:
        if group.title:
            layout.addSpacing(8)
            layout.addWidget(text_label(group.title, "groupTitle"))
        if group.help:
            layout.addWidget(paragraph(group.help, "groupHelp"))
        if group.repeat == "follow_up.events":
            log = FollowUpLogEditor()
            self.document_widgets.append(log)
            layout.addWidget(log)
            return
        for spec in group.fields:
            layout.addWidget(self._row(spec, spec.concrete(index) if index is not None else spec.path))

    def _row(self, spec: FieldSpec, path: str) -> QWidget:
        if spec.kind == "signature":
            pad = SignatureField(path.rsplit(".", 1)[1])  # type: ignore[arg-type]
            pad.set_title_visible(False)
            self.document_widgets.append(pad)
            row = FieldRow(spec, None, body=pad)
        else:
            editor = make_editor(spec, path, commit=lambda value: None)
            editor.install_undo_keys(self.undo_keys)
            self.binder.add(editor)
            row = FieldRow(spec, editor)
        self.rows[path] = row
        return row

    def retranslate(self) -> None:
        """The form again in the current language, rebuilt from the model.

        The model is the truth: the plan, unsaved edits and undo history belong to the
        document and are untouched; only the widgets showing it are made anew. The
        section in view stays in view.
        """
        document = self.binder.document
        section = self._current_section if self.verticalScrollBar().value() > 0 else -1
        for widget in self.document_widgets:
            widget.set_document(None)  # type: ignore[attr-defined]
        self.binder.remove_prefix("")
        self.rows.clear()
        self.document_widgets.clear()
        self.sections.clear()
        self.measure_blocks.clear()
        old = self.takeWidget()
        if old is not None:
            old.hide()
            old.setParent(None)  # gone from the window (and findChild) at once
            old.deleteLater()
        self.form = load_form()
        self._build()
        if document is not None:
            self.set_document(document)
        if section >= 0:  # at the top (the form's title) it stays at the top
            QTimer.singleShot(0, lambda: self.scroll_to_section(min(section, len(self.sections) - 1)))

    # ------------------------------------------------------------------ measures
    def _measure_block(self, index: int) -> QFrame:
        block = Card(fill="#fbfcfd", border="#e4e8ee", radius=6)
        block.setObjectName("measureBlock")
        layout = QVBoxLayout(block)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(8)
        top = QHBoxLayout()
        block.title_label = QLabel()  # type: ignore[attr-defined]
        set_text_kind(block.title_label, "measureTitle")  # type: ignore[attr-defined]
        top.addWidget(block.title_label)  # type: ignore[attr-defined]
        top.addStretch(1)
        remove = QPushButton(tr("Fjern tiltak"))
        remove.setObjectName(f"measures.{index}:remove")
        remove.clicked.connect(lambda: self.confirm_remove_measure(index))
        block.remove_button = remove  # type: ignore[attr-defined]
        top.addWidget(remove)
        layout.addLayout(top)
        for group in self.measures_section.groups:
            self._group(group, layout, index)
        block.title_label.setText(self.measures_section.item_title.format(n=index + 1))  # type: ignore[attr-defined]
        return block

    def _sync_measure_blocks(self, count: int) -> None:
        while len(self.measure_blocks) > count:
            index = len(self.measure_blocks) - 1
            block = self.measure_blocks.pop()
            prefix = f"measures.{index}."
            self.binder.remove_prefix(prefix)
            for path in [p for p in self.rows if p.startswith(prefix)]:
                del self.rows[path]
            block.hide()
            block.setParent(None)  # gone from the window at once, not at the next event loop turn
            block.deleteLater()
        while len(self.measure_blocks) < count:
            index = len(self.measure_blocks)
            block = self._measure_block(index)
            self.measure_blocks.append(block)
            self.measures_layout.addWidget(block)
            self._chain_tab_order(index)
        read_only = self.binder.document is not None and self.binder.document.read_only
        for block in self.measure_blocks:
            block.remove_button.setEnabled(count > 1 and not read_only)  # type: ignore[attr-defined]
        self.add_button.setEnabled(not read_only)

    def _chain_tab_order(self, index: int) -> None:
        """Blocks made later than the rest of the form still tab in reading order."""
        widgets = [self.measure_blocks[index].remove_button]  # type: ignore[attr-defined]
        prefix = f"measures.{index}."
        for path in self.binder.paths:
            if path.startswith(prefix):
                widgets.extend(self.binder.editor(path).focus_widgets())
        previous = None
        if index > 0:
            last_path = [p for p in self.binder.paths if p.startswith(f"measures.{index - 1}.")][-1]
            previous = self.binder.editor(last_path).focus_widgets()[-1]
        for widget in widgets:
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget
        QWidget.setTabOrder(previous, self.add_button)

    def add_measure(self) -> None:
        document = self.binder.document
        if document is None or document.read_only:
            return
        document.edit(lambda plan: plan.measures.append(Measure()), tr("Legg til tiltak"))
        block = self.measure_blocks[-1]
        QTimer.singleShot(0, lambda: self._reveal(block))

    def _reveal(self, block: QWidget) -> None:
        self.ensureWidgetVisible(block, 0, 0)
        path = f"measures.{len(self.measure_blocks) - 1}.tasks_possible"
        if path in self.rows and self.rows[path].editor is not None:
            self.rows[path].editor.focus_widgets()[0].setFocus()  # type: ignore[union-attr]

    def confirm_remove_measure(self, index: int) -> None:
        document = self.binder.document
        if document is None or document.read_only or len(document.plan.measures) <= 1:
            return
        name = self.measures_section.item_title.format(n=index + 1)
        answer = QMessageBox.question(
            self,
            tr("Fjern tiltak"),
            tr("Vil du fjerne «%s» med alt som er skrevet i det?\n\nDu kan angre med Ctrl+Z.") % name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            document.edit(lambda plan: plan.measures.pop(index), tr("Fjern tiltak"))

    # ------------------------------------------------------------------ document
    def set_document(self, document: PlanDocument) -> None:
        self.binder.set_document(document, refresh=False)
        self._sync_measure_blocks(len(document.plan.measures))
        self.binder.refresh_all()
        for widget in self.document_widgets:
            widget.set_document(document)  # type: ignore[attr-defined]
        self._show_version()
        for row in self.rows.values():
            row.set_local_problem("")

    def _document_changed(self, change: Change) -> None:
        if isinstance(change, PlanReplaced) and self.binder.document is not None:
            self._sync_measure_blocks(len(self.binder.document.plan.measures))
            self.binder.refresh_all()
            self._show_version()

    def _show_version(self) -> None:
        document = self.binder.document
        if document is not None:
            self.version_label.setText(tr("Versjon %d") % document.plan.version)

    # ------------------------------------------------------------------ sections
    def scroll_to_section(self, index: int) -> None:
        widget = self.sections[index][1]
        self.verticalScrollBar().setValue(widget.y() - 12)

    def _follow_scroll(self, value: int) -> None:
        current = 0
        for index, (_, widget) in enumerate(self.sections):
            if widget.y() - 12 <= value + 40:
                current = index
        if self.verticalScrollBar().value() >= self.verticalScrollBar().maximum() > 0:
            # At the very bottom the last sections may be too short to reach the top.
            current = max(current, self._section_at_bottom())
        if current != self._current_section:
            self._current_section = current
            self.current_section_changed.emit(current)

    def _section_at_bottom(self) -> int:
        return self._current_section if self._current_section > 0 else 0

    def show_findings(self, by_path: dict[str, list[tuple[str, str]]]) -> None:
        for path, row in self.rows.items():
            row.set_findings(by_path.get(path, []))

    def focus_first_field(self, predicate: Callable[[str], bool]) -> None:
        for path, row in self.rows.items():
            if predicate(path) and row.editor is not None:
                row.editor.focus_widgets()[0].setFocus()
                self.ensureWidgetVisible(row)
                return
