"""The board seen from afar: below the scale where a card's text can be read, the view draws
every card as a tile in a few batched calls instead of one item paint per card.

A view of a 5,000-card board zoomed out to fit would otherwise run 5,000 item paints (or
pixmap-cache blits) a frame, and render them all again at each zoom step. The tiles look as
a card item paints itself at that scale (CardItem._paint_far, used by exports): its colour,
its kind's strip, grey lines for its text, a frame when selected or found by the search. The
zones, groups and resize handles are few and paint themselves as usual; from afar each zone's
name is also written at a readable size, so the board still reads as a board.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsView,
    QRubberBand,
    QStyle,
    QStyleOptionGraphicsItem,
    QStyleOptionRubberBand,
)

from ui.board.items import (
    FAR_LOD,
    FAR_TEXT_LINE,
    HIGHLIGHT,
    LINES_LOD,
    SELECTED,
    STRIP,
    CardItem,
    ZoneItem,
)
from workshop.domain.board_layout import ZONE_HEADER

ZONE_NAME_PX = 22.0  # below this height on screen a zone's own title is not readable
LABEL_PADDING = 5.0
MIN_LABEL_WIDTH = 72.0  # a zone narrower than this on screen has no room for its name


def is_far(view: QGraphicsView) -> bool:
    """Whether the view shows the board too small for a card's text to be read."""
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(view.viewportTransform()) < FAR_LOD


@dataclass
class _Tile:
    """One card's tile: where it was last seen, its rectangles (moved in place on a drag)."""

    x: float
    y: float
    rect: QRectF
    strip: QRectF
    lines: list[QRectF] | None = None  # made when a view first shows the lines


@dataclass
class _Layer:
    """The tiles of the cards of one opacity (the search fades the cards it does not find)."""

    fills: dict[int, tuple[QColor, list[QRectF]]] = field(default_factory=dict)
    strips: dict[int, tuple[QColor, list[QRectF]]] = field(default_factory=dict)
    lines: list[QRectF] = field(default_factory=list)
    tiles: list[tuple[CardItem, _Tile]] = field(default_factory=list)


def _add(groups: dict[int, tuple[QColor, list[QRectF]]], colour: QColor, rect: QRectF) -> None:
    key = colour.rgba()
    group = groups.get(key)
    if group is None:
        group = groups[key] = (colour, [])
    group[1].append(rect)


