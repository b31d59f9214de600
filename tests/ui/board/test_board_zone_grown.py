"""A zone grown to hold a phone's card: the board shows it without reading every card again."""

from __future__ import annotations

from typing import Any

from tests.sql_count import counting
from workshop.domain.vocabulary import OrganisationKind
from workshop.ops import live as live_ops


def _whole_board_reads(statements: list[str]) -> int:
    return sum(1 for s in statements if "FROM cards c" in s and "c.id IN" not in s)


def test_a_phone_card_that_grows_its_zone_is_shown_in_the_grown_frame(board: Any) -> None:
    """Phone cards filling a zone past its bottom edge: each shows on the board inside its
    zone's frame, grown to hold it, and the board reads only the new card and the zones (the
    whole board, 5,000 cards with 500 phones, was read again for each batch)."""
    context = board.context
    workshop_id = context.current_workshop_id
    zone = context.store.board.zones.of_workshop(workshop_id)[0]
    author = live_ops.Author(
        first_name="Inès",
        organisation="Collectif vélo",
        organisation_kind=OrganisationKind("association"),
    )
    grown_while_counted = 0
    for n in range(40):
        request = live_ops.CardRequest(request_id=f"r{n}", zone_id=zone.id, text=f"Idée {n}")
        before = context.store.board.zones.get(zone.id).height
        with counting(context.store) as counted:
            card = context.apply(
                "Contribution",
                lambda s, request=request: live_ops.accept_phone_card(
                    s, workshop_id, author, request
                ),
            )
        frame = board.scene.zone_items[zone.id]
        height = context.store.board.zones.get(zone.id).height
        if height > before:
            grown_while_counted += 1
            assert _whole_board_reads(counted.statements) == 0
        assert frame.size.height() == height
        item = board.scene.card_items[card.id]
        assert frame.sceneBoundingRect().contains(item.sceneBoundingRect())
    assert grown_while_counted > 0
