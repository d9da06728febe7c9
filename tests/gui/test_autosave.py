"""Autosave to recovery copies: soon after the last edit, at most ~3 s while typing."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from oppfolging_gui.core import appdirs
from oppfolging_gui.core.document import PlanDocument
from oppfolging_gui.core.model import Plan
from oppfolging_gui.core.recovery import RecoveryStore
from oppfolging_gui.gui.autosave import MAX_DELAY_MS, AutosaveController

FIELD = "key_info.employee.ordinary_tasks"


def _copy_text(controller) -> str | None:
    try:
        _info, plan = RecoveryStore().load(controller.session_id)
    except Exception:
        return None
    return plan.key_info.employee.ordinary_tasks


@pytest.fixture
def autosave():
    """Makes this test's controllers and stops them when it ends. One left with an edit
    pending writes its copy in a later test's event loop, into that test's recovery
    folder (the store looks platformdirs up at each use), and holds the collector
    meanwhile: a stray unsaved plan and a held collector in a test that made neither."""
    made: list[AutosaveController] = []

    def make(**kwargs) -> AutosaveController:
        controller = AutosaveController(**kwargs)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.discard()  # the timer stopped, a write under way waited for, no copy left


def test_an_edit_reaches_the_recovery_copy_without_touching_the_file(qtbot, autosave, tmp_path):
    user_file = tmp_path / "plan.oppfplan"
    user_file.write_bytes(b"untouched")
    document = PlanDocument(Plan.new(), user_file)
    controller = autosave()
    controller.set_document(document)
    document.set(FIELD, "Kjører truck")
    qtbot.waitUntil(lambda: _copy_text(controller) == "Kjører truck", timeout=5000)
    info, _plan = RecoveryStore().load(controller.session_id)
    assert info.original_path == user_file
    assert user_file.read_bytes() == b"untouched"
    assert info.file.parent == appdirs.recovery_dir()


@pytest.mark.slow
def test_continuous_typing_still_saves_within_the_guarantee(qtbot, autosave):
    document = PlanDocument(Plan.new())
    controller = autosave()
    controller.set_document(document)
    typed = ""
    # Type a character every 100 ms for 4 seconds: the debounce alone would never fire.
    seen_while_typing = []

    def type_one():
        nonlocal typed
        typed += "x"
        document.set(FIELD, typed)
        copy = _copy_text(controller)
        if copy:
            seen_while_typing.append(copy)

    for _ in range(40):
        type_one()
        qtbot.wait(100)
    assert seen_while_typing, "no recovery copy written during 4 s of continuous typing"


@pytest.mark.slow
def test_clean_save_discard_and_undo_to_saved_remove_the_copy(qtbot, autosave, tmp_path):
    document = PlanDocument(Plan.new())
    controller = autosave()
    controller.set_document(document)
    document.set(FIELD, "a")
    qtbot.waitUntil(lambda: _copy_text(controller) == "a", timeout=5000)
    document.mark_saved(tmp_path / "p.oppfplan")
    controller.discard()  # what the window does after a clean save or close
    assert _copy_text(controller) is None

    document.set(FIELD, "ab")
    qtbot.waitUntil(lambda: _copy_text(controller) == "ab", timeout=5000)
    document.undo()
    qtbot.waitUntil(lambda: _copy_text(controller) is None, timeout=5000)


def test_a_refusing_disk_keeps_the_edits_and_retries(qtbot, autosave, tmp_path):
    blocked = tmp_path / "gone"
    blocked.mkdir()
    store = RecoveryStore(blocked)
    blocked.rmdir()
    blocked.write_bytes(b"")  # a file where the folder should be: every write fails
    document = PlanDocument(Plan.new())
    controller = autosave(store=store)
    controller.set_document(document)
    document.set(FIELD, "viktig")
    assert controller.write_now() is False
    assert controller.last_error
    assert document.get(FIELD) == "viktig"
    blocked.unlink()
    blocked.mkdir()
    assert controller.write_now() is True


def test_measured_delay_is_reported(qtbot, autosave, capsys):
    """Not a timed assertion: prints how long the copy took, for the report."""
    document = PlanDocument(Plan.new())
    controller = autosave()
    controller.set_document(document)
    start = time.monotonic()
    document.set(FIELD, "z")
    qtbot.waitUntil(lambda: _copy_text(controller) == "z", timeout=MAX_DELAY_MS + 3000)
    with capsys.disabled():
        print(f"\n[autosave] first copy after {1000 * (time.monotonic() - start):.0f} ms")


class _SlowDisk(RecoveryStore):
    """A disk that takes its time: each write waits until the test lets it go on."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()
        self.go_on = threading.Event()
        self.threads: list[threading.Thread] = []

    def write(self, *args) -> None:
        self.threads.append(threading.current_thread())
        self.started.set()
        assert self.go_on.wait(10), "the window waited for the disk"
        super().write(*args)


def test_the_copy_is_written_on_another_thread_and_the_last_edit_wins(qtbot, autosave):
    disk = _SlowDisk()
    document = PlanDocument(Plan.new())
    controller = autosave(store=disk)
    controller.set_document(document)
    document.set(FIELD, "a")
    qtbot.waitUntil(disk.started.is_set, timeout=5000)  # the window's loop runs while the disk is busy
    document.set(FIELD, "ab")  # typing goes on during the write
    assert threading.main_thread() not in disk.threads
    disk.go_on.set()
    qtbot.waitUntil(lambda: _copy_text(controller) == "ab", timeout=5000)
    controller.discard()
    assert _copy_text(controller) is None


def test_the_window_gets_pythons_lock_back_quickly_while_the_writer_works(qtbot):
    """The writer thread shares Python's lock with the window's thread: the window must
    not wait the default 5 ms for it at every call from Qt while a big plan is written."""
    import sys

    from oppfolging_gui.gui.autosave import SWITCH_INTERVAL_S

    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        AutosaveController()
        assert sys.getswitchinterval() <= SWITCH_INTERVAL_S <= 0.002
    finally:
        sys.setswitchinterval(before)


class _CollectorWatchingDisk(RecoveryStore):
    """Notes, for each write and removal on the writer thread, whether Python's cyclic
    collector could have run there."""

    def __init__(self) -> None:
        super().__init__()
        self.collector_on: list[tuple[str, bool]] = []

    def write(self, *args) -> None:
        import gc

        self.collector_on.append(("write", gc.isenabled()))
        super().write(*args)

    def discard(self, *args) -> None:
        import gc

        self.collector_on.append(("discard", gc.isenabled()))
        super().discard(*args)


def test_the_garbage_collector_never_runs_on_the_writer(qtbot, autosave, no_earlier_holds):
    """Run on the writer, the collector could free a closed dialog's widgets off the
    window's thread (a crash, see collector): held off for the copy and its removal."""
    import gc

    disk = _CollectorWatchingDisk()
    document = PlanDocument(Plan.new())
    controller = autosave(store=disk)
    controller.set_document(document)
    document.set(FIELD, "a")
    qtbot.waitUntil(lambda: _copy_text(controller) == "a", timeout=5000)
    controller.discard()
    assert disk.collector_on == [("write", False), ("discard", False)]
    assert gc.isenabled()
