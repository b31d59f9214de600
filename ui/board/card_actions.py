"""Card edits of the board: create, edit in place, delete, duplicate, move, SDGs, clusters.

Each edit is one core operation (workshop.ops.board) run by `context.apply`; moves go through
a mergeable `MoveCardsCommand`. A refused edit writes nothing and its message is shown.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMenu, QWidget

from ui.board.author_kind import ask_organisation_kind
from ui.board.editor import InPlaceEditor
from ui.board.items import card_size, card_text_rect
from ui.board.quick_entry import QuickEntryBar
from ui.board.scene import BoardScene, Move
from ui.board.view import BoardView
from ui.commands import MoveCardsCommand
from ui.context import AppContext
from ui.i18n import current_lang
from workshop.domain.board_layout import MAX_CARD_TEXT, Box, next_free_position, zone_at
from workshop.domain.records import Card, CardId, ClusterId, WorkshopId, Zone, ZoneId
from workshop.errors import CatalyseError
from workshop.ops import Applied
from workshop.ops import board as ops
from workshop.ops.board import CardAuthor, CardMove
from workshop.ops.registry import UnknownOrganisation
from workshop.storage.board import CardView
from workshop.storage.store import Store

T = TypeVar("T")
# The colours offered for cards and groups (the facilitator's sticky notes), by name.
PALETTE: tuple[tuple[str, str], ...] = (
    ("Jaune", "#FFF59D"),
    ("Orange", "#FFCC80"),
    ("Rose", "#F8BBD0"),
    ("Vert", "#C5E1A5"),
    ("Bleu", "#B3E5FC"),
    ("Violet", "#D1C4E9"),
    ("Gris", "#E0E0E0"),
)
AuthoredOperation = Callable[[CardAuthor | None], Callable[[Store], Applied[T]]]


class CardActions(QObject):
    """What the facilitator does to cards and clusters, each written at once as one undo step.

    It works on the scene and view it is given, for the workshop `workshop_id()` names, with
    the quick entry bar as the list of authors; `refused` tells why an edit was not made.
    """

    NUDGE = 10.0
    refused = Signal(str)

    def __init__(
        self,
        context: AppContext,
        scene: BoardScene,
        view: BoardView,
        workshop_id: Callable[[], WorkshopId | None],
        authors: QuickEntryBar,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.scene = scene
        self.view = view
        self._workshop_id = workshop_id
        self.authors = authors
        self._parent = parent
        self.editor: InPlaceEditor | None = None

    # -- helpers ----------------------------------------------------------------------------

    def selected_cards(self) -> list[Card]:
        return [item.view.card for item in self.scene.selected_cards()]

    def zone(self, zone_id: ZoneId | None) -> Zone | None:
        return next((z for z in self.scene.contents.zones if z.id == zone_id), None)

    def _occupied(self) -> list[Box]:
        boxes = []
        for item in self.scene.card_items.values():
            rect = item.sceneBoundingRect()
            boxes.append(Box(rect.x(), rect.y(), rect.width(), rect.height()))
        return boxes

    def _height(self, card: Card, votes: int = 0) -> float:
        """How tall a card is drawn (its zone grows to hold it)."""
        view = CardView(card=card, votes=votes)
        return card_size(view, card_text_rect(card.text).height()).height()

    def _apply(self, text: str, operation: Callable[[Store], Applied[T]]) -> T | None:
        """Run one edit for undo; a refused one shows its message and gives None."""
        try:
            return self.context.apply(text, operation)
        except CatalyseError as error:
            self.refused.emit(str(error))
            return None

    def _apply_authored(
        self, text: str, author: CardAuthor | None, operation: AuthoredOperation[T]
    ) -> T | None:
        """Run an edit naming an author; an organisation the registry lacks is added only with
        the kind the facilitator picks (cancelled: the edit is refused, with the reason)."""
        while True:
            try:
                return self.context.apply(text, operation(author))
            except UnknownOrganisation as error:
                kind = None
                if author is not None and author.kind is None:
                    kind = ask_organisation_kind(self._parent, error)
                if author is None or kind is None:
                    self.refused.emit(str(error))
                    return None
                author = dataclasses.replace(author, kind=kind)
            except CatalyseError as error:
                self.refused.emit(str(error))
                return None

    def _push_moves(self, text: str, moves: Sequence[CardMove], mergeable: bool = False) -> bool:
        """Save moves as one undo step (successive mergeable ones of the same cards merge)."""
        if not moves:
            return False
        try:
            applied = ops.move_cards(self.context.store, moves, lang=current_lang())
        except CatalyseError as error:
            self.refused.emit(str(error))
            return False
        card_ids = frozenset(int(m.card_id) for m in moves)
        command = MoveCardsCommand(self.context, text, applied, card_ids, mergeable)
        self.context.undo_stack.push(command)
        return True

    # -- adding and editing -----------------------------------------------------------------

    def create_card(
        self,
        text: str,
        author: CardAuthor | None,
        zone_id: ZoneId | None,
        at: QPointF | None = None,
    ) -> Card | None:
        """Add a card to a zone (in its next free slot), or at a point of the board."""
        workshop_id = self._workshop_id()
        if workshop_id is None or not text.strip():
            return None
        card = Card(workshop_id=workshop_id, text=text.strip()[:MAX_CARD_TEXT], zone_id=zone_id)
        zone = self.zone(zone_id)
        height = self._height(card)
        if at is not None:
            x, y = at.x(), at.y()
        elif zone is not None:
            x, y = next_free_position(zone, self._occupied(), height)
        else:
            centre = self.view.mapToScene(self.view.viewport().rect().center())
            x, y = centre.x(), centre.y()
        card = dataclasses.replace(card, x=x, y=y)
        lang = current_lang()
        return self._apply_authored(
            self.tr("Ajouter une carte"),
            author,
            lambda a: lambda s: ops.add_card(s, card, a, height=height, lang=lang),
        )

    def create_at(self, pos: QPointF) -> None:
        """A double-click on empty space: type the new card in place, where it will stay."""
        editor = InPlaceEditor(self.view, QRectF(pos, pos + QPointF(200, 90)))
        zone = zone_at(self.scene.contents.zones, pos.x(), pos.y())
        zone_id = zone.id if zone else None
        author = self.authors.typed_author()
        editor.committed.connect(lambda text: self.create_card(text, author, zone_id, pos))
        self.editor = editor

    def edit_card(self, card_id: int) -> None:
        item = self.scene.card_items.get(card_id)
        if item is None:
            return
        before = item.view.card
        editor = InPlaceEditor(self.view, item.sceneBoundingRect(), before.text)

        def commit(text: str) -> None:
            if text and text != before.text:
                height = self._height(dataclasses.replace(before, text=text), item.view.votes)
                self._apply(
                    self.tr("Modifier une carte"),
                    lambda s: ops.edit_card(
                        s, before.id, text=text, height=height, lang=current_lang()
                    ),
                )

        editor.committed.connect(commit)
        self.editor = editor

    def edit_selected(self) -> None:
        """F2: edit the selected card's text, or rename the group selected (all its cards, or
        its folded tile)."""
        ids = self.scene.selected_card_ids()
        if len(ids) == 1:
            self.edit_card(ids[0])
            return
        group = self._selected_group()
        if group is not None:
            self.rename_cluster(group)

    def _selected_group(self) -> int | None:
        """The one group the selection is (its cards, or its folded tile), if it is one."""
        clusters = self.scene.selected_cluster_ids()
        if len(clusters) != 1:
            return None
        frame = self.scene.cluster_items.get(clusters[0])
        selected = set(self.scene.selected_card_ids())
        if frame is None or not selected <= {m.card_id for m in frame.members}:
            return None
        return clusters[0] if frame.collapsed or len(selected) == len(frame.members) else None

    def delete(self) -> None:
        """Delete the selected cards (Del)."""
        ids = self.scene.selected_card_ids()
        if ids:
            text = self.tr("Supprimer %n carte(s)", "", len(ids))
            self._apply(text, lambda s: ops.delete_cards(s, ids, lang=current_lang()))

    def duplicate_selected(self) -> None:
        items = self.scene.selected_cards()
        if not items:
            return
        ids = [CardId(item.card_id) for item in items]
        heights = {CardId(item.card_id): item.rect().height() for item in items}
        text = self.tr("Dupliquer %n carte(s)", "", len(ids))
        self._apply(
            text, lambda s: ops.duplicate_cards(s, ids, heights=heights, lang=current_lang())
        )

    def change_author(self, card_id: CardId) -> None:
        """Pick who said it among people and organisations, or type a new organisation (empty:
        no author)."""
        item = self.scene.card_items[card_id]
        labels = self.authors.author_labels()
        current = item.view.author
        chosen, ok = QInputDialog.getItem(
            self._parent,
            self.tr("Changer l'auteur"),
            self.tr("Auteur (personne ou structure) :"),
            ["", *labels],
            labels.index(current) + 1 if current in labels else 0,
            True,
        )
        if not ok:
            return
        author = self.authors.card_author(chosen) or CardAuthor()
        card = item.view.card
        if not author.typed and (author.person_id, author.organisation_id) == (
            card.person_id,
            card.organisation_id,
        ):
            return
        lang = current_lang()
        self._apply_authored(
            self.tr("Changer l'auteur d'une carte"),
            author,
            lambda a: lambda s: ops.edit_card(s, card.id, author=a, lang=lang),
        )

    def toggle_sdg(self, card_id: CardId, number: int) -> None:
        """Add an SDG badge to a card, or take it off."""
        item = self.scene.card_items[card_id]
        card = item.view.card
        goals = tuple(sorted(set(card.sdgs) ^ {number}))
        height = self._height(dataclasses.replace(card, sdgs=goals), item.view.votes)
        self._apply(
            self.tr("Changer les ODD d'une carte"),
            lambda s: ops.edit_card(s, card.id, sdgs=goals, height=height, lang=current_lang()),
        )

    # -- moving -----------------------------------------------------------------------------

    def move_cards_to_zone(self, card_ids: list[CardId], zone_id: ZoneId) -> None:
        zone = self.zone(zone_id)
        if zone is None or not card_ids:
            return
        occupied = [
            box
            for box, item in zip(self._occupied(), self.scene.card_items.values(), strict=True)
            if item.card_id not in card_ids
        ]
        moves = []
        for card_id in card_ids:
            size = self.scene.card_items[card_id].rect()
            x, y = next_free_position(zone, occupied, size.height())
            occupied.append(Box(x, y, size.width(), size.height()))
            moves.append(CardMove(card_id, x, y, zone.id, size.height()))
        self._push_moves(self.tr("Déplacer vers « {zone} »").format(zone=zone.name), moves)

    def moved(self, moves: list[Move]) -> None:
        """A drag ended: save every card's new place (and zone) as one undo step."""
        zones = self.scene.contents.zones
        placed = []
        for card_id, _old, new in moves:
            item = self.scene.card_items[card_id]
            centre = item.sceneBoundingRect().center()
            zone = zone_at(zones, centre.x(), centre.y())
            height = item.rect().height()
            placed.append(CardMove(card_id, new.x(), new.y(), zone.id if zone else None, height))
        if not self._push_moves(self.tr("Déplacer %n carte(s)", "", len(moves)), placed):
            for card_id, old, _new in moves:  # refused: the cards go back where they were
                self.scene.card_items[card_id].setPos(old)

    def nudge(self, dx: int, dy: int) -> None:
        """Arrow keys: move the selected cards a little (a run of nudges is one undo step)."""
        items = self.scene.selected_cards()
        if not items:
            self.view.pan_by(-dx * 40, -dy * 40)
            return
        zones = self.scene.contents.zones
        moves = []
        for item in items:
            card = item.view.card
            x, y = card.x + dx * self.NUDGE, card.y + dy * self.NUDGE
            centre = item.boundingRect().center()
            zone = zone_at(zones, x + centre.x(), y + centre.y())
            moves.append(CardMove(card.id, x, y, zone.id if zone else None, item.rect().height()))
        text = self.tr("Déplacer %n carte(s)", "", len(items))
        self._push_moves(text, moves, mergeable=True)

    # -- colours and tags -------------------------------------------------------------------

    def palette_names(self) -> dict[str, str]:
        """The palette's colours by their translated names."""
        names = {
            "Jaune": self.tr("Jaune"),
            "Orange": self.tr("Orange"),
            "Rose": self.tr("Rose"),
            "Vert": self.tr("Vert"),
            "Bleu": self.tr("Bleu"),
            "Violet": self.tr("Violet"),
            "Gris": self.tr("Gris"),
        }
        return {colour: names[name] for name, colour in PALETTE}

    def fill_colour_menu(
        self, menu: QMenu, current: str, choose: Callable[[str], None], plain: str
    ) -> None:
        """The palette as checkable entries (with a swatch), the plain colour, and "Autre…"."""
        for colour, name in self.palette_names().items():
            pixmap = QPixmap(14, 14)
            pixmap.fill(QColor(colour))
            action = menu.addAction(QIcon(pixmap), name)
            action.setCheckable(True)
            action.setChecked(current.upper() == colour)
            action.triggered.connect(lambda _=False, c=colour: choose(c))
        menu.addSeparator()
        if plain:
            action = menu.addAction(plain)
            action.setCheckable(True)
            action.setChecked(not current)
            action.triggered.connect(lambda: choose(""))
        menu.addAction(self.tr("Autre couleur…"), lambda: self._other_colour(current, choose))

    def _other_colour(self, current: str, choose: Callable[[str], None]) -> None:
        start = QColor(current) if current else QColor("#FFFFFF")
        colour = QColorDialog.getColor(start, self._parent, self.tr("Couleur"))
        if colour.isValid():
            choose(colour.name())

    def card_colour_menu(self, card_ids: Sequence[CardId]) -> QMenu:
        """The colours for the cards named (checked: the first card's)."""
        menu = QMenu(self.tr("Couleur de la carte"), self._parent)
        items = [self.scene.card_items[i] for i in card_ids if i in self.scene.card_items]
        current = items[0].view.card.colour if items else ""
        ids = list(card_ids)
        self.fill_colour_menu(
            menu, current, lambda colour: self.set_colour(ids, colour), self.tr("Sans couleur")
        )
        return menu

    def choose_colour_selected(self) -> None:
        """The keyboard's way: the palette opens over the selected cards (or folded group)."""
        ids = self.scene.selected_card_ids()
        group = self._selected_group()
        if group is not None and self.scene.cluster_items[group].collapsed:
            menu = self.cluster_colour_menu(group)  # a folded group: its tile's colour
            rect = self.scene.cluster_items[group].frame_rect()
        elif ids:
            menu = self.card_colour_menu(ids)
            rect = self.scene.card_items[ids[0]].sceneBoundingRect()
        else:
            return
        at = self.view.viewport().mapToGlobal(self.view.mapFromScene(rect.center()))
        menu.exec(at)

    def set_colour(self, card_ids: Sequence[CardId], colour: str) -> None:
        ids = list(card_ids)
        if not ids:
            return
        text = self.tr("Changer la couleur de %n carte(s)", "", len(ids))
        self._apply(text, lambda s: ops.set_card_colour(s, ids, colour, lang=current_lang()))

    def edit_tags_selected(self) -> None:
        """Type the selected cards' tags, separated by commas (empty: no tag)."""
        ids = self.scene.selected_card_ids()
        if not ids:
            return
        first = self.scene.card_items[ids[0]].view.card
        typed, ok = QInputDialog.getText(
            self._parent,
            self.tr("Étiquettes"),
            self.tr("Étiquettes de la carte, séparées par des virgules :"),
            text=", ".join(first.tags),
        )
        if ok:
            self.set_tags(ids, [part for part in typed.replace("#", ",").split(",")])

    def set_tags(self, card_ids: Sequence[CardId], tags: Sequence[str]) -> None:
        ids = list(card_ids)
        heights = {}
        for card_id in ids:
            item = self.scene.card_items[card_id]
            card = dataclasses.replace(item.view.card, tags=tuple(t for t in tags if t.strip()))
            heights[card_id] = self._height(card, item.view.votes)
        text = self.tr("Changer les étiquettes de %n carte(s)", "", len(ids))
        self._apply(
            text,
            lambda s: ops.set_card_tags(s, ids, tags, heights=heights, lang=current_lang()),
        )

    # -- clusters ---------------------------------------------------------------------------

    def _sizes(self) -> dict[CardId, tuple[float, float]]:
        """Every card's size as drawn (a group gathers clear of the others)."""
        return {
            CardId(card_id): (item.rect().width(), item.rect().height())
            for card_id, item in self.scene.card_items.items()
        }

    def cluster_colour_menu(self, cluster_id: int) -> QMenu:
        menu = QMenu(self.tr("Couleur du regroupement"), self._parent)
        item = self.scene.cluster_items.get(cluster_id)
        current = item.cluster.colour if item else ""
        self.fill_colour_menu(menu, current, lambda c: self.recolour_cluster(cluster_id, c), "")
        return menu

    def recolour_cluster(self, cluster_id: int, colour: str) -> None:
        if colour:
            self._apply(
                self.tr("Changer la couleur d'un regroupement"),
                lambda s: ops.recolour_cluster(
                    s, ClusterId(cluster_id), colour, lang=current_lang()
                ),
            )

    def toggle_collapsed(self, cluster_ids: Sequence[int] | None = None) -> None:
        """Fold the groups into tiles, or open them (the selection's groups by default)."""
        ids = list(cluster_ids if cluster_ids is not None else self.scene.selected_cluster_ids())
        frames = [self.scene.cluster_items[i] for i in ids if i in self.scene.cluster_items]
        if not frames:
            return
        fold = not all(frame.collapsed for frame in frames)
        text = self.tr("Replier un regroupement") if fold else self.tr("Déplier un regroupement")

        cluster_ids_ = [ClusterId(frame.cluster_id) for frame in frames]
        self._apply(
            text, lambda s: ops.collapse_clusters(s, cluster_ids_, fold, lang=current_lang())
        )

    def group_selected(self, label: str | None = None) -> None:
        ids = self.scene.selected_card_ids()
        workshop_id = self._workshop_id()
        if not ids or workshop_id is None:
            return
        if not label:
            label, ok = QInputDialog.getText(
                self._parent,
                self.tr("Regrouper"),
                self.tr("Nom du regroupement :"),
                text=self.tr("Regroupement"),
            )
            if not ok or not label.strip():
                return
        chosen = label
        sizes = self._sizes()
        self._apply(
            self.tr("Regrouper les cartes"),
            lambda s: ops.group_cards(
                s, workshop_id, ids, chosen, sizes=sizes, lang=current_lang()
            ),
        )

    def ungroup_selected(self) -> None:
        self.ungroup(self.scene.selected_cluster_ids())

    def ungroup(self, cluster_ids: list[int]) -> None:
        if cluster_ids:
            ids = [ClusterId(i) for i in cluster_ids]
            self._apply(self.tr("Dégrouper"), lambda s: ops.ungroup(s, ids, lang=current_lang()))

    def rename_cluster(self, cluster_id: int) -> None:
        item = self.scene.cluster_items.get(cluster_id)
        if item is None:
            return
        label, ok = QInputDialog.getText(
            self._parent,
            self.tr("Renommer le regroupement"),
            self.tr("Nom :"),
            text=item.cluster.label,
        )
        if ok and label.strip() and label.strip() != item.cluster.label:
            self._apply(
                self.tr("Renommer un regroupement"),
                lambda s: ops.rename_cluster(s, ClusterId(cluster_id), label, lang=current_lang()),
            )
