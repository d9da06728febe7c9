"""No pydantic plugin sees a plan: pydantic would hand it every validated value.

A plugin is any installed package that declares a ``pydantic`` entry point. The test
installs one on a temporary path that records what it is shown, and reads a plan in a
fresh process: the program must not load it. The control run (plain pydantic, without
the program) proves the spy works.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SPY = '''
from pathlib import Path

SEEN = Path(__file__).with_name("seen.txt")


class _Handler:
    def on_enter(self, input, **kwargs):
        with SEEN.open("a", encoding="utf-8") as out:
            out.write(repr(input)[:200] + "\\n")


class _Plugin:
    def new_schema_validator(self, *args, **kwargs):
        return _Handler(), None, None


plugin = _Plugin()
'''


def _install_spy(folder: Path) -> Path:
    (folder / "spy_plugin.py").write_text(SPY, encoding="utf-8")
    info = folder / "spy_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: spy-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[pydantic]\nspy = spy_plugin:plugin\n", encoding="utf-8")
    return folder / "seen.txt"


def _run(code: str, folder: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(folder), *sys.path])}
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120)


@pytest.mark.slow
def test_a_pydantic_plugin_installed_on_the_machine_never_sees_the_plan(tmp_path, example_plan_path):
    seen = _install_spy(tmp_path)

    _run("import pydantic\nclass M(pydantic.BaseModel):\n    x: str\nM(x='kontroll')", tmp_path)
    assert "kontroll" in seen.read_text(encoding="utf-8")  # the spy works
    seen.unlink()

    _run(
        "from pathlib import Path\n"
        "from oppfolging_gui.core.storage import read_plan\n"
        f"read_plan(Path({str(example_plan_path)!r}))",
        tmp_path,
    )
    assert not seen.exists()
