#!/usr/bin/env python3
"""Build the desktop bundle with PyInstaller, report its size, and smoke-test it.

    python3 dev.py build                  build, then smoke-test
    .venv/bin/python packaging/build.py [--if-stale] [--no-smoke] [--smoke-only]

--if-stale   reuse the last build when nothing it is made from has changed (CI, tests)
--no-smoke   build only
--smoke-only smoke-test the existing bundle

The bundle lands in dist/oppfolging/ (and dist/Oppfølgingsplan.app on macOS). The smoke
test runs the built program the way a user's machine would, with nothing from this
checkout or its virtual environment on the path:

1. ``oppfolging --version`` answers;
2. the window starts offscreen with the bundled example plan, exports it as PDF from
   the open window (OPPFOLGING_SMOKE_TEST, see oppfolging_gui/gui/smoke.py) and quits 0;
3. the ``pdf`` command writes the same plan as PDF.

Exit status 0 when everything passed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "oppfolging.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "oppfolging"
STAMP = WORK / "sources.sha256"
SOURCES = ("oppfolging_gui", "forms", "resources", "packaging/oppfolging.spec",
           "packaging/oppfolging_launcher.py", "pyproject.toml")
STEP_TIMEOUT = 180  # seconds; a hung window (a modal dialog nobody answers) fails the step


def executables() -> tuple[Path, Path]:
    """(the window program, the command-line program) inside the bundle."""
    if sys.platform == "win32":
        return BUNDLE / "Oppfolgingsplan.exe", BUNDLE / "oppfolging.exe"
    return BUNDLE / "oppfolging", BUNDLE / "oppfolging"


def sources_digest() -> str:
    """What the bundle is made of: our files and the installed distributions' versions."""
    digest = hashlib.sha256()
    for name in SOURCES:
        path = ROOT / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts:
                continue
            digest.update(str(file.relative_to(ROOT)).encode() + b"\0" + file.read_bytes())
    for dist in sorted(metadata.distributions(), key=lambda d: d.metadata["Name"] or ""):
        digest.update(f"{dist.metadata['Name']}=={dist.version}\n".encode())
    return digest.hexdigest()


def is_fresh() -> bool:
    return executables()[0].exists() and STAMP.exists() and STAMP.read_text().strip() == sources_digest()


def build() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("PyInstaller is not installed: run `python3 dev.py build` (it installs the packaging extra).")
    STAMP.unlink(missing_ok=True)
    started = time.monotonic()
    subprocess.check_call([
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC),
    ], cwd=ROOT)
    STAMP.write_text(sources_digest() + "\n")
    print(f"Built {BUNDLE.relative_to(ROOT)} in {time.monotonic() - started:.0f} s")


def _files(folder: Path) -> list[Path]:
    """The files a bundle holds (a symlink is no second copy; folders are no files)."""
    return [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in _files(folder))


def report_size() -> None:
    total = folder_size(BUNDLE)
    print(f"Bundle size: {total / 1e6:.0f} MB in {len(_files(BUNDLE))} files")
    internal = BUNDLE / "_internal"
    if internal.is_dir():
        parts = sorted(((folder_size(p) if p.is_dir() else p.stat().st_size, p.name)
                        for p in internal.iterdir() if not p.is_symlink()), reverse=True)
        print("  largest parts: " + ", ".join(f"{name} {size / 1e6:.0f} MB" for size, name in parts[:6]))


def clean_environment(home: Path) -> dict[str, str]:
    """Run the bundle as on a user's machine: a fresh home, no Python from here, no display."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "XDG_", "OPPFOLGING_"))}
    env.update({"HOME": str(home), "USERPROFILE": str(home), "APPDATA": str(home / "AppData"),
                "LOCALAPPDATA": str(home / "LocalAppData"), "XDG_CONFIG_HOME": str(home / "config"),
                "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
                "XDG_CACHE_HOME": str(home / "cache"), "QT_QPA_PLATFORM": "offscreen"})
    return env


def check_pdf(path: Path) -> str:
    data = path.read_bytes() if path.exists() else b""
    if not data.startswith(b"%PDF"):
        raise AssertionError(f"{path.name} is not a PDF")
    try:
        from pypdf import PdfReader
    except ImportError:
        return f"{len(data) // 1000} kB"
    return f"{len(PdfReader(path).pages)} pages, {len(data) // 1000} kB"


def run_step(name: str, command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    try:
        result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=STEP_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"{name}: no exit within {STEP_TIMEOUT} s") from None
    if result.returncode != 0:
        raise AssertionError(f"{name}: exit status {result.returncode}\n{result.stdout}{result.stderr}")
    print(f"  ok  {name} ({time.monotonic() - started:.1f} s)")
    return result


def smoke_test() -> bool:
    window_program, command_program = executables()
    print(f"Smoke test of {BUNDLE.relative_to(ROOT)}:")
    with tempfile.TemporaryDirectory(prefix="oppfolging-smoke-") as tmp:
        folder = Path(tmp)
        env = clean_environment(folder / "home")
        bundled_example = next(BUNDLE.rglob("eksempelplan.oppfplan"), None)
        try:
            if bundled_example is None:
                raise AssertionError("the example plan is not in the bundle")
            plan = folder / "eksempelplan.oppfplan"
            shutil.copyfile(bundled_example, plan)  # the program may put a lock file beside it

            version = run_step("--version", [str(command_program), "--version"], env, folder)
            if version.stdout.split()[-1:] != [_version()]:
                raise AssertionError(f"--version printed {version.stdout!r}")

            window_pdf = folder / "fra-vinduet.pdf"
            run_step("window: open the example plan, export PDF, quit",
                     [str(window_program), str(plan)], {**env, "OPPFOLGING_SMOKE_TEST": str(window_pdf)}, folder)
            print(f"      {check_pdf(window_pdf)}")

            command_pdf = folder / "fra-kommando.pdf"
            run_step("pdf command", [str(command_program), "pdf", str(plan), "-o", str(command_pdf)], env, folder)
            print(f"      {check_pdf(command_pdf)}")
        except AssertionError as failure:
            print(f"  FAILED {failure}")
            return False
    print("Smoke test passed.")
    return True


def _version() -> str:
    sys.path.insert(0, str(ROOT))
    from oppfolging_gui import __version__

    return __version__


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--if-stale", action="store_true", help="reuse the last build if its sources are unchanged")
    parser.add_argument("--no-smoke", action="store_true", help="build only")
    parser.add_argument("--smoke-only", action="store_true", help="only smoke-test the existing bundle")
    args = parser.parse_args(argv)

    if not args.smoke_only:
        if args.if_stale and is_fresh():
            print(f"Reusing {BUNDLE.relative_to(ROOT)}: nothing it is built from has changed.")
        else:
            build()
    if not executables()[0].exists():
        print(f"No bundle at {BUNDLE}")
        return 1
    report_size()
    if args.no_smoke:
        return 0
    return 0 if smoke_test() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
