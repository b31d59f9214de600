"""The board's graphics items: zones (with a resize handle), cards and clusters."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ui.widgets.plain_text import plain_tooltip
from ui.widgets.sdg_badges import paint_sdg_tiles
from workshop.domain.board_layout import (
    CARD_WIDTH,
    CLUSTER_LABEL,
    CLUSTER_MARGIN,
    MIN_ZONE_HEIGHT,
    MIN_ZONE_WIDTH,
    ZONE_HEADER,
)
from workshop.domain.records import Cluster, Zone
from workshop.domain.vocabulary import KIND_COLOURS
from workshop.storage.board import CardView

CARD_Z, CLUSTER_Z, ZONE_Z = 10.0, 5.0, 0.0
STRIP = 7.0
PAD = 10.0
BADGE = 15.0
NO_KIND_COLOUR = QColor("#9AA3AD")
_KIND_QCOLOURS = {kind: QColor(colour) for kind, colour in KIND_COLOURS.items()}
_FAR_CARD = QColor("#D5DAE0")
# Below this scale a card's text cannot be read (a large board zoomed out): a card is drawn as
# a tile in its colour with its kind's strip, and from LINES_LOD up grey lines for its text.
FAR_LOD = 0.3
LINES_LOD = 0.08
FAR_TEXT_LINE = QColor(0, 0, 0, 64)
HIGHLIGHT = QColor("#E65100")
SELECTED = QColor("#1565C0")
PROJECTOR_PROPERTY = "catalyse_projector"
_BOUNDS_PEN = QPen(Qt.GlobalColor.transparent, 4.0)
TEXT_FLAGS = int(Qt.TextFlag.TextWordWrap)
MARKER = 22.0  # the corner of a card that became an alliance or a commitment
ALLIANCE_MARKER = QColor("#00796B")
COMMITMENT_MARKER = QColor("#6A1B9A")
TAG_COLOUR = QColor("#0D47A1")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardScene", text)


def tags_line(tags: Iterable[str]) -> str:
    """A card's tags as written on it: "#mobilité #jeunes"."""
    return " ".join(f"#{tag}" for tag in tags)


@cache
def card_font() -> QFont:
    font = QFont()
    font.setPointSizeF(10.5)
    return font


@cache
def author_font() -> QFont:
    font = QFont()
    font.setPointSizeF(8.0)
    return font


@cache
def title_font() -> QFont:
    font = QFont()
    font.setPointSizeF(17.0)
    font.setBold(True)
    return font


@cache
def _metrics(font_key: str) -> QFontMetricsF:
    return QFontMetricsF({"card": card_font, "author": author_font}[font_key]())


class WrapMeasure:
    """How tall wrapped text is, from cached word widths (fast enough for 5,000 cards).

    Breaks lines at spaces and after hyphens like Qt's word wrap, on a slightly narrower
    width, so that the estimate is not shorter than what Qt paints.
    """

    SAFETY = 1.0

    def __init__(self, font: QFont, width: float) -> None:
        self._metrics = QFontMetricsF(font)
        self._width = width - self.SAFETY
        self._space = self._metrics.horizontalAdvance(" ")
        self._parts: dict[str, tuple[float, ...]] = {}
        spacing = self._metrics.lineSpacing()
        self._line, self._last_line = math.ceil(spacing), spacing

    def _word(self, word: str) -> tuple[float, ...]:
        """The widths of a word's pieces between hyphens (where Qt may also break)."""
        parts = self._parts.get(word)
        if parts is None:
            advance = self._metrics.horizontalAdvance
            pieces = _HYPHEN_PARTS.findall(word) if "-" in word else [word]
            parts = self._parts[word] = tuple(advance(p) for p in pieces) or (0.0,)
        return parts

    def lines(self, text: str) -> int:
        count = 0
        limit, space = self._width, self._space
        for paragraph in text.split("\n"):
            count += 1
            used = -1.0
            for word in paragraph.split(" "):
                parts = self._parts.get(word) or self._word(word)
                for n, width in enumerate(parts):
                    gap = space if n == 0 else 0.0
                    if used < 0:
                        used = width
                    elif used + gap + width <= limit:
                        used += gap + width
                    else:
                        count += 1
                        used = width
                    while used > limit:  # longer than a line: broken anywhere
                        count += 1
                        used -= limit
        return count

    def height(self, text: str) -> float:
        return (self.lines(text or " ") - 1) * self._line + self._last_line


