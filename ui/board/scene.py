"""The board scene: the one place that brings the items in line with the stored board."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Mapping, Sequence

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from ui.board.items import CardItem, ClusterItem, ZoneItem
from ui.board.overview import TileBatch
from workshop.domain.records import CardId, Zone, ZoneId
from workshop.storage.board import BoardContents, CardView

Move = tuple[CardId, QPointF, QPointF]


class BoardScene(QGraphicsScene):
    """Zones, cards and clusters of one workshop; `sync()` diffs them by id against the data.

    The scene reports what the user did (a drag, a resize, a double-click, a vote click) as
    signals; the screen turns them into undo commands, and the change comes back via sync().
    """

    cards_moved = Signal(object)  # list[Move]
    zone_resized = Signal(int, float, float)
    empty_double_clicked = Signal(QPointF)
    card_double_clicked = Signal(int)
    zone_title_double_clicked = Signal(int)
    cluster_label_double_clicked = Signal(int)
    card_vote_clicked = Signal(int)
    zone_moved = Signal(int, float, float)  # zone id, its new x and y (dragged by its title)
    zone_clicked = Signal(int)  # a press in a zone: it becomes the board's current zone
    alliance_requested = Signal(int)  # the marker of a card that became an alliance, clicked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.contents = BoardContents()
        self.card_items: dict[int, CardItem] = {}
        self.zone_items: dict[int, ZoneItem] = {}
        self.cluster_items: dict[int, ClusterItem] = {}
        self.vote_mode = False
        self.show_votes = True
        # True while the projector's view paints or the board is exported: high contrast,
        # no selection marks nor handles (cached items are painted with no widget to tell).
        self.presenting = False
        self._drag_start: dict[CardId, QPointF] | None = None
        self._fade: Callable[[CardView], bool] | None = None
        # The cards as the views draw them from afar (ui/board/overview.py), made again after
        # any change to the cards: sync, a drag, the selection, the search.
        self.tiles = TileBatch()
        self.selectionChanged.connect(self.tiles.reselected)

    # -- the one sync from the data -------------------------------------------------------

    def sync(self, contents: BoardContents) -> None:
        """Bring the items in line with the data: add, update and remove by id."""
        self.contents = contents
        self.tiles.invalidate()
        self._sync_zones(contents)
        self._sync_cards(contents)
        self._sync_clusters(contents)
        bounds = self.itemsBoundingRect()
        self.setSceneRect(bounds.adjusted(-1500, -1500, 1500, 1500))

    def sync_cards(self, views: Sequence[CardView], removed: Collection[int]) -> None:
        """Bring some cards in line (a phone's new cards): the others are left as they are."""
        by_id = {view.card.id: view for view in views}
        # A phone's new cards are in no group: the groups are made again only when a card
        # that is or was in one changed (each pass walks every card of the board).
        groups_touched = any(view.card.cluster_id is not None for view in views) or any(
            item.view.card.cluster_id is not None
            for item in (self.card_items.get(CardId(i)) for i in (*by_id, *removed))
            if item is not None
        )
        if removed or any(card_id in self.card_items for card_id in by_id):
            kept = [
                v
                for v in self.contents.cards
                if v.card.id not in removed and v.card.id not in by_id
            ]
        else:  # only new cards (a phone's): every card the board has is kept
            kept = self.contents.cards
        self.contents = dataclasses.replace(self.contents, cards=[*kept, *by_id.values()])
        self.tiles.invalidate()
        for card_id in removed:
            item = self.card_items.pop(card_id, None)
            if item is not None:
                self.removeItem(item)
        self._sync_cards_of(by_id)
        if groups_touched:
            self._sync_clusters(self.contents)
        rect = self.sceneRect()
        for view in views:
            rect = rect.united(
                self.card_items[view.card.id].sceneBoundingRect().adjusted(-1500, -1500, 1500, 1500)
            )
        self.setSceneRect(rect)

    def sync_zones(self, zones: Sequence[Zone]) -> None:
        """Bring the zones in line (a zone grown to hold a phone's card): the cards stay."""
        self.contents = dataclasses.replace(self.contents, zones=list(zones))
        self._sync_zones(self.contents)
        rect = self.sceneRect()
        for item in self.zone_items.values():
            rect = rect.united(item.sceneBoundingRect().adjusted(-1500, -1500, 1500, 1500))
        self.setSceneRect(rect)

    def _sync_zones(self, contents: BoardContents) -> None:
        wanted = {zone.id: zone for zone in contents.zones}
        for zone_id in set(self.zone_items) - set(wanted):
            self.removeItem(self.zone_items.pop(zone_id))
        for zone_id, zone in wanted.items():
            item = self.zone_items.get(zone_id)
            if item is None:
                item = self.zone_items[zone_id] = ZoneItem(zone)
                self.addItem(item)
            elif item.zone != zone:
                item.set_zone(zone)

    def _sync_cards(self, contents: BoardContents) -> None:
        wanted = {view.card.id: view for view in contents.cards}
        for card_id in set(self.card_items) - set(wanted):
            self.removeItem(self.card_items.pop(card_id))
        self._sync_cards_of(wanted)

    def _sync_cards_of(self, wanted: Mapping[int, CardView]) -> None:
        """Add or update the items of these cards."""
        for card_id, view in wanted.items():
            item = self.card_items.get(card_id)
            if item is None:
                item = self.card_items[card_id] = CardItem(view)
                item.show_votes = self.show_votes
                if self._fade is not None:
                    item.setOpacity(0.15 if self._fade(view) else 1.0)
                self.addItem(item)
            else:
                item.set_view(view)

    def _sync_clusters(self, contents: BoardContents) -> None:
        members: dict[int, list[CardItem]] = {}
        for item in self.card_items.values():
            if item.view.card.cluster_id is not None:
                members.setdefault(item.view.card.cluster_id, []).append(item)
        wanted = {c.id: c for c in contents.clusters if members.get(c.id)}
        for cluster_id in set(self.cluster_items) - set(wanted):
            self.removeItem(self.cluster_items.pop(cluster_id))
        for cluster_id, cluster in wanted.items():
            frame = self.cluster_items.get(cluster_id)
            if frame is None:
                frame = self.cluster_items[cluster_id] = ClusterItem(cluster, members[cluster_id])
                frame.show_votes = self.show_votes
                self.addItem(frame)
            else:
                frame.refresh(cluster, members[cluster_id])
        folded = {cluster_id for cluster_id, c in wanted.items() if c.collapsed}
        for item in self.card_items.values():  # a folded group's cards are hidden by its tile
            visible = item.view.card.cluster_id not in folded
            if item.isVisible() != visible:
                item.setVisible(visible)

    def put_back(self) -> None:
        """Every zone, card and group back where the data has it (a drag refused)."""
        self.tiles.invalidate()
        for zone_item in self.zone_items.values():
            zone_item.set_zone(zone_item.zone)
        for item in self.card_items.values():
            item.setPos(item.view.card.x, item.view.card.y)
        for frame in self.cluster_items.values():
            frame.setPos(0, 0)

    # -- queries --------------------------------------------------------------------------

    def selected_cards(self) -> list[CardItem]:
        return [item for item in self.selectedItems() if isinstance(item, CardItem)]

    def selected_card_ids(self) -> list[CardId]:
        return sorted(CardId(item.card_id) for item in self.selected_cards())

    def selected_cluster_ids(self) -> list[int]:
        clusters = {i.cluster_id for i in self.selectedItems() if isinstance(i, ClusterItem)}
        for item in self.selected_cards():
            if item.view.card.cluster_id is not None:
                clusters.add(item.view.card.cluster_id)
        return sorted(clusters)

    def card_at(self, pos: QPointF) -> CardItem | None:
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    def zone_item_at(self, pos: QPointF) -> ZoneItem | None:
        for item in self.items(pos):
            if isinstance(item, ZoneItem):
                return item
        return None

    def zone_rect(self, zone_id: ZoneId) -> QRectF:
        item = self.zone_items.get(zone_id)
        return item.sceneBoundingRect() if item else QRectF()

    # -- how the board looks ---------------------------------------------------------------

    def set_show_votes(self, show: bool) -> None:
        self.show_votes = show
        for item in self.card_items.values():
            item.set_show_votes(show)
        for frame in self.cluster_items.values():
            frame.show_votes = show
            frame.update()

    def cluster_label_at(self, pos: QPointF) -> ClusterItem | None:
        """The group whose name row (or folded tile) is under a point."""
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return None
            if isinstance(item, ClusterItem) and (
                item.collapsed or item.label_rect().contains(item.mapFromScene(pos))
            ):
                return item
        return None

    def current_zone_at(self, pos: QPointF) -> ZoneId | None:
        """The zone under a point (a card's own zone when a card is there)."""
        card = self.card_at(pos)
        if card is not None and card.view.card.zone_id is not None:
            return card.view.card.zone_id
        zone = self.zone_item_at(pos)
        return ZoneId(zone.zone_id) if zone is not None else None

    def set_fade(self, fade: Callable[[CardView], bool] | None) -> None:
        """Fade the cards `fade` picks (None: show every card plainly)."""
        self._fade = fade
        self.tiles.invalidate()
        for item in self.card_items.values():
            item.setOpacity(0.15 if fade is not None and fade(item.view) else 1.0)

    def highlight(self, card_ids: set[int]) -> None:
        for card_id, item in self.card_items.items():
            item.set_highlighted(card_id in card_ids)

    # -- what the user does ---------------------------------------------------------------

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """A card's tooltip, built when asked rather than for every card at open."""
        card = self.card_at(event.scenePos())
        if card is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.screenPos(), card.tooltip())
        event.accept()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        left = event.button() == Qt.MouseButton.LeftButton
        if self.vote_mode and left:
            # A vote on a group (its name, or its folded tile) goes to its first card.
            card = self.card_at(event.scenePos())
            group = self.cluster_label_at(event.scenePos()) if card is None else None
            card_id = card.card_id if card is not None else group.first_card_id() if group else None
            if card_id is not None:
                event.accept()
                self.card_vote_clicked.emit(card_id)
                return
        if left and not self.presenting:
            zone_id = self.current_zone_at(event.scenePos())
            if zone_id is not None:
                self.zone_clicked.emit(zone_id)
        super().mousePressEvent(event)
        if left:
            self._drag_start = {CardId(i.card_id): i.pos() for i in self.selected_cards()}
            for frame in self.cluster_items.values():  # a folded group's hidden cards ride along
                if frame.collapsed and frame.isSelected():
                    self._drag_start.update({CardId(m.card_id): m.pos() for m in frame.members})

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.buttons() != Qt.MouseButton.NoButton:
            self.tiles.moved()  # cards or a zone may be dragged
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.tiles.moved()
        start, self._drag_start = self._drag_start, None
        if not start or event.button() != Qt.MouseButton.LeftButton:
            return
        for frame in self.cluster_items.values():
            if frame.collapsed and frame.isSelected() and not frame.pos().isNull():
                for member in frame.members:
                    if CardId(member.card_id) in start:
                        member.setPos(start[CardId(member.card_id)] + frame.pos())
        moves = [
            (card_id, before, QPointF(self.card_items[card_id].pos()))
            for card_id, before in start.items()
            if card_id in self.card_items and self.card_items[card_id].pos() != before
        ]
        if moves:
            self.cards_moved.emit(moves)
            self.tiles.moved()  # a refused move puts the cards back

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        event.accept()
        for item in self.items(pos):
            if isinstance(item, CardItem):
                self.card_double_clicked.emit(item.card_id)
                return
            if isinstance(item, ClusterItem):
                if item.label_rect().contains(item.mapFromScene(pos)):
                    self.cluster_label_double_clicked.emit(item.cluster_id)
                    return
                continue
            if isinstance(item, ZoneItem):
                if item.title_rect().contains(item.mapFromScene(pos)):
                    self.zone_title_double_clicked.emit(item.zone_id)
                    return
                break
            if isinstance(item, QGraphicsItem):
                continue
        self.empty_double_clicked.emit(pos)
