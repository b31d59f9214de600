"""The report tells where each card's votes came from: participants, the room, paper dots."""

from __future__ import annotations

from reportlab.graphics.shapes import String

from tests.workshop.ops.test_board import _cards
from workshop.ops import board as board_ops
from workshop.ops import votes as vote_ops
from workshop.report.board import zone_blocks
from workshop.report.data import collect
from workshop.report.styles import FRAME_WIDTH
from workshop.storage.store import Store


def _printed(store: Store, lang: str) -> str:
    data = collect(store, store.demo_id)  # type: ignore[attr-defined]
    return " ".join(
        shape.text
        for drawing in zone_blocks(data, FRAME_WIDTH, "Sans zone", lang)  # type: ignore[arg-type]
        for shape in drawing.contents
        if isinstance(shape, String)
    ).replace("\u00a0", " ")


def test_a_card_counted_on_paper_and_by_the_room_says_so_in_the_report(demo_store: Store) -> None:
    """Dots typed and room votes add to the card's total, and its line names each source."""
    card = _cards(demo_store)[0]
    board_ops.start_vote_round(demo_store, demo_store.demo_id, 3)  # type: ignore[attr-defined]
    vote_ops.cast_room_vote(demo_store, card.id)
    vote_ops.set_paper_dots(demo_store, card.id, 17)
    data = collect(demo_store, demo_store.demo_id)  # type: ignore[attr-defined]
    tally = data.vote_sources[card.id]
    assert tally.room == 1 and tally.paper == 17
    assert data.votes[card.id] == tally.total
    assert "1 de la salle · 17 gommettes" in _printed(demo_store, "fr")
    assert "1 from the room · 17 sticker dots" in _printed(demo_store, "en")
