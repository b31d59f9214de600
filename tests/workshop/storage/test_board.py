"""The board's storage: contents in a few queries, vote rounds, layout rules."""

from __future__ import annotations

from typing import Any

from workshop.domain.board_layout import (
    CARD_WIDTH,
    Box,
    arrange,
    new_zone_box,
    next_free_position,
    zone_at,
)
from workshop.domain.records import Card, CardId, Organisation, Person, Workshop, Zone, ZoneId
from workshop.domain.vocabulary import OrganisationKind
from workshop.ops import operation, revert


def _workshop(store: Any) -> Any:
    return store.workshops.add(Workshop(title="Atelier"))


def test_contents_carry_author_line_kind_and_votes(store: Any) -> None:
    """A card's author line reads "Prénom Nom · Organisation" with the organisation's kind."""
    workshop = _workshop(store)
    org = store.organisations.add(Organisation(name="Mairie", kind=OrganisationKind.COLLECTIVITE))
    person = store.people.add(Person(first_name="Léa", last_name="Martin", organisation_id=org.id))
    card = store.board.cards.add(Card(workshop_id=workshop.id, text="Idée", person_id=person.id))
    store.board.cards.add(Card(workshop_id=workshop.id, text="Sans auteur"))
    round_ = store.board.rounds.start(workshop.id, 2)
    store.board.votes.cast(card.id, person.id, round_.id)
    contents = store.board.contents(workshop.id)
    first, second = contents.cards
    assert first.author == "Léa Martin · Mairie"
    assert first.organisation_kind is OrganisationKind.COLLECTIVITE
    assert first.votes == 1
    assert second.author == "" and second.votes == 0


def test_vote_round_counts_votes_per_participant(store: Any) -> None:
    """The votes a participant has used are counted per round; a closed round is not current."""
    workshop = _workshop(store)
    person = store.people.add(Person(first_name="A", last_name="B"))
    card = store.board.cards.add(Card(workshop_id=workshop.id, text="x"))
    round_ = store.board.rounds.start(workshop.id, 2)
    assert store.board.rounds.current(workshop.id) == round_
    store.board.votes.cast(card.id, person.id, round_.id)
    store.board.votes.cast(card.id, person.id, round_.id)
    assert store.board.votes.used(round_.id, person.id) == 2
    with operation(store) as op:
        store.board.rounds.delete(round_.id)
    assert store.board.votes.totals(workshop.id) == {}
    revert(store, op.applied(None).undo)
    assert store.board.votes.totals(workshop.id) == {card.id: 2}


def _zone() -> Zone:
    from workshop.domain.records import WorkshopId

    return Zone(id=ZoneId(1), workshop_id=WorkshopId(1), name="Z", x=0, y=0, width=460, height=700)


def test_next_free_position_skips_occupied_slots() -> None:
    """A new card goes to the first free slot, never on top of an existing card."""
    zone = _zone()
    first = next_free_position(zone, [], 100)
    second = next_free_position(zone, [Box(first[0], first[1], CARD_WIDTH, 100)], 100)
    assert second[0] > first[0] and second[1] == first[1]
    boxes = [Box(first[0], first[1], CARD_WIDTH, 100), Box(second[0], second[1], CARD_WIDTH, 100)]
    third = next_free_position(zone, boxes, 100)
    assert third[1] > first[1] + 100


def test_arrange_lays_cards_in_rows_without_overlap() -> None:
    """Arrange puts a zone's cards in tidy rows of equal pitch, none overlapping."""
    zone = _zone()
    cards = [(CardId(n), Box(300 - n * 10, n * 37.0, CARD_WIDTH, 80 + n * 5)) for n in range(7)]
    positions = arrange(zone, cards)
    boxes = [Box(x, y, CARD_WIDTH, 120) for _, x, y in positions]
    assert len({(b.x, b.y) for b in boxes}) == 7
    assert len({b.x for b in boxes}) == 2
    sizes = dict(cards)
    placed = [Box(x, y, CARD_WIDTH, sizes[c].height) for c, x, y in positions]
    assert not any(a.intersects(b) for i, a in enumerate(placed) for b in placed[i + 1 :])


def test_zone_lookup_and_new_zone_place() -> None:
    """A point finds its zone; a new zone goes right of the rightmost."""
    zone = _zone()
    assert zone_at([zone], 10, 10) == zone
    assert zone_at([zone], 1000, 10) is None
    assert new_zone_box([zone]).x > zone.x + zone.width


def test_a_new_vote_round_starts_from_zero(store: Any) -> None:
    """Earlier dots stay stored, but the board counts the latest round's votes only."""
    from workshop.domain.records import Vote

    workshop = _workshop(store)
    card = store.board.cards.add(Card(workshop_id=workshop.id, text="x"))
    store.board.votes.add(Vote(card_id=card.id))
    assert store.board.contents(workshop.id).cards[0].votes == 1
    round_ = store.board.rounds.start(workshop.id, 3)
    contents = store.board.contents(workshop.id)
    assert contents.cards[0].votes == 0 and contents.vote_round == round_
    store.board.votes.cast(card.id, None, round_.id)
    assert store.board.contents(workshop.id).cards[0].votes == 1
    assert store.board.votes.totals(workshop.id) == {card.id: 2}


def test_a_zone_grows_to_hold_a_card_below_its_bottom() -> None:
    """A card reaching past a zone's bottom makes the zone taller; one inside changes nothing."""
    from workshop.domain.board_layout import ZONE_PADDING, grown_to_hold

    zone = _zone()
    assert grown_to_hold(zone, zone.height - 50) is None
    grown = grown_to_hold(zone, zone.height + 100)
    assert grown is not None and grown.height >= zone.height + 100 + ZONE_PADDING
    assert (grown.x, grown.y, grown.width) == (zone.x, zone.y, zone.width)


def test_zones_grow_to_hold_only_when_a_card_reaches_past_them(store: Any) -> None:
    """grow_to_hold makes a zone taller for a card below it and leaves a zone that holds it."""
    workshop = _workshop(store)
    low, roomy = store.board.zones.apply_template(workshop.id, "swot")[:2]
    grown = store.board.zones.grow_to_hold(
        {low.id: low.y + low.height + 50, roomy.id: roomy.y + 100}
    )
    assert [z.id for z in grown] == [low.id]
    assert store.board.zones.get(low.id).height > low.height + 50
    assert store.board.zones.get(roomy.id) == roomy
