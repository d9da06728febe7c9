"""The paper form on screen: every section of ``forms/`` in order.

Built in two steps so the window shows at once (gui-contract.md): the header and
the first section (Nøkkelopplysninger) before the window is shown, the rest in
slices from a zero-timer queue once the form has been painted, each slice a few
milliseconds, so the window paints and takes keystrokes in between. The model is the truth: an editor
binds to the document when it is built and shows the model's value then, so
nothing typed or set before a field exists is lost. Tiltak blocks past the tenth
are built when they scroll into view (a placeholder of a block's height keeps
the scroll bar honest until then); of the first ten, those out of sight are built
but shown only when they come into view (Qt lays out only what is shown).

Only the Tiltak blocks change shape: when the number of measures in the plan
changes (add, remove, undo of either, another plan), blocks are added or removed
at the end and every field shows the model again; nothing else is rebuilt.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QTimer, Signal
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
from .first_paint import after_first_paint
from .i18n import tr
from .look import Card, set_background, set_text_kind, wrapped_label
from .qt_names import set_by_name

if TYPE_CHECKING:
    from .follow_up_log import FollowUpLogEditor

MAX_FORM_WIDTH = 800
# A slice of building stops after this long, so input and painting wait at most
# about one step more (the contract allows 50 ms; a field row takes 1-3 ms).
SLICE_MS = 12
# Tiltak blocks built with the rest of the form; later ones when scrolled to.
EAGER_MEASURES = 10
# Height a block not yet built stands in for, until one has been measured.
PLACEHOLDER_HEIGHT = 1200

Builder = Iterator[None]  # a generator that builds one part, yielding between steps



class FormView(QScrollArea):
    """The scrolling form. ``current_section_changed(index)`` follows the scrolling;
    ``form_built`` is emitted once the queue of sections and blocks is empty."""

    current_section_changed = Signal(int)
    form_built = Signal()

    def __init__(
        self,
        binder: Binder,
        undo_keys: UndoKeys,
        add_measure: QAction,
        parent: QWidget | None = None,
        *,
        new_version: QAction | None = None,
    ) -> None:
        """``new_version``: the action of «Opprett ny versjon av planen», offered by a
        button in the box the paper form has after Vurdering."""
        super().__init__(parent)
        self.form: FormSpec = load_form()
        self.binder = binder
        self.undo_keys = undo_keys
        self.add_measure_action = add_measure
        self.new_version_action = new_version
        self.rows: dict[str, FieldRow] = {}
        self.document_widgets: list[QWidget] = []  # embedded widgets with set_document()
        self.sections: list[tuple[SectionSpec, QWidget]] = []
        self.measure_blocks: list[QFrame] = []
        self.log: FollowUpLogEditor | None = None  # once its section is built
        self._current_section = 0
        self._findings: dict[str, list[tuple[str, str]]] = {}
        self._queue: deque[Builder] = deque()
        self._queue_timer = QTimer(self)
        self._queue_timer.setSingleShot(True)
        self._queue_timer.setInterval(0)
        self._queue_timer.timeout.connect(self._build_slice)
        self.longest_slice_ms = 0.0  # the benchmark reports it (target: none over 50 ms)
        # The same in this thread's CPU time: on a busy machine the wall clock measures the others.
        self.longest_slice_cpu_ms = 0.0
        # The queue starts when the form is first painted. Qt runs zero timers before a
        # new window's first paint: a slice started at once would hold the first screen
        # back by a slice and more (the first one reaches the signatures' section, whose
        # module makes Qt's namespace: see .qt_names).
        self._painted = False
        self.setWidgetResizable(True)
        set_by_name(self, "verticalScrollBarPolicy", "ScrollBarAlwaysOn")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._build()
        binder.after_change.append(self._document_changed)
        self.verticalScrollBar().valueChanged.connect(self._follow_scroll)
        self.verticalScrollBar().valueChanged.connect(self._build_blocks_in_view)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        page = QWidget()
        page.setObjectName("formPage")
        set_background(page)
        if not self._painted:
            after_first_paint(page, self._start_queue)
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
        self._enqueue(_qt_namespace())
        for index, section in enumerate(self.form.sections):
            widget, builder = self._section(section)
            self.sections.append((section, widget))
            self.column.addWidget(widget)
            if index == 0:
                _run_all(builder)  # shown at once, with the plan's values
            else:
                self._enqueue(builder)
        self.column.addStretch(1)
        self.setWidget(page)

    def _header(self) -> QWidget:
        header = QWidget()
        layout = QVBoxLayout(header)
        layout.setContentsMargins(0, 0, 0, 0)
        title = wrapped_label(self.form.title)
        set_text_kind(title, "formTitle")
        number = QLabel(self.form.form_number)
        set_text_kind(number, "formNumber")
        layout.addWidget(title)
        layout.addWidget(number)
        for text in self.form.intro:  # the form's own introduction, as on paper
            layout.addWidget(paragraph(text, "sectionIntro"))
        row = QHBoxLayout()
        layout.addLayout(row)  # before its widgets: they are owned once (test_widget_ownership)
        for spec in self.form.header_fields:
            row.addWidget(self._row(spec, spec.path))
        row.addStretch(1)
        self.version_label = QLabel()
        set_text_kind(self.version_label, "versionLabel")
        set_by_name(self.version_label, "alignment", "AlignLeft|AlignTop")  # at the top of the row
        row.addWidget(self.version_label)
        return header

    def _section(self, section: SectionSpec) -> tuple[QWidget, Builder]:
        """The section's card with its title now; its contents from the builder."""
        frame = Card()
        frame.setObjectName("section")
        frame.setProperty("sectionId", section.id)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(8)
        layout.addWidget(text_label(section.title, "sectionTitle"))
        if section.repeat == "measures":
            # The blocks' container exists at once: a plan's blocks are added to it
            # when the plan is shown, their contents from the queue.
            if section.intro:
                layout.addWidget(paragraph(section.intro, "sectionIntro"))
            self.measures_layout = QVBoxLayout()
            self.measures_layout.setSpacing(16)
            layout.addLayout(self.measures_layout)
            self.measures_section = section
            self.add_button = QPushButton(self.add_measure_action.text())
            self.add_button.setObjectName("add_measure_button")
            self.add_button.clicked.connect(self.add_measure_action.trigger)
            _add_at_left(layout, self.add_button)
            return frame, iter(())
        return frame, self._section_contents(section, layout)

    def _section_contents(self, section: SectionSpec, layout: QVBoxLayout) -> Builder:
        body, body_layout = _body()
        if section.intro:
            body_layout.addWidget(paragraph(section.intro, "sectionIntro"))
        for group in section.groups:
            yield from self._group(group, body_layout, index=None)
        if section.new_version_note and self.new_version_action is not None:
            body_layout.addWidget(self._new_version_box(section.new_version_note, self.new_version_action))
        layout.addWidget(body)

    def _new_version_box(self, note: str, action: QAction) -> QWidget:
        """The paper form's box: its button, and what the button keeps and resets."""
        box = Card(fill="#f4f7fb")
        box.setObjectName("new_version_box")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.addWidget(paragraph(note, "groupHelp"))
        button = QPushButton(action.text().replace("&", ""))  # the menu has the mnemonic
        button.setObjectName("new_version_button")
        button.clicked.connect(action.trigger)
        _add_at_left(layout, button)
        return box

    def _group(self, group: GroupSpec, layout: QVBoxLayout, index: int | None) -> Builder:
        if group.title:
            layout.addSpacing(8)
            layout.addWidget(text_label(group.title, "groupTitle"))
        if group.help:
            layout.addWidget(paragraph(group.help, "groupHelp"))
        if group.repeat == "follow_up.events":
            # Imported here: the log's section is built after the window is shown.
            from .follow_up_log import FollowUpLogEditor

            log = FollowUpLogEditor()
            self._add_document_widget(log)
            log.show_findings(self._findings)
            self.log = log
            layout.addWidget(log)
            yield
            return
        for spec in group.fields:
            layout.addWidget(self._row(spec, spec.concrete(index) if index is not None else spec.path))
            yield

    def _row(self, spec: FieldSpec, path: str) -> QWidget:
        if spec.kind == "signature":
            # Imported here: the signatures' section is built after the window is shown.
            from .signature import SignatureField

            pad = SignatureField(path.rsplit(".", 1)[1])  # type: ignore[arg-type]
            pad.set_title_visible(False)
            self._add_document_widget(pad)
            row = FieldRow(spec, None, body=pad)
        else:
            editor = make_editor(spec, path, commit=lambda value: None)
            editor.install_undo_keys(self.undo_keys)
            self.binder.add(editor)  # shows the model's value now, if a plan is open
            row = FieldRow(spec, editor)
        self.rows[path] = row
        if path in self._findings:
            row.set_findings(self._findings[path])
        return row

    def retranslate(self) -> None:
        """The form again in the current language, rebuilt from the model.

        The model is the truth: the plan, unsaved edits and undo history belong to the
        document and are untouched; only the widgets showing it are made anew. The
        section in view stays in view.
        """
        document = self.binder.document
        section = self._current_section if self.verticalScrollBar().value() > 0 else -1
        self._queue_timer.stop()
        self._queue.clear()  # what was still to be built belongs to the old widgets
        for widget in self.document_widgets:
            widget.set_document(None)  # type: ignore[attr-defined]
        self.binder.remove_prefix("")
        self.rows.clear()
        self.document_widgets.clear()
        self.sections.clear()
        self.measure_blocks.clear()
        self.log = None
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

    def _add_document_widget(self, widget: QWidget) -> None:
        self.document_widgets.append(widget)
        if self.binder.document is not None:
            widget.set_document(self.binder.document)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ the queue
    def _enqueue(self, builder: Builder) -> None:
        self._queue.append(builder)
        if self._painted:
            self._queue_timer.start()

    def _start_queue(self) -> None:
        """The form has been painted (or waited for long enough): build the rest."""
        if self._painted:
            return
        self._painted = True
        if self._queue:
            self._queue_timer.start()

    def _build_slice(self) -> None:
        """Run queued building steps for at most :data:`SLICE_MS`, then yield to Qt."""
        start, start_cpu = time.perf_counter(), time.thread_time()
        deadline = start + SLICE_MS / 1000
        while self._queue and time.perf_counter() < deadline:
            try:
                next(self._queue[0])
            except StopIteration:
                self._queue.popleft()
        self.longest_slice_ms = max(self.longest_slice_ms, (time.perf_counter() - start) * 1000)
        self.longest_slice_cpu_ms = max(self.longest_slice_cpu_ms, (time.thread_time() - start_cpu) * 1000)
        if self._queue:
            self._queue_timer.start()
        else:
            self._build_blocks_in_view()
            self.form_built.emit()

    @property
    def building(self) -> bool:
        """True while sections or blocks wait in the queue."""
        return bool(self._queue)

    def finish_building(self) -> None:
        """Build what is still queued now (before something needs every field)."""
        self._queue_timer.stop()
        while self._queue:
            _run_all(self._queue.popleft())
        for block in self.measure_blocks:
            self._show_block(block)  # its place and its fields in reach of the keyboard
        self.form_built.emit()

    def build_everything(self) -> None:
        """The queue and every Tiltak block not yet scrolled to."""
        self.finish_building()
        for index in range(len(self.measure_blocks)):
            self._build_block_now(index)

    # ------------------------------------------------------------------ measures
    def _measure_block(self, index: int) -> QFrame:
        """A block's card, title and remove button; its fields come from ``_block_contents``."""
        block = Card(fill="#fbfcfd", border="#e4e8ee", radius=6)
        block.setObjectName("measureBlock")
        layout = QVBoxLayout(block)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(8)
        top = QHBoxLayout()
        layout.addLayout(top)  # before its widgets: they are owned once (test_widget_ownership)
        block.title_label = QLabel()  # type: ignore[attr-defined]
        set_text_kind(block.title_label, "measureTitle")  # type: ignore[attr-defined]
        top.addWidget(block.title_label)  # type: ignore[attr-defined]
        top.addStretch(1)
        remove = QPushButton(tr("Fjern tiltak"))
        remove.setObjectName(f"measures.{index}:remove")
        remove.clicked.connect(lambda: self.confirm_remove_measure(index))
        block.remove_button = remove  # type: ignore[attr-defined]
        top.addWidget(remove)
        block.title_label.setText(self.measures_section.item_title.format(n=index + 1))  # type: ignore[attr-defined]
        block.builder = self._block_contents(index, block, layout)  # type: ignore[attr-defined]
        block.built = False  # type: ignore[attr-defined]
        return block

    def _block_contents(self, index: int, block: QFrame, layout: QVBoxLayout) -> Builder:
        body, body_layout = _body()
        for group in self.measures_section.groups:
            yield from self._group(group, body_layout, index)
        if block.builder in self._queue and not self._within_reach(block):  # type: ignore[attr-defined]
            # Built at start but out of sight: its fields exist (by name, bound to the
            # plan) and it is shown when it comes into view. Qt lays out and polishes
            # only what is shown: eight blocks more were a third more time to build.
            body.hide()
            block.setMinimumHeight(self._block_height())
        else:
            block.setMinimumHeight(0)
        layout.addWidget(body)
        block.body = body  # type: ignore[attr-defined]
        block.built = True  # type: ignore[attr-defined]
        self._chain_tab_order(index)

    def _show_block(self, block: QFrame) -> None:
        if block.built and block.body.isHidden():  # type: ignore[attr-defined]
            block.body.show()  # type: ignore[attr-defined]
            block.setMinimumHeight(0)

    def _build_block_now(self, index: int) -> None:
        block = self.measure_blocks[index]
        if block.built:  # type: ignore[attr-defined]
            return
        if block.builder in self._queue:  # type: ignore[attr-defined]
            self._queue.remove(block.builder)  # type: ignore[attr-defined]
        _run_all(block.builder)  # type: ignore[attr-defined]

    def _build_blocks_in_view(self, *_args) -> None:
        """Build (or show) the blocks within a screen of what is shown (on scrolling)."""
        if not self.measure_blocks or self.widget() is None:
            return
        for index, block in enumerate(self.measure_blocks):
            if self._within_reach(block):
                self._build_block_now(index)
                self._show_block(block)

    def _within_reach(self, block: QWidget) -> bool:
        """Is ``block`` within a screen of what the form shows now?"""
        if self.widget() is None:
            return False
        height = self.viewport().height()
        top = self.verticalScrollBar().value() - height
        y = block.mapTo(self.widget(), QPoint(0, 0)).y()
        return y < top + 3 * height and y + block.height() > top

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if not self._queue:
            self._build_blocks_in_view()

    def _sync_measure_blocks(self, count: int) -> None:
        while len(self.measure_blocks) > count:
            index = len(self.measure_blocks) - 1
            block = self.measure_blocks.pop()
            if block.builder in self._queue:  # type: ignore[attr-defined]
                self._queue.remove(block.builder)  # type: ignore[attr-defined]
            block.builder.close()  # type: ignore[attr-defined]
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
            if index < EAGER_MEASURES and self._queue:
                self._enqueue(block.builder)  # type: ignore[attr-defined]  # after the form's start
            elif index < EAGER_MEASURES:
                _run_all(block.builder)  # type: ignore[attr-defined]  # an added block, undo, another plan
            else:
                block.setMinimumHeight(self._block_height())
        read_only = self.binder.document is not None and self.binder.document.read_only
        for block in self.measure_blocks:
            block.remove_button.setEnabled(count > 1 and not read_only)  # type: ignore[attr-defined]
        self.add_button.setEnabled(not read_only)

    def _block_height(self) -> int:
        for block in self.measure_blocks:
            if block.built and not block.body.isHidden():  # type: ignore[attr-defined]
                return block.sizeHint().height()
        return PLACEHOLDER_HEIGHT

    def _chain_tab_order(self, index: int) -> None:
        """Blocks made later than the rest of the form still tab in reading order."""
        widgets = [self.measure_blocks[index].remove_button]  # type: ignore[attr-defined]
        prefix = f"measures.{index}."
        for path in self.binder.paths:
            if path.startswith(prefix):
                widgets.extend(self.binder.editor(path).focus_widgets())
        previous = None
        built_before = [i for i in range(index) if self.measure_blocks[i].built]  # type: ignore[attr-defined]
        if built_before:
            before = f"measures.{built_before[-1]}."
            last_path = [p for p in self.binder.paths if p.startswith(before)][-1]
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
        self._build_block_now(len(self.measure_blocks) - 1)  # the user goes straight to it
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
        self.finish_building()  # the section's place is known once the sections above it are built
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
        self._findings = by_path  # rows built later show theirs when they are built
        for path, row in self.rows.items():
            row.set_findings(by_path.get(path, []))
        if self.log is not None:
            self.log.show_findings(by_path)

    def focus_first_field(self, predicate: Callable[[str], bool]) -> None:
        self.build_everything()
        for path, row in self.rows.items():
            if predicate(path) and row.editor is not None:
                row.editor.focus_widgets()[0].setFocus()
                self.ensureWidgetVisible(row)
                return


def _body() -> tuple[QWidget, QVBoxLayout]:
    """A container the contents of a section or block are built in, outside the window,
    and added to it whole: widgets made inside a shown window are each shown, polished
    and laid out on their own (several times the cost of adding them in one piece)."""
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    return body, layout


def _add_at_left(layout: QVBoxLayout, widget: QWidget) -> None:
    """``layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)``, said without Qt's
    enums (see :mod:`.qt_names`): the widget at its own width, the rest of the line empty."""
    row = QHBoxLayout()
    layout.addLayout(row)  # before its widget: it is owned once (test_widget_ownership)
    row.addWidget(widget)
    row.addStretch(1)


def _qt_namespace() -> Builder:
    """Qt's namespace, made in a step of its own, first after the form is painted: it
    takes some 20 ms (see .qt_names), and in the step of the first section that needs it
    (the signature pads') that step alone would run over a slice's budget."""
    from PySide6.QtCore import Qt  # noqa: F401  (made by the import)

    yield


def _run_all(builder: Builder) -> None:
    for _ in builder:
        pass
