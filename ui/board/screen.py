"""The board screen: the live canvas of the current workshop, its quick entry, timer and vote."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.board.alliance_links import add_alliance_entries
from ui.board.commands import (
    AddCardsCommand,
    ApplyTemplateCommand,
    CastVoteCommand,
    GroupCardsCommand,
    MoveCardsCommand,
    Position,
    StartVoteRoundCommand,
)
from ui.board.editor import InPlaceEditor
from ui.board.export import export_png, export_svg
from ui.board.items import CardItem, ClusterItem, ZoneItem, card_size, card_text_rect
from ui.board.projector import ProjectorWindow
from ui.board.quick_entry import Author, QuickEntryBar, author_choices
from ui.board.scene import BoardScene, Move
from ui.board.timer import PhaseTimer, TimerWidget
from ui.board.view import BoardView
from ui.board.voting import VotePanel
from ui.commands import AddRecordCommand, DeleteRecordsCommand, UpdateRecordCommand
from ui.context import AppContext
from ui.i18n import current_lang
from workshop.board_ops import Box, arrange, new_zone_box, next_free_position, zone_at
from workshop.changes import Area, Changes
from workshop.records import Card, CardId, Person, WorkshopId, Zone, ZoneId
from workshop.sdg import all_sdgs
from workshop.storage.board import BoardContents, CardView

BOARD = Changes.of(Area.BOARD)


def folded(text: str) -> str:
    """Text without case or accents, for searching ("societe" finds "Société")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _BoardGraphicsView(BoardView):
    """The laptop's view, which hands its context menu to the screen."""

    def __init__(self, screen: BoardScreen) -> None:
        super().__init__(screen.scene, screen)
        self._screen = screen

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self._screen.show_context_menu(self.mapToScene(event.pos()), event.globalPos())


