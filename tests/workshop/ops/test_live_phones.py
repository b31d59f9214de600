"""Phone operations of issue 13: placement inside the zone, anonymity, votes withdrawn, one's
own cards, the durable inbox erased with its author."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from workshop.domain.placement import estimated_height
from workshop.domain.records import CardId, Zone
from workshop.live.moderation import Inbox
from workshop.ops import revert
from workshop.ops.board import CardMove, group_cards, move_cards
from workshop.ops.gdpr import erase_person
from workshop.ops.live import (
    Author,
    CardRequest,
    LiveRefused,
    VoteRequest,
    accept_phone_card,
    cast_phone_vote,
    edit_phone_card,
    set_workshop_anonymous,
    welcome_phone_participant,
    withdraw_phone_card,
    withdraw_phone_vote,
)
from workshop.storage.live import LiveOwners

PHONE = Author(first_name="Ysolde", organisation="SCOP Cuisine Commune", device="phone-1")
OTHER = Author(first_name="Hugo", organisation="SCOP Cuisine Commune", device="phone-2")


def _bound(store: Any, author: Author) -> Author:
    """The phone's author once joined (bound to the person its join added)."""
    arrival = welcome_phone_participant(store, store.demo_id, author).result
    return Author(
        first_name=author.first_name,
        organisation=author.organisation,
        person_id=arrival.person.id,
        device=author.device,
    )


def _zone(store: Any) -> Zone:
    zone: Zone = store.board.zones.of_workshop(store.demo_id)[0]
    return zone


def _inside(zone: Zone, card: Any) -> bool:
    bottom = card.y + estimated_height(card.text)
    return (
        zone.x <= card.x
        and card.x + 180 <= zone.x + zone.width
        and zone.y <= card.y
        and bottom <= zone.y + zone.height
    )


def test_two_hundred_phone_cards_all_land_inside_their_zone(demo_store: Any) -> None:
    """200 cards posted into one zone all sit inside its frame, none over another: the zone
    grows downward to hold them (keeping its width), where cards used to spill below it."""
    zone = _zone(demo_store)
    width = zone.width
    for n in range(200):
        text = f"Idée numéro {n}" + (" avec un texte plus long" * (n % 3))
        accept_phone_card(
            demo_store,
            demo_store.demo_id,
            PHONE,
            CardRequest(request_id=f"r{n}", zone_id=zone.id, text=text),
        )
    grown = demo_store.board.zones.get(zone.id)
    cards = demo_store.board.cards.in_zone(zone.id)
    assert len(cards) >= 200
    phone_cards = [c for c in cards if c.source == "phone"]
    assert all(_inside(grown, card) for card in phone_cards)
    assert grown.width == width and grown.height > zone.height
    boxes = [(c.x, c.y, c.y + estimated_height(c.text)) for c in phone_cards]
    for i, (x, top, bottom) in enumerate(boxes):
        for x2, top2, bottom2 in boxes[i + 1 :]:
            assert abs(x - x2) >= 180 or bottom <= top2 or bottom2 <= top


def test_undoing_a_card_that_grew_its_zone_shrinks_the_zone_back(demo_store: Any) -> None:
    """The zone grown for a phone card is part of the same step: undone, it is as it was."""
    zone = _zone(demo_store)
    applied = None
    for n in range(60):
        applied = accept_phone_card(
            demo_store,
            demo_store.demo_id,
            PHONE,
            CardRequest(request_id=f"g{n}", zone_id=zone.id, text=f"Carte {n}"),
        )
        if demo_store.board.zones.get(zone.id).height > zone.height:
            break
    assert applied is not None and applied.undo is not None
    taller = demo_store.board.zones.get(zone.id).height
    assert taller > zone.height
    revert(demo_store, applied.undo)
    assert demo_store.board.zones.get(zone.id).height < taller


def test_an_anonymous_workshop_stores_phone_cards_without_names(demo_store: Any) -> None:
    """Anonymous (an undoable choice): the phone's card has no person nor organisation, while
    the participant is still counted present."""
    workshop_id = demo_store.demo_id
    applied = set_workshop_anonymous(demo_store, workshop_id, True)
    assert demo_store.workshops.get(workshop_id).anonymous
    card = accept_phone_card(
        demo_store,
        workshop_id,
        PHONE,
        CardRequest(request_id="a", zone_id=_zone(demo_store).id, text="Sans nom"),
    ).result
    assert (card.person_id, card.organisation_id) == (None, None)
    present = demo_store.db.execute(
        "SELECT count(*) FROM attendance a JOIN people p ON p.id = a.person_id "
        "WHERE a.workshop_id = ? AND p.first_name = 'Ysolde' AND a.present = 1",
        [workshop_id],
    ).fetchone()[0]
    assert present == 1
    assert applied.undo is not None
    revert(demo_store, applied.undo)
    assert not demo_store.workshops.get(workshop_id).anonymous


