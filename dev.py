#!/usr/bin/env python3
"""One entry point for developers and CI; needs only Python 3.11+.

    python3 dev.py run [FILE]     start the program (installs what it needs first)
    python3 dev.py test [ARGS]    run every test (pytest, offscreen Qt)
    python3 dev.py bench          run the speed benchmarks (benchmarks/)
    python3 dev.py build          build the desktop bundle (packaging/)
    python3 dev.py translations   update the window's .ts files from the sources, compile them to .qm
    python3 dev.py screenshots [--lang nb|nn|en] [--out DIR]
                                  save a picture of every screen and dialog (tools/screenshots.py)

The first call makes a virtual environment in .venv and installs the project into
it; later calls reinstall only when pyproject.toml has changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-pyproject-sha256"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment(extras: str) -> Path:
    if sys.version_info < (3, 11):
        sys.exit("Oppfølgingsplan trenger Python 3.11 eller nyere.")
    if not venv_python().exists():
        print("Lager virtuelt miljø i .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installerer avhengigheter …", flush=True)
        subprocess.check_call(
            [str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q",
             "-e", f".[{extras}]"],
            cwd=ROOT,
        )
        STAMP.write_text(wanted)
    return venv_python()


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("run", [])
    if command == "run":
        python = ensure_environment("test")
        return subprocess.call([str(python), "-m", "oppfolging_gui", *rest])
    if command == "test":
        python = ensure_environment("test")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)
    if command == "bench":
        python = ensure_environment("test")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.call([str(python), str(ROOT / "benchmarks" / "run.py"), *rest], cwd=ROOT, env=env)
    if command == "build":
        python = ensure_environment("test,packaging")
        return subprocess.call([str(python), str(ROOT / "packaging" / "build.py"), *rest], cwd=ROOT)
    if command == "screenshots":
        python = ensure_environment("test")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.call([str(python), str(ROOT / "tools" / "screenshots.py"), *rest], cwd=ROOT, env=env)
    if command == "translations":
        python = ensure_environment("test")
        exe = ".exe" if os.name == "nt" else ""
        folder = ROOT / "oppfolging_gui" / "gui" / "translations"
        # Our own texts: every tr() of the window, into the nynorsk and English files
        # (new texts arrive "unfinished", to be translated; qtbase_nb.ts is Qt's, not ours).
        ours = [str(folder / f"oppfolging_{lang}.ts") for lang in ("nn", "en")]
        gui = sorted(str(p) for p in (ROOT / "oppfolging_gui" / "gui").glob("*.py"))
        lupdate = python.with_name(f"pyside6-lupdate{exe}")
        if subprocess.call([str(lupdate), "-locations", "none", "-no-obsolete", *gui, "-ts", *ours]) != 0:
            return 1
        lrelease = python.with_name(f"pyside6-lrelease{exe}")
        sources = sorted(folder.glob("*.ts"))
        return subprocess.call([str(lrelease), *(str(ts) for ts in sources)])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
