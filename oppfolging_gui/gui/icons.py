"""The program icon, read from ``resources/icons`` (rendered from ``oppfolging.svg``)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def program_icon() -> QIcon:
    """The icon for windows, dialogs and the task bar, sharp at every size.

    Built from the pre-rendered PNGs rather than the SVG so it does not need Qt's
    SVG icon engine plugin, which keeps the bundle free of one more moving part.
    Given as files, each size is decoded only when something draws it (decoding
    all eight at start-up cost some 6 ms, issue 7).
    """
    icon = QIcon()
    folder = resources.files("oppfolging_gui.resources") / "icons"
    for size in PNG_SIZES:
        source = folder / f"oppfolging-{size}.png"
        if isinstance(source, Path):  # an installed package or the bundle: real files
            icon.addFile(str(source), QSize(size, size))
        else:  # inside a zip: decode now
            pixmap = QPixmap()
            pixmap.loadFromData(source.read_bytes(), "PNG")
            icon.addPixmap(pixmap)
    return icon
