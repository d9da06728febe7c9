"""Signing in the window, and using it with the keyboard only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from oppfolging_gui.core.canonical import signature_matches
from oppfolging_gui.core.storage import read_plan

from .window_helpers import IGNORE_OFFSCREEN, action, answers, make_window, type_into, widget

pytestmark = IGNORE_OFFSCREEN


def _draw(pad) -> None:
    points = [QPoint(40 + 30 * i, 60 + (i % 3) * 10) for i in range(8)]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(pad, point)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])


def test_both_parties_sign_and_the_signatures_are_saved_with_the_plan(qtbot, monkeypatch, tmp_path, example_plan_path):
    window = make_window(qtbot)
    action(window, "action_example").trigger()
    for role in ("employee", "employer"):
        pad = widget(window, f"signatures.{role}")
        window.form_view.ensureWidgetVisible(pad)
        _draw(pad)
    plan = window.document.plan
    assert plan.signatures.employee.name == "Jonas Eksempelsen"
    assert plan.signatures.employee.signed_on == date.today()
    assert signature_matches(plan, plan.signatures.employer)
    target = tmp_path / "signert.oppfplan"
    with answers(monkeypatch, getSaveFileName=(str(target), "")):
        action(window, "action_save").trigger()
    saved = read_plan(target)
    assert saved.signatures.employee.strokes and signature_matches(saved, saved.signatures.employee)

    type_into(qtbot, window, "progress", "Endret etter signering")  # content changes: no longer valid
    assert not signature_matches(window.document.plan, window.document.plan.signatures.employee)


def _tab_stops(start, count: int) -> list[str]:
    """The names Tab reaches from ``start``: the focus chain less what Tab skips."""
    names, current = [], start
    while len(names) < count:
        current = current.nextInFocusChain()
        if current.focusPolicy() & Qt.FocusPolicy.TabFocus and current.isEnabled() and current.isVisibleTo(start.window()):
            names.append(current.objectName())
    return names


def test_tab_goes_through_the_fields_in_the_order_of_the_form(qtbot):
    window = make_window(qtbot)
    assert _tab_stops(widget(window, "key_info.employer.name"), 3) == [
        "key_info.employer.business_number", "key_info.employer.organization_number",
        "key_info.employer.manager.first_name"]
    stops = _tab_stops(widget(window, "key_info.employer.contact.phone"), 5)
    assert stops == ["key_info.employer.ia_agreement:yes", "key_info.employer.ia_agreement:no",
                     "key_info.employer.occupational_health_service:yes",
                     "key_info.employer.occupational_health_service:no", "key_info.employee.first_name"]


def test_an_added_measure_tabs_after_the_previous_one(qtbot):
    window = make_window(qtbot)
    action(window, "action_add_measure").trigger()
    QApplication.processEvents()  # a block added to a shown window is shown on the next turn
    last_of_first = widget(window, "measures.0.adapted_work_impossible_reason")
    assert _tab_stops(last_of_first, 3) == ["measures.1:remove", "measures.1.tasks_possible",
                                            "measures.1.tasks_not_possible"]
    assert _tab_stops(widget(window, "measures.1.adapted_work_impossible_reason"), 1) == ["add_measure_button"]


def test_every_action_is_in_a_menu_with_a_mnemonic(qtbot):
    window = make_window(qtbot)
    in_menus = {a.objectName(): a.text() for menu in window.menuBar().findChildren(type(window.recent_menu))
                for a in menu.actions() if a.objectName()}
    for name in ("action_new", "action_open", "action_save", "action_save_as", "action_new_version",
                 "action_export_pdf", "action_print", "action_reset", "action_undo", "action_redo",
                 "action_add_measure", "action_quit"):
        assert "&" in in_menus[name], name
