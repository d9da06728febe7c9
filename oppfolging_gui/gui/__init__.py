"""The Qt layer: a thin window bound to the core model."""

from .qt_workarounds import make_none_immortal, skip_source_reads_of_loaded_modules

make_none_immortal()  # before any Qt call: see qt_workarounds (PySide6 6.12 on Python 3.11)
skip_source_reads_of_loaded_modules()  # before the window's modules import PySide6
