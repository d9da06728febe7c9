"""«Oversikt over planer» in the real window: the rows of ``oppfolging overview``, opening
a plan from them, and changes showing without a restart."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QLineEdit, QWidget

from oppfolging_gui.core import settings
from oppfolging_gui.core.overview import overview

from ..core.test_overview import TODAY, write_version
from .window_helpers import IGNORE_OFFSCREEN, Button, action, answers, make_window, type_into, widget

pytestmark = IGNORE_OFFSCREEN


@pytest.fixture
def plans(tmp_path) -> Path:
    folder = tmp_path / "planer"
    write_version(folder, "ola.oppfplan", "Ola", "Hansen", first_day=date(2026, 11, 20))
    write_version(folder / "2026", "kari.oppfplan", "Kari", "Nordmann", first_day=date(2026, 9, 1))
    write_version(folder, "per.oppfplan", "Per", "Olsen", first_day=None)
    settings.set_plans_folder(folder)
    return folder


@pytest.fixture
def window(qtbot, plans):
    window = make_window(qtbot)
    window.plans.today = TODAY
    return window


def names(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def open_overview(window) -> QAbstractItemView:
    action(window, "action_overview").trigger()
    view = window.findChild(QAbstractItemView, "plans_overview")
    assert view is not None and view.isVisible()
    return view


def test_the_rows_and_their_order_are_those_of_the_command(qtbot, window, plans):
    view = open_overview(window)
    expected = [row.employee for row in overview(plans, TODAY).rows]
    assert names(view) == expected == ["Kari Nordmann", "Ola Hansen", "Per Olsen"]
    status = view.model().index(0, 1).data()
    assert "Fristen er passert" in status and status.startswith("⚠")  # symbol and word, not colour alone

    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # sortable
    assert names(view) == ["Per Olsen", "Ola Hansen", "Kari Nordmann"]
    widget(window, "overview_filter").setText("OL")  # Ola Hansen and Per Olsen, any case
    assert names(view) == ["Per Olsen", "Ola Hansen"]


def test_enter_opens_the_newest_version_asking_first_about_unsaved_edits(qtbot, window, plans, monkeypatch):
    type_into(qtbot, window, "progress", "Ulagret")
    view = open_overview(window)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    with answers(monkeypatch, question=Button.Cancel) as asked:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert [name for name, _ in asked] == ["question"]
    assert window.windowFilePath() == ""  # Avbryt: the unsaved plan stays

    with answers(monkeypatch, question=Button.Discard):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.windowFilePath() == str(plans / "2026" / "kari.oppfplan")
    assert widget(window, "key_info.employee.first_name").text() == "Kari"


def test_double_click_opens_the_plan(qtbot, window, plans):
    view = open_overview(window)
    index = view.model().index(1, 0)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a hand does
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.windowFilePath() == str(plans / "ola.oppfplan")


def test_a_plan_saved_in_the_window_shows_in_the_overview(qtbot, window, plans):
    view = open_overview(window)
    view.setCurrentIndex(view.model().index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.windowFilePath().endswith("per.oppfplan")
    type_into(qtbot, window, "key_info.employee.first_name", "Petter")
    action(window, "action_save").trigger()
    # Not looked at again: the session told the overview (its folder is not watched now).
    assert not view.isVisible()
    qtbot.waitUntil(lambda: "Petter Olsen" in names(view), timeout=3000)


def test_a_plan_deleted_in_the_window_leaves_the_overview(qtbot, window, plans, monkeypatch):
    view = open_overview(window)
    view.setCurrentIndex(view.model().index(names(view).index("Ola Hansen"), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    with answers(monkeypatch, question=Button.Yes):
        action(window, "action_delete_plan").trigger()
    assert not (plans / "ola.oppfplan").exists()
    qtbot.waitUntil(lambda: names(view) == ["Kari Nordmann", "Per Olsen"], timeout=3000)


def test_plans_whose_absence_has_ended_show_only_when_asked(qtbot, window, plans):
    path, _ = write_version(plans, "ferdig.oppfplan", "Ferdig", first_day=date(2026, 9, 1))
    data = json.loads(path.read_text("utf-8"))
    data["follow_up"]["absence_ended"] = "2026-11-25"
    path.write_text(json.dumps(data), "utf-8")
    view = open_overview(window)
    assert "Ferdig Testesen" not in names(view)
    widget(window, "overview_show_ended").setChecked(True)
    row = names(view).index("Ferdig Testesen")  # column 0 is the name alone
    assert "Avsluttet 25.11.2026" in view.model().index(row, 1).data()


def test_a_file_added_by_someone_else_shows_while_the_overview_is_open(qtbot, window, plans):
    view = open_overview(window)
    write_version(plans / "2026", "anne.oppfplan", "Anne", "Berg", first_day=date(2026, 10, 25))
    qtbot.waitUntil(lambda: "Anne Berg" in names(view), timeout=5000)
    assert names(view)[:2] == ["Kari Nordmann", "Anne Berg"]


def test_the_plans_folder_is_chosen_once_and_changeable(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot)
    other = tmp_path / "andre"
    write_version(other, "siri.oppfplan", "Siri")
    with answers(monkeypatch, getExistingDirectory=str(other)) as asked:
        view = open_overview(window)
    assert len(asked) == 1 and settings.plans_folder() == other
    assert names(view) == ["Siri Testesen"]
    window.findChild(QWidget, "overview_dialog").hide()
    with answers(monkeypatch, getExistingDirectory=str(other)) as asked:
        open_overview(window)
    assert asked == []  # chosen once
    with answers(monkeypatch, getExistingDirectory=str(tmp_path)):
        widget(window, "overview_change_folder").click()
    assert settings.plans_folder() == tmp_path
    assert names(view) == ["Siri Testesen"]  # sub-folders count


def test_at_start_one_quiet_line_leads_to_the_overview(qtbot, tmp_path):
    # At start "today" is the computer's: dates relative to it.
    write_version(tmp_path, "kari.oppfplan", "Kari", "Nordmann", first_day=date.today() - timedelta(days=60))
    write_version(tmp_path, "ola.oppfplan", "Ola", "Hansen", first_day=date.today() - timedelta(days=2))
    settings.set_plans_folder(tmp_path)
    window = make_window(qtbot)
    notice = widget(window, "overview_notice")
    qtbot.waitUntil(notice.isVisible, timeout=3000)
    text = widget(window, "overview_notice_text").text()
    assert "Kari Nordmann" in text and "Ola" not in text
    assert text.startswith("Tidsfrister: 1 plan har en frist som er passert")  # a whole word, not «plan(er)»
    assert "0 har" not in text  # nothing due soon besides: not said at all
    assert window.findChild(QWidget, "overview_dialog") is None  # a line, not a dialog
    widget(window, "overview_notice_open").click()
    view = window.findChild(QAbstractItemView, "plans_overview")
    assert view.isVisible() and names(view)[0] == "Kari Nordmann"
    assert not notice.isVisible()


def test_no_line_at_start_when_nothing_is_due_within_a_week(qtbot, tmp_path):
    write_version(tmp_path, "senere.oppfplan", "Senere", first_day=date.today())  # first deadline in 4 weeks
    settings.set_plans_folder(tmp_path)
    window = make_window(qtbot)
    qtbot.waitUntil(lambda: window.plans.overview is not None)  # it looks after the first paint
    assert len(window.plans.overview.rows) == 1
    assert not widget(window, "overview_notice").isVisible()


def test_unreadable_files_are_named_below_the_table(qtbot, window, plans):
    (plans / "halv.oppfplan").write_bytes(b'{"format": "oppfolgingsplan", "plan')
    open_overview(window)
    label = widget(window, "overview_unreadable")
    assert label.isVisible() and "halv.oppfplan" in label.text()
    assert label.text().startswith("1 fil kunne ikke leses")  # a whole word, not «fil(er)»


def test_filter_and_show_ended_widgets_exist(qtbot, window):
    open_overview(window)
    assert isinstance(widget(window, "overview_filter"), QLineEdit)
    box = widget(window, "overview_show_ended")
    assert isinstance(box, QCheckBox) and not box.isChecked()


def test_a_new_version_made_in_the_window_shows_in_the_overview(qtbot, window, plans, monkeypatch):
    view = open_overview(window)
    view.setCurrentIndex(view.model().index(names(view).index("Ola Hansen"), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    with answers(monkeypatch, getExistingDirectory=str(plans / "2026")):
        action(window, "action_new_version").trigger()
    assert window.document.plan.version == 2
    row = lambda: names(view).index("Ola Hansen")  # noqa: E731
    qtbot.waitUntil(lambda: view.model().index(row(), 6).data() == "2", timeout=3000)
    assert view.model().index(row(), 7).data().startswith("2026")  # the new file, in the sub-folder
    assert len(names(view)) == 3  # still one row per plan
