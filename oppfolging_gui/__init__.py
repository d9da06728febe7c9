"""Oppfølgingsplan ved sykmelding (NAV 25-02.01): an offline desktop program.

The package is split in two layers:

* ``oppfolging_gui.core`` — the plan model, validation, storage, versions,
  deadlines and PDF rendering. Pure Python, never imports Qt (a test enforces it).
* ``oppfolging_gui.gui`` — a thin Qt layer bound to the core model.
"""

__version__ = "0.1.0"
APP_NAME = "Oppfølgingsplan"
APP_ID = "oppfolging"  # folder name for settings, logs and recovery copies
