"""Issue 13, item 5: a plan opened through a symbolic link is saved through it.

The link stays a link; its target gets the new content atomically (the temporary
file beside the target, then a rename over the target). Lock files are the
exception: a link at a lock's name is replaced, never written through.
"""

from __future__ import annotations

import json
import os

import pytest

from oppfolging_gui.core.atomic import atomic_write_bytes
from oppfolging_gui.core.locking import PlanLock, lock_path_for, take_over, try_lock
from oppfolging_gui.core.storage import read_plan, write_plan

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")


def _linked_plan(tmp_path, filled_plan):
    real_folder = tmp_path / "synkronisert"
    real_folder.mkdir()
    target = real_folder / "Kari v1.oppfplan"
    write_plan(filled_plan, target)
    link = tmp_path / "snarvei.oppfplan"
    link.symlink_to(target)
    return link, target


def test_saving_through_a_link_writes_the_target_and_keeps_the_link(tmp_path, filled_plan):
    link, target = _linked_plan(tmp_path, filled_plan)
    filled_plan.additional_info = "lagret gjennom lenken"
    write_plan(filled_plan, link)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert read_plan(target).additional_info == "lagret gjennom lenken"
    assert sorted(p.name for p in target.parent.iterdir()) == ["Kari v1.oppfplan"]  # no temporary left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["snarvei.oppfplan", "synkronisert"]


def test_a_relative_link_and_a_chain_of_links(tmp_path):
    (tmp_path / "a").mkdir()
    target = tmp_path / "a" / "fil"
    target.write_bytes(b"gammel")
    first = tmp_path / "a" / "lenke1"
    first.symlink_to("fil")  # relative, as `ln -s fil lenke1` makes it
    second = tmp_path / "lenke2"
    second.symlink_to(first)
    atomic_write_bytes(second, b"ny")
    assert target.read_bytes() == b"ny"
    assert first.is_symlink() and second.is_symlink()


def test_a_dangling_link_creates_its_target(tmp_path):
    link = tmp_path / "lenke"
    link.symlink_to(tmp_path / "ennå-ikke")
    atomic_write_bytes(link, b"innhold")
    assert link.is_symlink() and (tmp_path / "ennå-ikke").read_bytes() == b"innhold"


def test_the_lock_of_a_linked_plan_is_beside_the_real_file(tmp_path, filled_plan):
    link, target = _linked_plan(tmp_path, filled_plan)
    assert lock_path_for(link) == lock_path_for(target) == target.parent / ".~lock.Kari v1.oppfplan#"
    lock = try_lock(link)
    assert isinstance(lock, PlanLock)
    assert not isinstance(try_lock(target), PlanLock)  # the same plan, opened directly, is held
    lock.release()


def test_a_link_at_a_lock_name_is_replaced_never_written_through(tmp_path, filled_plan):
    plan = tmp_path / "plan.oppfplan"
    write_plan(filled_plan, plan)
    before = plan.read_bytes()
    lock_path_for(plan).symlink_to(plan)  # someone made the lock point at the plan itself
    assert isinstance(take_over(plan), PlanLock)
    assert plan.read_bytes() == before
    assert not lock_path_for(plan).is_symlink()
    assert json.loads(lock_path_for(plan).read_text("utf-8"))["pid"] == os.getpid()
