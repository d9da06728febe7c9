"""The built desktop bundle starts, opens a plan, exports a PDF and quits.

Skipped where PyInstaller is not installed (the `packaging` extra; `python3 dev.py build`
installs it). Otherwise it builds with packaging/build.py, reusing the last build when
nothing it is made from has changed: about a minute for a fresh build on a 2-core
machine, a few seconds for a reused one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e .[packaging])")

pytestmark = pytest.mark.slow  # builds the bundle: a minute when it is stale

REPO = Path(__file__).resolve().parents[2]


def test_built_bundle_passes_its_smoke_test():
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "--if-stale"],
        cwd=REPO, capture_output=True, text=True, timeout=1800,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert "Smoke test passed." in result.stdout
    assert "window: open the example plan, export PDF, quit" in result.stdout