class TileBatch:
    """The cards as tiles in scene coordinates, grouped by colour.

    Made again only after the board changed (invalidate(): a sync, the search, a card's
    colour); a drag only moves the moved cards' tiles (moved()), a new selection only changes
    the frames (reselected()). The grey text lines are made when a view first shows them.
    """

    def __init__(self) -> None:
        self._stale = True
        self._moved = self._reselected = False
        self._lines_stale = True
        self.generation = 0  # counts the changes: a view's picture of an older one is old
        self.bounds = QRectF()
        self._layers: list[tuple[float, _Layer]] = []
        self._tiles: dict[CardItem, _Tile] = {}
        self._selected: list[QRectF] = []
        self._lit: list[QRectF] = []

    def invalidate(self) -> None:
        self._stale = True

    def moved(self) -> None:
        self._moved = True

    def reselected(self) -> None:
        self._reselected = True

    def refresh(self, cards: Iterable[CardItem], selected: Iterable[CardItem]) -> None:
        """Bring the tiles in line with the cards (and `selected`, the cards selected)."""
        if self._stale:
            self._rebuild(cards)
        elif self._moved:
            self._move()
        elif not self._reselected:
            return
        tiles = self._tiles
        self._selected = [tiles[item].rect for item in selected if item in tiles]
        self._moved = self._reselected = False
        self.generation += 1

    def _rebuild(self, cards: Iterable[CardItem]) -> None:
        layers: dict[float, _Layer] = {}
        tiles: dict[CardItem, _Tile] = {}
        lit: list[QRectF] = []
        strip = STRIP * 2
        for item in cards:
            if not item.isVisible():
                continue
            x, y = item.x(), item.y()
            width, height = item.far_size
            tile = tiles[item] = _Tile(
                x, y, QRectF(x, y, width, height), QRectF(x, y, strip, height)
            )
            opacity = item.opacity()
            layer = layers.get(opacity)
            if layer is None:
                layer = layers[opacity] = _Layer()
            _add(layer.fills, item.far_fill, tile.rect)
            _add(layer.strips, item.far_kind, tile.strip)
            layer.tiles.append((item, tile))
            if item.highlighted:
                lit.append(tile.rect)
        self._layers = sorted(layers.items())  # the faded ones first, under the others
        self._tiles, self._lit = tiles, lit
        self._stale = False
        self._lines_stale = True
        self._bound()

    def _move(self) -> None:
        """Move the tiles of the cards that moved (a drag moves some, a zone its cards)."""
        for item, tile in self._tiles.items():
            x, y = item.x(), item.y()
            if x != tile.x or y != tile.y:
                dx, dy = x - tile.x, y - tile.y
                tile.x, tile.y = x, y
                tile.rect.translate(dx, dy)
                tile.strip.translate(dx, dy)
                for line in tile.lines or ():
                    line.translate(dx, dy)
        self._bound()

    def _bound(self) -> None:
        rects = [tile.rect for tile in self._tiles.values()]
        bounds = QRectF()
        if rects:
            left = min(r.left() for r in rects)
            top = min(r.top() for r in rects)
            right = max(r.right() for r in rects)
            bottom = max(r.bottom() for r in rects)
            bounds = QRectF(left, top, right - left, bottom - top)
        self.bounds = bounds

    def _make_lines(self) -> None:
        for _opacity, layer in self._layers:
            layer.lines = []
            for item, tile in layer.tiles:
                tile.lines = [line.translated(tile.x, tile.y) for line in item.far_lines]
                layer.lines.extend(tile.lines)
        self._lines_stale = False

    def paint(self, painter: QPainter, level: float, presenting: bool) -> None:
        """Draw the tiles as last refreshed (painter in scene coordinates)."""
        lines = level >= LINES_LOD
        if lines and self._lines_stale:
            self._make_lines()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        for opacity, layer in self._layers:
            painter.setOpacity(opacity)
            for groups in (layer.fills, layer.strips):
                for colour, rects in groups.values():
                    painter.setBrush(colour)
                    painter.drawRects(rects)
            if lines and layer.lines:
                painter.setBrush(FAR_TEXT_LINE)
                painter.drawRects(layer.lines)
        painter.setOpacity(1.0)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        frames = [(HIGHLIGHT, self._lit)]
        if not presenting:  # the projector shows no selection, as up close
            frames.append((SELECTED, self._selected))
        for colour, rects in frames:
            if rects:
                pen = QPen(colour, 2)
                pen.setCosmetic(True)
                painter.setPen(pen)
                painter.drawRects(rects)
        painter.restore()