_HYPHEN_PARTS = re.compile(r"[^-]*-|[^-]+")


@cache
def far_text_lines(count: int) -> tuple[QRectF, ...]:
    """Grey bars where a card's `count` lines of text are, for the card seen from afar (the
    last one shorter, as a paragraph ends); in the card's coordinates."""
    spacing = _metrics("card").lineSpacing()
    left, width = STRIP + PAD, CARD_WIDTH - STRIP - 2 * PAD
    bar = spacing * 0.5
    lines = []
    for n in range(count):
        length = width * (0.6 if n == count - 1 and count > 1 else 1.0)
        lines.append(QRectF(left, PAD + n * spacing + (spacing - bar) / 2, length, bar))
    return tuple(lines)


@cache
def _card_text_measure() -> WrapMeasure:
    return WrapMeasure(card_font(), CARD_WIDTH - STRIP - 2 * PAD)


def card_text_rect(text: str) -> QRectF:
    """Where a card's wrapped text goes."""
    measure = _card_text_measure()
    return QRectF(STRIP + PAD, PAD, CARD_WIDTH - STRIP - 2 * PAD, measure.height(text))


def card_size(view: CardView, text_height: float) -> QSizeF:
    """A card's size: text, author line, its tags' line, then a row for SDG badges and votes."""
    height = PAD + text_height + 6 + _metrics("author").height()
    if view.card.tags:
        height += _metrics("author").height()
    if view.card.sdgs or view.votes:
        height += 4 + BADGE
    return QSizeF(CARD_WIDTH, height + PAD)


def _is_projector(item: QGraphicsItem, widget: QWidget | None) -> bool:
    """Whether this paint is for the projector's view or an export (the board presented).

    Qt paints a cached item with no widget, so the projector's view and the export also mark
    the scene while they paint (BoardView.paintEvent, export._render).
    """
    if widget is not None and widget.property(PROJECTOR_PROPERTY):
        return True
    scene = item.scene()
    return bool(scene is not None and getattr(scene, "presenting", False))


