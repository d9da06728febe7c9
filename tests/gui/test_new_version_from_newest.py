"""«Opprett ny versjon fra denne» on an older version keeps what a newer one logged (issue 14, item 1)."""

from __future__ import annotations

import shutil
from datetime import date

from oppfolging_gui.core.model import FollowUpEvent
from oppfolging_gui.core.storage import read_plan, write_plan
from oppfolging_gui.core.versions import next_version

from .window_helpers import IGNORE_OFFSCREEN, answers, make_window, widget

pytestmark = IGNORE_OFFSCREEN


def test_new_version_from_v2_while_v3_exists_builds_on_v3(qtbot, monkeypatch, tmp_path, example_plan_path):
    v2 = tmp_path / "v2.oppfplan"
    shutil.copy(example_plan_path, v2)
    v3 = next_version(read_plan(v2), date(2026, 12, 1))
    v3.key_info.employee.phone = "40000003"
    v3.follow_up.events.append(FollowUpEvent(date=date(2026, 11, 30), kind="dialogue_meeting_1", note="holdt"))
    write_plan(v3, tmp_path / "v3.oppfplan")

    window = make_window(qtbot)
    window.open_path(v2, read_only=True)
    with answers(monkeypatch, getExistingDirectory=str(tmp_path)):
        widget(window, "new_version_from_this").click()

    made = window.document.plan
    assert made.version == 4 and window.document.path.parent == tmp_path
    assert widget(window, "key_info.employee.phone").text() == "40000003"
    assert made.follow_up == v3.follow_up and read_plan(window.document.path) == made
    window.document.mark_saved(window.document.path)
    window.close()
