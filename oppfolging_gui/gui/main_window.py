"""The main window: the form in the middle, its sections on the left, menus and toolbar.

The window holds no plan state: ``self.session`` (:class:`PlanSession`) owns the
open :class:`PlanDocument`, its lock, recovery copy and the recent files, and tells
every view when another plan is shown; widgets follow the document (see :mod:`.binding`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QPersistentModelIndex, QRect, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..core import locking, settings
from ..core.document import Change, PlanDocument
from ..core.i18n import Language, set_language
from .actions import Actions, create_actions, retranslate_actions
from .autosave import AutosaveController
from .binding import Binder
from .fields import UndoKeys
from .first_paint import after_first_paint
from .file_safety import PlanFileGuard, SaveChoice
from .follow_up import MilestonesPanel
from .form_view import FormView
from .i18n import install_translations, tr
from .language_menu import LanguageActions
from .look import Banner
from .operation import OperationRunner
from .plan_deletion import RetentionReminder
from .plan_files import PlanFiles
from .plans_folder import OverviewNotice, PlansFolder
from .qt_names import set_by_name
from .session import PlanSession
from .validation_view import ValidationView

if TYPE_CHECKING:
    from .archiving import ArchiveAction


# What QMainWindow.saveState() gives for a window whose only dock widget, named
# "milestones_dock", was added with addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, …),
# before it is shown (its width is still its own: ffffffff). restoreState() puts the
# dock there without Qt's enums; tests/gui/test_look.py checks it is where addDockWidget puts it.
MILESTONES_DOCK_ON_THE_RIGHT = QByteArray.fromHex(
    b"000000ff00000000fd00000001000000010000000000000000fc0200000001fb0000001e006d0069006c00"
    b"6500730074006f006e00650073005f0064006f0063006b0100000000ffffffff0000001e00ffffff0000"
    b"00000000000000000004000000040000000800000008fc00000000"
)
# Qt::TextWordWrap: QFontMetrics.boundingRect takes its flags as a plain int (see .qt_names).
_WORD_WRAP = 0x1000


class MainWindow(PlanFiles, QMainWindow):
    # The program's start is over: the window painted, the recovery question (if any)
    # answered (emitted by ``app.run_gui``; scripts and tests wait for it).
    start_finished = Signal()

    def __init__(
        self,
        document: PlanDocument | None = None,
        parent: QWidget | None = None,
        *,
        open_first: Path | None = None,
    ) -> None:
        """``open_first``: a plan file to open instead of a new plan (the command line's);
        the form is then filled once, with that plan. Unreadable, it gets its message and
        the window starts with a new plan."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.session = PlanSession(self, document)
        self.plans = PlansFolder(self.session, self)  # the overview's folder, told of saves
        self._overview_dialog: QWidget | None = None
        self._archive_action: ArchiveAction | None = None
        self._install_safety()
        # PDFs, printouts and the archive are made off the window's thread, one at a time.
        self.operations = OperationRunner(self, name="export")
        self.actions: Actions = create_actions(self)
        self.language_actions = LanguageActions(self, self.choose_language)
        self.binder = Binder()
        self.binder.after_change.append(self._document_changed)
        self.undo_keys = UndoKeys(self.actions.undo.trigger, self.actions.redo.trigger, self)
        self.undo_keys.drop_files = self._open_dropped
        self.form_view = FormView(
            self.binder, self.undo_keys, self.actions.add_measure, new_version=self.actions.new_version
        )
        self._build_central()
        self._build_milestones_dock()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._set_texts()
        self.validation = ValidationView(self.form_view.show_findings, self.findings_label, self)
        self.binder.after_change.append(self.validation.changed)
        self._connect_actions()
        self._connect_session()
        self.setAcceptDrops(True)
        self.resize(1280, 760)
        if open_first is None or not self.open_path(open_first):
            self.set_document(self.document)
        after_first_paint(self, self.overview_notice.check)  # the plans folder, read after the first paint

    # ------------------------------------------------------------------ building
    def _build_central(self) -> None:
        self.outline = QListWidget()
        self.outline.setObjectName("section_list")
        self.outline.setFixedWidth(230)
        self.outline.setWordWrap(True)  # section titles are longer in some languages
        self.outline.setItemDelegate(_OutlineItems(self.outline))
        set_by_name(self.outline, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.outline.setFrameShape(QFrame.Shape.NoFrame)
        self.outline.setStyleSheet(
            "QListWidget { background: #eef1f4; padding-top: 16px; }"
            "QListWidget::item { padding: 8px 14px; color: #2b3a4a; }"
            "QListWidget::item:selected { background: #d7e3f4; color: #10233a; font-weight: 600; }"
        )
        self._fill_outline()
        self.outline.itemClicked.connect(lambda item: self.form_view.scroll_to_section(self.outline.row(item)))
        self.outline.currentRowChanged.connect(self._outline_row_changed)
        self.form_view.current_section_changed.connect(self._section_scrolled)

        self.banner_button = QPushButton()
        self.banner_button.setObjectName("new_version_from_this")
        self.banner_button.clicked.connect(self.new_version)
        self.banner = Banner("read_only_banner", "#fff4d6", "#5c4300", self.banner_button, bold=True)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        self.overview_notice = OverviewNotice(self.plans, self.show_overview)
        column.addWidget(self.overview_notice)
        self.retention = RetentionReminder(self.session)
        column.addWidget(self.retention)
        column.addWidget(self.form_view, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.outline)
        row.addWidget(right, 1)
        self.setCentralWidget(central)

    def _build_milestones_dock(self) -> None:
        self.milestones = MilestonesPanel()
        dock = self.milestones_dock = QDockWidget(self)
        dock.setObjectName("milestones_dock")
        dock.setWidget(self.milestones)
        # Always visible: the deadlines are what a manager must not miss.
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        dock.setMinimumWidth(260)
        # self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock), said as a saved
        # state: Qt's enums are not made before the first paint (see .qt_names).
        if not self.restoreState(MILESTONES_DOCK_ON_THE_RIGHT):
            # A Qt that reads saved states differently: the dock goes where it belongs
            # the usual way; the start is only slower, never without its deadlines.
            from PySide6.QtCore import Qt

            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)

    def _build_menus(self) -> None:
        a = self.actions
        file_menu = self.menuBar().addMenu(tr("&Fil"))
        file_menu.addActions([a.new, a.open])
        self.recent_menu = QMenu(tr("Nylige &filer"), self)
        self.recent_menu.setObjectName("recent_menu")
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a.save, a.save_as])
        file_menu.addSeparator()
        file_menu.addActions([a.new_version, a.versions, a.overview])
        file_menu.addSeparator()
        file_menu.addActions([a.archive, a.delete_plan])
        file_menu.addSeparator()
        file_menu.addActions([a.export_pdf, a.print])
        file_menu.addSeparator()
        file_menu.addActions([a.reset])
        file_menu.addAction(self.recovery_action)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = self.menuBar().addMenu(tr("&Rediger"))
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addAction(a.add_measure)
        language_menu = self.menuBar().addMenu(tr("&Språk"))
        language_menu.setObjectName("language_menu")
        language_menu.addActions(list(self.language_actions.actions.values()))
        help_menu = self.menuBar().addMenu(tr("&Hjelp"))
        help_menu.addActions([a.example, a.about])
        self.refresh_recent_menu()

    def _build_toolbar(self) -> None:
        toolbar = self.toolbar = QToolBar()
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        set_by_name(toolbar, "toolButtonStyle", "ToolButtonTextOnly")
        a = self.actions
        toolbar.addActions([a.new, a.open, a.save])
        toolbar.addSeparator()
        toolbar.addActions([a.undo, a.redo])
        toolbar.addSeparator()
        toolbar.addActions([a.new_version, a.export_pdf, a.print])
        toolbar.addSeparator()
        toolbar.addAction(a.overview)
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        self.findings_label = QLabel()
        self.findings_label.setObjectName("findings_count")
        self.statusBar().addPermanentWidget(self.findings_label)

    def _connect_actions(self) -> None:
        a = self.actions
        a.new.triggered.connect(self.new_plan)
        a.open.triggered.connect(self.choose_and_open)
        a.save.triggered.connect(self.save)
        a.save_as.triggered.connect(self.save_as)
        a.new_version.triggered.connect(self.new_version)
        a.versions.triggered.connect(self.show_versions)
        a.overview.triggered.connect(self.show_overview)
        a.delete_plan.triggered.connect(self.delete_plan)
        a.archive.triggered.connect(lambda: self.archive_action.start())
        a.export_pdf.triggered.connect(self.export_pdf)
        a.print.triggered.connect(self.print_plan)
        a.reset.triggered.connect(self.reset_form)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(lambda: self.document.undo())
        a.redo.triggered.connect(lambda: self.document.redo())
        a.add_measure.triggered.connect(self.form_view.add_measure)
        a.example.triggered.connect(self.open_example)
        a.about.triggered.connect(self.show_about)

    def _connect_session(self) -> None:
        """The views follow the session's document, told once per plan shown, in this order."""
        shown = self.session.document_changed
        shown.connect(self.form_view.set_document)
        shown.connect(self.validation.set_document)
        shown.connect(self.milestones.set_document)
        shown.connect(self._document_shown)
        self.session.recent_changed.connect(self.refresh_recent_menu)
        self.session.notice.connect(self.statusBar().showMessage)
        self.operations.busy_changed.connect(self._operation_busy)

    def _set_texts(self) -> None:
        """The window's own texts (menus and form have theirs), at start and in a new language."""
        self.outline.setAccessibleName(tr("Deler av skjemaet"))
        self.banner_button.setText(tr("Opprett ny versjon fra denne"))
        self.milestones_dock.setWindowTitle(tr("Tidsfrister"))
        self.toolbar.setWindowTitle(tr("Verktøylinje"))
        self.recovery_action.setText(tr("Gjenopprett ulagrede planer …"))

    def _fill_outline(self) -> None:
        self.outline.clear()
        for section, _ in self.form_view.sections:
            self.outline.addItem(section.title)
        self.outline.setCurrentRow(0)

    # ------------------------------------------------------------------ language
    def choose_language(self, language: Language) -> None:
        """Speak ``language`` at once, and from now on: the window, its PDFs, the command line."""
        set_language(language)
        settings.save_language(language)
        app = QApplication.instance()
        if app is not None:
            install_translations(app, language)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the window in the current language.

        The plan, its unsaved edits and undo history belong to the document and stay
        as they are; the form is rebuilt from it, menus and labels get their texts anew.
        """
        retranslate_actions(self.actions)
        self.language_actions.show_current()
        self.recent_menu.setParent(None)  # type: ignore[call-overload]  # parented to the window
        self.recent_menu.deleteLater()
        self.setMenuBar(QMenuBar())  # the old one, with its menus, is deleted at once
        self._build_menus()
        self._set_texts()
        # Not in _set_texts: at start no plan is shown yet (the first one sets it).
        self._show_read_only_banner(self.document)
        self.form_view.retranslate()
        self._fill_outline()
        self.milestones.retranslate()
        self.retention.retranslate()
        self.retention.show_for(self.document)
        self.validation.set_document(self.document)
        self._update_state()

    # ------------------------------------------------------------------ document
    @property
    def document(self) -> PlanDocument:
        """The open plan (the session's)."""
        return self.session.document

    def set_document(self, document: PlanDocument) -> None:
        """Show ``document``: the session hands it to every view."""
        self.session.set_document(document)

    def _document_shown(self, document: PlanDocument) -> None:
        read_only = document.read_only
        self._show_read_only_banner(document)
        for action in (self.actions.save, self.actions.reset, self.actions.add_measure):
            action.setEnabled(not read_only)
        self._update_state()

    def _show_read_only_banner(self, document: PlanDocument) -> None:
        """Why the plan cannot be changed here: an older version (the next version can be
        made from it), or a plan someone else has open (read it here; a new version made
        from it now would split their work in two, so that button is not offered)."""
        self.banner.setVisible(document.read_only)
        if not document.read_only:
            return
        holder = locking.read_lock(document.path) if document.path is not None else None
        held_elsewhere = holder is not None and not holder.is_stale()
        if held_elsewhere:
            text = locking.LockHeld(holder).describe() + " " + tr("Den er åpnet skrivebeskyttet her.")
        else:
            text = tr("Eldre versjon – skrivebeskyttet")
        self.banner.label.setText(text)
        self.banner_button.setVisible(not held_elsewhere)

    def _document_changed(self, change: Change) -> None:
        self._update_state()

    def _operation_busy(self, _busy: bool) -> None:
        self._update_state()  # the PDF actions wait while one is made

    def _update_state(self) -> None:
        document = self.document
        self.setWindowModified(document.modified)
        path = document.path
        self.setWindowFilePath(str(path) if path else "")
        name = path.name if path else tr("Ny plan (ikke lagret)")
        self.setWindowTitle(f"{name}[*] – {APP_NAME}")
        self.actions.undo.setEnabled(document.can_undo and not document.read_only)
        self.actions.redo.setEnabled(document.can_redo and not document.read_only)
        self.actions.delete_plan.setEnabled(path is not None)
        busy = self.operations.running  # one PDF at a time
        self.actions.archive.setEnabled(path is not None and not busy)
        self.actions.export_pdf.setEnabled(not busy)
        self.actions.print.setEnabled(not busy)

    def document_saved(self, written: bytes | None = None) -> None:
        """The plan was saved; ``written`` is the file's content as written."""
        if self.document.path is not None:
            self.session.saved(self.document.path, written)
        self._update_state()
        self.validation.reveal_all()

    def error_count(self) -> int:
        self.validation.reveal_all()  # the user is told about errors: show where they are
        return self.validation.error_count()

    # ------------------------------------------------------------------ sections
    def _outline_row_changed(self, row: int) -> None:
        if row >= 0 and self.outline.hasFocus():  # keyboard in the list moves the form
            self.form_view.scroll_to_section(row)

    def _section_scrolled(self, index: int) -> None:
        self.outline.blockSignals(True)
        self.outline.setCurrentRow(index)
        self.outline.blockSignals(False)

    # ------------------------------------------------------------------ menus
    def refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.session.recent_files()
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda checked=False, p=path: self.open_path(p))
        if not paths:
            empty = self.recent_menu.addAction(tr("(ingen)"))
            empty.setEnabled(False)

    def show_versions(self) -> None:
        from .versions_dialog import VersionsDialog

        VersionsDialog(self).exec()  # self: the PlanHost it needs

    def show_overview(self) -> None:
        """«Oversikt over planer»: one window, kept, not modal (plans open from it)."""
        from .overview import OverviewDialog

        if self._overview_dialog is None:
            self._overview_dialog = OverviewDialog(self, self.plans)  # self: the PlanHost it needs
        self._overview_dialog.look()

    def delete_plan(self) -> None:
        from .plan_deletion import delete_open_plan

        delete_open_plan(self.session, self)

    def show_about(self) -> None:
        from .about import show_about

        show_about(self)

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.maybe_save_changes():
            self.operations.shutdown()  # a PDF still being made is cancelled, its thread joined
            self.release_files()
            event.accept()
        else:
            event.ignore()

    # ------------------------------------------------------------------ safety
    # Recovery copies, the lock file and edits behind the window's back (issue 6):
    # the session's; the window keeps the names its tests and dialogs know.
    def _install_safety(self) -> None:
        self.recovery_action = QAction(self)
        self.recovery_action.setObjectName("action_recover")
        self.recovery_action.triggered.connect(self.show_recovery)

    @property
    def archive_action(self) -> ArchiveAction:
        """«Arkiver planen …», made when first used: its module (PDF archive, versions)
        is not needed to show a plan."""
        if self._archive_action is None:
            from .archiving import ArchiveAction

            self._archive_action = ArchiveAction(self)
        return self._archive_action

    @property
    def autosave(self) -> AutosaveController:
        return self.session.autosave

    @property
    def file_guard(self) -> PlanFileGuard:
        return self.session.file_guard

    def before_save(self, path: Path) -> SaveChoice:
        return self.session.before_save(path)

    def release_files(self) -> None:
        """Drop the recovery copy and the lock of the open plan (closing it)."""
        self.session.release()

    def show_recovery(self) -> None:
        from .recovery import show_recovery_dialog

        show_recovery_dialog(self)

    # ------------------------------------------------------------------ dropping
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _dropped_plan(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = _dropped_plan(event)
        if path is not None:
            event.acceptProposedAction()
            self._open_dropped(path)

    def _open_dropped(self, path: Path) -> None:
        self.open_path(path)


class _OutlineItems(QStyledItemDelegate):
    """Section titles wrapped onto as many lines as they need.

    With the list's style sheet padding Qt measures a wrapped item on one line and
    then draws it cut off («Evaluation – effect of the …»); the height here is that
    of the text wrapped at the list's width, less the padding.
    """

    PADDING = (28, 16)  # the style sheet's item padding, both sides

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        width = _items_width(self.parent())
        text = str(index.data() or "")
        bound = option.fontMetrics.boundingRect(QRect(0, 0, width - self.PADDING[0], 10_000), _WORD_WRAP, text)
        return QSize(width, bound.height() + self.PADDING[1])


def _items_width(view: QListWidget) -> int:
    """The width of the view's viewport, without asking for the viewport: a widget
    Qt made, which Python has not seen yet, and the first such widget costs PySide a
    search through every widget class it knows (creating each class and its enums: 56 M
    instructions, 9 % of a bare window's start; issue 15)."""
    width = view.contentsRect().width()  # inside the frame, with the scroll bar
    bar = view.verticalScrollBar()  # made by Qt too, but it has no subclasses to search
    return width - bar.width() if bar.isVisible() else width


def _dropped_plan(event: QDropEvent | QDragEnterEvent) -> Path | None:
    """The first local file in a drag (a plan, or any file: unreadable ones get a message)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None