def _level_of_detail(painter: QPainter) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class CardItem(QGraphicsRectItem):
    """One card, bound to its CardView; its position is the card's (x, y).

    A rect item, so that Qt reads its bounds and shape in C++ (thousands of times a frame
    on a large board) and only the painting is Python. The pen is never drawn: its width
    makes room in the bounds for the selection frame.
    """

    def __init__(self, view: CardView) -> None:
        super().__init__()
        self.view = view
        self.show_votes = True
        self.highlighted = False
        self._text = QRectF()
        self._size = QSizeF()
        self.far_fill = _FAR_CARD
        self.far_kind = NO_KIND_COLOUR
        self.far_size = (0.0, 0.0)
        self.setPen(_BOUNDS_PEN)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(CARD_Z)
        self._apply(view, measure=True)

    @property
    def card_id(self) -> int:
        return self.view.card.id

    def _apply(self, view: CardView, measure: bool) -> None:
        if measure:
            self._text = card_text_rect(view.card.text)
        self.view = view
        self._size = card_size(view, self._text.height())
        self.setRect(QRectF(QPointF(0, 0), self._size))
        self.setPos(view.card.x, view.card.y)
        self.far_fill = QColor(view.card.colour) if view.card.colour else _FAR_CARD
        self.far_kind = self.kind_colour()
        self.far_size = (self._size.width(), self._size.height())

    @property
    def far_lines(self) -> tuple[QRectF, ...]:
        """The grey lines standing for the card's text when it is seen from afar."""
        return far_text_lines(max(1, round(self._text.height() / _metrics("card").lineSpacing())))

    def _tiles_changed(self) -> None:
        """The board seen from afar is drawn from a summary of the cards: it is out of date."""
        tiles = getattr(self.scene(), "tiles", None)
        if tiles is not None:
            tiles.invalidate()

    def set_view(self, view: CardView) -> None:
        """Show a changed record; only a changed text is measured again."""
        if view == self.view:
            return
        self._apply(view, measure=view.card.text != self.view.card.text)
        self._tiles_changed()
        self.update()

    def tooltip(self) -> str:
        """The full text and author, its tags and what it became (the scene shows it on hover)."""
        author = self.view.author
        lines = [self.view.card.text + (f"\n— {author}" if author else "")]
        if self.view.card.tags:
            lines.append(tags_line(self.view.card.tags))
        for link in self.view.links:
            if link.kind == "alliance":
                lines.append(_tr("Devenue l'alliance « {name} »").format(name=link.alliance_name))
            else:
                lines.append(
                    _tr("Devenue un engagement de {partner} (alliance « {name} »)").format(
                        partner=link.partner_name, name=link.alliance_name
                    )
                )
        if self.view.links:
            lines.append(_tr("Clic sur le coin : ouvrir l'alliance"))
        return plain_tooltip("\n".join(lines))

    def marker_rect(self) -> QRectF:
        """The corner marking a card that became an alliance or a commitment (empty if none)."""
        if not self.view.links:
            return QRectF()
        return QRectF(self.rect().right() - MARKER, 0, MARKER, MARKER)

    def fill_colour(self, projector: bool) -> QColor:
        """The card's colour chosen by hand, else the plain card's."""
        if self.view.card.colour:
            return QColor(self.view.card.colour)
        return QColor("#FFFFFF") if projector else QColor("#FFFEF8")

    def set_show_votes(self, show: bool) -> None:
        if show != self.show_votes:
            self.show_votes = show
            self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self._tiles_changed()
            self.update()

    def kind_colour(self) -> QColor:
        return _KIND_QCOLOURS.get(self.view.organisation_kind, NO_KIND_COLOUR)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.rect()
        level = _level_of_detail(painter)
        if level < FAR_LOD:
            self._paint_far(painter, level, _is_projector(self, widget))
            return
        projector = _is_projector(self, widget)
        selected = self.isSelected() and not projector
        border = QColor("#000000") if projector else QColor("#B8BFC8")
        if selected or self.highlighted:
            painter.setPen(QPen(SELECTED if selected else QColor("#E65100"), 3))
        else:
            painter.setPen(QPen(border, 1))
        painter.setBrush(self.fill_colour(projector))
        painter.drawRect(rect)
        painter.fillRect(QRectF(0.5, 0.5, STRIP, rect.height() - 1), self.kind_colour())
        painter.setPen(QColor("#000000") if projector else QColor("#1B1F24"))
        painter.setFont(card_font())
        painter.drawText(self._text, TEXT_FLAGS, self.view.card.text)
        author_top = self._text.bottom() + 6
        metrics = _metrics("author")
        if self.view.author:
            painter.setFont(author_font())
            painter.setPen(QColor("#222222") if projector else QColor("#5F6B76"))
            author = metrics.elidedText(
                self.view.author, Qt.TextElideMode.ElideRight, self._text.width()
            )
            painter.drawText(QPointF(self._text.left(), author_top + metrics.ascent()), author)
        badges_top = author_top + metrics.height() + 4
        if self.view.card.tags:
            painter.setFont(author_font())
            painter.setPen(QColor("#000000") if projector else TAG_COLOUR)
            line = metrics.elidedText(
                tags_line(self.view.card.tags), Qt.TextElideMode.ElideRight, self._text.width()
            )
            tags_top = author_top + metrics.height()
            painter.drawText(QPointF(self._text.left(), tags_top + metrics.ascent()), line)
            badges_top += metrics.height()
        if self.view.links:
            self._paint_marker(painter)
        if self.view.card.sdgs:
            paint_sdg_tiles(
                painter,
                QPointF(self._text.left(), badges_top),
                self.view.card.sdgs,
                BADGE,
                2.0,
                self._text.width() - 30,
            )
        if self.view.votes and self.show_votes:
            self._paint_votes(painter, QPointF(rect.right() - PAD, badges_top))

    def far_strip(self) -> QRectF:
        """The kind's strip of the tile a card is drawn as from afar (wider than up close)."""
        return QRectF(0, 0, STRIP * 2, self._size.height())

    def _paint_far(self, painter: QPainter, level: float, projector: bool) -> None:
        """The card too small to read (an export of a large board at a small scale): the tile
        the board's view draws for it from afar (ui/board/overview.py draws them all at once)."""
        rect = self.rect()
        painter.fillRect(rect, self.far_fill)
        painter.fillRect(self.far_strip(), self.far_kind)
        if level >= LINES_LOD:
            for line in self.far_lines:
                painter.fillRect(line, FAR_TEXT_LINE)
        frame = (
            SELECTED
            if self.isSelected() and not projector
            else HIGHLIGHT
            if self.highlighted
            else None
        )
        if frame is not None:
            pen = QPen(frame, 2)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)

    def _paint_marker(self, painter: QPainter) -> None:
        """A folded corner: teal for an alliance, purple for a commitment."""
        corner = self.marker_rect()
        commitment = any(link.kind == "commitment" for link in self.view.links)
        path = QPainterPath(corner.topLeft())
        path.lineTo(corner.topRight())
        path.lineTo(corner.bottomRight())
        path.closeSubpath()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(COMMITMENT_MARKER if commitment else ALLIANCE_MARKER)
        painter.drawPath(path)
        painter.restore()

    def _paint_votes(self, painter: QPainter, top_right: QPointF) -> None:
        label = f"● {self.view.votes}"
        painter.setFont(author_font())
        width = _metrics("author").horizontalAdvance(label) + 10
        pill = QRectF(top_right.x() - width, top_right.y(), width, BADGE)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#C62828"))
        painter.drawRoundedRect(pill, BADGE / 2, BADGE / 2)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        cluster = self.cluster_item()
        if cluster is not None and self.isSelected():
            cluster.select_all()
        if event.button() == Qt.MouseButton.LeftButton and self.marker_rect().contains(event.pos()):
            scene = self.scene()
            if scene is not None and hasattr(scene, "alliance_requested"):
                scene.alliance_requested.emit(self.view.alliance_ids[0])

    def cluster_item(self) -> ClusterItem | None:
        scene = self.scene()
        cluster_id = self.view.card.cluster_id
        if scene is None or cluster_id is None:
            return None
        return getattr(scene, "cluster_items", {}).get(cluster_id)