class BoardScreen(QWidget):
    """The live board of the current workshop: zones, cards, clusters, votes and the timer."""

    cards_selected = Signal(list)  # list[CardId]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Tableau de co-construction"))
        self.scene = BoardScene(self)
        self.view = _BoardGraphicsView(self)
        self.view.setAccessibleName(self.tr("Tableau"))
        self.timer = PhaseTimer(parent=self)
        self.timer_widget = TimerWidget(self.timer)
        self.vote_panel = VotePanel()
        self.quick_entry = QuickEntryBar()
        self.projector: ProjectorWindow | None = None
        self._workshop_id: WorkshopId | None = None
        self._matches: list[int] = []
        self._blank_boards: set[WorkshopId] = set()  # chose "blank": stop offering templates
        self._build()
        self._connect()
        self.reload_people()
        self.refresh()
        self.view.look_at_board()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.toolbar = QToolBar(self.tr("Tableau"))
        self.toolbar.setAccessibleName(self.tr("Outils du tableau"))
        self._actions: dict[str, QAction] = {}
        add = self._add_action
        add("fit", self.tr("Tout voir"), "Ctrl+0", self.view.fit_all)
        add("zoom_in", self.tr("Zoom avant"), QKeySequence.StandardKey.ZoomIn, self._zoom_in)
        add("zoom_out", self.tr("Zoom arrière"), QKeySequence.StandardKey.ZoomOut, self._zoom_out)
        add("add_zone", self.tr("Ajouter une zone"), None, self.add_zone)
        add("group", self.tr("Regrouper"), "Ctrl+G", self.group_selected)
        add("ungroup", self.tr("Dégrouper"), "Ctrl+Shift+G", self.ungroup_selected)
        add("arrange", self.tr("Ranger la zone"), None, self.arrange_current_zone)
        add("projector", self.tr("Projection"), "F11", self.toggle_projector)
        add("export_png", self.tr("Exporter en PNG…"), None, lambda: self.export("png"))
        add("export_svg", self.tr("Exporter en SVG…"), None, lambda: self.export("svg"))
        self.toolbar.addSeparator()
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Chercher une carte (Ctrl+F)"))
        self.find_edit.setAccessibleName(self.tr("Chercher une carte"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMinimumWidth(180)
        self.find_edit.setMaximumWidth(260)
        self.toolbar.addWidget(self.find_edit)
        self.filter_combo = QComboBox()
        self.filter_combo.setAccessibleName(self.tr("Filtrer les cartes"))
        self.filter_combo.setMinimumContentsLength(16)
        self.filter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter_combo.setMaximumWidth(280)
        self.toolbar.addWidget(self.filter_combo)
        # Card edits act on the board only, so that Del or Ctrl+D keep their meaning elsewhere.
        for key, text, shortcut, slot in (
            ("delete", self.tr("Supprimer"), QKeySequence.StandardKey.Delete, self.delete_selected),
            ("duplicate", self.tr("Dupliquer"), "Ctrl+D", self.duplicate_selected),
            ("edit", self.tr("Modifier le texte"), "F2", self.edit_selected),
            ("nudge_left", self.tr("Décaler à gauche"), "Left", lambda: self.nudge(-1, 0)),
            ("nudge_right", self.tr("Décaler à droite"), "Right", lambda: self.nudge(1, 0)),
            ("nudge_up", self.tr("Décaler vers le haut"), "Up", lambda: self.nudge(0, -1)),
            ("nudge_down", self.tr("Décaler vers le bas"), "Down", lambda: self.nudge(0, 1)),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
            self._actions[key] = action
        for key, text, shortcut, slot in (
            ("find", self.tr("Chercher une carte"), "Ctrl+F", self._focus_find),
            ("quick_entry", self.tr("Saisie rapide"), "Ctrl+L", self.quick_entry.start),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self._actions[key] = action

        self.template_bar = QWidget()
        template_row = QHBoxLayout(self.template_bar)
        template_row.addWidget(
            QLabel(self.tr("Ce tableau n'a pas encore de zones. Appliquer un modèle :"))
        )
        for template, name in self.template_names().items():
            button = QPushButton(name)
            button.setAccessibleName(self.tr("Appliquer le modèle {name}").format(name=name))
            button.clicked.connect(lambda _=False, t=template: self.apply_template(t))
            template_row.addWidget(button)
        template_row.addStretch(1)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.timer_widget)
        side_layout.addWidget(self.vote_panel, 1)
        side.setMinimumWidth(250)
        side.setMaximumWidth(380)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.template_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.quick_entry)

    def template_names(self) -> dict[str, str]:
        """The board templates of workshop.storage.board, by their French names."""
        return {
            "co_construction": self.tr("Co-construction"),
            "power_interest": self.tr("Matrice pouvoir / intérêt"),
            "swot": self.tr("SWOT"),
            "blank": self.tr("Tableau vierge"),
        }

    def _add_action(
        self,
        key: str,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self._actions[key] = action
        return action

    def _connect(self) -> None:
        context = self.context
        context.workshop_changed.connect(self._on_context_workshop_changed)
        context.current_workshop_changed.connect(self._on_context_current_workshop_changed)
        context.store_replaced.connect(self._on_context_store_replaced)
        scene = self.scene
        scene.cards_moved.connect(self._on_scene_cards_moved)
        scene.zone_resized.connect(self._on_scene_zone_resized)
        scene.empty_double_clicked.connect(self._on_scene_empty_double_clicked)
        scene.card_double_clicked.connect(self.edit_card)
        scene.zone_title_double_clicked.connect(self.zoom_to_zone)
        scene.cluster_label_double_clicked.connect(self.rename_cluster)
        scene.card_vote_clicked.connect(self.vote_for)
        scene.selectionChanged.connect(self._on_scene_selection_changed)
        self.quick_entry.card_requested.connect(self._on_quick_entry_card_requested)
        self.vote_panel.start_requested.connect(self.start_vote)
        self.vote_panel.end_requested.connect(self.end_vote)
        self.vote_panel.show_totals_toggled.connect(self.scene.set_show_votes)
        self.vote_panel.vote_mode_toggled.connect(self._on_vote_panel_vote_mode_toggled)
        self.vote_panel.participant_combo.currentIndexChanged.connect(self._show_votes_used)
        self.vote_panel.result_activated.connect(self.centre_on_card)
        self.find_edit.textChanged.connect(self._on_find_edit_text_changed)
        self.find_edit.returnPressed.connect(self._on_find_edit_return_pressed)
        self.filter_combo.currentIndexChanged.connect(self._on_filter_combo_changed)

    def actions(self) -> list[QAction]:  # type: ignore[override]
        """The board's commands, for the main window's menus."""
        keys = ("find", "quick_entry", "group", "ungroup", "projector", "fit")
        keys += ("export_png", "export_svg")
        return [self._actions[key] for key in keys]

    # -- reading the data (the one refresh) --------------------------------------------------

    @property
    def workshop_id(self) -> WorkshopId | None:
        return self.context.current_workshop_id

    def refresh(self) -> None:
        """Read the current workshop's board and bring the scene and panels in line."""
        store = self.context.store
        workshop_id = self.workshop_id
        contents = store.board.contents(workshop_id) if workshop_id else BoardContents()
        self.scene.sync(contents)
        zone = self.quick_entry.current_zone()
        zones = sorted(contents.zones, key=lambda z: (z.position, z.id))
        if zone not in {z.id for z in zones}:
            zone = zones[0].id if zones else None
        self.quick_entry.set_zones(zones, zone)
        offer = workshop_id is not None and not zones and workshop_id not in self._blank_boards
        self.template_bar.setVisible(offer)
        self.setEnabled(workshop_id is not None)
        vote_round = store.board.rounds.current(workshop_id) if workshop_id else None
        self.vote_panel.show_round(vote_round)
        self.vote_panel.show_results(contents.cards)
        self._show_votes_used()
        self._fill_filter(contents)
        if self.find_edit.text():
            self._on_find_edit_text_changed(self.find_edit.text())
        if self.projector is not None:
            self.projector.focus_zone(self.projector.zone_id)

    def reload_people(self) -> None:
        """Authors for the quick entry, participants for the vote, phases for the timer."""
        store = self.context.store
        workshop_id = self.workshop_id
        people = store.people.all()
        self.quick_entry.set_authors(author_choices(people, store.organisations.all()))
        voters: list[Person] = []
        if workshop_id:
            attendance = store.attendance.of_workshop(workshop_id)
            present = {a.person_id for a in attendance if a.present}
            registered = {a.person_id for a in attendance}
            chosen = present or registered
            voters = [p for p in people if p.id in chosen]
            workshop = store.workshops.get(workshop_id)
            self.timer.set_phases(workshop.agenda)
        else:
            self.timer.set_phases([])
        self.vote_panel.set_participants(sorted(voters, key=lambda p: folded(p.full_name)))

    def _on_context_workshop_changed(self, changes: Changes, _initiator: object) -> None:
        people_areas = (Area.PEOPLE, Area.ORGANISATIONS, Area.ATTENDANCE, Area.WORKSHOPS)
        if changes.touches(*people_areas):
            self.reload_people()
        if changes.touches(Area.BOARD, Area.PEOPLE, Area.ORGANISATIONS):
            self.refresh()

    def _on_context_current_workshop_changed(self, _workshop_id: object) -> None:
        self.reload_people()
        self.refresh()
        self.view.look_at_board()

    def _on_context_store_replaced(self) -> None:
        self.scene.sync(BoardContents())
        self._on_context_current_workshop_changed(self.workshop_id)

    # -- selection --------------------------------------------------------------------------

    def selected_card_ids(self) -> list[CardId]:
        return self.scene.selected_card_ids()

    def _selected_cards(self) -> list[Card]:
        return [item.view.card for item in self.scene.selected_cards()]

    def _on_scene_selection_changed(self) -> None:
        cards = self._selected_cards()
        if cards and cards[0].zone_id is not None:
            self.quick_entry.set_current_zone(cards[0].zone_id)
        self.cards_selected.emit([card.id for card in cards])

    def centre_on_card(self, card_id: int) -> None:
        item = self.scene.card_items.get(card_id)
        if item is None:
            return
        self.scene.clearSelection()
        item.setSelected(True)
        if self.view.zoom < 0.6:
            self.view.zoom_by(0.8 / self.view.zoom)
        self.view.centerOn(item)

    # -- cards ------------------------------------------------------------------------------

    def _zone(self, zone_id: ZoneId | None) -> Zone | None:
        return next((z for z in self.scene.contents.zones if z.id == zone_id), None)

    def _occupied(self) -> list[Box]:
        boxes = []
        for item in self.scene.card_items.values():
            rect = item.sceneBoundingRect()
            boxes.append(Box(rect.x(), rect.y(), rect.width(), rect.height()))
        return boxes

    def _card_height(self, card: Card) -> float:
        return card_size(CardView(card=card), card_text_rect(card.text).height()).height()

    def create_card(
        self, text: str, author: Author | None, zone_id: ZoneId | None, at: QPointF | None = None
    ) -> None:
        """Add a card to a zone (in its next free slot), or at a point of the board."""
        workshop_id = self.workshop_id
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
        zone = self._zone(zone_id)
        if at is not None:
            x, y = at.x(), at.y()
        elif zone is not None:
            x, y = next_free_position(zone, self._occupied(), self._card_height(card))
        else:
            centre = self.view.mapToScene(self.view.viewport().rect().center())
            x, y = centre.x(), centre.y()
        card = dataclasses.replace(card, x=x, y=y)
        self.context.push(AddCardsCommand(self.context, self.tr("Ajouter une carte"), [card]))

    def _on_quick_entry_card_requested(
        self, text: str, author: Author | None, zone_id: ZoneId | None
    ) -> None:
        self.create_card(text, author, zone_id)

    def _on_scene_empty_double_clicked(self, pos: QPointF) -> None:
        editor = InPlaceEditor(self.view, QRectF(pos, pos + QPointF(200, 90)))
        zone = zone_at(self.scene.contents.zones, pos.x(), pos.y())
        zone_id = zone.id if zone else None
        author = self.quick_entry.author()
        editor.committed.connect(lambda text: self.create_card(text, author, zone_id, pos))
        self._editor = editor

    def edit_card(self, card_id: int) -> None:
        item = self.scene.card_items.get(card_id)
        if item is None:
            return
        before = item.view.card
        editor = InPlaceEditor(self.view, item.sceneBoundingRect(), before.text)

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
        self._editor = editor

    def edit_selected(self) -> None:
        ids = self.selected_card_ids()
        if len(ids) == 1:
            self.edit_card(ids[0])

    def delete_selected(self) -> None:
        ids = self.selected_card_ids()
        if ids:
            text = self.tr("Supprimer %n carte(s)", "", len(ids))
            self.context.push(
                DeleteRecordsCommand(self.context, text, BOARD, "cards", [int(i) for i in ids])
            )

    def duplicate_selected(self) -> None:
        cards = self._selected_cards()
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
        zone = self._zone(zone_id)
        if zone is None or not card_ids:
            return
        occupied = [
            box
            for box, item in zip(self._occupied(), self.scene.card_items.values(), strict=True)
            if item.card_id not in card_ids
        ]
        before: list[Position] = []
        after: list[Position] = []
        for card_id in card_ids:
            item = self.scene.card_items[card_id]
            card = item.view.card
            height = item.boundingRect().height()
            x, y = next_free_position(zone, occupied, height)
            occupied.append(Box(x, y, item.boundingRect().width(), height))
            before.append((card.id, card.x, card.y, card.zone_id))
            after.append((card.id, x, y, zone.id))
        text = self.tr("Déplacer vers « {zone} »").format(zone=zone.name)
        self.context.push(MoveCardsCommand(self.context, text, before, after))

    def _on_scene_cards_moved(self, moves: list[Move]) -> None:
        zones = self.scene.contents.zones
        before: list[Position] = []
        after: list[Position] = []
        for card_id, old, new in moves:
            item = self.scene.card_items[card_id]
            centre = item.sceneBoundingRect().center()
            zone = zone_at(zones, centre.x(), centre.y())
            before.append((card_id, old.x(), old.y(), item.view.card.zone_id))
            after.append((card_id, new.x(), new.y(), zone.id if zone else None))
        text = self.tr("Déplacer %n carte(s)", "", len(moves))
        self.context.push(MoveCardsCommand(self.context, text, before, after))

    NUDGE = 10.0

    def nudge(self, dx: int, dy: int) -> None:
        """Arrow keys: move the selected cards a little (a run of nudges is one undo step)."""
        items = self.scene.selected_cards()
        if not items:
            self.view.pan_by(-dx * 40, -dy * 40)
            return
        zones = self.scene.contents.zones
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
        item = self.scene.card_items[card_id]
        labels = self.quick_entry.author_labels()
        current = item.view.author
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Changer l'auteur"),
            self.tr("Auteur (personne ou structure) :"),
            ["", *labels],
            labels.index(current) + 1 if current in labels else 0,
            True,
        )
        if not ok:
            return
        author = self.quick_entry.author_named(chosen)
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

    def _sdg_menu(self, menu: QMenu, card_id: CardId) -> None:
        card = self.scene.card_items[card_id].view.card
        lang = current_lang()
        for goal in all_sdgs():
            action = menu.addAction(f"{goal.number} · {goal.title(lang)}")
            action.setCheckable(True)
            action.setChecked(goal.number in card.sdgs)
            action.triggered.connect(lambda _=False, n=goal.number: self.toggle_sdg(card_id, n))

    def toggle_sdg(self, card_id: CardId, number: int) -> None:
        """Add an SDG badge to a card, or take it off."""
        card = self.scene.card_items[card_id].view.card
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
        cards = self._selected_cards()
        if len(cards) < 1 or self.workshop_id is None:
            return
        if not label:
            label, ok = QInputDialog.getText(
                self,
                self.tr("Regrouper"),
                self.tr("Nom du regroupement :"),
                text=self.tr("Regroupement"),
            )
            if not ok or not label.strip():
                return
        self.context.push(GroupCardsCommand(self.context, self.workshop_id, label.strip(), cards))

    def ungroup_selected(self) -> None:
        ids = self.scene.selected_cluster_ids()
        if ids:
            self.context.push(
                DeleteRecordsCommand(self.context, self.tr("Dégrouper"), BOARD, "clusters", ids)
            )

    def rename_cluster(self, cluster_id: int) -> None:
        item = self.scene.cluster_items.get(cluster_id)
        if item is None:
            return
        label, ok = QInputDialog.getText(
            self, self.tr("Renommer le regroupement"), self.tr("Nom :"), text=item.cluster.label
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

    # -- zones ------------------------------------------------------------------------------

    def apply_template(self, template: str) -> None:
        if self.workshop_id is not None and template == "blank":
            self._blank_boards.add(self.workshop_id)
            self.template_bar.hide()
        elif self.workshop_id is not None:
            self.context.push(ApplyTemplateCommand(self.context, self.workshop_id, template))
            self.view.fit_all()

    def add_zone(self) -> None:
        if self.workshop_id is None:
            return
        zones = self.scene.contents.zones
        box = new_zone_box(zones)
        zone = Zone(
            workshop_id=self.workshop_id,
            name=self.tr("Nouvelle zone"),
            x=box.x,
            y=box.y,
            width=box.width,
            height=box.height,
            position=max((z.position for z in zones), default=-1) + 1,
        )
        self.context.push(
            AddRecordCommand(
                self.context,
                self.tr("Ajouter une zone"),
                BOARD,
                self.context.store.board.zones,
                zone,
            )
        )

    def _update_zone(self, text: str, before: Zone, after: Zone) -> None:
        if after != before:
            zones = self.context.store.board.zones
            self.context.push(UpdateRecordCommand(self.context, text, BOARD, zones, before, after))

    def rename_zone(self, zone_id: ZoneId) -> None:
        zone = self._zone(zone_id)
        if zone is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Renommer la zone"), self.tr("Nom de la zone :"), text=zone.name
        )
        if ok and name.strip():
            after = dataclasses.replace(zone, name=name.strip())
            self._update_zone(self.tr("Renommer une zone"), zone, after)

    def recolour_zone(self, zone_id: ZoneId) -> None:
        zone = self._zone(zone_id)
        if zone is None:
            return
        colour = QColorDialog.getColor(QColor(zone.colour), self, self.tr("Couleur de la zone"))
        if colour.isValid():
            after = dataclasses.replace(zone, colour=colour.name())
            self._update_zone(self.tr("Changer la couleur d'une zone"), zone, after)

    def remove_zone(self, zone_id: ZoneId) -> None:
        zone = self._zone(zone_id)
        if zone is not None:
            text = self.tr("Supprimer la zone « {zone} »").format(zone=zone.name)
            self.context.push(DeleteRecordsCommand(self.context, text, BOARD, "zones", [zone.id]))

    def _on_scene_zone_resized(self, zone_id: int, width: float, height: float) -> None:
        zone = self._zone(ZoneId(zone_id))
        if zone is not None:
            after = dataclasses.replace(zone, width=round(width), height=round(height))
            self._update_zone(self.tr("Redimensionner une zone"), zone, after)
            if after == zone:
                self.scene.zone_items[zone_id].set_zone(zone)

    def arrange_zone(self, zone_id: ZoneId) -> None:
        zone = self._zone(zone_id)
        if zone is None:
            return
        items = [i for i in self.scene.card_items.values() if i.view.card.zone_id == zone.id]
        boxes = []
        for item in items:
            rect = item.boundingRect()
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

    def arrange_current_zone(self) -> None:
        zone_id = self.quick_entry.current_zone()
        if zone_id is not None:
            self.arrange_zone(zone_id)

    def zoom_to_zone(self, zone_id: int) -> None:
        self.quick_entry.set_current_zone(ZoneId(zone_id))
        self.view.fit_rect(self.scene.zone_rect(ZoneId(zone_id)))

    # -- votes ------------------------------------------------------------------------------

    def start_vote(self, votes_per_person: int) -> None:
        if self.workshop_id is not None:
            command = StartVoteRoundCommand(self.context, self.workshop_id, votes_per_person)
            self.context.push(command)

    def end_vote(self) -> None:
        rounds = self.context.store.board.rounds
        current = rounds.current(self.workshop_id) if self.workshop_id else None
        if current is not None:
            after = dataclasses.replace(current, ended_at=dt.datetime.now().replace(microsecond=0))
            self.context.push(
                UpdateRecordCommand(
                    self.context, self.tr("Clore le vote"), BOARD, rounds, current, after
                )
            )

    def vote_for(self, card_id: int) -> bool:
        """Put a dot on a card for the participant picked; False (and a message) if refused."""
        panel = self.vote_panel
        current = panel.round
        person = panel.participant()
        if current is None:
            panel.refuse(self.tr("Aucun vote en cours : démarrez un vote."))
            return False
        if person is None:
            panel.refuse(self.tr("Choisissez d'abord qui vote."))
            return False
        used = self.context.store.board.votes.used(current.id, person)
        if used >= current.votes_per_person:
            panel.refuse(
                self.tr("{name} a déjà utilisé ses {n} votes.").format(
                    name=panel.participant_combo.currentText(), n=current.votes_per_person
                )
            )
            return False
        self.context.push(CastVoteCommand(self.context, CardId(card_id), person, current.id))
        return True

    def _show_votes_used(self) -> None:
        panel = self.vote_panel
        person = panel.participant()
        if panel.round is None or person is None:
            panel.show_used(0)
            return
        panel.show_used(self.context.store.board.votes.used(panel.round.id, person))

    def _on_vote_panel_vote_mode_toggled(self, on: bool) -> None:
        self.scene.vote_mode = on
        self.view.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor
        )

    # -- find and filter --------------------------------------------------------------------

    def _focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def _on_find_edit_text_changed(self, text: str) -> None:
        needle = folded(text.strip())
        if not needle:
            self._matches = []
        else:
            self._matches = [
                card_id
                for card_id, item in self.scene.card_items.items()
                if needle in folded(item.view.card.text) or needle in folded(item.view.author)
            ]
        self.scene.highlight(set(self._matches))

    def _on_find_edit_return_pressed(self) -> None:
        if not self._matches:
            return
        current = self.selected_card_ids()
        index = 0
        if len(current) == 1 and current[0] in self._matches:
            index = (self._matches.index(current[0]) + 1) % len(self._matches)
        self.centre_on_card(self._matches[index])

    def _fill_filter(self, contents: BoardContents) -> None:
        combo = self.filter_combo
        chosen = combo.currentData()
        kinds = {v.organisation_kind for v in contents.cards if v.organisation_kind}
        organisations = {v.organisation_id: v.organisation_name for v in contents.cards}
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Toutes les cartes"), None)
        lang = current_lang()
        for kind in sorted(kinds, key=lambda k: k.label(lang)):
            combo.addItem(self.tr("Type : {kind}").format(kind=kind.label(lang)), ("kind", kind))
        for org_id, name in sorted(organisations.items(), key=lambda item: folded(item[1])):
            if org_id is not None:
                combo.addItem(self.tr("Structure : {name}").format(name=name), ("org", org_id))
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if index < 0 and chosen is not None:
            self.scene.set_fade(None)

    def _on_filter_combo_changed(self, _index: int) -> None:
        self.filter_by(self.filter_combo.currentData())

    def filter_by(self, criterion: tuple[str, object] | None) -> None:
        """Fade the cards that do not match a kind or an organisation (None: show all)."""
        if criterion is None:
            self.scene.set_fade(None)
            return
        field, value = criterion
        if field == "kind":
            self.scene.set_fade(lambda view: view.organisation_kind != value)
        else:
            self.scene.set_fade(lambda view: view.organisation_id != value)

    # -- zoom, projector, export ------------------------------------------------------------

    def _zoom_in(self) -> None:
        self.view.zoom_by(1.25)

    def _zoom_out(self) -> None:
        self.view.zoom_by(0.8)

    def toggle_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()
            return
        self.projector = ProjectorWindow(self.scene, self.timer, self.quick_entry.current_zone())
        self.projector.closed.connect(self._on_projector_closed)
        self.projector.zone_changed.connect(self._on_projector_zone_changed)
        self.projector.show_on_best_screen()

    def _on_projector_closed(self) -> None:
        self.projector = None

    def _on_projector_zone_changed(self, zone_id: ZoneId | None) -> None:
        if zone_id is not None:
            self.quick_entry.set_current_zone(zone_id)

    def export(self, kind: str) -> None:
        caption = self.tr("Exporter le tableau")
        filters = self.tr("Image PNG (*.png)") if kind == "png" else self.tr("Image SVG (*.svg)")
        path, _ = QFileDialog.getSaveFileName(self, caption, f"tableau.{kind}", filters)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{kind}":
            target = target.with_suffix(f".{kind}")
        if kind == "png":
            export_png(self.scene, target)
        else:
            title = (
                self.context.store.workshops.get(self.workshop_id).title if self.workshop_id else ""
            )
            export_svg(self.scene, target, title)

    # -- context menu -----------------------------------------------------------------------

    def show_context_menu(self, pos: QPointF, global_pos: object) -> None:
        menu = self.context_menu(pos)
        if not menu.isEmpty():
            menu.exec(global_pos)  # type: ignore[call-overload]

    def context_menu(self, pos: QPointF) -> QMenu:
        """What can be done at a point of the board: on a card, a cluster, a zone, or empty."""
        menu = QMenu(self)
        under = [
            i for i in self.scene.items(pos) if isinstance(i, CardItem | ClusterItem | ZoneItem)
        ]
        top = under[0] if under else None
        if isinstance(top, CardItem):
            if not top.isSelected():
                self.scene.clearSelection()
                top.setSelected(True)
            self._card_menu(menu)
        elif isinstance(top, ClusterItem):
            cluster_id = top.cluster_id
            menu.addAction(
                self.tr("Renommer le regroupement…"), lambda: self.rename_cluster(cluster_id)
            )
            menu.addAction(
                self.tr("Dégrouper"),
                lambda: self.context.push(
                    DeleteRecordsCommand(
                        self.context, self.tr("Dégrouper"), BOARD, "clusters", [cluster_id]
                    )
                ),
            )
        zone_item = next((i for i in under if isinstance(i, ZoneItem)), None)
        if zone_item is not None:
            zone_id = ZoneId(zone_item.zone_id)
            zone_menu = menu.addMenu(self.tr("Zone « {zone} »").format(zone=zone_item.zone.name))
            zone_menu.addAction(self.tr("Renommer…"), lambda: self.rename_zone(zone_id))
            zone_menu.addAction(self.tr("Couleur…"), lambda: self.recolour_zone(zone_id))
            zone_menu.addAction(self.tr("Ranger les cartes"), lambda: self.arrange_zone(zone_id))
            zone_menu.addAction(self.tr("Zoomer sur la zone"), lambda: self.zoom_to_zone(zone_id))
            zone_menu.addAction(self.tr("Supprimer la zone"), lambda: self.remove_zone(zone_id))
        menu.addSeparator()
        menu.addAction(self._actions["add_zone"])
        menu.addAction(self._actions["fit"])
        return menu

    def _card_menu(self, menu: QMenu) -> None:
        ids = self.selected_card_ids()
        menu.addAction(self._actions["edit"])
        menu.addAction(self._actions["duplicate"])
        menu.addAction(self._actions["delete"])
        move_menu = menu.addMenu(self.tr("Déplacer vers"))
        for zone in sorted(self.scene.contents.zones, key=lambda z: (z.position, z.id)):
            move_menu.addAction(zone.name, lambda z=zone.id: self.move_cards_to_zone(ids, z))
        if len(ids) == 1:
            menu.addAction(self.tr("Changer l'auteur…"), lambda: self.change_author(ids[0]))
            self._sdg_menu(menu.addMenu(self.tr("ODD de la carte")), ids[0])
        menu.addAction(self._actions["group"])
        if self.scene.selected_cluster_ids():
            menu.addAction(self._actions["ungroup"])
        if self.vote_panel.round is not None and len(ids) == 1:
            menu.addAction(self.tr("Voter pour cette carte"), lambda: self.vote_for(ids[0]))
        add_alliance_entries(self, menu, ids)
