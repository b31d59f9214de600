"""The board's context menu: what can be done on a card, a cluster, a zone, or empty space."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QMenu

from ui.board.alliance_links import add_alliance_entries
from ui.board.items import CardItem, ClusterItem, ZoneItem
from ui.i18n import current_lang
from workshop.domain.records import CardId, ZoneId
from workshop.domain.sdg import all_sdgs

if TYPE_CHECKING:
    from ui.board.screen import BoardScreen


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardMenus", text)


def context_menu(screen: BoardScreen, pos: QPointF) -> QMenu:
    """The menu for a point of the board (a card under it becomes the selection)."""
    menu = QMenu(screen)
    scene = screen.scene
    under = [i for i in scene.items(pos) if isinstance(i, CardItem | ClusterItem | ZoneItem)]
    top = under[0] if under else None
    if isinstance(top, CardItem):
        if not top.isSelected():
            scene.clearSelection()
            top.setSelected(True)
        _card_entries(screen, menu)
    elif isinstance(top, ClusterItem):
        _cluster_entries(screen, menu, top)
    zone_item = next((i for i in under if isinstance(i, ZoneItem)), None)
    if zone_item is not None:
        _zone_entries(screen, menu, zone_item)
    menu.addSeparator()
    menu.addAction(screen.action("add_zone"))
    menu.addAction(screen.action("fit"))
    return menu


def _zone_entries(screen: BoardScreen, menu: QMenu, zone_item: ZoneItem) -> None:
    zones = screen.zones
    zone_id = ZoneId(zone_item.zone_id)
    zone_menu = menu.addMenu(_tr("Zone « {zone} »").format(zone=zone_item.zone.name))
    zone_menu.addAction(_tr("Renommer…"), lambda: zones.rename(zone_id))
    zone_menu.addAction(_tr("Couleur…"), lambda: zones.recolour(zone_id))
    zone_menu.addAction(_tr("Ranger les cartes"), lambda: zones.arrange(zone_id))
    zone_menu.addAction(_tr("Zoomer sur la zone"), lambda: zones.zoom_to(zone_id))
    zone_menu.addAction(_tr("Supprimer la zone"), lambda: zones.remove(zone_id))


def _cluster_entries(screen: BoardScreen, menu: QMenu, frame: ClusterItem) -> None:
    cards = screen.cards
    cluster_id = frame.cluster_id
    menu.addAction(_tr("Renommer le regroupement…"), lambda: cards.rename_cluster(cluster_id))
    menu.addMenu(cards.cluster_colour_menu(cluster_id))
    fold = _tr("Déplier le regroupement") if frame.collapsed else _tr("Replier le regroupement")
    menu.addAction(fold, lambda: cards.toggle_collapsed([cluster_id]))
    first = frame.first_card_id()
    if screen.vote_panel.round is not None and first is not None:
        menu.addAction(
            _tr("Voter pour le regroupement"), lambda: screen.votes.vote_for(CardId(first))
        )
    menu.addAction(_tr("Dégrouper"), lambda: cards.ungroup([cluster_id]))


def _link_entries(screen: BoardScreen, menu: QMenu, card_id: CardId) -> None:
    """An entry "Ouvrir l'alliance « X »" for each alliance the card became or is a commitment
    of."""
    view = screen.scene.card_items[card_id].view
    names = {link.alliance_id: link.alliance_name for link in view.links}
    for alliance_id, name in names.items():
        menu.addAction(
            _tr("Ouvrir l'alliance « {name} »").format(name=name.replace("&", "&&")),
            partial(screen.scene.alliance_requested.emit, alliance_id),
        )


def _card_entries(screen: BoardScreen, menu: QMenu) -> None:
    ids = screen.selected_card_ids()
    for key in ("edit", "duplicate", "delete"):
        menu.addAction(screen.action(key))
    move_menu = menu.addMenu(_tr("Déplacer vers"))
    for zone in sorted(screen.scene.contents.zones, key=lambda z: (z.position, z.id)):
        move_menu.addAction(zone.name, partial(screen.cards.move_cards_to_zone, ids, zone.id))
    if len(ids) == 1:
        menu.addAction(_tr("Changer l'auteur…"), lambda: screen.cards.change_author(ids[0]))
        _sdg_entries(screen, menu.addMenu(_tr("ODD de la carte")), ids[0])
    menu.addMenu(screen.cards.card_colour_menu(ids))
    menu.addAction(screen.action("tags"))
    menu.addAction(screen.action("group"))
    if screen.scene.selected_cluster_ids():
        menu.addAction(screen.action("collapse"))
        menu.addAction(screen.action("ungroup"))
    if len(ids) == 1:
        _link_entries(screen, menu, ids[0])
    if screen.vote_panel.round is not None and len(ids) == 1:
        menu.addAction(_tr("Voter pour cette carte"), lambda: screen.votes.vote_for(ids[0]))
    add_alliance_entries(menu, screen.context, screen, screen.workshop_id, ids)


def _sdg_entries(screen: BoardScreen, menu: QMenu, card_id: CardId) -> None:
    card = screen.scene.card_items[card_id].view.card
    lang = current_lang()
    for goal in all_sdgs():
        action = menu.addAction(f"{goal.number} · {goal.title(lang)}")
        action.setCheckable(True)
        action.setChecked(goal.number in card.sdgs)
        action.triggered.connect(lambda _=False, n=goal.number: screen.cards.toggle_sdg(card_id, n))
