"""The collector is held off by the start and by workers' work, and comes back only
when the last hold ends — overlapping holds never turn it on under a worker."""

from __future__ import annotations

import gc
import threading

import pytest

from oppfolging_gui import collector


@pytest.fixture(autouse=True)
def collector_on(no_earlier_holds):
    gc.enable()
    yield
    collector.end_start_hold()
    gc.enable()


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
