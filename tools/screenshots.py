"""Pictures of every screen and dialog of the window, in bokmål, nynorsk and English.

    python3 dev.py screenshots [--lang nb|nn|en] [--out DIR] [--only WORD]

For looking at the window as a user does after a change (texts cut off or overlapping,
English longer than the bokmål, a word left in bokmål in a nynorsk window, Qt's own
English in a Norwegian one). It drives the real window offscreen with fictional plans
made from the shipped example (``resources/examples``) and saves one PNG per screen,
numbered in the order a user meets them, into ``DIR/<language>/`` (default
``screenshots/`` in the repository, which git ignores).

The program's own files (settings, recovery copies, logs) go to a temporary home, never
the developer's: the script points ``HOME`` and the XDG folders there before the program
is imported. Dialogs are photographed while they wait for an answer and then answered
the harmless way (Avbryt, Nei); file dialogs are replaced by the folders made here, as
the window's tests do. A screen that fails is reported and the rest still run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "examples" / "eksempelplan.oppfplan"
LANGUAGES = ("nb", "nn", "en")
SIZE = (1280, 800)  # a common laptop screen, less the task bar


def isolate_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="oppfolging-screens-"))
    for variable, folder in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                             ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        os.environ[variable] = str(home / folder)
    os.environ["HOME"] = os.environ["USERPROFILE"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return home


# ---------------------------------------------------------------------- example plans
def _iso(day: date) -> str:
    return day.isoformat()


def example(**changes: object) -> dict:
    """The shipped example as JSON, with ``changes`` (dotted paths) applied."""
    data = json.loads(EXAMPLE.read_text("utf-8"))
    for dotted, value in changes.items():
        *parents, last = dotted.split(".")
        target = data
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[last] = value
    return data


def write(path: Path, data: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    return path


def make_plans(folder: Path, today: date) -> dict[str, Path]:
    """Fictional plans: one with two versions, one overdue, one long ended (all synthetic)."""
    jonas_v1 = example(**{"version": 1, "filled_date": _iso(today - timedelta(days=30)),
                          "key_info.absence.first_day": _iso(today - timedelta(days=39))})
    jonas_v1["measures"] = jonas_v1["measures"][:1]
    jonas_v2 = example(**{"key_info.absence.first_day": _iso(today - timedelta(days=39)),
                          "filled_date": _iso(today - timedelta(days=2))})
    overdue = example(**{"plan_id": "0b5a2f7e-8d41-4c36-9f1e-5a7c2d3e4f60", "version": 1,
                         "key_info.employee.first_name": "Kari", "key_info.employee.last_name": "Prøvesen",
                         "key_info.absence.first_day": _iso(today - timedelta(weeks=10)),
                         "filled_date": _iso(today - timedelta(weeks=8))})
    overdue["follow_up"]["events"] = []
    ended = example(**{"plan_id": "5c1d9e3a-7b2f-4e68-8a90-1f2e3d4c5b6a", "version": 1,
                       "key_info.employee.first_name": "Ola", "key_info.employee.last_name": "Testmann",
                       "key_info.absence.first_day": _iso(today - timedelta(days=300)),
                       "filled_date": _iso(today - timedelta(days=280)),
                       "follow_up.absence_ended": _iso(today - timedelta(days=160))})
    return {
        "v1": write(folder / "Oppfølgingsplan Jonas Eksempelsen v1.oppfplan", jonas_v1),
        "v2": write(folder / "Oppfølgingsplan Jonas Eksempelsen v2.oppfplan", jonas_v2),
        "overdue": write(folder / "Oppfølgingsplan Kari Prøvesen v1.oppfplan", overdue),
        "ended": write(folder / "Oppfølgingsplan Ola Testmann v1.oppfplan", ended),
    }


# ---------------------------------------------------------------------- the photographer
class Shooter:
    def __init__(self, app, language: str, out: Path, work: Path, only: str | None) -> None:
        self.app = app
        self.language = language
        self.out = out
        self.work = work
        self.only = only
        self.number = 0
        self.failed: list[str] = []
        self.saved: list[Path] = []

    # -------------------------------------------------------------- basics
    def settle(self, ms: int = 60) -> None:
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(ms)
        while not deadline.hasExpired():
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def save(self, widget, name: str) -> None:
        self.number += 1
        path = self.out / f"{self.number:02d}-{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)

    def save_pixmap(self, pixmap, name: str) -> None:
        self.number += 1
        path = self.out / f"{self.number:02d}-{name}.png"
        pixmap.save(str(path))
        self.saved.append(path)

    def screen(self, name: str, take: Callable[[], None]) -> None:
        """Run one screen; a failure is reported and the others still run."""
        if self.only and self.only not in name:
            return
        try:
            take()
        except Exception:  # a tool: report and go on
            self.failed.append(name)
            print(f"[{self.language}] {name} FAILED:\n{traceback.format_exc()}", file=sys.stderr)

    def dialog(self, name: str, trigger: Callable[[], object], answer=None, wait_ms: int = 150,
               ready: Callable[[object], bool] | None = None) -> None:
        """Photograph the dialog ``trigger`` opens, then answer it (``answer``: a standard
        button, else Avbryt/Nei/Lukk — whatever rejects it)."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        state = {"done": False, "tries": 0}

        def new_dialog():
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in before:
                    return widget
            return None

        def poll() -> None:
            if state["done"]:
                return
            found = new_dialog()
            state["tries"] += 1
            if found is None or (ready is not None and not ready(found) and state["tries"] < 200):
                QTimer.singleShot(50, poll)
                return
            state["done"] = True
            self.settle(wait_ms)
            self.save(found, name)
            if isinstance(found, QMessageBox):
                button = found.button(answer) if answer is not None else (
                    found.button(QMessageBox.StandardButton.Cancel) or found.button(QMessageBox.StandardButton.No)
                    or found.escapeButton() or found.defaultButton())
                if button is not None:
                    button.click()
                    return
            found.reject()

        QTimer.singleShot(50, poll)
        trigger()
        for _ in range(100):  # a dialog that is not modal: wait for it here
            if state["done"]:
                break
            self.settle(50)
        if not state["done"]:
            state["done"] = True
            raise RuntimeError("no dialog appeared")

    # -------------------------------------------------------------- the window
    def new_window(self, path: Path | None = None):
        from oppfolging_gui.gui.main_window import MainWindow

        window = MainWindow(open_first=path)
        window.resize(*SIZE)
        window.show()
        window.form_view.finish_building()
        self.settle(200)
        return window

    def close(self, window) -> None:
        window.document.mark_saved()
        window.close()
        window.deleteLater()
        self.settle(50)

    def window_at(self, window, index: int, name: str) -> None:
        window.form_view.scroll_to_section(index)
        self.settle(150)
        self.save(window, name)


