"""Zone edits of the board: templates, add, rename, recolour, resize, remove, arrange, zoom."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog

from ui.board.commands import BOARD, ApplyTemplateCommand, MoveCardsCommand
from ui.commands import AddRecordCommand, DeleteRecordsCommand, UpdateRecordCommand
from ui.context import AppContext
from workshop.domain.board_layout import Box, arrange, new_zone_box
from workshop.domain.records import CardId, WorkshopId, Zone, ZoneId

if TYPE_CHECKING:
    from ui.board.screen import BoardScreen


class ZoneActions(QObject):
    """What the facilitator does to the board's zones, each as one undoable command."""

    def __init__(self, screen: BoardScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.blank_boards: set[WorkshopId] = set()  # chose "blank": templates no longer offered

    @property
    def context(self) -> AppContext:
        return self.screen.context

    def template_names(self) -> dict[str, str]:
        """The board templates of workshop.storage.board, by their French names."""
        return {
            "co_construction": self.tr("Co-construction"),
            "power_interest": self.tr("Matrice pouvoir / intérêt"),
            "swot": self.tr("SWOT"),
            "blank": self.tr("Tableau vierge"),
        }

    def offers_templates(self, workshop_id: WorkshopId | None, has_zones: bool) -> bool:
        return workshop_id is not None and not has_zones and workshop_id not in self.blank_boards

    def apply_template(self, template: str) -> None:
        workshop_id = self.screen.workshop_id
        if workshop_id is None:
            return
        if template == "blank":
            self.blank_boards.add(workshop_id)
            self.screen.template_bar.hide()
            return
        self.context.push(ApplyTemplateCommand(self.context, workshop_id, template))
        self.screen.view.fit_all()

    def add_zone(self) -> None:
        workshop_id = self.screen.workshop_id
        if workshop_id is None:
            return
        zones = self.screen.scene.contents.zones
        box = new_zone_box(zones)
        zone = Zone(
            workshop_id=workshop_id,
            name=self.tr("Nouvelle zone"),
            x=box.x,
            y=box.y,
            width=box.width,
            height=box.height,
            position=max((z.position for z in zones), default=-1) + 1,
        )
        repository = self.context.store.board.zones
        text = self.tr("Ajouter une zone")
        self.context.push(AddRecordCommand(self.context, text, BOARD, repository, zone))

    def _update(self, text: str, before: Zone, after: Zone) -> None:
        if after != before:
            zones = self.context.store.board.zones
            self.context.push(UpdateRecordCommand(self.context, text, BOARD, zones, before, after))

    def rename(self, zone_id: ZoneId) -> None:
        zone = self.screen.zone(zone_id)
        if zone is None:
            return
        name, ok = QInputDialog.getText(
            self.screen, self.tr("Renommer la zone"), self.tr("Nom de la zone :"), text=zone.name
        )
        if ok and name.strip():
            after = dataclasses.replace(zone, name=name.strip())
            self._update(self.tr("Renommer une zone"), zone, after)

    def recolour(self, zone_id: ZoneId) -> None:
        zone = self.screen.zone(zone_id)
        if zone is None:
            return
        title = self.tr("Couleur de la zone")
        colour = QColorDialog.getColor(QColor(zone.colour), self.screen, title)
        if colour.isValid():
            after = dataclasses.replace(zone, colour=colour.name())
            self._update(self.tr("Changer la couleur d'une zone"), zone, after)

    def remove(self, zone_id: ZoneId) -> None:
        zone = self.screen.zone(zone_id)
        if zone is not None:
            text = self.tr("Supprimer la zone « {zone} »").format(zone=zone.name)
            self.context.push(DeleteRecordsCommand(self.context, text, BOARD, "zones", [zone.id]))

    def resize(self, zone_id: int, width: float, height: float) -> None:
        """The resize handle was let go: keep the new size (or snap back if unchanged)."""
        zone = self.screen.zone(ZoneId(zone_id))
        if zone is None:
            return
        after = dataclasses.replace(zone, width=round(width), height=round(height))
        self._update(self.tr("Redimensionner une zone"), zone, after)
        if after == zone:
            self.screen.scene.zone_items[zone_id].set_zone(zone)

    def arrange(self, zone_id: ZoneId) -> None:
        """Lay a zone's cards out in tidy rows (one undo step)."""
        zone = self.screen.zone(zone_id)
        if zone is None:
            return
        scene = self.screen.scene
        items = [i for i in scene.card_items.values() if i.view.card.zone_id == zone.id]
        boxes = []
        for item in items:
            rect = item.rect()
            boxes.append(
                (CardId(item.card_id), Box(item.x(), item.y(), rect.width(), rect.height()))
            )
        placed = arrange(zone, boxes)
        cards = {item.card_id: item.view.card for item in items}
        before = [(cards[c].id, cards[c].x, cards[c].y, cards[c].zone_id) for c, _, _ in placed]
        after = [(c, x, y, zone.id) for c, x, y in placed]
        if before != after:
            text = self.tr("Ranger « {zone} »").format(zone=zone.name)
            self.context.push(MoveCardsCommand(self.context, text, before, after))

    def arrange_current(self) -> None:
        zone_id = self.screen.quick_entry.current_zone()
        if zone_id is not None:
            self.arrange(zone_id)

    def zoom_to(self, zone_id: int) -> None:
        self.screen.quick_entry.set_current_zone(ZoneId(zone_id))
        self.screen.view.fit_rect(self.screen.scene.zone_rect(ZoneId(zone_id)))