class ClusterItem(QGraphicsObject):
    """A group of cards: a frame around them with the group's name above them (never under a
    card); dragging it moves them all. Folded, it is one tile: the name, how many cards and
    their votes (its cards are hidden)."""

    MARGIN = CLUSTER_MARGIN
    LABEL_HEIGHT = CLUSTER_LABEL
    TILE_BODY = 34.0  # the folded tile's line under the name

    def __init__(self, cluster: Cluster, members: Iterable[CardItem]) -> None:
        super().__init__()
        self.cluster = cluster
        self.members = list(members)
        self.show_votes = True
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setZValue(CLUSTER_Z)
        self._rect = self._frame()

    @property
    def cluster_id(self) -> int:
        return self.cluster.id

    @property
    def collapsed(self) -> bool:
        return self.cluster.collapsed

    def _frame(self) -> QRectF:
        """The members' cards with a margin and the row of the name above them; folded, the tile
        at the frame's top-left corner."""
        rect = QRectF()
        for item in self.members:
            rect = rect.united(item.mapRectToScene(item.rect()))
        margin = self.MARGIN
        frame = rect.adjusted(-margin, -margin - self.LABEL_HEIGHT, margin, margin)
        if self.cluster.collapsed:
            height = self.LABEL_HEIGHT + self.TILE_BODY + margin
            return QRectF(frame.left(), frame.top(), CARD_WIDTH + 2 * margin, height)
        return frame

    def refresh(self, cluster: Cluster, members: Iterable[CardItem]) -> None:
        self.prepareGeometryChange()
        self.cluster = cluster
        self.members = list(members)
        self.setPos(0, 0)
        self._rect = self._frame()
        self.update()

    def frame_rect(self) -> QRectF:
        """The frame (or the folded tile) in scene coordinates."""
        return self._rect.translated(self.pos())

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def label_rect(self) -> QRectF:
        """The row of the group's name, at the top of its frame (above its cards)."""
        return QRectF(self._rect.left(), self._rect.top(), self._rect.width(), self.LABEL_HEIGHT)

    def first_card_id(self) -> int | None:
        """The group's first card in reading order: the one a vote on the group goes to."""
        if not self.members:
            return None
        first = min(self.members, key=lambda i: (round(i.y() / 40), i.x(), i.card_id))
        return first.card_id

    def votes(self) -> int:
        """The votes on the group's cards, together."""
        return sum(item.view.votes for item in self.members)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour = QColor(self.cluster.colour)
        fill = QColor(colour)
        fill.setAlpha(255 if self.cluster.collapsed else 170)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected() and not _is_projector(self, widget)
        style = Qt.PenStyle.SolidLine if self.cluster.collapsed else Qt.PenStyle.DashLine
        painter.setPen(QPen(SELECTED if selected else colour.darker(160), 2, style))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self._rect, 10, 10)
        font = QFont(author_font())
        font.setPointSizeF(11)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#3E2F00"))
        label = self.label_rect().adjusted(10, 0, -10, 0)
        painter.drawText(
            label,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            QFontMetricsF(font).elidedText(
                self.cluster.label, Qt.TextElideMode.ElideRight, label.width()
            ),
        )
        if self.cluster.collapsed:
            self._paint_tile_body(painter, label)

    def _paint_tile_body(self, painter: QPainter, label: QRectF) -> None:
        line = QRectF(label.left(), label.bottom(), label.width(), self.TILE_BODY)
        painter.setFont(card_font())
        painter.setPen(QColor("#1B1F24"))
        count = QCoreApplication.translate("BoardScene", "%n carte(s)", "", len(self.members))
        painter.drawText(
            line, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), count
        )
        votes = self.votes()
        if votes and self.show_votes:
            text = f"● {votes}"
            painter.setFont(author_font())
            width = _metrics("author").horizontalAdvance(text) + 10
            pill = QRectF(line.right() - width, line.center().y() - BADGE / 2, width, BADGE)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#C62828"))
            painter.drawRoundedRect(pill, BADGE / 2, BADGE / 2)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    def select_all(self) -> None:
        self.setSelected(True)
        for item in self.members:
            item.setSelected(True)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if self.isSelected():
            self.select_all()


