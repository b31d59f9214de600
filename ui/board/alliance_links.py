"""The board's bridge to alliances: seed an alliance from cards, turn a card into a commitment.

Both are core operations of workshop.ops.alliances, run by `context.apply` (the board never
imports the alliances screen).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from ui.context import AppContext
from workshop.domain.records import AllianceId, CardId, WorkshopId
from workshop.errors import CatalyseError
from workshop.ops import alliances as alliance_ops


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardAlliances", text)


def add_alliance_entries(
    menu: QMenu,
    context: AppContext,
    parent: QWidget,
    workshop_id: WorkshopId | None,
    card_ids: list[CardId],
) -> None:
    """Add "create an alliance from these cards" and "turn into a commitment of…" to a menu."""
    if workshop_id is None or not card_ids:
        return
    menu.addSeparator()
    menu.addAction(
        _tr("Créer une alliance à partir de ces cartes…"),
        lambda: seed_alliance(context, parent, workshop_id, card_ids),
    )
    alliances = context.store.alliances.of_workshop(workshop_id)
    if len(card_ids) == 1 and alliances:
        submenu = menu.addMenu(_tr("Transformer en engagement pour"))
        for alliance in alliances:
            submenu.addAction(
                alliance.name,
                partial(card_to_commitment, context, parent, card_ids[0], alliance.id),
            )


def seed_alliance(
    context: AppContext, parent: QWidget, workshop_id: WorkshopId, card_ids: list[CardId]
) -> None:
    name, ok = QInputDialog.getText(parent, _tr("Nouvelle alliance"), _tr("Nom de l'alliance :"))
    if not ok:
        return
    try:
        context.apply(
            _tr("Créer l'alliance « {name} »").format(name=name.strip()),
            lambda s: alliance_ops.seed_alliance(s, workshop_id, card_ids, name),
        )
    except CatalyseError as error:
        QMessageBox.warning(parent, _tr("Nouvelle alliance"), str(error))


def card_to_commitment(
    context: AppContext, parent: QWidget, card_id: CardId, alliance_id: AllianceId
) -> None:
    try:
        context.apply(
            _tr("Transformer une contribution en engagement"),
            lambda s: alliance_ops.card_to_commitment(s, card_id, alliance_id),
        )
    except CatalyseError as error:
        QMessageBox.warning(parent, _tr("Transformer en engagement"), str(error))
