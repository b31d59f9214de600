"""Export the board as a picture: PNG (raster) or SVG (vector), headed by the workshop's title,
question and date, the board as presented (no selection, handles nor search highlight)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from ui.board.scene import BoardScene
from ui.widgets.date_field import long_date
from workshop.domain.records import Workshop

MARGIN = 30.0
MAX_PNG_SIDE = 12000
HEADING_GAP = 18.0  # scene units between the heading's lines and the board
TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class Heading:
    """What is written above the board: the workshop's title, its question and its date."""

    title: str
    question: str = ""
    date: str = ""

    def lines(self) -> list[tuple[str, QFont, QColor]]:
        """Each non-empty line with its font (sizes in board units) and colour."""
        title, question, date = QFont(), QFont(), QFont()
        title.setPixelSize(34)
        title.setBold(True)
        question.setPixelSize(24)
        date.setPixelSize(18)
        spec = (
            (self.title, title, QColor("#111111")),
            (self.question, question, QColor("#222222")),
            (self.date, date, QColor("#555555")),
        )
        return [(text.strip(), font, colour) for text, font, colour in spec if text.strip()]

    def layout(self, width: float) -> list[tuple[QRectF, str, QFont, QColor]]:
        """Where each line goes, from the top, wrapped to the board's width."""
        placed = []
        top = 0.0
        for text, font, colour in self.lines():
            rect = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 10_000), TEXT_FLAGS, text)
            placed.append((QRectF(0, top, width, rect.height()), text, font, colour))
            top += rect.height() + 6
        return placed

    def height(self, width: float) -> float:
        placed = self.layout(width)
        return placed[-1][0].bottom() + HEADING_GAP if placed else 0.0


def heading_of(workshop: Workshop | None, today: dt.date | None = None) -> Heading | None:
    """The heading of a workshop's board: its title, question and date (else today's)."""
    if workshop is None:
        return None
    day = workshop.date or today or dt.date.today()
    return Heading(title=workshop.title, question=workshop.question, date=long_date(day))


def _area(scene: BoardScene) -> QRectF:
    return scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


@contextmanager
def _presented(scene: BoardScene) -> Iterator[None]:
    """The board as presented while it is painted: no selection marks nor handles, no search
    highlight, and uncached (text stays text)."""
    cached = [(item, item.cacheMode()) for item in scene.items()]
    lit = [item for item in scene.card_items.values() if item.highlighted]
    for item, _ in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    for card in lit:
        card.set_highlighted(False)
    scene.presenting = True
    try:
        yield
    finally:
        scene.presenting = False
        for card in lit:
            card.set_highlighted(True)
        for item, mode in cached:
            item.setCacheMode(mode)


def _paint(
    scene: BoardScene, painter: QPainter, source: QRectF, heading: Heading | None, scale: float
) -> None:
    """The heading then the board, `scale` device pixels per board unit."""
    top = 0.0
    if heading is not None:
        width = source.width() - 2 * MARGIN
        painter.save()
        painter.scale(scale, scale)
        painter.translate(MARGIN, MARGIN)
        for rect, text, font, colour in heading.layout(width):
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(rect, TEXT_FLAGS, text)
        painter.restore()
        top = heading.height(width) + MARGIN
    target = QRectF(0, top * scale, source.width() * scale, source.height() * scale)
    with _presented(scene):
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


def _full_height(source: QRectF, heading: Heading | None) -> float:
    extra = heading.height(source.width() - 2 * MARGIN) + MARGIN if heading else 0.0
    return source.height() + extra


def export_png(
    scene: BoardScene, path: Path, scale: float = 2.0, heading: Heading | None = None
) -> None:
    """Write the whole board as a PNG (scaled for print, capped to a sane size)."""
    source = _area(scene)
    height = _full_height(source, heading)
    scale = min(scale, MAX_PNG_SIDE / max(source.width(), height, 1.0))
    size = QSize(max(1, round(source.width() * scale)), max(1, round(height * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    _paint(scene, painter, source, heading, scale)
    painter.end()
    if not image.save(str(path)):  # the format follows the .png suffix
        raise OSError(f"cannot write {path}")


def export_svg(scene: BoardScene, path: Path, title: str, heading: Heading | None = None) -> None:
    """Write the whole board as an SVG (text stays text, shapes stay vectors)."""
    source = _area(scene)
    height = _full_height(source, heading)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(round(source.width()), round(height)))
    generator.setViewBox(QRectF(0, 0, source.width(), height))
    generator.setTitle(title)
    generator.setDescription("Catalyse")
    painter = QPainter(generator)
    _paint(scene, painter, source, heading, 1.0)
    painter.end()
    if not path.exists():
        raise OSError(f"cannot write {path}")
