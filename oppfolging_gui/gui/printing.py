"""Skriv ut: a print preview of the very PDF that is printed, then the system print dialog.

The preview shows the bytes ``render_plan_pdf`` makes, through QtPdf, and printing
paints the pages QtPdf renders from those same bytes — so paper, preview and an
exported PDF are one and the same. QtPdf, QtPrintSupport and reportlab are imported
only when the dialog opens, never at start-up.

Both the layout of the PDF and the painting of its pages for the printer run off the
window's thread, through the dialog's :class:`~.operation.OperationRunner`: the
dialog opens at once, and a long plan shows progress and «Avbryt». A choice changed
while the PDF is being made cancels that PDF and starts the one now asked for.
(Qt allows painting on a ``QPrinter`` from another thread; the worker reads the PDF
with its own ``QPdfDocument``.)

The step that asks for a printer (``QPrintDialog``) is a constructor argument, so
tests print to a PDF file without showing the system dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import current_language
from ..core.progress import Progress
from ..core.snapshot import cheap_copy
from .i18n import tr
from .language_menu import NAMES
from .operation import Failure, OperationRunner, Outcome

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ..core.model import Plan

# (value for render_plan_pdf's cover, what the user sees: marked for lupdate here,
# translated when shown)
COVERS: tuple[tuple[str | None, str], ...] = (
    (None, QT_TR_NOOP("Ingen førsteside")),
    ("nav", QT_TR_NOOP("Førsteside for innsending til NAV")),
    ("sick-note-author", QT_TR_NOOP("Følgebrev til sykmelder")),
)
# Pages are rendered as images at this resolution for the printer: sharp on paper,
# and an A4 page stays about 35 MB in memory (1200 dpi would be over 500 MB).
PRINT_DPI = 300
MAX_COPIES = 50

PrinterChooser = Callable[["QPrinter", QWidget], bool]


def ask_system_print_dialog(printer: QPrinter, parent: QWidget) -> bool:
    """The system's print dialog: choose printer and options; True when the user prints."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Skriv ut oppfølgingsplanen"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def _pages_text(count: int) -> str:
    return tr("1 side") if count == 1 else tr("%d sider") % count


