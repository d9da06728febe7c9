"""Issue 13, item 5 in the window: a plan opened through a symbolic link is saved
through it (the link stays, the real file gets the text), and locked beside the real file."""

from __future__ import annotations

import os

import pytest

from oppfolging_gui.core.locking import lock_path_for
from oppfolging_gui.core.storage import read_plan, write_plan

from .safety_helpers import Answers, close_quietly, make_window

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")


def test_a_plan_opened_through_a_link_is_saved_through_it(qtbot, monkeypatch, tmp_path, filled_plan):
    answers = Answers(monkeypatch)
    (tmp_path / "Dropbox").mkdir()
    target = tmp_path / "Dropbox" / "Kari v1.oppfplan"
    write_plan(filled_plan, target)
    link = tmp_path / "Kari.oppfplan"
    link.symlink_to(target)

    window = make_window(qtbot)
    assert window.open_path(link)
    assert lock_path_for(target).exists()
    window.document.set("additional_info", "skrevet i vinduet")
    assert window.save()
    window.document.set("additional_info", "og en gang til")
    assert window.save()  # the second save knows the file it wrote: no "changed on disk"

    assert answers.calls == []
    assert link.is_symlink() and link.resolve() == target
    assert read_plan(target).additional_info == "og en gang til"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Dropbox", "Kari.oppfplan"]
    close_quietly(window)
    assert sorted(p.name for p in target.parent.iterdir()) == ["Kari v1.oppfplan"]
