"""The program icon: every pre-rendered size is there and draws."""

from __future__ import annotations

from PySide6.QtCore import QSize

from oppfolging_gui.gui.icons import PNG_SIZES, program_icon


def test_the_program_icon_has_every_size_and_draws_sharp_pixels(qapp):
    icon = program_icon()
    assert {size.width() for size in icon.availableSizes()} == set(PNG_SIZES)
    for size in (16, 48, 256):
        image = icon.pixmap(QSize(size, size)).toImage()
        assert image.width() == size
        # Not a transparent blank: the middle of the icon has colour.
        assert image.pixelColor(size // 2, size // 2).alpha() > 0
