"""A group on the board follows its cards when only cards change (a phone's, a deletion)."""

from __future__ import annotations

from typing import Any

from workshop.domain.records import Card, CardId
from workshop.ops import board as board_ops


def test_a_grouped_card_deleted_leaves_its_group_and_a_new_card_joins_none(board: Any) -> None:
    """Three cards grouped, one deleted: the group's frame holds the two left; a card added
    afterwards (as a phone's is) is in no group and the frame stays as it was."""
    context = board.context
    workshop_id = context.current_workshop_id
    zone = context.store.board.zones.of_workshop(workshop_id)[0]
    ids = [
        context.apply(
            "Ajouter",
            lambda s, n=n: board_ops.add_card(
                s, Card(workshop_id=workshop_id, zone_id=zone.id, text=f"Groupée {n}")
            ),
        ).id
        for n in range(3)
    ]
    cluster = context.apply(
        "Grouper",
        lambda s: board_ops.group_cards(s, workshop_id, [CardId(i) for i in ids], "Mobilité"),
    )
    frame = board.scene.cluster_items[cluster.id]
    assert {m.card_id for m in frame.members} == set(ids)
    context.apply("Supprimer", lambda s: board_ops.delete_cards(s, [CardId(ids[0])]))
    frame = board.scene.cluster_items[cluster.id]
    assert {m.card_id for m in frame.members} == set(ids[1:])
    added = context.apply(
        "Ajouter",
        lambda s: board_ops.add_card(
            s, Card(workshop_id=workshop_id, zone_id=zone.id, text="Hors groupe")
        ),
    )
    assert board.scene.card_items[added.id].isVisible()
    assert {m.card_id for m in board.scene.cluster_items[cluster.id].members} == set(ids[1:])


def test_the_filter_keeps_its_choice_and_offers_a_new_cards_organisation(board: Any) -> None:
    """With the board filtered on one organisation, a card of another organisation arriving
    adds that organisation to the filter; the choice stays, and the new card is faded."""
    context = board.context
    workshop_id = context.current_workshop_id
    zone = context.store.board.zones.of_workshop(workshop_id)[0]
    combo = board.finder.filter_combo
    index = next(i for i in range(combo.count()) if (combo.itemData(i) or ("",))[0] == "org")
    combo.setCurrentIndex(index)
    chosen = combo.currentData()
    offered = {combo.itemData(i) for i in range(combo.count())}
    other = next(
        o for o in context.store.organisations.all() if ("org", o.id) not in offered and o.name
    )
    added = context.apply(
        "Ajouter",
        lambda s: board_ops.add_card(
            s,
            Card(
                workshop_id=workshop_id, zone_id=zone.id, text="Nouvelle", organisation_id=other.id
            ),
        ),
    )
    assert combo.currentData() == chosen
    assert ("org", other.id) in {combo.itemData(i) for i in range(combo.count())}
    assert board.scene.card_items[added.id].opacity() < 1.0
