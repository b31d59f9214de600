"""The board's bridge to alliances: seed an alliance from cards, turn a card into a commitment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from ui.alliances.commands import CardToCommitmentCommand, SeedAllianceCommand
from workshop.domain.records import AllianceId, CardId
from workshop.errors import InvalidInput

if TYPE_CHECKING:
    from ui.board.screen import BoardScreen


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardAlliances", text)


def add_alliance_entries(screen: BoardScreen, menu: QMenu, card_ids: list[CardId]) -> None:
    """Add "create an alliance from these cards" and "turn into a commitment of…" to a menu."""
    workshop_id = screen.workshop_id
    if workshop_id is None or not card_ids:
        return
    menu.addSeparator()
    menu.addAction(
        _tr("Créer une alliance à partir de ces cartes…"),
        lambda: seed_alliance(screen, card_ids),
    )
    alliances = screen.context.store.alliances.of_workshop(workshop_id)
    if len(card_ids) == 1 and alliances:
        submenu = menu.addMenu(_tr("Transformer en engagement pour"))
        for alliance in alliances:
            submenu.addAction(
                alliance.name,
                lambda a=alliance.id: card_to_commitment(screen, card_ids[0], a),
            )


def seed_alliance(screen: BoardScreen, card_ids: list[CardId]) -> None:
    name, ok = QInputDialog.getText(screen, _tr("Nouvelle alliance"), _tr("Nom de l'alliance :"))
    if not ok or screen.workshop_id is None:
        return
    try:
        command = SeedAllianceCommand(screen.context, screen.workshop_id, card_ids, name)
    except InvalidInput as error:
        QMessageBox.warning(screen, _tr("Nouvelle alliance"), str(error))
        return
    screen.context.push(command)


def card_to_commitment(screen: BoardScreen, card_id: CardId, alliance_id: AllianceId) -> None:
    try:
        command = CardToCommitmentCommand(screen.context, card_id, alliance_id)
    except InvalidInput as error:
        QMessageBox.warning(screen, _tr("Transformer en engagement"), str(error))
        return
    screen.context.push(command)
