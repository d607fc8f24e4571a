"""Render the SmartCheck icon from assets/icons/smartcheck.svg.

Writes assets/icons/smartcheck-<size>.png for the sizes a Linux desktop looks
for (hicolor theme) and assets/icons/smartcheck.ico for Windows (program icon
of the bundle and of the installer). The PNGs and the .ico are committed; run
this again only after changing the SVG:

    .venv/bin/python scripts/make_icons.py

Needs PySide6 (QtSvg is part of PySide6-Essentials) and Pillow for the .ico;
neither is needed at run time for the icon.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

SIZES = (16, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parents[1] / "assets" / "icons"


def render(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, image I/O)
    svg = ICONS / "smartcheck.svg"
    images = {}
    for size in SIZES:
        png = render(svg, size)
        # Re-encode through Pillow so the files carry no timestamps or Qt text chunks.
        image = Image.open(io.BytesIO(png)).convert("RGBA")
        images[size] = image
        target = ICONS / f"smartcheck-{size}.png"
        image.save(target, "PNG", optimize=True)
        print(f"{target.relative_to(ICONS.parents[1])}: {target.stat().st_size} bytes")
    ico = ICONS / "smartcheck.ico"
    # Each size rendered from the SVG, not scaled down from 256 by Pillow.
    images[256].save(ico, format="ICO", sizes=[(s, s) for s in SIZES], append_images=[images[s] for s in SIZES[:-1]])
    print(f"{ico.relative_to(ICONS.parents[1])}: {ico.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
