"""A hook that lets the packaging smoke test drive the real, bundled window.

    OPPFOLGING_SMOKE_TEST=/tmp/out.pdf QT_QPA_PLATFORM=offscreen oppfolging plan.oppfplan

With the variable set, ``run_gui`` calls :func:`arm_smoke_test` after showing the window.
Once the event loop is running, the window's open plan is exported as PDF to the
given path the way "Eksporter PDF" does it (``render_plan_pdf`` + an atomic write), read
back and drawn by QtPdf as the print preview does, "Om programmet" is built with every
licence text, Qt's own buttons are checked to be in bokmål, and the program quits
with status 0;
anything that goes wrong quits with status 3 and a traceback in the log. It proves that the bundle starts Qt, finds its platform plugin,
forms, fonts and resources, opens a plan and renders it — what a frozen build most
often gets wrong. Without the variable nothing happens; the user never sees it.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

SMOKE_TEST_ENV = "OPPFOLGING_SMOKE_TEST"
SMOKE_FAILED = 3

log = logging.getLogger(__name__)


class _Window(Protocol):  # what the hook needs of MainWindow
    document: object

    def windowFilePath(self) -> str: ...  # noqa: N802 (Qt's name)
    def isVisible(self) -> bool: ...  # noqa: N802


def requested_pdf() -> Path | None:
    value = os.environ.get(SMOKE_TEST_ENV, "")
    return Path(value) if value else None


def arm_smoke_test(window: _Window, finish: Callable[[int], None] | None = None) -> None:
    """If the smoke test was asked for, run it as soon as the event loop turns.

    ``finish`` ends the run with a status; ``QApplication.exit`` unless a test passes its own
    (QApplication.exit outside ``app.exec()`` would stop every later event loop in a test run).
    """
    target = requested_pdf()
    if target is None:
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    QTimer.singleShot(0, lambda: _run(window, target, finish or QApplication.exit))


def _run(window: _Window, target: Path, finish: Callable[[int], None]) -> None:
    try:
        _export(window, target)
    except Exception:  # the status says "failed", the log says why
        log.exception("smoke test failed")
        sys.stderr.write("smoke test failed; see the log file\n")
        finish(SMOKE_FAILED)
        return
    finish(0)


def _export(window: _Window, target: Path) -> None:
    from ..core.atomic import atomic_write_bytes
    from ..core.pdf import render_plan_pdf

    if not window.isVisible():
        raise RuntimeError("the main window is not shown")
    if not window.windowFilePath():
        raise RuntimeError("the window has no plan file open")
    atomic_write_bytes(target, render_plan_pdf(window.document.plan))
    pages = _pages_qtpdf_can_draw(target)
    _about_shows_every_licence(window)
    _qt_speaks_bokmal()
    log.info("smoke test wrote a PDF of %d bytes, %d pages", target.stat().st_size, pages)


def _pages_qtpdf_can_draw(pdf: Path) -> int:
    """Load the PDF with QtPdf, as the print preview does, and draw its first page."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise RuntimeError("QtPdf could not read the exported PDF")
    if document.render(0, QSize(200, 283)).isNull():
        raise RuntimeError("QtPdf could not draw the first page")
    return document.pageCount()


def _about_shows_every_licence(window: _Window) -> None:
    """"Om programmet" finds the icon and every licence text inside the bundle."""
    from .about import AboutDialog

    dialog = AboutDialog(window)  # type: ignore[arg-type]
    try:
        if dialog.windowIcon().isNull():
            raise RuntimeError("the program icon is missing")
        for row in range(dialog.licences.topLevelItemCount()):
            dialog.licences.setCurrentItem(dialog.licences.topLevelItem(row))
            if not dialog.licence_text.toPlainText().strip():
                raise RuntimeError(f"licence text {row} is missing")
    finally:
        dialog.deleteLater()


def _qt_speaks_bokmal() -> None:
    """Qt's own buttons come from the program's translations folder (Qt has no bokmål)."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.translate("QPlatformTheme", "Cancel") != "Avbryt":
        raise RuntimeError("the bokmål translation of Qt's dialogs is missing")