class PrintPreviewDialog(QDialog):
    """Forhåndsvisning: cover sheet choice, copies, the pages, and "Skriv ut …"."""

    rendered = Signal()  # the preview shows the PDF of the current choices (tests wait on it)
    printed = Signal(bool)  # the pages went to the printer (True), or printing failed

    def __init__(
        self,
        plan: Plan,
        parent: QWidget | None = None,
        *,
        choose_printer: PrinterChooser = ask_system_print_dialog,
    ) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.setObjectName("print_preview")
        self.setWindowTitle(tr("Forhåndsvisning – skriv ut"))
        self._plan = cheap_copy(plan)  # what is printed cannot change meanwhile
        self._choose_printer = choose_printer
        self._pdf = b""
        self._buffer: QBuffer | None = None
        self._render_again = False  # a choice changed while a PDF was being made
        self._printer: QPrinter | None = None  # alive while the worker paints on it
        # The view draws its pages on a thread of its own (QtPdf's page renderer). Made
        # before the document, it is deleted before it (Qt deletes children in the order
        # they were made): that thread has stopped before the document goes, never while
        # it renders a page from it. (As the view's child the document would outlive the
        # view's private half, and its last signal would reach it: a crash.)
        self.view = QPdfView(self)
        self.view.setObjectName("print_view")
        self.document = QPdfDocument(self)
        self.operations = OperationRunner(self, name="print")
        self.operations.finished.connect(self._operation_ended)

        self.cover_choice = QComboBox(objectName="print_cover")
        for value, text in COVERS:
            self.cover_choice.addItem(tr(text), value)
        # The printout's language may differ from the window's (the plan in English for
        # the employee while the window stays bokmål); each named in its own words.
        self.language_choice = QComboBox(objectName="print_language")
        for language, name in NAMES.items():
            self.language_choice.addItem(name, language)
        self.language_choice.setCurrentIndex(list(NAMES).index(current_language()))
        self.copies = QSpinBox(objectName="print_copies", minimum=1, maximum=MAX_COPIES, value=1)
        # The log is the employer's documentation: off unless chosen (issue 14, item 5).
        self.with_log = QCheckBox(tr("Ta med &oppfølgingsloggen"), objectName="print_with_log")
        self.with_log.setToolTip(tr(
            "Oppfølgingsloggen, unntakene og når sykefraværet ble avsluttet er arbeidsgiverens egen "
            "dokumentasjon. De skrives bare ut når du krysser av her, ikke i kopier til lege eller NAV."))
        self.page_info = QLabel(objectName="print_page_count")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(tr("Skriv ut …"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setObjectName("print_button")
        self.print_button.setDefault(True)
        close = buttons.addButton(tr("Lukk"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("print_close")
        self.print_button.clicked.connect(self.print_with_dialog)
        close.clicked.connect(self.reject)

        # Each row is in the dialog's layout before a widget goes into it: a widget put in
        # a layout that has no window yet stays owned by its Python wrapper, though Qt
        # deletes it with the dialog — and when that wrapper is freed later, shiboken
        # deletes the widget a second time (a crash).
        layout = QVBoxLayout(self)
        options = QHBoxLayout()
        more = QHBoxLayout()
        layout.addLayout(options)
        layout.addLayout(more)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        cover_label = QLabel(tr("&Førsteside:"))
        cover_label.setBuddy(self.cover_choice)
        language_label = QLabel(tr("&Språk:"))
        language_label.setBuddy(self.language_choice)
        copies_label = QLabel(tr("&Antall eksemplarer:"))
        copies_label.setBuddy(self.copies)
        # Two rows: what is printed, then in which language and how many (one row is
        # wider than the dialog with the longer English and nynorsk words).
        for widget in (cover_label, self.cover_choice, self.with_log):
            options.addWidget(widget)
        options.addStretch(1)
        for widget in (language_label, self.language_choice, copies_label, self.copies):
            more.addWidget(widget)
        more.addStretch(1)
        more.addWidget(self.page_info)
        # A4 proportions, but never taller than the screen: at 1366 × 768 the buttons
        # at the bottom must stay on it.
        available = self.screen().availableGeometry()
        self.resize(min(760, available.width() - 40), min(900, available.height() - 40))

        self.cover_choice.currentIndexChanged.connect(self._render)
        self.with_log.toggled.connect(self._render)
        self.language_choice.currentIndexChanged.connect(self._render)
        self._render()

    # -- the PDF ---------------------------------------------------------------------

    @property
    def cover(self) -> str | None:
        return self.cover_choice.currentData()

    @property
    def language(self) -> str:
        return self.language_choice.currentData()

    @property
    def pdf_bytes(self) -> bytes:
        """The PDF shown and printed (the same bytes as «Eksporter PDF» with this cover)."""
        return self._pdf

    def page_count(self) -> int:
        return self.document.pageCount()

    def _render(self) -> None:
        """Make the PDF of the current choices off the window's thread; shown when done."""
        if self.operations.running:  # the PDF being made is no longer wanted
            self._render_again = True
            self.operations.cancel()
            return
        from ..core.pdf import render_plan_pdf  # reportlab only when printing

        plan, cover, with_log, lang = self._plan, self.cover, self.with_log.isChecked(), self.language
        self.print_button.setEnabled(False)
        self.page_info.setText(tr("Lager forhåndsvisningen …"))
        self.operations.run(
            lambda progress: render_plan_pdf(plan, cover=cover, with_log=with_log, lang=lang, progress=progress),
            label=QT_TR_NOOP("Lager forhåndsvisningen …"),
            failure=Failure(tr("Kunne ikke lage utskriften"), None, tr(
                "Planen kunne ikke gjøres klar for utskrift. Detaljer er skrevet til programmets loggfil.")),
            on_success=self._rendered,
        )

    def _rendered(self, pdf: bytes) -> None:
        if self._render_again:  # made for choices changed since (the cancel came too late)
            return  # the PDF now asked for is made next; ``rendered`` waits for it
        self._show(pdf)

    def _show(self, pdf: bytes) -> None:
        self._pdf = pdf
        self.document.close()
        old = self._buffer
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self._pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self.page_info.setText(_pages_text(self.page_count()))
        self.print_button.setEnabled(True)
        self.rendered.emit()

    def _operation_ended(self, outcome: Outcome) -> None:
        if self._render_again:
            self._render_again = False
            self._render()
        elif outcome.cancelled and not self._pdf:
            self.page_info.setText(tr("Forhåndsvisningen ble avbrutt"))

    # -- printing --------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the PDF has its own margins
        printer.setCopyCount(self.copies.value())
        printer.setDocName(tr("Oppfølgingsplan"))
        return printer

    def print_with_dialog(self) -> bool:
        """«Skriv ut …»: ask for the printer, then print off the window's thread. True
        when printing started; ``printed`` tells how it went (the dialog closes then)."""
        if self.operations.running or not self._pdf:
            return False
        printer = self.make_printer()
        if not self._choose_printer(printer, self):
            return False
        self._printer = printer
        pdf = self._pdf
        return self.operations.run(
            lambda progress: paint_pages(pdf, printer, progress),
            label=QT_TR_NOOP("Skriver ut …"),
            failure=Failure(tr("Utskriften mislyktes"), None, tr(
                "Skriveren kunne ikke startes. Kontroller skriveren og prøv igjen.")),
            on_success=self._printed,
        )

    def _printed(self, done: bool) -> None:
        self._printer = None
        if not done:
            QMessageBox.warning(
                self, tr("Utskriften mislyktes"),
                tr("Skriveren kunne ikke startes. Kontroller skriveren og prøv igjen."),
            )
        self.printed.emit(done)
        if done:
            self.accept()

    def done(self, result: int) -> None:  # noqa: D102 — closing stops what still runs
        self.operations.shutdown()
        super().done(result)


def paint_pages(pdf: bytes, printer: QPrinter, progress: Progress) -> bool:
    """Paint every page of ``pdf``, in the number of copies asked for, on ``printer``
    (on the worker thread: its own ``QPdfDocument``, nothing shared with the window).

    False when the printer could not be started or a page not begun; cancelled
    (``progress``), the print job is aborted."""
    import shiboken6
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        document.load(buffer)
        return _paint(document, printer, progress)
    finally:
        document.close()
        # Deleted here, on the thread they belong to: a cancel's traceback still refers
        # to them, and it is dropped later on the window's thread.
        shiboken6.delete(document)


def _paint(document, printer: QPrinter, progress: Progress) -> bool:
    count = document.pageCount()
    if count == 0:
        return False
    # Where the print system does not make the copies itself, we repeat the pages.
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = printer.resolution()
        target = printer.pageLayout().fullRectPixels(dpi)
        first = True
        for _ in range(copies):
            for index in range(count):
                progress.step()
                if not first and not printer.newPage():
                    return False
                first = False
                _paint_page(document, painter, index, dpi, target)
                progress.pages += 1
    except BaseException:
        printer.abort()  # cancelled: no half printout
        raise
    finally:
        painter.end()
    return True


def _paint_page(document, painter: QPainter, index: int, dpi: int, target: QRect) -> None:
    points = document.pagePointSize(index)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = document.render(index, size)
    # Keep the page's proportions; centre it on the paper.
    scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = target.x() + (target.width() - scaled.width()) // 2
    y = target.y() + (target.height() - scaled.height()) // 2
    painter.drawImage(QRect(x, y, scaled.width(), scaled.height()), image)


def print_plan(parent: QWidget, plan: Plan) -> None:
    """Open the print preview for ``plan`` (a frozen copy is printed)."""
    dialog = PrintPreviewDialog(plan, parent)
    dialog.exec()
    dialog.deleteLater()
