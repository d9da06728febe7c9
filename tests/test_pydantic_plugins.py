"""pydantic's plugin loader is replaced by one that answers "none" at once
(``oppfolging_gui.pydantic_plugins``): the plans are still read strictly, no plugin is
searched for, and anything else a pydantic asks of its loader still works."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_plan_is_read_without_searching_the_installed_packages_for_plugins(example_plan_path):
    out = _run(
        "import sys\n"
        "from oppfolging_gui.core.storage import read_plan\n"
        f"plan = read_plan({str(example_plan_path)!r})\n"
        "print(bool(plan.key_info.employer.name), 'importlib.metadata' in sys.modules)"
    )
    assert out == "True False"


def test_pydantics_own_loader_answers_what_the_stand_in_does_not_know():
    out = _run(
        "import sys, oppfolging_gui\n"
        "from pydantic.plugin import _loader\n"
        "print(_loader.PYDANTIC_ENTRY_POINT_GROUP, list(sys.modules['pydantic.plugin._loader'].get_plugins()))"
    )
    assert out == "pydantic []"
