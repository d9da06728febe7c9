"""Signing in "Underskrift": drawing goes into the plan, and a changed plan voids it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from oppfolging_gui.core.canonical import content_sha256, signature_matches
from oppfolging_gui.core.document import PlanDocument
from oppfolging_gui.core.model import Plan
from oppfolging_gui.core.storage import read_plan, write_plan
from oppfolging_gui.gui.signature import SignatureField
from oppfolging_gui.gui.signature_pad import INK, SignaturePad, smooth_path

# The offscreen platform warns about this on show(); it is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

INVALID = "Signaturen gjelder ikke for dette innholdet"


@pytest.fixture
def plan() -> Plan:
    plan = Plan.new(date(2026, 11, 2))
    plan.key_info.employee.first_name = "Kari"
    plan.key_info.employee.last_name = "Nordmann"
    plan.key_info.employer.manager.first_name = "Ola"
    plan.key_info.employer.manager.last_name = "Leder"
    plan.progress = "Oppfølgingssamtale om to uker."
    return plan


@pytest.fixture
def document(plan: Plan) -> PlanDocument:
    return PlanDocument(plan)


def make_field(qtbot, document: PlanDocument, role: str = "employee", size=(600, 320)) -> SignatureField:
    field = SignatureField(role)
    qtbot.addWidget(field)
    field.set_document(document)
    field.resize(*size)
    field.show()
    qtbot.waitExposed(field)
    return field


def drag(pad: QWidget, *pixels: tuple[int, int]) -> None:
    """Press at the first pixel, move through the rest, release at the last."""
    points = [QPoint(x, y) for x, y in pixels]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(pad, point)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])


def looks_like_ink(color: QColor) -> bool:
    """Dark blue, as the ink (antialiasing blends thin lines with the paper)."""
    ink = QColor(INK)
    return color.lightness() < 160 and color.blue() - color.red() > (ink.blue() - ink.red()) // 2


def scribble(pad: SignaturePad) -> None:
    """A stroke across the middle of whatever size the pad has."""
    w, h = pad.width(), pad.height()
    drag(pad, (w // 5, h // 2), (w // 3, h // 3), (w // 2, h // 2), (2 * w // 3, h // 3))


# ------------------------------------------------------------------ drawing
def test_a_mouse_drag_becomes_a_stroke_in_the_plan(qtbot, document):
    field = make_field(qtbot, document)
    scribble(field.pad)

    signature = document.plan.signatures.employee
    assert signature is not None
    assert len(signature.strokes) == 1
    assert len(signature.strokes[0]) == 4
    assert document.plan.signatures.employer is None
    assert field.pad.strokes() == [list(signature.strokes[0])]


@pytest.mark.parametrize("size", [(206, 66), (600, 186), (506, 506), (600, 66)])
def test_points_are_in_the_1000_by_300_box_whatever_the_widget_size(qtbot, size):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(*size)
    pad.show()
    qtbot.waitExposed(pad)
    assert (pad.width(), pad.height()) == size
    drawn = []
    pad.strokes_drawn.connect(drawn.append)
    # The box is the largest 10:3 rectangle inside the 3 px margin, top left aligned.
    box_width = min(size[0] - 6, (size[1] - 6) * 10 / 3)
    pixel = 1000 / box_width  # box units per pixel: the precision a mouse can give
    centre = (round(3 + box_width / 2), round(3 + box_width * 0.15))

    # (1, 1): QTest takes (0, 0) to mean "the centre".
    drag(pad, (1, 1), centre, (size[0] - 1, size[1] - 1))

    (stroke,) = drawn[-1]
    assert stroke[0] == (0.0, 0.0)  # outside the box: clamped to its corner
    assert stroke[1] == pytest.approx((500, 150), abs=pixel)
    assert stroke[2] == (1000.0, 300.0)


def test_strokes_keep_their_box_coordinates_when_the_pad_is_resized(qtbot, document):
    field = make_field(qtbot, document, size=(900, 400))
    scribble(field.pad)
    stored = list(document.plan.signatures.employee.strokes)
    field.resize(400, 300)
    qtbot.wait(1)
    assert field.pad.strokes() == [list(s) for s in stored]
    assert document.plan.signatures.employee.strokes == stored


def test_a_pen_on_a_tablet_draws_a_stroke(qtbot, document):
    field = make_field(qtbot, document)
    pad = field.pad
    pen = QPointingDevice(
        "test pen", 7, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 1,
    )
    for kind, x in ((QEvent.Type.TabletPress, 40), (QEvent.Type.TabletMove, 120), (QEvent.Type.TabletRelease, 200)):
        position = QPointF(x, 60)
        buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
        event = QTabletEvent(
            kind, pen, position, pad.mapToGlobal(position), 0.5, 0, 0, 0, 0, 0,
            Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons,
        )
        QApplication.sendEvent(pad, event)

    strokes = document.plan.signatures.employee.strokes
    assert len(strokes) == 1 and len(strokes[0]) == 3
    assert strokes[0][0] == pad.to_box(QPointF(40, 60))


def test_a_finger_on_a_touch_screen_draws_a_stroke(qtbot, document):
    field = make_field(qtbot, document)
    screen = QTest.createTouchDevice()
    QTest.touchEvent(field.pad, screen).press(0, QPoint(50, 50), field.pad).commit()
    QTest.touchEvent(field.pad, screen).move(0, QPoint(150, 80), field.pad).commit()
    QTest.touchEvent(field.pad, screen).release(0, QPoint(250, 60), field.pad).commit()

    strokes = document.plan.signatures.employee.strokes
    assert len(strokes) == 1
    assert strokes[0][0] == field.pad.to_box(QPointF(50, 50))
    assert strokes[0][-1] == field.pad.to_box(QPointF(250, 60))


def test_a_drawn_signature_is_painted_in_ink(qtbot, document):
    field = make_field(qtbot, document)
    pad = field.pad
    y = round(pad.to_widget((0, 150)).y())
    drag(pad, (40, y), (pad.width() // 2, y), (pad.width() - 40, y))
    image = pad.grab().toImage()
    assert looks_like_ink(image.pixelColor(pad.width() // 2, y))
    assert not looks_like_ink(image.pixelColor(pad.width() // 2, y - 20))


def test_the_smooth_path_starts_and_ends_at_the_sampled_points():
    points = [QPointF(0, 0), QPointF(10, 5), QPointF(20, 0), QPointF(30, 5)]
    path = smooth_path(points)
    assert path.pointAtPercent(0) == points[0]
    assert path.pointAtPercent(1) == points[-1]


def test_a_dot_is_painted(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(506, 156)
    pad.set_strokes([[(500.0, 100.0)]])  # e.g. the dot over an i
    centre = pad.to_widget((500, 100)).toPoint()
    assert looks_like_ink(pad.grab().toImage().pixelColor(centre))


# ------------------------------------------------------- what is signed
def test_the_signature_holds_the_signers_name_today_and_the_content_hash(qtbot, document):
    employee = make_field(qtbot, document, "employee")
    employer = make_field(qtbot, document, "employer")
    scribble(employee.pad)
    scribble(employer.pad)

    signatures = document.plan.signatures
    assert signatures.employee.name == "Kari Nordmann"
    assert signatures.employer.name == "Ola Leder"  # the nearest manager
    assert signatures.employee.signed_on == date.today()
    assert signatures.employee.content_sha256 == content_sha256(document.plan)
    assert signatures.employer.content_sha256 == content_sha256(document.plan)
    today = date.today().strftime("%d.%m.%Y")
    assert employee.status_label.text() == f"Signert {today}"
    assert employer.status_label.text() == f"Signert {today}"
    assert employee.name_label.text() == "Kari Nordmann"
    assert employer.name_label.text() == "Ola Leder"


def test_the_first_signature_fills_in_the_signing_date(qtbot, document):
    field = make_field(qtbot, document)
    scribble(field.pad)
    assert document.plan.signatures.date == date.today()


def test_a_signing_date_already_given_is_kept(qtbot, document):
    earlier = date.today() - timedelta(days=3)
    document.set("signatures.date", earlier)
    field = make_field(qtbot, document)
    scribble(field.pad)
    assert document.plan.signatures.date == earlier


def test_an_unsigned_field_shows_who_is_to_sign(qtbot, document):
    field = make_field(qtbot, document, "employer")
    assert field.status_label.text() == "Ikke signert"
    assert field.name_label.text() == "Ola Leder"
    document.set("key_info.employer.manager.first_name", "Per")
    assert field.name_label.text() == "Per Leder"


def test_a_missing_name_is_pointed_out(qtbot):
    field = make_field(qtbot, PlanDocument(Plan.new()))
    assert "ikke fylt ut" in field.name_label.text()


# ------------------------------------------------- content changes after signing
def test_editing_another_field_voids_the_signature_at_once(qtbot, document):
    field = make_field(qtbot, document)
    scribble(field.pad)
    assert field.is_valid()

    document.set("progress", "Nytt møte neste uke.")

    assert not field.is_valid()
    assert not signature_matches(document.plan, document.plan.signatures.employee)
    assert field.status_label.text() == INVALID
    assert field.explanation_label.isVisibleTo(field)
    assert field.resign_button.isVisibleTo(field)
    assert field.pad.is_read_only()  # nothing is added to a void signature

    document.undo()  # the content is as signed again
    assert field.is_valid()
    assert not field.resign_button.isVisibleTo(field)


def test_signing_one_party_does_not_void_the_other(qtbot, document):
    employee = make_field(qtbot, document, "employee")
    employer = make_field(qtbot, document, "employer")
    scribble(employee.pad)
    scribble(employer.pad)
    document.set("signatures.paper_copy_at_workplace", True)
    assert employee.is_valid() and employer.is_valid()


def test_drawing_on_a_void_signature_changes_nothing(qtbot, document):
    field = make_field(qtbot, document)
    scribble(field.pad)
    document.set("progress", "Endret.")
    before = document.plan.signatures.employee

    scribble(field.pad)

    assert document.plan.signatures.employee == before


def test_sign_again_clears_a_void_signature_for_a_new_one(qtbot, document):
    field = make_field(qtbot, document)
    scribble(field.pad)
    document.set("progress", "Endret.")

    qtbot.mouseClick(field.resign_button, Qt.MouseButton.LeftButton)
    assert document.plan.signatures.employee is None
    assert field.status_label.text() == "Ikke signert"

    scribble(field.pad)
    assert field.is_valid()
    assert document.plan.signatures.employee.content_sha256 == content_sha256(document.plan)


# ---------------------------------------------------------------- undo, clear
def test_undo_takes_back_one_stroke_at_a_time(qtbot, document):
    field = make_field(qtbot, document)
    scribble(field.pad)
    scribble(field.pad)
    assert len(document.plan.signatures.employee.strokes) == 2

    document.undo()
    assert len(document.plan.signatures.employee.strokes) == 1
    assert len(field.pad.strokes()) == 1
    document.undo()
    assert document.plan.signatures.employee is None
    assert field.pad.strokes() == []
    document.redo()
    assert len(field.pad.strokes()) == 1


def test_clear_removes_the_signature_in_one_undoable_step(qtbot, document):
    field = make_field(qtbot, document)
    scribble(field.pad)
    scribble(field.pad)

    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert document.plan.signatures.employee is None
    assert field.pad.is_empty()
    assert not field.clear_button.isEnabled()

    document.undo()
    assert len(document.plan.signatures.employee.strokes) == 2


def test_delete_on_the_pad_clears(qtbot, document):
    field = make_field(qtbot, document)
    scribble(field.pad)
    QTest.keyClick(field.pad, Qt.Key.Key_Delete)
    assert document.plan.signatures.employee is None


def test_clearing_an_empty_signature_adds_no_undo_step(qtbot, document):
    field = make_field(qtbot, document)
    field.clear_signature()
    assert not document.can_undo


# ------------------------------------------------------- keyboard, read-only
def test_the_pad_is_named_and_described_for_assistive_technology(qtbot, document):
    field = make_field(qtbot, document, "employer")
    pad = field.findChild(SignaturePad, "signatures.employer")
    assert pad is field.pad
    assert "arbeidsgiver" in pad.accessibleName().lower()
    assert pad.accessibleDescription()
    assert field.clear_button.accessibleName()


def test_tab_goes_from_the_pad_to_clear(qtbot, document):
    field = make_field(qtbot, document)
    scribble(field.pad)
    # The window's own focus widget: whether the test window is the active one
    # depends on what other tests left open, and does not matter here.
    field.pad.setFocus()
    assert field.focusWidget() is field.pad
    QTest.keyClick(field.pad, Qt.Key.Key_Tab)
    assert field.focusWidget() is field.clear_button
    QTest.keyClick(field.clear_button, Qt.Key.Key_Backtab)
    assert field.focusWidget() is field.pad


def test_a_read_only_plan_cannot_be_drawn_on_or_cleared(qtbot, plan):
    plan.signatures.employee = None
    document = PlanDocument(plan, read_only=True)
    field = make_field(qtbot, document)

    scribble(field.pad)
    QTest.keyClick(field.pad, Qt.Key.Key_Delete)

    assert document.plan.signatures.employee is None
    assert field.pad.strokes() == []
    assert not document.can_undo
    assert not field.clear_button.isVisibleTo(field)


def test_a_signed_old_version_still_shows_its_signature_read_only(qtbot, document, tmp_path):
    signing = make_field(qtbot, document)
    scribble(signing.pad)
    old = PlanDocument(document.frozen_copy(), read_only=True)

    viewer = make_field(qtbot, old)

    assert viewer.pad.strokes() == signing.pad.strokes()
    assert viewer.is_valid()
    viewer.clear_signature()
    assert old.plan.signatures.employee is not None


def test_switching_documents_stops_listening_to_the_old_one(qtbot, document, plan):
    field = make_field(qtbot, document)
    scribble(field.pad)
    other = PlanDocument(Plan.new())
    field.set_document(other)
    assert field.pad.strokes() == []
    document.set("progress", "Endret.")  # must not touch the field any more
    assert field.status_label.text() == "Ikke signert"


def test_a_closed_field_stops_listening(qtbot, document):
    field = SignatureField("employee")
    field.set_document(document)
    shiboken6.delete(field)
    document.set("progress", "Endret.")  # must not reach the deleted widget
    document.set("progress", "Endret igjen.")


# -------------------------------------------------------------- the file
def test_a_signature_survives_saving_and_reopening(qtbot, document, tmp_path):
    employee = make_field(qtbot, document, "employee")
    employer = make_field(qtbot, document, "employer")
    scribble(employee.pad)
    scribble(employer.pad)
    path = tmp_path / "signert.oppfplan"

    write_plan(document.plan, path)
    reopened = read_plan(path)

    assert reopened.signatures == document.plan.signatures
    assert signature_matches(reopened, reopened.signatures.employee)
    assert signature_matches(reopened, reopened.signatures.employer)
    shown = make_field(qtbot, PlanDocument(reopened))
    assert shown.pad.strokes() == employee.pad.strokes()
    assert shown.is_valid()
