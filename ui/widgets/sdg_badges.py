"""Paint SDG badges: coloured tiles with the goal's number, in the UN's official colours."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap

from workshop.domain.sdg import sdg

DARK_TEXT = QColor("#1B1B1B")
LIGHT_TEXT = QColor("#FFFFFF")


def text_colour_on(background: QColor) -> QColor:
    """White on the dark goals, near-black on the light ones (WCAG relative luminance)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    luminance = (
        0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF())
    )
    # Contrast with white is (1.05)/(L+0.05), with black (L+0.05)/0.05: pick the larger.
    return LIGHT_TEXT if 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 else DARK_TEXT


def sdg_colour(number: int) -> QColor:
    return QColor(sdg(number).colour)


def paint_sdg_tile(
    painter: QPainter, rect: QRectF, number: int, *, faded: bool = False, radius: float = -1
) -> None:
    """Paint one goal's tile (rounded square, number centred) inside `rect`."""
    colour = sdg_colour(number)
    if faded:
        colour.setAlphaF(0.28)
    side = min(rect.width(), rect.height())
    corner = side * 0.14 if radius < 0 else radius
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, corner, corner)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(6, round(side * 0.5)))
    painter.setFont(font)
    painter.setPen(QPen(DARK_TEXT if faded else text_colour_on(colour)))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(number))
    painter.restore()


def paint_sdg_tiles(
    painter: QPainter,
    origin: QPointF,
    numbers: Iterable[int],
    size: float = 16.0,
    spacing: float = 3.0,
    max_width: float = 0.0,
) -> QRectF:
    """Paint a row of tiles from `origin`, wrapping at `max_width` if given; return their area."""
    x, y = origin.x(), origin.y()
    right, bottom = x, y
    for number in numbers:
        if max_width > 0 and x > origin.x() and x + size > origin.x() + max_width:
            x, y = origin.x(), y + size + spacing
        paint_sdg_tile(painter, QRectF(x, y, size, size), number)
        right, bottom = max(right, x + size), max(bottom, y + size)
        x += size + spacing
    return QRectF(origin, QPointF(right, bottom))


def sdg_tiles_width(count: int, size: float = 16.0, spacing: float = 3.0) -> float:
    """The width a single row of `count` tiles takes."""
    return 0.0 if count <= 0 else count * size + (count - 1) * spacing


def sdg_tiles_pixmap(
    numbers: Iterable[int], size: int = 16, spacing: int = 3, device_pixel_ratio: float = 1.0
) -> QPixmap:
    """A transparent pixmap of a row of tiles (for labels, delegates and menus)."""
    numbers = tuple(numbers)
    width = max(1, round(sdg_tiles_width(len(numbers), size, spacing)))
    pixmap = QPixmap(round(width * device_pixel_ratio), round(size * device_pixel_ratio))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_sdg_tiles(painter, QPointF(0, 0), numbers, size, spacing)
    painter.end()
    return pixmap