def draw_signature(app, pad) -> None:
    """A name written across the pad with the mouse, the way a person signs."""
    import math

    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    rect = pad.rect()
    left, width, middle, height = rect.width() * 0.12, rect.width() * 0.7, rect.height() * 0.55, rect.height() * 0.2
    points = [QPointF(left + width * t / 80, middle - height * math.sin(t / 5.0) * (1 - t / 160))
              for t in range(81)]

    def send(kind, point, buttons):
        event = QMouseEvent(kind, point, pad.mapToGlobal(point), Qt.MouseButton.LeftButton, buttons,
                            Qt.KeyboardModifier.NoModifier)
        app.sendEvent(pad, event)

    held = Qt.MouseButton.LeftButton
    send(QEvent.Type.MouseButtonPress, points[0], held)
    for point in points[1:]:
        send(QEvent.Type.MouseMove, point, held)
    send(QEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton)


def with_menu(window, menu):  # -> QPixmap
    """The window with ``menu`` open under its title in the menu bar."""
    from PySide6.QtGui import QPainter

    bar = window.menuBar()
    action = menu.menuAction()
    at = bar.mapTo(window, bar.actionGeometry(action).bottomLeft())
    menu.popup(window.mapToGlobal(at))
    picture = window.grab()
    menu_picture = menu.grab()
    painter = QPainter(picture)
    painter.drawPixmap(at, menu_picture)
    painter.end()
    menu.hide()
    return picture


