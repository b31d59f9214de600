"""Zone edits of the board: templates, add, rename, recolour, resize, remove, arrange, zoom.

Each edit is one core operation (workshop.ops.board) run by `context.apply`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QWidget

from ui.board.quick_entry import QuickEntryBar
from ui.board.scene import BoardScene
from ui.board.view import BoardView
from ui.context import AppContext
from ui.i18n import current_lang
from workshop.domain.board_layout import Box, arrange
from workshop.domain.records import CardId, WorkshopId, Zone, ZoneId
from workshop.errors import CatalyseError
from workshop.ops import Applied
from workshop.ops import board as ops
from workshop.storage.store import Store

T = TypeVar("T")


class ZoneActions(QObject):
    """What the facilitator does to the board's zones, each as one undoable operation.

    It works on the scene and view it is given, for the workshop `workshop_id()` names; the
    quick entry bar holds the zone in use. `templates_declined` tells the blank board was chosen.
    """

    templates_declined = Signal()
    refused = Signal(str)

    def __init__(
        self,
        context: AppContext,
        scene: BoardScene,
        view: BoardView,
        workshop_id: Callable[[], WorkshopId | None],
        entry: QuickEntryBar,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.scene = scene
        self.view = view
        self._workshop_id = workshop_id
        self.entry = entry
        self._parent = parent
        self.blank_boards: set[WorkshopId] = set()  # chose "blank": templates no longer offered
        self.clicked_zone: ZoneId | None = None  # the zone last clicked in on the board

    def zone(self, zone_id: ZoneId | None) -> Zone | None:
        return next((z for z in self.scene.contents.zones if z.id == zone_id), None)

    def _apply(self, text: str, operation: Callable[[Store], Applied[T]]) -> T | None:
        try:
            return self.context.apply(text, operation)
        except CatalyseError as error:
            self.refused.emit(str(error))
            return None

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
        workshop_id = self._workshop_id()
        if workshop_id is None:
            return
        if template == "blank":
            self.blank_boards.add(workshop_id)
            self.templates_declined.emit()
            return
        applied = self._apply(
            self.tr("Appliquer un modèle"),
            lambda s: ops.apply_template(s, workshop_id, template, lang=current_lang()),
        )
        if applied is not None:
            self.view.fit_all()

    def add_zone(self) -> None:
        workshop_id = self._workshop_id()
        if workshop_id is None:
            return
        name = self.tr("Nouvelle zone")
        self._apply(
            self.tr("Ajouter une zone"),
            lambda s: ops.add_zone(s, workshop_id, name, lang=current_lang()),
        )

    def rename(self, zone_id: ZoneId) -> None:
        zone = self.zone(zone_id)
        if zone is None:
            return
        name, ok = QInputDialog.getText(
            self._parent, self.tr("Renommer la zone"), self.tr("Nom de la zone :"), text=zone.name
        )
        if ok and name.strip() and name.strip() != zone.name:
            self._apply(
                self.tr("Renommer une zone"),
                lambda s: ops.rename_zone(s, zone.id, name, lang=current_lang()),
            )

    def recolour(self, zone_id: ZoneId) -> None:
        zone = self.zone(zone_id)
        if zone is None:
            return
        title = self.tr("Couleur de la zone")
        colour = QColorDialog.getColor(QColor(zone.colour), self._parent, title)
        if colour.isValid() and colour != QColor(zone.colour):
            self._apply(
                self.tr("Changer la couleur d'une zone"),
                lambda s: ops.recolour_zone(s, zone.id, colour.name(), lang=current_lang()),
            )

    def remove(self, zone_id: ZoneId) -> None:
        zone = self.zone(zone_id)
        if zone is not None:
            text = self.tr("Supprimer la zone « {zone} »").format(zone=zone.name)
            self._apply(text, lambda s: ops.remove_zone(s, zone.id, lang=current_lang()))

    def resize(self, zone_id: int, width: float, height: float) -> None:
        """The resize handle was let go: keep the new size (or snap back if unchanged)."""
        zone = self.zone(ZoneId(zone_id))
        if zone is None:
            return
        unchanged = (round(width), round(height)) == (zone.width, zone.height)
        if unchanged or (
            self._apply(
                self.tr("Redimensionner une zone"),
                lambda s: ops.resize_zone(s, zone.id, width, height, lang=current_lang()),
            )
            is None
        ):
            self.scene.zone_items[zone_id].set_zone(zone)

    def arrange(self, zone_id: ZoneId) -> None:
        """Lay a zone's cards out in tidy rows (one undo step; nothing if they already are)."""
        zone = self.zone(zone_id)
        if zone is None:
            return
        items = [i for i in self.scene.card_items.values() if i.view.card.zone_id == zone.id]
        sizes = {CardId(i.card_id): (i.rect().width(), i.rect().height()) for i in items}
        boxes = [(CardId(i.card_id), Box(i.x(), i.y(), *sizes[CardId(i.card_id)])) for i in items]
        groups = {
            CardId(i.card_id): int(i.view.card.cluster_id)
            for i in items
            if i.view.card.cluster_id is not None
        }
        placed = {card_id: (x, y) for card_id, x, y in arrange(zone, boxes, groups=groups)}
        if all(placed[CardId(i.card_id)] == (i.x(), i.y()) for i in items):
            return
        self._apply(
            self.tr("Ranger « {zone} »").format(zone=zone.name),
            lambda s: ops.arrange_zone(s, zone.id, sizes, lang=current_lang()),
        )

    def clicked(self, zone_id: int) -> None:
        """A press in a zone: it is the zone "Ranger la zone" works on."""
        self.clicked_zone = ZoneId(zone_id)

    def current_zone(self) -> ZoneId | None:
        """The zone the facilitator is working in: the selected card's, else the one last
        clicked in, else the quick entry's."""
        for item in self.scene.selected_cards():
            if item.view.card.zone_id is not None:
                return item.view.card.zone_id
        if self.zone(self.clicked_zone) is not None:
            return self.clicked_zone
        return self.entry.current_zone()

    def arrange_current(self) -> None:
        zone_id = self.current_zone()
        if zone_id is not None:
            self.arrange(zone_id)

    def move(self, zone_id: int, x: float, y: float) -> None:
        """A zone was dragged by its title bar: it and its cards stay there (one undo step)."""
        zone = self.zone(ZoneId(zone_id))
        if zone is None:
            return
        moved = self._apply(
            self.tr("Déplacer la zone « {zone} »").format(zone=zone.name),
            lambda s: ops.move_zone(s, zone.id, x, y, lang=current_lang()),
        )
        if moved is None:  # refused: everything goes back
            self.scene.put_back()

    def zoom_to(self, zone_id: int) -> None:
        self.entry.set_current_zone(ZoneId(zone_id))
        self.view.fit_rect(self.scene.zone_rect(ZoneId(zone_id)))
