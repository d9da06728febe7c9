"""Skriv ut: the preview shows the very PDF, the cover choice changes it, and printing
paints its pages (to a PDF file printer here, with the system dialog replaced)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from oppfolging_gui.gui.printing import PrintPreviewDialog

from .window_helpers import doubly_owned

# Qt's offscreen platform warns about every top-level window with a layout.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def _dialog(qtbot, plan, chooser=None) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(plan, choose_printer=chooser or (lambda printer, parent: False))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rendered, timeout=60_000):  # the PDF is made off the window's thread
        dialog.show()
    return dialog


def _choose(qtbot, dialog: PrintPreviewDialog, *values) -> None:
    """Choose each cover in turn, then wait for the preview of the last."""
    with qtbot.waitSignal(dialog.rendered, timeout=60_000):
        for value in values:
            dialog.cover_choice.setCurrentIndex(dialog.cover_choice.findData(value))


@pytest.mark.slow
def test_preview_shows_the_plan_pdf_and_the_cover_adds_a_page(qtbot, filled_plan):
    dialog = _dialog(qtbot, filled_plan)
    plain = dialog.page_count()
    assert plain >= 2
    assert dialog.pdf_bytes.startswith(b"%PDF")
    assert dialog.page_info.text() == f"{plain} sider"

    _choose(qtbot, dialog, "nav")
    assert dialog.page_count() == plain + 1
    assert dialog.page_info.text() == f"{plain + 1} sider"
    first_page = page_text(dialog.pdf_bytes, 0)
    assert "NAV skanning" in first_page

    _choose(qtbot, dialog, "sick-note-author")
    assert dialog.page_count() == plain + 1
    assert filled_plan.follow_up.sick_note_author.name in page_text(dialog.pdf_bytes, 0)

    _choose(qtbot, dialog, None)
    assert dialog.page_count() == plain


def page_text(data: bytes, page: int) -> str:
    import io

    return PdfReader(io.BytesIO(data)).pages[page].extract_text()


@pytest.mark.slow
def test_print_to_a_pdf_file_printer_in_the_copies_asked_for(qtbot, filled_plan, tmp_path):
    target = tmp_path / "utskrift.pdf"
    asked = []

    def choose(printer: QPrinter, parent) -> bool:
        asked.append(printer.copyCount())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    dialog = _dialog(qtbot, filled_plan, choose)
    _choose(qtbot, dialog, "nav")
    dialog.copies.setValue(2)
    pages = dialog.page_count()

    with qtbot.waitSignal(dialog.printed, timeout=60_000) as printed:  # painted off the window's thread
        assert dialog.print_with_dialog()
    assert printed.args == [True]
    assert not dialog.isVisible()  # done: the preview closes
    assert asked == [2]
    printed = PdfReader(target)
    assert len(printed.pages) == 2 * pages
    width, height = (float(v) for v in printed.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4 in points


def test_cancelling_the_print_dialog_prints_nothing(qtbot, filled_plan):
    dialog = _dialog(qtbot, filled_plan, lambda printer, parent: False)
    assert dialog.print_with_dialog() is False
    assert dialog.isVisible()


def test_the_preview_prints_a_frozen_copy(qtbot, filled_plan):
    dialog = _dialog(qtbot, filled_plan)
    before = dialog.pdf_bytes
    filled_plan.key_info.employee.first_name = "Endret"
    _choose(qtbot, dialog, "nav", None)
    assert dialog.pdf_bytes == before


def test_the_preview_and_its_buttons_fit_on_the_screen(qtbot, filled_plan):
    dialog = _dialog(qtbot, filled_plan)
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
    assert dialog.print_button.isVisible()


def test_the_log_is_printed_only_when_chosen(qtbot, filled_plan):
    dialog = _dialog(qtbot, filled_plan)
    note = filled_plan.follow_up.events[0].note[:20]  # «Telefonsamtale om si…»
    assert not dialog.with_log.isChecked()
    assert all(note not in page_text(dialog.pdf_bytes, i) for i in range(dialog.page_count()))
    plain = dialog.page_count()
    with qtbot.waitSignal(dialog.rendered, timeout=60_000):
        dialog.with_log.setChecked(True)
    assert dialog.page_count() > plain
    assert any(note in page_text(dialog.pdf_bytes, i) for i in range(dialog.page_count()))
    assert dialog.cover_choice.itemText(1) == "Førsteside for innsending til NAV"


def test_the_preview_opens_at_once_and_its_pdf_follows(qtbot, filled_plan):
    """The PDF is made off the window's thread: the dialog is there before it."""
    dialog = PrintPreviewDialog(filled_plan, choose_printer=lambda printer, parent: False)
    qtbot.addWidget(dialog)
    assert dialog.pdf_bytes == b"" and dialog.operations.running
    assert dialog.page_info.text() == "Lager forhåndsvisningen …"
    assert not dialog.print_button.isEnabled()  # nothing to print yet
    with qtbot.waitSignal(dialog.rendered, timeout=60_000):
        dialog.show()
    assert dialog.print_button.isEnabled() and dialog.page_count() >= 2


def test_closing_the_preview_while_its_pdf_is_made_stops_it(qtbot, filled_plan):
    import threading

    filled_plan.progress = "Gradvis opptrapping etter avtale. " * 20_000  # a long PDF
    dialog = PrintPreviewDialog(filled_plan, choose_printer=lambda printer, parent: False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert not dialog.operations.running
    assert not [t for t in threading.enumerate() if t.name.startswith("print")]  # joined
    assert dialog.pdf_bytes == b""


def test_every_widget_of_the_preview_is_owned_by_it_alone(qtbot, filled_plan):
    """Qt deletes the preview's widgets with it. A widget whose Python wrapper also
    believes it owns it is deleted a second time when that wrapper is freed — the
    crash that once took down a test worker here."""
    dialog = _dialog(qtbot, filled_plan)
    assert doubly_owned(dialog) == []


def test_a_choice_changed_after_its_pdf_was_made_shows_the_newest(qtbot, filled_plan, monkeypatch):
    """The user changes the cover twice; the first PDF is done before the second
    choice cancels it. The preview then shows the second choice's PDF, and
    ``rendered`` says so only for that one — never the first PDF for a moment."""
    import threading

    from oppfolging_gui.core import pdf

    made = {cover: pdf.render_plan_pdf(filled_plan, cover=cover, lang="nb") for cover in (None, "nav")}
    done = threading.Event()

    def quick(plan, *, cover, progress, **_):
        done.set()
        return made[cover]

    monkeypatch.setattr(pdf, "render_plan_pdf", quick)
    dialog = _dialog(qtbot, filled_plan)
    assert dialog.pdf_bytes == made[None]
    shown = []
    dialog.rendered.connect(lambda: shown.append(dialog.pdf_bytes))
    done.clear()
    with qtbot.waitSignal(dialog.rendered, timeout=60_000):
        dialog.cover_choice.setCurrentIndex(dialog.cover_choice.findData("nav"))
        assert done.wait(10)  # the «nav» PDF is made: cancelling it now comes too late
        dialog.cover_choice.setCurrentIndex(dialog.cover_choice.findData(None))
    assert shown == [made[None]]
    assert dialog.pdf_bytes == made[None]
