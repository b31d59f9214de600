"""The board reads again only what a change wrote: a phone's new card is one card read."""

from __future__ import annotations

import dataclasses
from typing import Any

from tests.sql_count import counting
from workshop.domain.records import Card
from workshop.ops import board as board_ops
from workshop.ops import registry as registry_ops


def _whole_board_reads(statements: list[str]) -> int:
    return sum(1 for s in statements if "FROM cards c" in s and "c.id IN" not in s)


def test_a_new_card_is_added_without_reading_the_whole_board(board: Any) -> None:
    """A card added elsewhere (a phone, the quick entry) appears, and only it is read again."""
    context = board.context
    zone = context.store.board.zones.of_workshop(context.current_workshop_id)[0]
    card = Card(workshop_id=context.current_workshop_id, zone_id=zone.id, text="Vélo-école")
    with counting(context.store) as counted:
        added = context.apply("Ajouter", lambda s: board_ops.add_card(s, card))
    assert added.id in board.scene.card_items
    assert board.scene.card_items[added.id].view.card.text == "Vélo-école"
    assert _whole_board_reads(counted.statements) == 0

    with counting(context.store) as counted:
        context.undo_stack.undo()
    assert added.id not in board.scene.card_items
    assert _whole_board_reads(counted.statements) == 0


def test_renaming_an_author_reads_the_whole_board(board: Any) -> None:
    """An author's new name shows on every one of their cards (the board is read again)."""
    context = board.context
    item = next(i for i in board.scene.card_items.values() if i.view.organisation_id)
    organisation = context.store.organisations.get(item.view.organisation_id)
    renamed = dataclasses.replace(organisation, name="Nom tout neuf")
    with counting(context.store) as counted:
        context.apply("Renommer", lambda s: registry_ops.edit_organisation(s, renamed))
    assert _whole_board_reads(counted.statements) == 1
    assert "Nom tout neuf" in board.scene.card_items[item.card_id].view.author