# ---------------------------------------------------------------------- every screen
def run(shoot: Shooter, plans: dict[str, Path]) -> None:  # one list of screens
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QMessageBox, QWidget

    from oppfolging_gui.core import locking, settings
    from oppfolging_gui.gui.follow_up_log import FollowUpLogEditor
    from oppfolging_gui.gui.signature_pad import SignaturePad

    app = shoot.app
    button = QMessageBox.StandardButton
    settings.set_plans_folder(plans["v2"].parent)
    chosen = {"folder": str(shoot.work / "new-version"), "file": str(shoot.work / "archive.pdf")}
    Path(chosen["folder"]).mkdir(parents=True, exist_ok=True)
    # File dialogs are the system's own (none offscreen): answered with the folders made here.
    QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: chosen["folder"])  # type: ignore[method-assign]
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (chosen["file"], ""))  # type: ignore[method-assign]

    # The plan as most people see it, section by section; the overview notice on top.
    window = shoot.new_window(plans["v2"])
    window.overview_notice.check()
    shoot.settle(100)
    for index, (section, _) in enumerate(window.form_view.sections):
        shoot.screen(f"section-{index + 1}-{section.id}", lambda i=index, s=section: shoot.window_at(
            window, i, f"section-{i + 1}-{s.id}"))

    def follow_up_log() -> None:
        window.form_view.scroll_to_section(len(window.form_view.sections) - 1)
        shoot.settle(100)
        bar = window.form_view.verticalScrollBar()
        bar.setValue(bar.maximum())
        shoot.settle(150)
        shoot.save(window, "follow-up-log")
        log = window.findChild(FollowUpLogEditor)
        shoot.dialog("follow-up-minutes", lambda: log.edit_note(0))  # the row's «Referat …»
    shoot.screen("follow-up-log", follow_up_log)

    def signature() -> None:
        pad = window.findChild(SignaturePad, "signatures.employee")
        window.form_view.ensureWidgetVisible(pad)
        shoot.settle(100)
        draw_signature(app, pad)
        shoot.settle(150)
        window.form_view.ensureWidgetVisible(pad)
        shoot.settle(100)
        shoot.save(window, "signature-drawn")
    shoot.screen("signature-drawn", signature)

    shoot.screen("language-menu", lambda: shoot.save_pixmap(
        with_menu(window, window.findChild(QWidget, "language_menu")), "language-menu"))
    shoot.screen("file-menu", lambda: shoot.save_pixmap(
        with_menu(window, window.menuBar().actions()[0].menu()), "file-menu"))

    def context_menu() -> None:
        edit = window.findChild(QLineEdit, "key_info.employer.name")
        window.form_view.scroll_to_section(0)
        shoot.settle(100)
        menu = edit.createStandardContextMenu()
        menu.popup(edit.mapToGlobal(edit.rect().center()))
        shoot.settle(100)
        shoot.save(menu, "context-menu-of-a-field")
        menu.hide()
        menu.deleteLater()
    shoot.screen("context-menu-of-a-field", context_menu)

    # Questions and dialogs of the open plan.
    shoot.screen("versions", lambda: shoot.dialog("versions", window.show_versions))
    shoot.screen("overview", lambda: shoot.dialog("overview", window.show_overview))
    shoot.screen("about", lambda: shoot.dialog("about", window.show_about))
    shoot.screen("print-preview", lambda: shoot.dialog(
        "print-preview", window.print_plan, wait_ms=400,
        ready=lambda d: d.findChild(QLabel) is not None and getattr(d, "page_count", lambda: 0)() > 0))
    shoot.screen("delete-plan", lambda: shoot.dialog("delete-plan", window.delete_plan, button.No))

    def unsaved() -> None:
        window.document.mark_modified()
        shoot.dialog("unsaved-changes", window.maybe_save_changes, button.Cancel)
        window.document.mark_saved()
    shoot.screen("unsaved-changes", unsaved)
    shoot.screen("reset-form", lambda: shoot.dialog("reset-form", window.reset_form, button.No))

    def crash() -> None:
        from oppfolging_gui.gui import crash as crash_module

        window.activateWindow()
        shoot.dialog("crash", crash_module._tell_user)  # the message an error shows
    shoot.screen("crash", crash)

    def archive() -> None:
        shoot.dialog("archive-question", window.archive_action.start, button.No, wait_ms=200)
    shoot.screen("archive-question", archive)

    def new_version() -> None:
        window.document.mark_saved()
        window.new_version()  # into the folder chosen above: version 3, shown at once
        shoot.settle(200)
        shoot.save(window, "new-version-made")
    shoot.screen("new-version-made", new_version)
    shoot.close(window)

    # An older version: read-only, with its banner.
    def older() -> None:
        old = shoot.new_window(plans["v1"])
        shoot.save(old, "older-version-banner")
        shoot.close(old)
    shoot.screen("older-version-banner", older)

    # Open in another window on another PC: the question, then the read-only banner.
    def locked() -> None:
        owner = locking.LockOwner(pid=4242, host="kontor-pc", user="siri", since=locking.datetime.now().astimezone())
        locking.lock_path_for(plans["v2"]).write_bytes(locking._lock_bytes(owner))
        other = shoot.new_window()
        shoot.dialog("locked-question", lambda: other.open_path(plans["v2"]), button.Yes)
        shoot.settle(150)
        shoot.save(other, "locked-read-only-banner")
        shoot.close(other)
        locking.lock_path_for(plans["v2"]).unlink()
    shoot.screen("locked", locked)

    # Overdue deadlines: the deadlines panel and the notice above the form.
    def overdue() -> None:
        late = shoot.new_window(plans["overdue"])
        late.overview_notice.check()
        shoot.settle(150)
        shoot.save(late, "overdue-deadlines")
        shoot.close(late)
    shoot.screen("overdue-deadlines", overdue)

    def ended() -> None:
        done = shoot.new_window(plans["ended"])
        shoot.save(done, "ended-long-ago-reminder")
        shoot.close(done)
    shoot.screen("ended-long-ago-reminder", ended)

    # A new plan, typed into wrongly: the findings show.
    def findings() -> None:
        fresh = shoot.new_window()
        for name, text in (("key_info.employee.national_id", "12345678901"),
                           ("key_info.employer.organization_number", "123"),
                           ("key_info.absence.first_day", "31.02.2026"),
                           ("key_info.employer.manager.phone", "12")):
            edit = fresh.findChild(QLineEdit, name)
            if edit is not None:
                fresh.form_view.ensureWidgetVisible(edit)
                edit.setFocus()
                QTest.keyClicks(edit, text)
        fresh.validation.reveal_all()
        fresh.form_view.scroll_to_section(0)
        shoot.settle(600)
        shoot.save(fresh, "validation-findings")
        # The recovery copy of these edits, offered at the next start.
        fresh.document.mark_modified()
        fresh.autosave.mark_dirty()
        fresh.autosave.write_now()
        shoot.settle(300)
        from oppfolging_gui.gui.recovery import offer_recovery

        later = shoot.new_window()
        shoot.dialog("recovery-question", lambda: offer_recovery(later), button.No)
        shoot.dialog("recovery-dialog", later.show_recovery)
        shoot.close(later)
        shoot.close(fresh)
    shoot.screen("validation-findings", findings)

    # Qt's own, in the window's language: a question's buttons and the file dialog
    # Qt shows where the system has none of its own.
    def qt_own() -> None:
        shoot.dialog("qt-message-box", lambda: QMessageBox.question(
            None, "Qt", "Qt", button.Yes | button.No | button.Save | button.Discard | button.Cancel), button.Cancel)
        files = QFileDialog(None)
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        files.setDirectory(str(shoot.work))
        shoot.dialog("qt-file-dialog", files.exec)
    shoot.screen("qt-own", qt_own)


def quiet_offscreen() -> None:
    """The offscreen platform says what it cannot do (raise a window, grab the keyboard)
    for every dialog; the rest of Qt's messages still show."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(kind, context, text: str) -> None:
        if not text.startswith("This plugin does not support"):
            print(text, file=sys.stderr)

    qInstallMessageHandler(handler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=[*LANGUAGES, "all"], default="all")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--only", help="only the screens whose name contains this")
    args = parser.parse_args(argv)
    home = isolate_home()
    sys.path.insert(0, str(ROOT))

    from oppfolging_gui.core.i18n import set_language
    from oppfolging_gui.gui.app import _set_up, application
    from oppfolging_gui.gui.i18n import install_translations

    quiet_offscreen()
    app = application()
    _set_up(app)  # the look and icon of a real start
    failed = []
    for language in LANGUAGES if args.lang == "all" else (args.lang,):
        set_language(language)
        install_translations(app, language)
        out = args.out / language
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("*.png"):
            old.unlink()
        work = home / "plans" / language
        shoot = Shooter(app, language, out, work, args.only)
        run(shoot, make_plans(work, date.today()))
        print(f"[{language}] {len(shoot.saved)} pictures in {out}")
        failed += [f"{language}: {name}" for name in shoot.failed]
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
