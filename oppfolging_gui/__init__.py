"""Oppfølgingsplan ved sykmelding (NAV 25-02.01): an offline desktop program.

The package is split in two layers:

* ``oppfolging_gui.core`` — the plan model, validation, storage, versions,
  deadlines and PDF rendering. Pure Python, never imports Qt (a test enforces it).
* ``oppfolging_gui.gui`` — a thin Qt layer bound to the core model.
"""

from . import pydantic_plugins

pydantic_plugins.switch_off()  # the plan is health data: no plugin may see it

__version__ = "0.1.0"
APP_NAME = "Oppfølgingsplan"
APP_ID = "oppfolging"  # folder name for settings, logs and recovery copies
# The command line's subcommands (``command-line.md``). Here, not in ``cli``: the
# window's start tells a plan file from a command without importing the parser.
SUBCOMMANDS = ("validate", "pdf", "new-version", "deadlines", "versions", "archive", "overview")
