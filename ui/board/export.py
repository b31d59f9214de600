"""Export the board as a picture: PNG (raster) or SVG (vector)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from ui.board.scene import BoardScene

MARGIN = 30.0
MAX_PNG_SIDE = 12000


def _area(scene: BoardScene) -> QRectF:
    return scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def _render(scene: BoardScene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    """Paint the board as presented (no selection marks nor handles), uncached (text stays text)."""
    cached = [(item, item.cacheMode()) for item in scene.items()]
    for item, _ in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    scene.presenting = True
    try:
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        scene.presenting = False
        for item, mode in cached:
            item.setCacheMode(mode)


def export_png(scene: BoardScene, path: Path, scale: float = 2.0) -> None:
    """Write the whole board as a PNG (scaled for print, capped to a sane size)."""
    source = _area(scene)
    scale = min(scale, MAX_PNG_SIDE / max(source.width(), source.height(), 1.0))
    size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    _render(scene, painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    if not image.save(str(path)):  # the format follows the .png suffix
        raise OSError(f"cannot write {path}")


def export_svg(scene: BoardScene, path: Path, title: str) -> None:
    """Write the whole board as an SVG (text stays text, shapes stay vectors)."""
    source = _area(scene)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    generator.setDescription("Catalyse")
    painter = QPainter(generator)
    _render(scene, painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    if not path.exists():
        raise OSError(f"cannot write {path}")
