"""Cards that phones post at the same moment, written together (one transaction, one undo)."""

from __future__ import annotations

from typing import Any

import pytest

from workshop.domain.placement import estimated_height
from workshop.ops import revert
from workshop.ops.live import (
    Author,
    CardRequest,
    LiveRefused,
    post_phone_cards,
    welcome_phone_participant,
)


def _bound(store: Any, first_name: str, device: str) -> Author:
    author = Author(first_name=first_name, organisation="SCOP Cuisine Commune", device=device)
    arrival = welcome_phone_participant(store, store.demo_id, author).result
    return Author(
        first_name=author.first_name,
        organisation=author.organisation,
        person_id=arrival.person.id,
        device=device,
    )


def test_cards_posted_together_are_one_undo_step_none_over_another(demo_store: Any) -> None:
    """Forty cards of three phones go on the board at once, each phone's name on its own,
    none over another inside their zone; one undo takes them all back, the zone too."""
    zone = demo_store.board.zones.of_workshop(demo_store.demo_id)[0]
    before = demo_store.board.cards.count()
    phones = [_bound(demo_store, name, f"d{n}") for n, name in enumerate(("Ana", "Bo", "Cy"))]
    posts = [
        (phones[n % 3], CardRequest(request_id=f"r{n}", zone_id=zone.id, text=f"Idée {n}"))
        for n in range(40)
    ]
    applied = post_phone_cards(demo_store, demo_store.demo_id, posts)
    cards = applied.result
    assert [c.text for c in cards] == [f"Idée {n}" for n in range(40)]
    assert [c.person_id for c in cards[:3]] == [p.person_id for p in phones]
    boxes = [(c.x, c.y, c.y + estimated_height(c.text)) for c in cards]
    for i, (x, top, bottom) in enumerate(boxes):
        for x2, top2, bottom2 in boxes[i + 1 :]:
            assert abs(x - x2) >= 180 or bottom <= top2 or bottom2 <= top
    grown = demo_store.board.zones.get(zone.id)
    assert all(grown.y + grown.height >= c.y + estimated_height(c.text) for c in cards)
    assert applied.undo is not None
    revert(demo_store, applied.undo)
    assert demo_store.board.cards.count() == before
    assert demo_store.board.zones.get(zone.id).height == zone.height


def test_a_phone_not_joined_posting_two_cards_together_is_one_participant(
    demo_store: Any,
) -> None:
    """A phone whose participant is not in the registry yet, posting two cards at once, adds
    them once: both cards are that one person's."""
    zone = demo_store.board.zones.of_workshop(demo_store.demo_id)[0]
    people = demo_store.people.count()
    author = Author(first_name="Nouvelle", organisation="SCOP Cuisine Commune", device="d9")
    posts = [
        (author, CardRequest(request_id=f"n{n}", zone_id=zone.id, text=f"Carte {n}"))
        for n in range(2)
    ]
    cards = post_phone_cards(demo_store, demo_store.demo_id, posts).result
    assert demo_store.people.count() == people + 1
    assert cards[0].person_id == cards[1].person_id is not None


def test_one_card_for_a_zone_of_another_workshop_refuses_the_group(demo_store: Any) -> None:
    """A zone that is not the workshop's refuses the cards, naming the field; nothing is
    written."""
    zone = demo_store.board.zones.of_workshop(demo_store.demo_id)[0]
    phone = _bound(demo_store, "Ana", "d1")
    before = demo_store.board.cards.count()
    posts = [
        (phone, CardRequest(request_id="ok", zone_id=zone.id, text="Bonne idée")),
        (phone, CardRequest(request_id="bad", zone_id=987654, text="Ailleurs")),
    ]
    with pytest.raises(LiveRefused) as refused:
        post_phone_cards(demo_store, demo_store.demo_id, posts)
    assert refused.value.field == "zone_id"
    assert demo_store.board.cards.count() == before


def test_a_participant_checked_out_is_counted_present_again_by_their_card(
    demo_store: Any,
) -> None:
    """A phone's participant the desk had checked out, who posts among others, is present
    again ("via téléphone"); the others' check-in stays as it was."""
    zone = demo_store.board.zones.of_workshop(demo_store.demo_id)[0]
    gone, here = _bound(demo_store, "Ana", "d1"), _bound(demo_store, "Bo", "d2")
    assert gone.person_id is not None and here.person_id is not None
    demo_store.attendance.set_present(demo_store.demo_id, gone.person_id, False)
    checked_in = demo_store.attendance.get(demo_store.demo_id, here.person_id)
    posts = [
        (author, CardRequest(request_id=f"p{n}", zone_id=zone.id, text=f"Retour {n}"))
        for n, author in enumerate((gone, here))
    ]
    post_phone_cards(demo_store, demo_store.demo_id, posts)
    back = demo_store.attendance.get(demo_store.demo_id, gone.person_id)
    assert back is not None and back.present and back.checked_in_via == "phone"
    assert demo_store.attendance.get(demo_store.demo_id, here.person_id) == checked_in
