"""PySide6's import hook does not read again the source of modules loaded before it
(``gui.qt_workarounds.skip_source_reads_of_loaded_modules``): the window's modules import
``typing``, ``pydantic`` … again, and each such read of a whole file slowed the start."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import linecache, sys
import typing, pydantic, json  # loaded before PySide6, as the program's core is
if sys.argv[1] == "program":
    import oppfolging_gui.gui  # PySide6, its hook, and the workaround
else:
    import PySide6.QtCore  # PySide6 and its hook only
read = []
getlines = linecache.getlines
linecache.getlines = lambda name, *rest: read.append(name) or getlines(name, *rest)
import typing, pydantic, json  # the window's modules do this
from PySide6.QtWidgets import QWidget
print(len([name for name in read if name.endswith(("typing.py", "json/__init__.py")) or "pydantic" in name]))
"""


def _sources_read(start: str) -> int:
    done = subprocess.run([sys.executable, "-c", PROBE, start], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip())


def test_modules_loaded_before_pyside_are_not_read_again_when_imported_again():
    assert _sources_read("bare PySide6") == 3  # the hook reads them: the probe sees it
    assert _sources_read("program") == 0
