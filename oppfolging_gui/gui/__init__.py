"""The Qt layer: a thin window bound to the core model."""

from .qt_workarounds import make_none_immortal

make_none_immortal()  # before any Qt call: see qt_workarounds (PySide6 6.12 on Python 3.11)
