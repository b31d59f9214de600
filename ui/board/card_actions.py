"""Card edits of the board: create, edit in place, delete, duplicate, move, SDGs, clusters."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtWidgets import QInputDialog

from ui.board.commands import (
    BOARD,
    AddCardsCommand,
    GroupCardsCommand,
    Growth,
    MoveCardsCommand,
    Position,
)
from ui.board.editor import InPlaceEditor
from ui.board.items import card_size, card_text_rect
from ui.board.quick_entry import Author
from ui.board.scene import Move
from ui.commands import DeleteRecordsCommand, UpdateRecordCommand
from ui.context import AppContext
from workshop.domain.board_layout import Box, grown_to_hold, next_free_position, zone_at
from workshop.domain.records import Card, CardId, Zone, ZoneId
from workshop.storage.board import CardView

if TYPE_CHECKING:
    from ui.board.screen import BoardScreen


def _growth(zone: Zone | None, bottom: float) -> list[Growth]:
    """The zone grown to hold a card reaching `bottom`, as a (before, after) pair, if needed."""
    grown = grown_to_hold(zone, bottom) if zone is not None else None
    return [(zone, grown)] if zone is not None and grown is not None else []


class CardActions(QObject):
    """What the facilitator does to cards and clusters, each written at once as one undo step."""

    NUDGE = 10.0

    def __init__(self, screen: BoardScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.editor: InPlaceEditor | None = None

    @property
    def context(self) -> AppContext:
        return self.screen.context

    def selected_cards(self) -> list[Card]:
        return [item.view.card for item in self.screen.scene.selected_cards()]

    def _occupied(self) -> list[Box]:
        boxes = []
        for item in self.screen.scene.card_items.values():
            rect = item.sceneBoundingRect()
            boxes.append(Box(rect.x(), rect.y(), rect.width(), rect.height()))
        return boxes

    def _card_height(self, card: Card) -> float:
        return card_size(CardView(card=card), card_text_rect(card.text).height()).height()

    def create_card(
        self, text: str, author: Author | None, zone_id: ZoneId | None, at: QPointF | None = None
    ) -> None:
        """Add a card to a zone (in its next free slot), or at a point of the board."""
        workshop_id = self.screen.workshop_id
        if workshop_id is None or not text.strip():
            return
        card = Card(
            workshop_id=workshop_id,
            text=text.strip()[:500],
            zone_id=zone_id,
            person_id=author.person_id if author else None,
            organisation_id=author.organisation_id if author else None,
            created_at=dt.datetime.now().replace(microsecond=0),
        )
        zone = self.screen.zone(zone_id)
        height = self._card_height(card)
        if at is not None:
            x, y = at.x(), at.y()
        elif zone is not None:
            x, y = next_free_position(zone, self._occupied(), height)
        else:
            centre = self.screen.view.mapToScene(self.screen.view.viewport().rect().center())
            x, y = centre.x(), centre.y()
        card = dataclasses.replace(card, x=x, y=y)
        grown = _growth(zone, y + height)
        text = self.tr("Ajouter une carte")
        self.context.push(AddCardsCommand(self.context, text, [card], grown))

    def create_at(self, pos: QPointF) -> None:
        """A double-click on empty space: type the new card in place, where it will stay."""
        editor = InPlaceEditor(self.screen.view, QRectF(pos, pos + QPointF(200, 90)))
        zone = zone_at(self.screen.scene.contents.zones, pos.x(), pos.y())
        zone_id = zone.id if zone else None
        author = self.screen.quick_entry.author()
        editor.committed.connect(lambda text: self.create_card(text, author, zone_id, pos))
        self.editor = editor

    def edit_card(self, card_id: int) -> None:
        item = self.screen.scene.card_items.get(card_id)
        if item is None:
            return
        before = item.view.card
        editor = InPlaceEditor(self.screen.view, item.sceneBoundingRect(), before.text)

        def commit(text: str) -> None:
            if text and text != before.text:
                after = dataclasses.replace(before, text=text)
                self.context.push(
                    UpdateRecordCommand(
                        self.context,
                        self.tr("Modifier une carte"),
                        BOARD,
                        self.context.store.board.cards,
                        before,
                        after,
                    )
                )

        editor.committed.connect(commit)
        self.editor = editor

    def edit_selected(self) -> None:
        ids = self.screen.scene.selected_card_ids()
        if len(ids) == 1:
            self.edit_card(ids[0])

    def delete(self) -> None:
        """Delete the selected cards (Del)."""
        ids = self.screen.scene.selected_card_ids()
        if ids:
            text = self.tr("Supprimer %n carte(s)", "", len(ids))
            self.context.push(
                DeleteRecordsCommand(self.context, text, BOARD, "cards", [int(i) for i in ids])
            )

    def duplicate_selected(self) -> None:
        cards = self.selected_cards()
        if not cards:
            return
        now = dt.datetime.now().replace(microsecond=0)
        copies = [
            dataclasses.replace(
                card, id=CardId(0), x=card.x + 24, y=card.y + 24, cluster_id=None, created_at=now
            )
            for card in cards
        ]
        text = self.tr("Dupliquer %n carte(s)", "", len(copies))
        self.context.push(AddCardsCommand(self.context, text, copies))

    def move_cards_to_zone(self, card_ids: list[CardId], zone_id: ZoneId) -> None:
        zone = self.screen.zone(zone_id)
        if zone is None or not card_ids:
            return
        occupied = [
            box
            for box, item in zip(
                self._occupied(), self.screen.scene.card_items.values(), strict=True
            )
            if item.card_id not in card_ids
        ]
        before: list[Position] = []
        after: list[Position] = []
        bottom = zone.y
        for card_id in card_ids:
            item = self.screen.scene.card_items[card_id]
            card = item.view.card
            size = item.rect()
            x, y = next_free_position(zone, occupied, size.height())
            occupied.append(Box(x, y, size.width(), size.height()))
            bottom = max(bottom, y + size.height())
            before.append((card.id, card.x, card.y, card.zone_id))
            after.append((card.id, x, y, zone.id))
        text = self.tr("Déplacer vers « {zone} »").format(zone=zone.name)
        grown = _growth(zone, bottom)
        self.context.push(MoveCardsCommand(self.context, text, before, after, grown=grown))

    def moved(self, moves: list[Move]) -> None:
        """A drag ended: save every card's new place (and zone) as one undo step."""
        zones = self.screen.scene.contents.zones
        before: list[Position] = []
        after: list[Position] = []
        for card_id, old, new in moves:
            item = self.screen.scene.card_items[card_id]
            centre = item.sceneBoundingRect().center()
            zone = zone_at(zones, centre.x(), centre.y())
            before.append((card_id, old.x(), old.y(), item.view.card.zone_id))
            after.append((card_id, new.x(), new.y(), zone.id if zone else None))
        text = self.tr("Déplacer %n carte(s)", "", len(moves))
        self.context.push(MoveCardsCommand(self.context, text, before, after))

    def nudge(self, dx: int, dy: int) -> None:
        """Arrow keys: move the selected cards a little (a run of nudges is one undo step)."""
        items = self.screen.scene.selected_cards()
        if not items:
            self.screen.view.pan_by(-dx * 40, -dy * 40)
            return
        zones = self.screen.scene.contents.zones
        before: list[Position] = []
        after: list[Position] = []
        for item in items:
            card = item.view.card
            x, y = card.x + dx * self.NUDGE, card.y + dy * self.NUDGE
            centre = item.boundingRect().center()
            zone = zone_at(zones, x + centre.x(), y + centre.y())
            before.append((card.id, card.x, card.y, card.zone_id))
            after.append((card.id, x, y, zone.id if zone else None))
        text = self.tr("Déplacer %n carte(s)", "", len(items))
        self.context.push(MoveCardsCommand(self.context, text, before, after, mergeable=True))

    def change_author(self, card_id: CardId) -> None:
        """Pick who said it among people and organisations (empty: no author)."""
        item = self.screen.scene.card_items[card_id]
        labels = self.screen.quick_entry.author_labels()
        current = item.view.author
        chosen, ok = QInputDialog.getItem(
            self.screen,
            self.tr("Changer l'auteur"),
            self.tr("Auteur (personne ou structure) :"),
            ["", *labels],
            labels.index(current) + 1 if current in labels else 0,
            True,
        )
        if not ok:
            return
        author = self.screen.quick_entry.author_named(chosen)
        if chosen.strip() and author is None:
            return
        card = item.view.card
        after = dataclasses.replace(
            card,
            person_id=author.person_id if author else None,
            organisation_id=author.organisation_id if author else None,
        )
        if after != card:
            cards = self.context.store.board.cards
            text = self.tr("Changer l'auteur d'une carte")
            self.context.push(UpdateRecordCommand(self.context, text, BOARD, cards, card, after))

    def toggle_sdg(self, card_id: CardId, number: int) -> None:
        """Add an SDG badge to a card, or take it off."""
        card = self.screen.scene.card_items[card_id].view.card
        goals = set(card.sdgs) ^ {number}
        after = dataclasses.replace(card, sdgs=tuple(sorted(goals)))
        self.context.push(
            UpdateRecordCommand(
                self.context,
                self.tr("Changer les ODD d'une carte"),
                BOARD,
                self.context.store.board.cards,
                card,
                after,
            )
        )

    # -- clusters ---------------------------------------------------------------------------

    def group_selected(self, label: str | None = None) -> None:
        cards = self.selected_cards()
        if len(cards) < 1 or self.screen.workshop_id is None:
            return
        if not label:
            label, ok = QInputDialog.getText(
                self.screen,
                self.tr("Regrouper"),
                self.tr("Nom du regroupement :"),
                text=self.tr("Regroupement"),
            )
            if not ok or not label.strip():
                return
        self.context.push(
            GroupCardsCommand(self.context, self.screen.workshop_id, label.strip(), cards)
        )

    def ungroup_selected(self) -> None:
        self.ungroup(self.screen.scene.selected_cluster_ids())

    def ungroup(self, cluster_ids: list[int]) -> None:
        if cluster_ids:
            text = self.tr("Dégrouper")
            command = DeleteRecordsCommand(self.context, text, BOARD, "clusters", cluster_ids)
            self.context.push(command)

    def rename_cluster(self, cluster_id: int) -> None:
        item = self.screen.scene.cluster_items.get(cluster_id)
        if item is None:
            return
        label, ok = QInputDialog.getText(
            self.screen,
            self.tr("Renommer le regroupement"),
            self.tr("Nom :"),
            text=item.cluster.label,
        )
        if ok and label.strip() and label.strip() != item.cluster.label:
            after = dataclasses.replace(item.cluster, label=label.strip())
            self.context.push(
                UpdateRecordCommand(
                    self.context,
                    self.tr("Renommer un regroupement"),
                    BOARD,
                    self.context.store.board.clusters,
                    item.cluster,
                    after,
                )
            )
