"""The overview benchmark (issue 16): ``oppfolging overview`` of 2,000 version files
(500 plans × 4 versions, in 25 sub-folders one level down) against a plain script
that ``json.load``s every one of those files, measured alternately in the same run.

    python3 benchmarks/overview.py [--runs 7]

Reports medians of:
- ``overview_ratio``: the overview as the window computes it (walk, read, group,
  milestones, order) over the floor's walk + ``json.load`` loop, both in this process
  after a warm-up (target <= 3);
- ``overview_process_ratio``: the same as whole processes (``python -m oppfolging_gui
  overview DIR --json`` against ``overview_floor.py DIR``), where the program also
  pays for importing pydantic and its model (for information);
- ``second_look_ms``: a second look at the unchanged folder with the same scanner
  (target < 50 ms), and ``second_look_window_ms`` the same from the window with the
  overview open (``overview_window.py``: what a save, a folder watcher's signal or
  opening the overview again costs; target < 50 ms).
Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
EXAMPLE = ROOT / "resources" / "examples" / "eksempelplan.oppfplan"
TODAY = date(2026, 12, 1)
TARGETS = {"overview_ratio": 3.0, "second_look_ms": 50.0, "second_look_window_ms": 50.0}


def make_folder(folder: Path, plans: int = 500, versions: int = 4, subfolders: int = 25) -> None:
    """Realistic version files: the example plan with its texts, one employee per plan."""
    from oppfolging_gui.core.storage import read_plan, write_plan
    from oppfolging_gui.core.versions import next_version

    base = read_plan(EXAMPLE)
    for n in range(plans):
        plan = base.model_copy(deep=True)
        plan.plan_id = str(uuid.UUID(int=n + 1, version=4))
        plan.key_info.employee.first_name = f"Ansatt{n:03d}"
        plan.key_info.employee.national_id = ""
        plan.key_info.absence.first_day = TODAY - timedelta(days=(n * 7) % 400)
        plan.version = 1
        sub = folder / f"avdeling-{n % subfolders:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        for v in range(1, versions + 1):
            version = plan if v == 1 else next_version(plan, TODAY, version=v)
            version.measures = base.measures  # a filled plan, as a real version is
            write_plan(version, sub / f"plan-{n:03d}-v{v}.oppfplan")


def floor(folder: str) -> int:
    """The floor: find every plan file and json.load it, nothing else."""
    count = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if name.endswith(".oppfplan"):
                with open(os.path.join(root, name), "rb") as stream:
                    json.load(stream)
                count += 1
    return count


def ours(folder: str) -> int:
    from oppfolging_gui.core.overview import OverviewScanner

    return len(OverviewScanner().scan(Path(folder), TODAY).rows)


def timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def process(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def window_looks(folder: Path, scratch: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           **{var: str(scratch / var.lower()) for var in
              ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")}}
    done = subprocess.run([sys.executable, str(HERE / "overview_window.py"), str(folder)],
                          env=env, check=True, capture_output=True, text=True)
    result = json.loads(done.stdout.splitlines()[-1])
    assert result.pop("rows") == 500
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="oppfolging-overview-bench-") as scratch:
        folder = Path(scratch) / "planer"
        make_folder(folder)
        assert floor(str(folder)) == 2000 and ours(str(folder)) == 500
        floors, overviews, seconds, floor_procs, our_procs = [], [], [], [], []
        from oppfolging_gui.core.overview import OverviewScanner

        for _ in range(args.runs):
            floors.append(timed(floor, str(folder)))
            overviews.append(timed(ours, str(folder)))
            scanner = OverviewScanner()
            scanner.scan(folder, TODAY)
            seconds.append(timed(scanner.scan, folder, TODAY))
            floor_procs.append(process([sys.executable, str(HERE / "overview_floor.py"), str(folder)]))
            our_procs.append(process([sys.executable, "-m", "oppfolging_gui", "overview", str(folder),
                                      "--today", TODAY.isoformat(), "--json"]))
        window = window_looks(folder, Path(scratch))
    results = {
        "overview_floor_s": statistics.median(floors),
        "overview_s": statistics.median(overviews),
        "overview_ratio": statistics.median(overviews) / statistics.median(floors),
        "overview_process_floor_s": statistics.median(floor_procs),
        "overview_process_s": statistics.median(our_procs),
        "overview_process_ratio": statistics.median(our_procs) / statistics.median(floor_procs),
        "second_look_ms": statistics.median(seconds) * 1000,
        **window,
    }
    print(json.dumps(results, indent=2))
    missed = [name for name, limit in TARGETS.items() if results[name] > limit]
    if missed:
        print("missed: " + ", ".join(missed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
