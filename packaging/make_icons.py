#!/usr/bin/env python3
"""Render the program icon from its SVG source into the files the platforms want.

    python3 packaging/make_icons.py

Run it by hand after changing ``resources/icons/oppfolging.svg``, then commit the
results: the PNGs (Linux hicolor sizes, window icon), ``oppfolging.ico`` (Windows) and
``oppfolging.icns`` (macOS). Needs ``rsvg-convert`` (Debian/Ubuntu: librsvg2-bin) and
Pillow (installed with reportlab). Neither is needed to build or run the program.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "oppfolging.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"oppfolging-{size}.png"


def render_pngs() -> None:
    tool = shutil.which("rsvg-convert")
    if tool is None:
        sys.exit("rsvg-convert not found: apt-get install librsvg2-bin")
    for size in PNG_SIZES:
        # Each size is rendered from the vector source, not scaled down from 512 px,
        # so small sizes stay as sharp as the renderer can make them.
        subprocess.check_call([tool, "-w", str(size), "-h", str(size), str(SOURCE), "-o", str(png_path(size))])


def write_ico_and_icns() -> None:
    from PIL import Image

    largest = Image.open(png_path(512))
    # Pillow resamples from the first image for sizes it is not given; handing it the
    # renderer's own PNGs keeps the small Windows sizes crisp.
    frames = [Image.open(png_path(size)) for size in ICO_SIZES]
    frames[-1].save(ICONS / "oppfolging.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1])
    largest.save(ICONS / "oppfolging.icns", append_images=[Image.open(png_path(s)) for s in (16, 32, 64, 128, 256)])


if __name__ == "__main__":
    render_pngs()
    write_ico_and_icns()
    print(f"Wrote icons to {ICONS}")