class ResizeHandle(QGraphicsItem):
    """The corner a zone is resized by; the scene commits the new size on release."""

    SIZE = 16.0

    def __init__(self, zone_item: ZoneItem) -> None:
        super().__init__(zone_item)
        self.zone_item = zone_item
        self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setToolTip(QCoreApplication.translate("BoardScene", "Redimensionner la zone"))

    def boundingRect(self) -> QRectF:
        return QRectF(-self.SIZE, -self.SIZE, self.SIZE, self.SIZE)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if _is_projector(self, widget):
            return
        painter.setPen(QPen(QColor("#6B7580"), 1.5))
        for offset in (4.0, 8.0, 12.0):
            painter.drawLine(QPointF(-offset, -2), QPointF(-2, -offset))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        local = self.zone_item.mapFromScene(event.scenePos())
        self.zone_item.set_size(max(MIN_ZONE_WIDTH, local.x()), max(MIN_ZONE_HEIGHT, local.y()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if scene is not None and hasattr(scene, "zone_resized"):
            size = self.zone_item.size
            scene.zone_resized.emit(self.zone_item.zone.id, size.width(), size.height())


# Where the title bar was pressed, the zone's place then, its cards and where they were, and
# the groups that move with it.
ZoneDrag = tuple[QPointF, QPointF, list[tuple[CardItem, QPointF]], list[ClusterItem]]


class ZoneItem(QGraphicsItem):
    """A labelled coloured area of the board."""

    def __init__(self, zone: Zone) -> None:
        super().__init__()
        self.zone = zone
        self.size = QSizeF(zone.width, zone.height)
        self.setZValue(ZONE_Z)  # no cache: a few fills, and zones can be larger than the screen
        self.setAcceptHoverEvents(True)  # a hand over the title bar: the zone is dragged by it
        self._drag: ZoneDrag | None = None
        self.handle = ResizeHandle(self)
        self.set_zone(zone)

    @property
    def zone_id(self) -> int:
        return self.zone.id

    def set_zone(self, zone: Zone) -> None:
        self.zone = zone
        self.setPos(zone.x, zone.y)
        self.set_size(zone.width, zone.height)

    def set_size(self, width: float, height: float) -> None:
        self.prepareGeometryChange()
        self.size = QSizeF(width, height)
        self.handle.setPos(width, height)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(QPointF(0, 0), self.size).adjusted(-2, -2, 2, 2)

    def title_rect(self) -> QRectF:
        return QRectF(0, 0, self.size.width(), ZONE_HEADER)

    # -- dragged by its title bar, with its cards -------------------------------------------

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        on_title = self.title_rect().contains(event.pos())
        if on_title:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.unsetCursor()

    def _riders(self) -> tuple[list[tuple[CardItem, QPointF]], list[ClusterItem]]:
        """The cards of this zone (with where they are) and the groups all of whose cards it
        holds: they move with the zone while it is dragged."""
        scene = self.scene()
        cards = getattr(scene, "card_items", {}).values()
        mine = [item for item in cards if item.view.card.zone_id == self.zone.id]
        ids = {item.card_id for item in mine}
        clusters = [
            frame
            for frame in getattr(scene, "cluster_items", {}).values()
            if frame.members and all(m.card_id in ids for m in frame.members)
        ]
        return [(item, item.pos()) for item in mine], clusters

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if (
            event.button() != Qt.MouseButton.LeftButton
            or not self.title_rect().contains(event.pos())
            or getattr(scene, "presenting", False)
            or getattr(scene, "vote_mode", False)
        ):
            event.ignore()
            return
        event.accept()
        self._drag = (event.scenePos(), self.pos(), *self._riders())
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            return
        press, origin, cards, clusters = drag
        delta = event.scenePos() - press
        self.setPos(origin + delta)
        for item, start in cards:
            item.setPos(start + delta)
        for frame in clusters:
            frame.setPos(delta)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if drag is None:
            return
        scene = self.scene()
        moved = (self.pos() - drag[1]).manhattanLength() >= 2
        if moved and scene is not None and hasattr(scene, "zone_moved"):
            scene.zone_moved.emit(self.zone.id, self.pos().x(), self.pos().y())
        else:
            self.set_zone(self.zone)
            for item, start in drag[2]:
                item.setPos(start)
            for frame in drag[3]:
                frame.setPos(0, 0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = QRectF(QPointF(0, 0), self.size)
        colour = QColor(self.zone.colour)
        projector = _is_projector(self, widget)
        painter.setPen(QPen(colour.darker(140 if not projector else 250), 2))
        painter.setBrush(colour)
        painter.drawRect(rect)
        painter.fillRect(self.title_rect().adjusted(1, 1, -1, 0), colour.darker(112))
        painter.setFont(title_font())
        painter.setPen(QColor("#000000") if projector else QColor("#20262D"))
        metrics = QFontMetricsF(title_font())
        title = metrics.elidedText(self.zone.name, Qt.TextElideMode.ElideRight, rect.width() - 28)
        painter.drawText(
            self.title_rect().adjusted(14, 0, -14, 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            title,
        )
