"""The program icon, read from ``resources/icons`` (rendered from ``oppfolging.svg``)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def program_icon() -> QIcon:
    """The icon for windows, dialogs and the task bar, sharp at every size.

    Built from the pre-rendered PNGs rather than the SVG so it does not need Qt's
    SVG icon engine plugin, which keeps the bundle free of one more moving part.
    """
    icon = QIcon()
    folder = resources.files("oppfolging_gui.resources") / "icons"
    for size in PNG_SIZES:
        pixmap = QPixmap()
        pixmap.loadFromData((folder / f"oppfolging-{size}.png").read_bytes(), "PNG")
        icon.addPixmap(pixmap)
    return icon
