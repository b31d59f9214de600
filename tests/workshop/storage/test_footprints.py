"""The zones' footprints kept in memory for the phones' placement: always what the file holds."""

from __future__ import annotations

import dataclasses
import random

import pytest

from workshop.domain.board_layout import CARD_GAP, ZONE_PADDING
from workshop.domain.placement import estimated_height, free_slot
from workshop.domain.records import Card, Workshop, Zone
from workshop.queries.live import keep_footprints, zone_footprints, zone_spans


def _fresh(store, zone_id: int) -> list[tuple[float, float, float]]:
    """The zone's footprints read from the file, nothing kept."""
    rows = store.db.execute("SELECT x, y, text FROM cards WHERE zone_id = ?", [zone_id])
    return sorted((x, y, y + estimated_height(text)) for x, y, text in rows)


@pytest.fixture
def zone(store) -> Zone:
    workshop = store.workshops.add(Workshop(title="Atelier"))
    zone = store.board.zones.add(Zone(workshop_id=workshop.id, name="Idées", width=700.0))
    keep_footprints(store)
    return zone


def _add(store, zone: Zone, x: float, y: float, text: str = "Une idée") -> Card:
    with store.atomic():
        return store.board.cards.add(
            Card(workshop_id=zone.workshop_id, zone_id=zone.id, text=text, x=x, y=y)
        )


def test_cards_added_moved_edited_and_removed_are_seen(store, zone: Zone) -> None:
    """Whatever happens to a zone's cards (added, moved, a longer text, removed, moved to
    another zone), the footprints given are the file's, though they are no longer read."""
    card = _add(store, zone, zone.x + ZONE_PADDING, zone.y + 60)
    assert sorted(zone_footprints(store, zone.id)) == _fresh(store, zone.id)
    other = _add(store, zone, zone.x + ZONE_PADDING, zone.y + 200, "deux\nlignes")
    assert sorted(zone_footprints(store, zone.id)) == _fresh(store, zone.id)
    with store.atomic():
        store.board.cards.update(dataclasses.replace(card, y=500.0, text="x" * 90))
    assert sorted(zone_footprints(store, zone.id)) == _fresh(store, zone.id)
    second = store.board.zones.add(Zone(workshop_id=zone.workshop_id, name="Défis"))
    with store.atomic():
        store.board.cards.update(dataclasses.replace(other, zone_id=second.id))
    assert sorted(zone_footprints(store, zone.id)) == _fresh(store, zone.id)
    assert sorted(zone_footprints(store, second.id)) == _fresh(store, second.id)
    with store.atomic():
        store.board.cards.delete(card.id)
    assert zone_footprints(store, zone.id) == [] == _fresh(store, zone.id)


def test_what_a_rolled_back_transaction_wrote_is_not_kept(store, zone: Zone) -> None:
    """A card added, or moved then placed beside, in a transaction that failed is not taken
    for a card of the zone afterwards."""
    card = _add(store, zone, zone.x + ZONE_PADDING, zone.y + 60)
    zone_spans(store, zone.id)
    with pytest.raises(RuntimeError), store.atomic():
        _add(store, zone, zone.x + ZONE_PADDING, zone.y + 300)
        zone_footprints(store, zone.id)
        raise RuntimeError("the batch failed")
    assert sorted(zone_footprints(store, zone.id)) == _fresh(store, zone.id)
    with pytest.raises(RuntimeError), store.atomic():
        store.board.cards.update(dataclasses.replace(card, y=900.0))
        zone_spans(store, zone.id)
        raise RuntimeError("the batch failed")
    assert sorted(zone_footprints(store, zone.id)) == _fresh(store, zone.id)
    assert sorted(zone_spans(store, zone.id)) == _fresh(store, zone.id)


def test_a_rollback_without_the_store_is_caught_by_the_count(store, zone: Zone) -> None:
    """A card inserted then rolled back behind the store's back (a raw savepoint) is not kept."""
    _add(store, zone, zone.x + ZONE_PADDING, zone.y + 60)
    zone_footprints(store, zone.id)
    with pytest.raises(RuntimeError), store.db.atomic():
        _add(store, zone, zone.x + ZONE_PADDING, zone.y + 300)
        raise RuntimeError
    assert sorted(zone_footprints(store, zone.id)) == _fresh(store, zone.id)


def test_the_spans_give_the_same_free_slot_as_every_card(store, zone: Zone) -> None:
    """Placing a card among the zone's stacked cards taken as spans gives the very slot that
    placing it among every card gives, whatever the layout (random cards, gaps, overlaps)."""
    rng = random.Random(13)
    columns = [zone.x + ZONE_PADDING + n * (220 + CARD_GAP) for n in range(3)]
    texts = ["a", "x" * 60, "deux\nlignes", "x" * 200]
    for round_ in range(60):
        if round_ % 3 == 0:  # as the phones place them: the first free slot
            text = rng.choice(texts)
            x, y = free_slot(zone, zone_footprints(store, zone.id), estimated_height(text))
        else:  # as a facilitator drops them, anywhere, near a column or not
            x = rng.choice(columns) + rng.choice([0, 0, 0, 7, -40, 110])
            y = zone.y + rng.uniform(0, 1500)
            text = rng.choice(texts)
        _add(store, zone, x, y, text)
        for height in (estimated_height(t) for t in texts):
            assert free_slot(zone, zone_spans(store, zone.id), height) == free_slot(
                zone, _fresh(store, zone.id), height
            )
    assert len(zone_spans(store, zone.id)) < len(_fresh(store, zone.id))


def test_stacked_cards_are_few_spans(store, zone: Zone) -> None:
    """A column of cards placed one below the other is one span: placing the next card does
    not go through every card of the zone."""
    for _ in range(40):
        x, y = free_slot(zone, zone_spans(store, zone.id), estimated_height("Une idée"))
        _add(store, zone, x, y)
    assert len(_fresh(store, zone.id)) == 40
    assert len(zone_spans(store, zone.id)) == 3  # one per column of a 700-wide zone
