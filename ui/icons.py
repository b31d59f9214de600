"""The app's SVG icons, loaded from the installed assets (catalyse_assets/icons)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon

FALLBACK_SIZES = (16, 24, 32, 48, 64, 128, 256)


def svg_bytes(name: str) -> bytes:
    """The SVG source of an icon (`name` without extension)."""
    return resources.files("catalyse_assets").joinpath(f"icons/{name}.svg").read_bytes()


@cache
def icon(name: str) -> QIcon:
    """An icon of assets/icons by name (cached).

    From a file on disk, Qt's SVG icon engine draws it sharp at each size when first needed;
    from elsewhere (a zipped install), it is rendered once at the usual sizes.
    """
    resource = resources.files("catalyse_assets").joinpath(f"icons/{name}.svg")
    if isinstance(resource, Path) and resource.is_file():
        result = QIcon(str(resource))
        if not result.isNull():
            return result
    return _rendered_icon(name)


def _rendered_icon(name: str) -> QIcon:
    from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg_bytes(name)))
    if not renderer.isValid():
        raise ValueError(f"icon {name!r} is not a valid SVG")
    result = QIcon()
    for side in FALLBACK_SIZES:
        pixmap = QPixmap(QSize(side, side))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, side, side))
        painter.end()
        result.addPixmap(pixmap)
    return result
