"""The collector is held off by the start and by workers' work, and comes back only
when the last hold ends — overlapping holds never turn it on under a worker."""

from __future__ import annotations

import gc
import threading
import time

import pytest

from oppfolging_gui import collector


@pytest.fixture(autouse=True)
def collector_on():
    _until_earlier_work_lets_go()
    gc.enable()
    yield
    collector.end_start_hold()
    gc.enable()


def _until_earlier_work_lets_go() -> None:
    """These tests count holds from none. An earlier test in this process may have left
    work holding the collector (an autosave copy still being written for a window
    already closed; on a busy machine it outlasts that test): wait for it to end on its
    own, as it does, rather than count it in (failed once that way under load)."""
    deadline = time.monotonic() + 60  # only a safety: the work ends in milliseconds
    while collector._holds and time.monotonic() < deadline:
        time.sleep(0.01)
    assert collector._holds == 0, "work of an earlier test still holds the collector off"


def test_a_worker_still_working_when_the_window_is_painted_keeps_the_collector_off():
    started, finish = threading.Event(), threading.Event()
    seen = []

    def work() -> None:
        started.set()
        finish.wait(5)
        seen.append(gc.isenabled())

    collector.hold_for_start()
    worker = threading.Thread(target=collector.without_cyclic_gc(work))
    worker.start()
    started.wait(5)
    collector.end_start_hold()  # the window is painted while the export still runs
    assert not gc.isenabled()
    finish.set()
    worker.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_the_start_hold_ends_once_however_often_it_is_ended():
    collector.hold_for_start()
    collector.hold_for_start()
    assert not gc.isenabled()
    collector.end_start_hold()
    collector.end_start_hold()  # main()'s finally after the first paint already ended it
    assert gc.isenabled()


def test_a_collector_turned_off_by_someone_else_stays_off():
    gc.disable()
    collector.hold_for_start()
    collector.end_start_hold()
    assert not gc.isenabled()


def test_what_the_start_made_is_not_walked_again_by_later_collections():
    made_at_start = [[] for _ in range(1000)]
    collector.hold_for_start()
    collector.end_start_hold()
    try:
        assert gc.get_freeze_count() >= len(made_at_start)
    finally:
        gc.unfreeze()
