"""The window's one runner for long work (gui/operation.py): off the window's thread,
progress only after half a second, «Avbryt», a failure said once as a sentence, the
result back on the window's thread, one at a time, and a clean stop on closing."""

from __future__ import annotations

import errno
import logging
import threading
import time

import pytest
from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from oppfolging_gui.core.errors import Doing, describe_os_error
from oppfolging_gui.core.progress import Cancelled, Progress
from oppfolging_gui.gui.operation import SHOW_AFTER_S, Failure, OperationRunner

from .window_helpers import IGNORE_OFFSCREEN, answers

pytestmark = IGNORE_OFFSCREEN

FAILURE = Failure("PDF-en ble ikke lagret", Doing.WRITE_PDF, "PDF-en kunne ikke lages.")


@pytest.fixture
def host(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def runner(host):
    runner = OperationRunner(host)
    yield runner
    runner.shutdown()


def pages_until_cancelled(seconds: float):
    """Work of ``seconds`` that reports a page every 10 ms and stops when asked."""

    def work(progress: Progress) -> str:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            progress.page(progress.pages + 1)
            time.sleep(0.01)
        return "ferdig"

    return work


def test_quick_work_shows_no_progress_and_its_result_comes_back_on_the_window_thread(qtbot, runner):
    results = []
    work_thread = []

    def work(progress):
        work_thread.append(threading.current_thread())
        return 42

    shown = []
    runner.progress_shown.connect(lambda: shown.append(True))
    with qtbot.waitSignal(runner.finished) as finished:
        assert runner.run(work, label="Lager PDF-en …", failure=FAILURE,
                          on_success=lambda result: results.append((result, threading.current_thread())))
        assert runner.running
    assert work_thread[0] is not threading.main_thread()  # off the window's thread
    assert results == [(42, threading.main_thread())]
    assert finished.args[0].succeeded and not shown and runner.dialog is None
    assert not runner.running


def test_progress_with_cancel_appears_only_after_half_a_second(qtbot, runner):
    started = time.monotonic()
    with qtbot.waitSignal(runner.progress_shown, timeout=10_000):
        runner.run(pages_until_cancelled(30), label="Lager PDF-en …", failure=FAILURE)
    assert time.monotonic() - started >= SHOW_AFTER_S
    dialog = runner.dialog
    assert dialog.isVisible() and not dialog.isModal()  # the window stays usable
    assert dialog.label.text() == "Lager PDF-en …"
    qtbot.waitUntil(lambda: dialog.detail.text().endswith(" sider så langt"))  # pages so far: the total is unknown


def test_cancel_stops_the_work_and_says_nothing_more(qtbot, runner):
    succeeded, cancelled = [], []
    with qtbot.waitSignal(runner.progress_shown, timeout=10_000):
        runner.run(pages_until_cancelled(30), label="Lager PDF-en …", failure=FAILURE,
                   on_success=succeeded.append, on_cancel=lambda: cancelled.append(True))
    dialog = runner.dialog
    with qtbot.waitSignal(runner.finished, timeout=5000) as finished:
        qtbot.mouseClick(dialog.findChild(QWidget, "operation_cancel"), Qt.MouseButton.LeftButton)
    assert finished.args[0].cancelled
    assert cancelled == [True] and succeeded == []
    assert not dialog.isVisible() and runner.dialog is None


def test_escape_in_the_progress_dialog_cancels(qtbot, runner):
    with qtbot.waitSignal(runner.progress_shown, timeout=10_000):
        runner.run(pages_until_cancelled(30), label="Lager PDF-en …", failure=FAILURE)
    with qtbot.waitSignal(runner.finished, timeout=5000) as finished:
        qtbot.keyClick(runner.dialog, Qt.Key.Key_Escape)
    assert finished.args[0].cancelled


def test_a_disk_error_is_said_once_as_a_sentence(qtbot, monkeypatch, runner, host):
    def work(progress):
        raise PermissionError(errno.EACCES, "Permission denied", "/hemmelig/Ola Nordmann.pdf")

    with answers(monkeypatch, critical=QMessageBox.StandardButton.Ok) as asked:
        with qtbot.waitSignal(runner.finished) as finished:
            runner.run(work, label="Lager PDF-en …", failure=FAILURE, on_success=pytest.fail)
    sentence = describe_os_error(PermissionError(errno.EACCES, ""), Doing.WRITE_PDF)
    assert asked == [("critical", (host, "PDF-en ble ikke lagret", sentence))]
    assert "Permission denied" not in sentence and "Traceback" not in sentence
    assert isinstance(finished.args[0].error, PermissionError)


def test_any_other_failure_gets_the_callers_sentence_and_the_log_no_contents(qtbot, monkeypatch, runner, caplog):
    def work(progress):
        raise ValueError("feltet inneholdt Merke123Q")

    with answers(monkeypatch, critical=QMessageBox.StandardButton.Ok) as asked:
        with qtbot.waitSignal(runner.finished), caplog.at_level(logging.ERROR):
            runner.run(work, label="Lager PDF-en …", failure=FAILURE)
    assert [args[2] for _, args in asked] == ["PDF-en kunne ikke lages."]
    [record] = [r for r in caplog.records if r.name == "oppfolging_gui.gui.operation"]
    assert record.getMessage() == "WRITE_PDF failed"  # the traceback goes with it, formatted safely
    assert "Merke123Q" not in record.getMessage()


def test_one_operation_at_a_time(qtbot, runner):
    assert runner.run(pages_until_cancelled(30), label="Lager PDF-en …", failure=FAILURE)
    assert not runner.run(lambda progress: 1, label="Lager arkivet …", failure=FAILURE)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.cancel()


def test_shutdown_cancels_and_joins_without_a_word(qtbot, runner):
    threads, ended = [], []

    def work(progress):
        threads.append(threading.current_thread())
        try:
            return pages_until_cancelled(30)(progress)
        except Cancelled:
            ended.append("cancelled")
            raise

    called = []
    runner.finished.connect(called.append)
    runner.run(work, label="Lager PDF-en …", failure=FAILURE, on_success=called.append, on_cancel=called.append)
    qtbot.waitUntil(lambda: bool(threads))
    runner.shutdown()
    # Stopped by the cancel, not waited out for its 30 s (what the user would notice
    # as a window that does not close); said by the work itself, not by a clock.
    assert ended == ["cancelled"]
    assert not threads[0].is_alive()  # joined
    assert not runner.running and called == []


def pages_until_let_go(let_go: threading.Event):
    """Pages every 10 ms until cancelled, then still cancelling (the dialog open) until
    ``let_go`` is set: a test can look at the cancelling dialog without a race."""

    def work(progress: Progress) -> str:
        while not progress.cancelled:
            progress.pages += 1
            time.sleep(0.01)
        let_go.wait(30)
        progress.step()  # cancelled: raises
        return "ferdig"

    return work


def test_the_progress_dialog_follows_a_new_language_at_once(qtbot, qapp, runner, request):
    """The Språk menu installs other translators while the work goes on: the open
    progress dialog speaks the new language, as every other window does."""
    from oppfolging_gui.core.i18n import set_language
    from oppfolging_gui.gui.i18n import install_translations, remove_translations

    let_go = threading.Event()
    request.addfinalizer(let_go.set)  # a failed assertion must not leave the work waiting
    with qtbot.waitSignal(runner.progress_shown, timeout=10_000):
        runner.run(pages_until_let_go(let_go), label=QT_TR_NOOP("Lager PDF-en …"), failure=FAILURE)
    dialog = runner.dialog
    assert dialog.cancel_button.text() == "Avbryt"
    try:
        set_language("en")
        install_translations(qapp, "en")
        qtbot.waitUntil(lambda: dialog.cancel_button.text() == "Cancel")
        assert dialog.label.text() == "Making the PDF …"
        assert dialog.windowTitle() == "Making the PDF"
        qtbot.waitUntil(lambda: dialog.detail.text().endswith(" pages so far"))
        runner.cancel()
        assert dialog.label.text() == "Cancelling …"
    finally:
        remove_translations(qapp)
    qtbot.waitUntil(lambda: dialog.cancel_button.text() == "Avbryt")  # and back to bokmål
    assert dialog.label.text() == "Avbryter …"  # still cancelling, now in bokmål
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        let_go.set()


def test_a_closed_window_is_freed_at_once_not_later_by_the_garbage_collector(qtbot):
    """The runner holds no Python reference to its window: a window or dialog that is
    closed and dropped is freed then and there, on the window's thread. (Freed later
    by Python's cyclic collector, that can happen on a worker thread, where freeing
    widgets crashes the program.)"""
    import gc
    import weakref

    window = QWidget()
    runner = OperationRunner(window)
    with qtbot.waitSignal(runner.finished):
        runner.run(lambda progress: 42, label="Lager PDF-en …", failure=FAILURE)
    runner.shutdown()
    gone = weakref.ref(window)
    was_enabled = gc.isenabled()
    gc.disable()  # only reference counting: nothing may wait for the collector
    try:
        del window, runner
        assert gone() is None
    finally:
        if was_enabled:
            gc.enable()


def test_the_garbage_collector_never_runs_on_the_worker_while_it_works(qtbot, runner, no_earlier_holds):
    """A collection on the worker could free a closed dialog's widgets there (a crash):
    automatic collection is paused while work runs, and back once it has ended."""
    import gc

    during = []
    with qtbot.waitSignal(runner.finished):
        runner.run(lambda progress: during.append(gc.isenabled()), label="Lager PDF-en …", failure=FAILURE)
    assert during == [False]
    assert gc.isenabled()
