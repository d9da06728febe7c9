"""Where cold start goes: the program's start cut into its steps, each step's cost.

    .venv/bin/python benchmarks/startup_phases.py [--runs 7] [--instructions]

Runs the window's start in the program's own order (``before_qt``, Qt, the
application object, the window with the example plan, shown, the first turn of the
event loop, the first paint) in fresh processes and prints, per step, the median CPU time
(``time.process_time``) and, with ``--instructions``, each step's instructions under
valgrind's callgrind (one run, its counts cut at each step's end) next to the floor's
whole count.

The steps follow ``gui.app.run_gui``; a change to the order there belongs here too.
Run by hand while working on start-up; ``run.py`` keeps the targets.
"""

from __future__ import annotations

import os
import sys
import time


def child(plan: str) -> None:
    """One start, printing each step's CPU milliseconds as JSON. Nothing is imported
    before it but what the interpreter itself imports, so the program pays for its own."""
    marks = [("interpreter", time.process_time())]
    os.getppid()  # the interpreter's count ends here (see steps_under_valgrind)

    def mark(step: str) -> None:
        marks.append((step, time.process_time()))
        os.getppid()  # under valgrind, callgrind's counts are cut here (--dump-before=getppid)

    from oppfolging_gui.__main__ import before_qt

    if before_qt([plan]) is not None:
        sys.exit(f"the program refuses {plan}")
    mark("before_qt (plan core)")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication  # noqa: F401  (counted with PySide6)

    mark("import PySide6")
    from oppfolging_gui.gui import app as gui_app

    app = gui_app.application()
    mark("QApplication")
    gui_app._set_up(app)
    mark("style, icon, translations")
    from oppfolging_gui.gui.crash import install_crash_handlers

    install_crash_handlers()
    mark("crash handlers")
    from oppfolging_gui.gui.main_window import MainWindow

    mark("import the window's modules")
    from pathlib import Path

    window = MainWindow(open_first=Path(plan))
    mark("MainWindow with the plan")
    window.show()
    mark("show")

    def painted() -> None:
        mark("the first paint")
        steps, before = {}, 0.0
        for step, at in marks:
            steps[step] = (at - before) * 1000
            before = at
        steps["total"] = before * 1000
        print(repr(steps), flush=True)
        window.file_guard.release()  # as the window's close does: no stale lock for the next run
        os._exit(0)

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from painted import EndAfterFirstPaint

    end = EndAfterFirstPaint(painted)
    window.installEventFilter(end)  # after the program's own: it ends before their work
    QTimer.singleShot(0, lambda: mark("first turn of the event loop"))  # Qt runs it before the paint
    app.exec()


if len(sys.argv) == 3 and sys.argv[1] == "--child":
    child(sys.argv[2])

import argparse  # noqa: E402  (the measuring side only)
import ast  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import ENV, EXAMPLE, PYTHON, instructions  # noqa: E402


def run_steps(cmd: list[str]) -> dict[str, float]:
    done = subprocess.run(cmd, env=ENV, capture_output=True, text=True, check=True)
    return ast.literal_eval(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--instructions", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="oppfolging-phases-"))
    try:
        plan = Path(shutil.copy(EXAMPLE, folder / "eksempelplan.oppfplan"))
        cmd = [PYTHON, str(Path(__file__).resolve()), "--child", str(plan)]
        run_steps(cmd)  # compiled bytecode in place
        runs = [run_steps(cmd) for _ in range(args.runs)]
        print(f"CPU ms per step, median of {args.runs} runs:")
        for step in runs[0]:
            print(f"  {step:34} {statistics.median(r[step] for r in runs):7.1f}")
        if args.instructions:
            floor = instructions([PYTHON, str(HERE / "startup_floor.py")])
            total, split = steps_under_valgrind(cmd)
            print(f"Instructions: {total / 1e6:,.0f} M, the floor {floor / 1e6:,.0f} M, "
                  f"ratio {total / floor:.3f} (target ≤ 2.4); per step, as a share of the floor:")
            for step, count in split.items():
                print(f"  {step:34} {count / floor:6.3f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def steps_under_valgrind(cmd: list[str]) -> tuple[int, dict[str, int]]:
    """The whole count of instructions and each step's, from one valgrind run: the child
    calls ``getppid`` at the end of every step, and callgrind writes its counts so far
    to a file of their own there (``--dump-before``)."""
    with tempfile.TemporaryDirectory() as scratch:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--dump-before=getppid", f"--callgrind-out-file={scratch}/out", *cmd],
            env={**ENV, "PYTHONHASHSEED": "0"}, capture_output=True, text=True, check=True,
        )
        steps = [step for step in ast.literal_eval(done.stdout.strip().splitlines()[-1]) if step != "total"]
        parts = sorted(Path(scratch).glob("out.*"), key=lambda part: int(part.suffix[1:]))
        counts = dict(zip(steps, (_summary(part) for part in parts), strict=True))
    total = next(int(line.rsplit(":", 1)[1]) for line in done.stderr.splitlines() if "Collected :" in line)
    return total, counts  # what follows the last step (the process's end) is in the total only


def _summary(part: Path) -> int:
    with part.open() as lines:
        return next(int(line.split()[1]) for line in lines if line.startswith("summary:"))


if __name__ == "__main__":
    start = time.perf_counter()
    status = main()
    print(f"({time.perf_counter() - start:.0f} s)")
    sys.exit(status)
