"""The packaging smoke hook: off unless asked for; when asked, exports and quits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from oppfolging_gui.core.document import PlanDocument
from oppfolging_gui.gui import smoke

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


class StandInWindow(QWidget):
    """Just what the hook uses of MainWindow: a shown window, its file path, its document."""

    def __init__(self, document: PlanDocument, path: str) -> None:
        super().__init__()
        self.document = document
        self.setWindowFilePath(path)


def _arm_and_run_until_quit(window: QWidget) -> int:
    """Arm the hook and turn an event loop until it quits; return the status it quit with.

    The hook gets this loop's exit as its ``finish``: QApplication.exit would end every
    later event loop of the test session too.
    """
    loop = QEventLoop()
    smoke.arm_smoke_test(window, finish=loop.exit)
    QTimer.singleShot(10_000, lambda: loop.exit(99))  # a safety net, not a timing assertion
    return loop.exec()


def test_without_the_variable_nothing_is_scheduled(qtbot, monkeypatch, filled_plan, example_plan_path):
    monkeypatch.delenv(smoke.SMOKE_TEST_ENV, raising=False)
    window = StandInWindow(PlanDocument(filled_plan, example_plan_path), str(example_plan_path))
    qtbot.addWidget(window)
    smoke.arm_smoke_test(window, finish=lambda status: pytest.fail(f"quit with {status}"))
    QTimer.singleShot(0, lambda: window.close())
    qtbot.waitUntil(lambda: not window.isVisible())  # the loop turned and nobody quit it


def test_exports_the_open_plan_and_quits_with_zero(qtbot, qt_in_bokmal, monkeypatch, tmp_path, filled_plan, example_plan_path):
    from oppfolging_gui.core import pdf

    if not hasattr(pdf, "render_plan_pdf"):
        pytest.skip("render_plan_pdf has not landed yet")
    target = tmp_path / "smoke.pdf"
    monkeypatch.setenv(smoke.SMOKE_TEST_ENV, str(target))
    window = StandInWindow(PlanDocument(filled_plan, example_plan_path), str(example_plan_path))
    qtbot.addWidget(window)
    window.show()

    assert _arm_and_run_until_quit(window) == 0
    assert target.read_bytes().startswith(b"%PDF")


def test_a_window_without_an_open_plan_fails_with_status_three(qtbot, monkeypatch, tmp_path, filled_plan):
    target = tmp_path / "smoke.pdf"
    monkeypatch.setenv(smoke.SMOKE_TEST_ENV, str(target))
    window = StandInWindow(PlanDocument(filled_plan), "")
    qtbot.addWidget(window)
    window.show()

    assert _arm_and_run_until_quit(window) == smoke.SMOKE_FAILED
    assert not target.exists()