class FarPicture:
    """One view's picture of the tiles at its scale: while the view only scrolls (or repaints)
    the picture is copied, and it is drawn again when the scale or the board changed."""

    MAX_PIXELS = 4_000_000  # 16 MB at most; a larger picture is not kept, the tiles are drawn

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._image = QImage()
        self._at = QPointF()

    def paint(
        self, painter: QPainter, tiles: TileBatch, transform: QTransform, presenting: bool
    ) -> None:
        """Draw the tiles with `transform` (scene to viewport); painter untransformed."""
        level = QStyleOptionGraphicsItem.levelOfDetailFromTransform(transform)
        bounds = tiles.bounds
        if bounds.isEmpty():
            return
        scale, scale_y = transform.m11(), transform.m22()
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pad_x, pad_y = 4 / scale, 4 / scale_y  # room for the frames' pens
        area = bounds.adjusted(-pad_x, -pad_y, pad_x, pad_y)
        pixels = area.width() * area.height() * scale * scale_y * ratio**2
        scaled_only = transform.type().value <= QTransform.TransformationType.TxScale.value
        if not scaled_only or pixels > self.MAX_PIXELS:
            painter.setTransform(transform)
            tiles.paint(painter, level, presenting)
            self._key, self._image = None, QImage()
            return
        # The picture's pixels fall where drawing straight to the view would put them: the
        # same scale and the same fraction of a pixel in the offset.
        fx, fy = transform.dx() % 1.0, transform.dy() % 1.0
        left = math.floor(area.left() * scale + fx)
        top = math.floor(area.top() * scale_y + fy)
        key = (tiles.generation, scale, scale_y, ratio, round(fx, 4), round(fy, 4), presenting)
        if key != self._key:
            width = math.ceil(area.right() * scale + fx) - left + 1
            height = math.ceil(area.bottom() * scale_y + fy) - top + 1
            image = QImage(
                max(1, round(width * ratio)),
                max(1, round(height * ratio)),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            inner = QPainter(image)
            inner.setTransform(QTransform(scale, 0, 0, scale_y, fx - left, fy - top))
            tiles.paint(inner, level, presenting)
            inner.end()
            self._key, self._image = key, image
        self._at = QPointF(left + (transform.dx() - fx), top + (transform.dy() - fy))
        painter.resetTransform()
        painter.drawImage(self._at, self._image)


def _zone_name_font() -> QFont:
    font = QFont()
    font.setPointSizeF(10.0)
    font.setBold(True)
    return font


def _paint_item(
    painter: QPainter, item: QGraphicsItem, view_transform: QTransform, view: QGraphicsView
) -> None:
    option = QStyleOptionGraphicsItem()
    option.exposedRect = item.boundingRect()
    painter.save()
    painter.setTransform(item.sceneTransform() * view_transform)
    item.paint(painter, option, view.viewport())
    painter.restore()


def _paint_zone_names(
    painter: QPainter, zones: Iterable[ZoneItem], view: QGraphicsView, level: float
) -> None:
    """Each zone's name at a readable size over its title bar's corner, when its own title is
    too small to read (not when the zone is too narrow for a word of it)."""
    if ZONE_HEADER * level >= ZONE_NAME_PX:
        return
    font = _zone_name_font()
    metrics = QFontMetricsF(font)
    painter.save()
    painter.resetTransform()
    painter.setFont(font)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    height = metrics.height() + LABEL_PADDING / 2
    for zone in zones:
        name = zone.zone.name
        area = view.mapFromScene(zone.sceneBoundingRect()).boundingRect()
        if area.width() < MIN_LABEL_WIDTH:
            continue
        room = area.width() - 2 - 2 * LABEL_PADDING
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
        label = QRectF(
            area.left() + 1,
            area.top() + 1,
            metrics.horizontalAdvance(text) + 2 * LABEL_PADDING,
            height,
        )
        colour = QColor(zone.zone.colour).darker(112)
        colour.setAlpha(235)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(label, 3, 3)
        painter.setPen(QColor("#000000") if colour.lightness() > 110 else QColor("#FFFFFF"))
        painter.drawText(
            label.adjusted(LABEL_PADDING, 0, -LABEL_PADDING, 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            text,
        )
    painter.restore()


def paint_far(
    view: QGraphicsView,
    painter: QPainter,
    exposed: QRectF,
    cards: Iterable[CardItem],
    selected: Iterable[CardItem],
    zones: Iterable[ZoneItem],
    clusters: Iterable[QGraphicsItem],
    tiles: TileBatch,
    picture: FarPicture,
    presenting: bool,
) -> None:
    """The whole frame of a view from afar, as QGraphicsView.paintEvent would paint it:
    background, zones (and their handles), groups, the cards' tiles, zone names, foreground,
    rubber band. `painter` is on the viewport, untransformed."""
    view_transform = view.viewportTransform()
    level = QStyleOptionGraphicsItem.levelOfDetailFromTransform(view_transform)
    painter.setRenderHints(view.renderHints())
    painter.setTransform(view_transform)
    painter.save()
    view.drawBackground(painter, exposed)
    painter.restore()
    zone_list = [z for z in zones if z.isVisible()]
    for zone in zone_list:
        if zone.sceneBoundingRect().intersects(exposed):
            _paint_item(painter, zone, view_transform, view)
            _paint_item(painter, zone.handle, view_transform, view)
    for cluster in clusters:
        if cluster.isVisible() and cluster.sceneBoundingRect().intersects(exposed):
            _paint_item(painter, cluster, view_transform, view)
    tiles.refresh(cards, selected)
    picture.paint(painter, tiles, view_transform, presenting)
    _paint_zone_names(painter, zone_list, view, level)
    painter.setTransform(view_transform)
    painter.save()
    view.drawForeground(painter, exposed)
    painter.restore()
    band = view.rubberBandRect()
    if not band.isEmpty():
        painter.resetTransform()
        option = QStyleOptionRubberBand()
        option.initFrom(view.viewport())
        option.rect = band
        option.shape = QRubberBand.Shape.Rectangle
        view.viewport().style().drawControl(
            QStyle.ControlElement.CE_RubberBand, option, painter, view.viewport()
        )
