"""Benchmark: the archive of a 10-version plan against 10 × the single-version PDF.

    .venv/bin/python benchmarks/archive.py [--runs 5] [--json] [--processes]

The floor is what a user would otherwise do to get the same pages: one PDF per
version (``render_plan_pdf``), ten of them. The archive lays out those ten versions
too, plus its first page and the follow-up log, in one PDF/A-2b document; it should
cost no more than the ten PDFs. Both are measured in this process, alternately,
after one warm-up each (fonts registered, modules imported), as CPU time of this
process (``time.process_time``: other processes on a busy machine do not count),
and the medians compared: the ratio is what the target is about, not the seconds. Exits 1 when the
archive costs more than the ten PDFs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EXAMPLE = ROOT / "resources" / "examples" / "eksempelplan.oppfplan"
TARGET = 1.0
VERSIONS = 10


def ten_versions():
    """Ten versions of the example plan, each with its measures, the log growing by
    two events a version (the tenth carries twenty, two of them long referats)."""
    from oppfolging_gui.core.model import FollowUpEvent
    from oppfolging_gui.core.storage import read_plan
    from oppfolging_gui.core.versions import next_version

    first = read_plan(EXAMPLE)
    referat = ("Referat fra møtet: hvem som var til stede, hva som ble gjennomgått og hva som ble "
               "avtalt om tilrettelegging og opptrapping. " * 6).strip()
    versions = []
    plan = first.model_copy(deep=True)
    plan.version = 1
    for number in range(1, VERSIONS + 1):
        if number > 1:
            plan = next_version(plan, plan.filled_date + timedelta(days=14))
            plan.measures = [measure.model_copy(deep=True) for measure in first.measures]
            plan.progress = first.progress
        for offset in range(2):
            kind = "dialogue_meeting_1" if (number, offset) == (3, 0) else "follow_up_conversation"
            note = "\n\n".join([referat] * 3) if offset == 0 and number % 5 == 0 else f"Samtale {number}.{offset}."
            plan.follow_up.events.append(FollowUpEvent(
                date=date(2026, 11, 1) + timedelta(days=7 * number + offset), kind=kind, note=note))
        versions.append(plan.model_copy(deep=True))
    return versions


def measure(runs: int) -> dict:
    from oppfolging_gui.core.pdf import render_plan_pdf
    from oppfolging_gui.core.pdf.archive import render_archive_pdf

    versions = ten_versions()

    def singles() -> int:
        return sum(len(render_plan_pdf(version)) for version in versions)

    def archive() -> int:
        return len(render_archive_pdf(versions, made_on=date(2027, 3, 1)))

    singles(), archive()  # warm-up: fonts, imports, caches
    single_times, archive_times = [], []
    for _ in range(runs):
        start = time.process_time()
        single_bytes = singles()
        single_times.append(time.process_time() - start)
        start = time.process_time()
        archive_bytes = archive()
        archive_times.append(time.process_time() - start)
    floor, ours = statistics.median(single_times), statistics.median(archive_times)
    return {
        "versions": len(versions),
        "ten_pdfs_s": round(floor, 3),
        "archive_s": round(ours, 3),
        "archive_ratio": round(ours / floor, 3),
        "ten_pdfs_bytes": single_bytes,
        "archive_bytes": archive_bytes,
        "target": TARGET,
    }


def measure_processes(runs: int) -> dict:
    """The same as a user meets it: ten ``oppfolging pdf`` runs against one ``oppfolging
    archive`` run, whole processes (start-up included), wall-clock medians."""
    import os
    import subprocess
    import tempfile

    from oppfolging_gui.core.storage import write_plan

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        paths = []
        for version in ten_versions():
            path = folder / f"v{version.version}.oppfplan"
            write_plan(version, path)
            paths.append(path)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               **{var: str(folder / var.lower()) for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")}}

        def run(*args: str) -> None:
            subprocess.run([sys.executable, "-m", "oppfolging_gui", *args], env=env, check=True,
                           capture_output=True, cwd=ROOT)

        def singles() -> None:
            for path in paths:
                run("pdf", str(path), "-o", str(path.with_suffix(".pdf")))

        def archive() -> None:
            run("archive", str(paths[-1]), "-o", str(folder / "arkiv.pdf"))

        singles(), archive()
        single_times, archive_times = [], []
        for _ in range(runs):
            start = time.perf_counter()
            singles()
            single_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            archive()
            archive_times.append(time.perf_counter() - start)
    floor, ours = statistics.median(single_times), statistics.median(archive_times)
    return {"ten_processes_s": round(floor, 3), "archive_process_s": round(ours, 3),
            "archive_process_ratio": round(ours / floor, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--processes", action="store_true",
                        help="also time ten `oppfolging pdf` processes against one `oppfolging archive`")
    args = parser.parse_args(argv)
    result = measure(args.runs)
    if args.processes:
        result.update(measure_processes(max(1, args.runs // 2)))
    if args.json:
        print(json.dumps(result))
    else:
        print(f"in one process (CPU): 10 × plan PDF {result['ten_pdfs_s']:.3f} s, archive of 10 versions "
              f"{result['archive_s']:.3f} s, ratio {result['archive_ratio']:.3f} (target ≤ {TARGET})")
        if args.processes:
            print(f"as processes (wall): 10 × oppfolging pdf {result['ten_processes_s']:.2f} s, oppfolging archive "
                  f"{result['archive_process_s']:.2f} s, ratio {result['archive_process_ratio']:.3f}")
    return 0 if result["archive_ratio"] <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
