"""Cold start of the real program with a plan open, until the window is painted.

Run as a whole process by run.py. The program's own entry point is used
(``main([plan])`` makes the application object, as when a user starts it, shows the
window, runs the event loop); at the first turn of the loop we check that the plan's
values really are in the widgets, wait for the window's first paint to be done
(``painted.py``, as the floor does) and quit, then print the peak memory.

With ``--until-built`` it stays until the rest of the form is built (after the
window was shown, in slices) and also prints how long that took after the first
turn of the loop and the longest slice.

The program's own order is kept: ``before_qt`` (what ``main`` does before it
imports Qt) runs before this script imports PySide6. Both this and the floor end
the process as soon as they have their answer (``os._exit``): cold start is the
time to the window painted; tearing the interpreter down is not part of it, and it
costs the program, with its several hundred modules, more than the floor.
"""

import json
import os
import resource
import sys
import time

from oppfolging_gui.__main__ import before_qt, main

plan_path, expected_employer = sys.argv[1], sys.argv[2]
if before_qt([plan_path]) is not None:
    sys.exit(f"the program refuses {plan_path}")

from PySide6.QtCore import QTimer  # noqa: E402  (after the plan core, as the program does)
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from painted import EndAfterFirstPaint  # noqa: E402

until_built = "--until-built" in sys.argv[3:]
seen: dict[str, str] = {}
shown: list = []  # the window, once seen


def look_when_shown() -> None:
    app = QApplication.instance()
    windows = [w for w in app.topLevelWidgets() if w.inherits("QMainWindow") and w.isVisible()]
    if not windows:
        return  # the timer fires again at the next turn of the loop
    window = windows[0]
    shown[:] = [window]
    seen["employer"] = window.findChild(QLineEdit, "key_info.employer.name").text()
    seen["shown_at"] = time.perf_counter()
    check_timer.stop()
    # Installed after the program's own filters, so it sees the paint first and the
    # start ends before what the program does after its first paint.
    window.installEventFilter(end_after_paint)


def painted() -> None:
    form = shown[0].form_view
    if not until_built:
        report()  # painted: the start ends here
    elif form.building:
        form.form_built.connect(lambda: built(form))
    else:
        built(form)


def built(form) -> None:
    seen["built_after_s"] = time.perf_counter() - seen["shown_at"]
    seen["longest_slice_ms"] = form.longest_slice_ms
    seen["longest_slice_cpu_ms"] = form.longest_slice_cpu_ms
    report()


def report() -> None:
    if seen.get("employer") != expected_employer:
        print(f"the window does not show the plan (saw {seen!r})", file=sys.stderr, flush=True)
        os._exit(1)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    built = {key: seen[key] for key in ("built_after_s", "longest_slice_ms", "longest_slice_cpu_ms") if key in seen}
    print(json.dumps({"status": 0, "peak_rss_mib": peak_kib / 1024, **built}), flush=True)
    # The plan's lock goes, as when the window closes: left behind, the next run would
    # find a stale lock, take it over and log that (importing the log's handlers).
    for window in shown:
        window.file_guard.release()
    os._exit(0)


from oppfolging_gui.gui import app as gui_app  # noqa: E402  (what main imports next)

program_application = gui_app.application


check_timer = QTimer(interval=0)
check_timer.timeout.connect(look_when_shown)
end_after_paint = EndAfterFirstPaint(painted)


def application_with_check() -> QApplication:
    """The program makes its own application object, as when a user starts it (its
    style is chosen as it is made); our check joins it then: a repeating zero timer,
    started before the program's own timers, so at the loop's first turn it finds the
    window shown and not yet painted (it stops then: the rest waits for the paint and,
    with ``--until-built``, for the form's ``form_built``)."""
    app = program_application()
    check_timer.start()
    return app


gui_app.application = application_with_check

main([plan_path])
sys.exit(f"the window closed before it showed the plan (saw {seen!r})")