def test_a_vote_withdrawn_gives_the_budget_back_and_is_one_undo_step(demo_store: Any) -> None:
    """Withdrawing a dot gives one vote back; undone, the dot is there again; withdrawing a dot
    never put, or with no round running, is refused."""
    workshop_id = demo_store.demo_id
    author = _bound(demo_store, PHONE)
    card = demo_store.board.cards.of_workshop(workshop_id)[0]
    request = VoteRequest(request_id="v", card_id=card.id)
    with pytest.raises(LiveRefused) as closed:
        withdraw_phone_vote(demo_store, workshop_id, author, request)
    assert closed.value.code == "vote_closed"
    vote_round = demo_store.board.rounds.start(workshop_id, 2)
    assert cast_phone_vote(demo_store, workshop_id, author, request).result == 1
    applied = withdraw_phone_vote(demo_store, workshop_id, author, request)
    assert applied.result == 2
    assert demo_store.board.votes.used(vote_round.id, author.person_id) == 0
    with pytest.raises(LiveRefused) as none:
        withdraw_phone_vote(demo_store, workshop_id, author, request)
    assert none.value.code == "not_voted"
    assert applied.undo is not None
    revert(demo_store, applied.undo)
    assert demo_store.board.votes.used(vote_round.id, author.person_id) == 1


def test_a_round_on_some_zones_refuses_votes_on_other_cards(demo_store: Any) -> None:
    """A round limited to a zone takes no phone vote on a card of another zone."""
    workshop_id = demo_store.demo_id
    author = _bound(demo_store, PHONE)
    first, second = demo_store.board.zones.of_workshop(workshop_id)[:2]
    outside = demo_store.board.cards.in_zone(second.id)[0]
    demo_store.board.rounds.start(workshop_id, 3, [first.id])
    with pytest.raises(LiveRefused) as refused:
        cast_phone_vote(
            demo_store, workshop_id, author, VoteRequest(request_id="v", card_id=outside.id)
        )
    assert (refused.value.code, refused.value.field) == ("card_not_in_round", "card_id")


@pytest.mark.parametrize("touch", ["move", "group", "edit"])
def test_a_phone_card_is_locked_once_the_facilitator_touched_it(
    demo_store: Any, touch: str
) -> None:
    """A phone edits or withdraws its card while it is as it left it; once the facilitator
    moved, grouped or edited it, both are refused; another phone's card is never its own."""
    from workshop.ops.board import edit_card

    workshop_id = demo_store.demo_id
    zone = _zone(demo_store)
    card = accept_phone_card(
        demo_store, workshop_id, PHONE, CardRequest(request_id="c", zone_id=zone.id, text="Idée")
    ).result
    edit_phone_card(demo_store, workshop_id, PHONE, card.id, "Idée nette")
    assert demo_store.board.cards.get(card.id).text == "Idée nette"
    with pytest.raises(LiveRefused) as foreign:
        withdraw_phone_card(demo_store, workshop_id, OTHER, card.id)
    assert foreign.value.code == "not_yours"
    if touch == "move":
        move_cards(demo_store, [CardMove(CardId(card.id), card.x, card.y + 300, zone.id)])
    elif touch == "group":
        group_cards(demo_store, workshop_id, [CardId(card.id)], "Thème")
    else:
        edit_card(demo_store, CardId(card.id), text="Idée du facilitateur")
    (owned,) = LiveOwners(demo_store.db).cards_of(PHONE.device, workshop_id)
    assert not owned.editable
    for change in (
        lambda: edit_phone_card(demo_store, workshop_id, PHONE, card.id, "Encore"),
        lambda: withdraw_phone_card(demo_store, workshop_id, PHONE, card.id),
    ):
        with pytest.raises(LiveRefused) as locked:
            change()
        assert locked.value.code == "card_locked"
    assert demo_store.board.cards.count("id = ?", [card.id]) == 1


def test_erasing_a_person_erases_what_they_left_in_the_inbox(demo_store: Any) -> None:
    """The right to erasure reaches the moderation inbox: their waiting items go, others stay."""
    workshop_id = demo_store.demo_id
    author = _bound(demo_store, PHONE)
    other = _bound(demo_store, OTHER)
    inbox = Inbox(lambda: demo_store, lambda: workshop_id)
    now = dt.datetime(2026, 12, 1, 10, 0)
    zone_id = _zone(demo_store).id
    inbox.add(author, CardRequest(request_id="1", zone_id=zone_id, text="À effacer"), now)
    inbox.add(other, CardRequest(request_id="2", zone_id=zone_id, text="À garder"), now)
    assert author.person_id is not None
    erase_person(demo_store, author.person_id)
    assert [item.text for item in inbox.items()] == ["À garder"]


def test_a_card_withdrawn_from_a_phone_comes_back_with_an_undo(demo_store: Any) -> None:
    """The facilitator's undo brings back a card its phone withdrew, still the phone's."""
    workshop_id = demo_store.demo_id
    zone = _zone(demo_store)
    card = accept_phone_card(
        demo_store, workshop_id, PHONE, CardRequest(request_id="w", zone_id=zone.id, text="Oups")
    ).result
    applied = withdraw_phone_card(demo_store, workshop_id, PHONE, card.id)
    assert demo_store.board.cards.count("id = ?", [card.id]) == 0
    assert LiveOwners(demo_store.db).cards_of(PHONE.device, workshop_id) == []
    assert applied.undo is not None
    revert(demo_store, applied.undo)
    (owned,) = LiveOwners(demo_store.db).cards_of(PHONE.device, workshop_id)
    assert (owned.card_id, owned.text, owned.editable) == (card.id, "Oups", True)
