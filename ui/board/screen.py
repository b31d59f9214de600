"""The board screen: the live canvas of the current workshop, its quick entry, timer and vote."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.board.card_actions import CardActions
from ui.board.export import export_png, export_svg, heading_of
from ui.board.find_filter import FindFilter
from ui.board.menus import context_menu
from ui.board.projector import ProjectorWindow
from ui.board.quick_entry import QuickEntryBar, author_choices
from ui.board.scene import BoardScene
from ui.board.timer import PhaseTimer, TimerKeeper, TimerWidget
from ui.board.view import BoardView
from ui.board.voting import DotCounting, VoteController, VotePanel
from ui.board.zone_actions import ZoneActions
from ui.context import AppContext
from ui.refresh import Refresher
from workshop.domain.changes import TABLE_AREAS, Area, Changes
from workshop.domain.records import CardId, Person, Workshop, WorkshopId, Zone, ZoneId
from workshop.domain.text import sort_key
from workshop.ops.board import CardAuthor
from workshop.storage.board import BoardContents

# What the board shows: its cards, their authors, the participants who vote, the agenda.
PEOPLE_AREAS = (Area.PEOPLE, Area.ORGANISATIONS, Area.ATTENDANCE, Area.WORKSHOPS)
# People changed by another screen or by phones (a stream of joins) are read again at most
# once in this time, or at once when the quick entry's authors are used.
PEOPLE_RELOAD_DELAY_MS = 1000
BOARD_AREAS = (Area.BOARD, Area.PEOPLE, Area.ORGANISATIONS)
# Alliances and commitments made from cards: the cards' markers and links are read again.
LINK_AREAS = (Area.ALLIANCES, Area.COMMITMENTS)
NEW_BOARD_AREAS = (Area.CURRENT_WORKSHOP, Area.FILE)


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
    alliance_requested = Signal(int)  # AllianceId: a card's alliance marker or link was used

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Tableau de co-construction"))
        self.scene = BoardScene(self)
        self.view = _BoardGraphicsView(self)
        self.view.setAccessibleName(self.tr("Tableau"))
        self.timer = PhaseTimer(parent=self)
        self.timer_keeper = TimerKeeper(context, self.timer, self)  # saved, resumed, rings
        self.timer_widget = TimerWidget(self.timer)
        self.vote_panel = VotePanel()
        self.quick_entry = QuickEntryBar()
        self.projector: ProjectorWindow | None = None
        workshop_id = self._current_workshop_id
        self.cards = CardActions(
            context, self.scene, self.view, workshop_id, self.quick_entry, self
        )
        self.zones = ZoneActions(
            context, self.scene, self.view, workshop_id, self.quick_entry, self
        )
        self.votes = VoteController(context, self.vote_panel, workshop_id, self)
        self.dot_counting = DotCounting(
            context, self.vote_panel, self.scene, self.view, workshop_id, self
        )
        self.finder = FindFilter(self.scene, self.centre_on_card, self)
        self.find_edit, self.filter_combo = self.finder.find_edit, self.finder.filter_combo
        self._people_timer = QTimer(self)
        self._people_timer.setSingleShot(True)
        self._people_timer.setInterval(PEOPLE_RELOAD_DELAY_MS)
        self._people_timer.timeout.connect(self._reload_people_if_stale)
        self._people_stale = False
        self._build()
        self._connect()
        self.quick_entry.before_authors_used = self._reload_people_if_stale
        self.vote_panel.before_participants_used = self._reload_people_if_stale
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
        add("add_zone", self.tr("Ajouter une zone"), None, self.zones.add_zone)
        add("group", self.tr("Regrouper"), "Ctrl+G", self.cards.group_selected)
        add("ungroup", self.tr("Dégrouper"), "Ctrl+Shift+G", self.cards.ungroup_selected)
        add("arrange", self.tr("Ranger la zone"), None, self.zones.arrange_current)
        self._actions["arrange"].setToolTip(
            self.tr("Ranger la zone de la carte choisie, ou la dernière zone cliquée")
        )
        add("projector", self.tr("Projection"), "F11", self.toggle_projector)
        add("export_png", self.tr("Exporter en PNG…"), None, lambda: self.export("png"))
        add("export_svg", self.tr("Exporter en SVG…"), None, lambda: self.export("svg"))
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.find_edit)
        self.toolbar.addWidget(self.filter_combo)
        cards = self.cards
        # Card edits act on the board only, so that Del or Ctrl+D keep their meaning elsewhere.
        for key, text, shortcut, slot in (
            ("delete", self.tr("Supprimer"), QKeySequence.StandardKey.Delete, cards.delete),
            ("duplicate", self.tr("Dupliquer"), "Ctrl+D", cards.duplicate_selected),
            ("edit", self.tr("Modifier le texte"), "F2", cards.edit_selected),
            (
                "colour",
                self.tr("Couleur de la carte…"),
                "Ctrl+Shift+C",
                cards.choose_colour_selected,
            ),
            ("tags", self.tr("Étiquettes…"), "Ctrl+T", cards.edit_tags_selected),
            (
                "collapse",
                self.tr("Replier / déplier le regroupement"),
                "Ctrl+E",
                lambda: cards.toggle_collapsed(),
            ),
            ("nudge_left", self.tr("Décaler à gauche"), "Left", lambda: cards.nudge(-1, 0)),
            ("nudge_right", self.tr("Décaler à droite"), "Right", lambda: cards.nudge(1, 0)),
            ("nudge_up", self.tr("Décaler vers le haut"), "Up", lambda: cards.nudge(0, -1)),
            ("nudge_down", self.tr("Décaler vers le bas"), "Down", lambda: cards.nudge(0, 1)),
            (
                "room_vote",
                self.tr("Un vote de la salle sur la carte"),
                "+",
                lambda: self.votes.room_vote(self.selected_card_ids()),
            ),
            (
                "room_unvote",
                self.tr("Retirer un vote de la salle"),
                "-",
                lambda: self.votes.room_vote(self.selected_card_ids(), withdraw=True),
            ),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
            self._actions[key] = action
        for key, text, shortcut, slot in (
            ("find", self.tr("Chercher une carte"), "Ctrl+F", self.finder.focus_find),
            ("quick_entry", self.tr("Saisie rapide"), "Ctrl+L", self.quick_entry.start),
            (
                "count_dots",
                self.tr("Compter les gommettes"),
                "Ctrl+Shift+D",
                self.dot_counting.begin,
            ),
            ("reveal_votes", self.tr("Révéler les votes"), "Ctrl+Shift+V", self.votes.reveal),
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
        for template, name in self.zones.template_names().items():
            button = QPushButton(name)
            button.setAccessibleName(self.tr("Appliquer le modèle {name}").format(name=name))
            button.clicked.connect(lambda _=False, t=template: self.zones.apply_template(t))
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
        areas = {*PEOPLE_AREAS, *BOARD_AREAS, *NEW_BOARD_AREAS, *LINK_AREAS}
        self.refresher = Refresher(self.context, self, areas, self._on_data_changed)
        self.cards.refused.connect(self.quick_entry.show_problem)
        self.zones.refused.connect(self.quick_entry.show_problem)
        self.zones.templates_declined.connect(self._on_zones_templates_declined)
        scene = self.scene
        scene.cards_moved.connect(self.cards.moved)
        scene.zone_resized.connect(self.zones.resize)
        scene.empty_double_clicked.connect(self.cards.create_at)
        scene.card_double_clicked.connect(self.cards.edit_card)
        scene.zone_title_double_clicked.connect(self.zones.zoom_to)
        scene.cluster_label_double_clicked.connect(self.cards.rename_cluster)
        scene.card_vote_clicked.connect(self.votes.vote_for)
        scene.zone_moved.connect(self.zones.move)
        scene.zone_clicked.connect(self.zones.clicked)
        scene.alliance_requested.connect(self.alliance_requested)
        scene.selectionChanged.connect(self._on_scene_selection_changed)
        self.quick_entry.card_requested.connect(self._on_quick_entry_card_requested)
        panel = self.vote_panel
        panel.start_requested.connect(self.votes.start)
        panel.end_requested.connect(self.votes.end)
        panel.show_totals_toggled.connect(self.scene.set_show_votes)
        panel.vote_mode_toggled.connect(self._on_vote_panel_vote_mode_toggled)
        panel.participant_combo.currentIndexChanged.connect(self.votes.show_used)
        panel.result_activated.connect(self.centre_on_card)
        panel.reveal_requested.connect(self.votes.reveal)
        panel.count_requested.connect(self.dot_counting.begin)

    def actions(self) -> list[QAction]:
        """The board's commands, for the main window's menus."""
        keys = ("find", "quick_entry", "group", "ungroup", "projector", "fit", "export_png")
        votes = ("count_dots", "reveal_votes")  # the paper vote: count the dots, then reveal
        return [self._actions[key] for key in (*keys, "export_svg", *votes)]

    def showEvent(self, event: QShowEvent) -> None:
        """Shown (from the navigation): the quick entry is ready, so board shortcuts work."""
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.quick_entry.start()

    # -- reading the data (the one refresh) --------------------------------------------------

    @property
    def workshop_id(self) -> WorkshopId | None:
        return self.context.current_workshop_id

    def _current_workshop_id(self) -> WorkshopId | None:
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
        self.vote_panel.set_zones(zones)
        self.template_bar.setVisible(self.zones.offers_templates(workshop_id, bool(zones)))
        self.setEnabled(workshop_id is not None)
        self.votes.show_board(contents)  # the round, hidden or not, the ranking
        self.finder.refresh(contents)
        if self.projector is not None:
            self.projector.set_workshop(self._projected_workshop())
            self.projector.set_votes_hidden(self.vote_panel.hidden)

    def reload_people(self) -> None:
        """Authors for the quick entry, participants for the vote, phases for the timer."""
        self._people_stale = False
        self._people_timer.stop()
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
            self.timer_keeper.show_workshop(store.workshops.get(workshop_id))
        else:
            self.timer_keeper.show_workshop(None)
        self.vote_panel.set_participants(sorted(voters, key=lambda p: sort_key(p.full_name)))

    def _reload_people_if_stale(self) -> None:
        if self._people_stale:
            self.reload_people()

    def _on_data_changed(self, changes: Changes, initiator: object) -> None:
        """Read again what the changes name (the Refresher waits until the board is shown).

        People changed from the desk (no initiator: an action or its undo) are read at once;
        changed by another screen or by the phones, when the board's lists of people are used.
        """
        if changes.touches(Area.FILE):
            self.scene.sync(BoardContents())  # another file: its ids are not this one's
        new_board = changes.touches(*NEW_BOARD_AREAS)
        if new_board or (initiator is None and changes.touches(*PEOPLE_AREAS)):
            self.reload_people()
        elif changes.touches(*PEOPLE_AREAS):
            # People who join from phones are read when the quick entry or the voter's list is
            # used (reading 600 people took 27-45 ms, the UI's longest pause under 500 phones);
            # a workshop changed elsewhere (its phases) is read soon, once for a burst.
            self._people_stale = True
            if changes.touches(Area.WORKSHOPS) and not self._people_timer.isActive():
                self._people_timer.start()
        if changes.touches(*LINK_AREAS) and not changes.touches(*BOARD_AREAS):
            self.refresh()
        if new_board or changes.touches(*BOARD_AREAS):
            card_ids = None if new_board else self._only_cards_changed(changes)
            if card_ids is None:
                self.refresh()
            else:
                # A zone grown to hold a phone's card: its frame, not every card, is read again.
                if changes.only_rows_of("cards", Area.BOARD) is None:
                    self.refresh_zones()
                self.refresh_cards(card_ids)
        if new_board:
            self.view.look_at_board()

    def _only_cards_changed(self, changes: Changes) -> list[int] | None:
        """The cards to read again when nothing else the board shows changed (a phone's new
        cards, their new authors); None when the whole board must be read."""
        if changes.rows is None:
            return None
        board_rows = {(t, rowid) for t, rowid in changes.rows if TABLE_AREAS.get(t) == Area.BOARD}
        if any(table not in ("cards", "zones") for table, _ in board_rows):
            return None
        card_ids = sorted(rowid for table, rowid in board_rows if table == "cards")
        people = {rowid for table, rowid in changes.rows if table == "people"}
        organisations = {rowid for table, rowid in changes.rows if table == "organisations"}
        changed = set(card_ids)
        if not people and not organisations:
            return card_ids  # no author to look for on the other cards
        for item in self.scene.card_items.values():  # an author renamed shows on their cards
            card = item.view.card
            if card.id not in changed and (
                card.person_id in people or item.view.organisation_id in organisations
            ):
                return None
        return card_ids

    def refresh_zones(self) -> None:
        """Read again only the zones of the board (a zone grown, renamed, added or removed)."""
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        zones = sorted(
            self.context.store.board.zones.of_workshop(workshop_id),
            key=lambda z: (z.position, z.id),
        )
        self.scene.sync_zones(zones)
        zone = self.quick_entry.current_zone()
        if zone not in {z.id for z in zones}:
            zone = zones[0].id if zones else None
        self.quick_entry.set_zones(zones, zone)
        self.vote_panel.set_zones(zones)
        self.template_bar.setVisible(self.zones.offers_templates(workshop_id, bool(zones)))
        if self.projector is not None:
            self.projector.focus_zone(self.projector.zone_id)

    def refresh_cards(self, card_ids: Sequence[int]) -> None:
        """Read again only these cards of the board (added, edited or deleted)."""
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        views = self.context.store.board.card_views(workshop_id, card_ids)
        found = {view.card.id for view in views}
        # Only new cards without votes (a phone's): the ranking and the filter's choices are
        # checked against them alone, not read again from every card of the board.
        new = not any(card_id in self.scene.card_items for card_id in card_ids)
        self.scene.sync_cards(views, [card_id for card_id in card_ids if card_id not in found])
        if not new or any(view.votes for view in views):
            self.vote_panel.show_results(self.scene.contents.cards)
        self.finder.refresh(self.scene.contents, added=views if new else None)

    def _on_zones_templates_declined(self) -> None:
        self.template_bar.hide()

    def _on_quick_entry_card_requested(
        self, text: str, author: CardAuthor | None, zone_id: ZoneId | None
    ) -> None:
        if self.cards.create_card(text, author, zone_id) is not None:
            self.quick_entry.card_added()

    # -- selection --------------------------------------------------------------------------

    def selected_card_ids(self) -> list[CardId]:
        return self.scene.selected_card_ids()

    def _on_scene_selection_changed(self) -> None:
        cards = self.cards.selected_cards()
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

    # -- cards and zones --------------------------------------------------------------------

    def zone(self, zone_id: ZoneId | None) -> Zone | None:
        return self.cards.zone(zone_id)

    def action(self, key: str) -> QAction:
        return self._actions[key]

    # -- zoom, projector, export ------------------------------------------------------------

    def _on_vote_panel_vote_mode_toggled(self, on: bool) -> None:
        self.scene.vote_mode = on
        self.view.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor
        )

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
        self.projector.set_workshop(self._projected_workshop())
        self.projector.set_votes_hidden(self.vote_panel.hidden)
        self.projector.addAction(self._actions["quick_entry"])  # Ctrl+L there too
        self.projector.addAction(self._actions["reveal_votes"])  # the reveal, before the room
        self.projector.show_on_best_screen(self, self.quick_entry)
        if self.projector.hosts_entry:  # the only screen: type the next card on the projection
            self.quick_entry.start()

    def _projected_workshop(self) -> Workshop | None:
        workshop_id = self.workshop_id
        return self.context.store.workshops.get(workshop_id) if workshop_id else None

    def _on_projector_closed(self) -> None:
        self.projector = None
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):  # the board's keys work at once
            self.window().activateWindow()
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_projector_zone_changed(self, zone_id: ZoneId | None) -> None:
        if zone_id is not None:
            self.quick_entry.set_current_zone(zone_id)

    def export(self, kind: str) -> None:
        caption = self.tr("Exporter le tableau")
        filters = self.tr("Image PNG (*.png)") if kind == "png" else self.tr("Image SVG (*.svg)")
        path, _ = QFileDialog.getSaveFileName(
            self, caption, self.tr("tableau") + f".{kind}", filters
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{kind}":
            target = target.with_suffix(f".{kind}")
        heading = heading_of(self._projected_workshop())  # title, question and date on top
        if kind == "png":
            export_png(self.scene, target, heading=heading)
        else:
            export_svg(self.scene, target, heading.title if heading else "", heading)

    # -- context menu -----------------------------------------------------------------------

    def show_context_menu(self, pos: QPointF, global_pos: object) -> None:
        menu = context_menu(self, pos)
        if not menu.isEmpty():
            menu.exec(global_pos)  # type: ignore[call-overload]
