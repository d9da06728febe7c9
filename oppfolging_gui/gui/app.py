"""Starting the window: the application object, its look, translations, and the files to open."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from .. import APP_ID, APP_NAME, __version__, collector
from .first_paint import after_first_paint

if TYPE_CHECKING:
    from .main_window import MainWindow


def run_gui(argv: list[str]) -> int:
    """Open the window (with the plans in ``argv``, if any) and run until it closes."""
    app = application()
    _set_up(app)
    from .crash import install_crash_handlers  # log unexpected errors, calm message

    install_crash_handlers()
    from .main_window import MainWindow  # after QApplication: widgets need it

    window = MainWindow(open_first=Path(argv[0]) if argv else None)
    try:
        window.show()
        if sys.platform == "darwin":  # Finder hands plans over as events, not arguments
            from .file_open_events import FileOpenEvents

            # Only there: an application-wide filter sees every event of every widget.
            app.installEventFilter(FileOpenEvents(window.open_path, window))
        after_first_paint(window, lambda: _after_the_first_paint(window))
        from .smoke import arm_smoke_test  # the packaging smoke test's hook; idle unless asked for

        arm_smoke_test(window)
        return app.exec()
    finally:
        # However the run ends (an error during start, the event loop quit without
        # closing the window), the plan's lock goes with the program; a recovery
        # copy of unsaved edits stays for the next start.
        window.file_guard.release()


STYLE = "Fusion"  # the same calm look on every platform


def application() -> QApplication:
    """The application object in the program's style: a new one, or the one already
    made (by the tests, or a script that runs the window)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        existing.setStyle(STYLE)
        return existing
    # The style as an argument rather than setStyle(): Qt makes it when the first widget
    # needs it, and Python never holds a QStyle — the first one it does makes PySide
    # create QStyle's 11 enums with 570 members, 45 M instructions: 7 % of a bare
    # window's whole start (issue 15).
    return QApplication([sys.argv[0] if sys.argv else APP_ID, "-style", STYLE])


def _after_the_first_paint(window: MainWindow) -> None:
    """The start's last steps, once the plan is on the screen."""
    # Unsaved plans from a crash or kill: asked about over the window already painted
    # (their module and folder are not needed to show the plan; the question is modal
    # and comes at once, before anything can be typed).
    from .recovery import offer_recovery

    offer_recovery(window)
    collector.end_start_hold()  # held since __main__.before_qt
    window.start_finished.emit()


def _set_up(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    # The installed packaging/linux/<this>.desktop: Wayland docks match the window to it.
    app.setDesktopFileName("no.oppfolging.Oppfolgingsplan")
    if resources.files("oppfolging_gui.resources").joinpath("icons").is_dir():
        from .icons import program_icon

        app.setWindowIcon(program_icon())
    _install_translations(app)


def _install_translations(app: QApplication) -> None:
    """The window speaks the program's language (``core.i18n``: chosen in the menu and kept
    in the settings, else the system's), Qt's own buttons and dialogs with it."""
    from ..core.i18n import current_language
    from .i18n import install_translations

    install_translations(app, current_language())
