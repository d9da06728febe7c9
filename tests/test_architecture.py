"""The layering the project stands on: the core and the commands never load Qt, and
``oppfolging validate`` starts without Qt or reportlab (fast, and usable on a server)."""

from __future__ import annotations

import json
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import oppfolging_gui.commands
import oppfolging_gui.core

REPO = Path(__file__).resolve().parents[1]
QT = ("PySide6", "shiboken6")


def _modules(package) -> list[str]:
    return [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]


def _loaded_after(code: str) -> list[str]:
    """The top-level packages in sys.modules after running ``code`` in a fresh interpreter."""
    probe = code + "\nimport json, sys\nprint(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_import_linter_contracts_are_kept():
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is not installed in this environment"
    result = subprocess.run(
        [lint_imports, "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_every_core_and_command_module_imports_without_qt():
    modules = _modules(oppfolging_gui.core) + _modules(oppfolging_gui.commands)
    assert "oppfolging_gui.core.validation" in modules and "oppfolging_gui.commands.validate" in modules
    code = "import importlib\n" + "".join(f"importlib.import_module({name!r})\n" for name in modules)
    loaded = _loaded_after(code)
    assert not set(QT) & set(loaded)


@pytest.mark.slow
def test_validate_runs_without_qt_or_reportlab(example_plan_path):
    code = (
        "import sys\n"
        "from oppfolging_gui.__main__ import main\n"
        f"status = main(['validate', {str(example_plan_path)!r}])\n"
        "assert status == 0, status\n"
    )
    loaded = _loaded_after(code)
    assert "oppfolging_gui" in loaded
    assert not {"PySide6", "shiboken6", "reportlab"} & set(loaded)
