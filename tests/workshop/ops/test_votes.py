"""Votes without phones: paper dots typed per card, the room's votes, a hidden round revealed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.workshop.ops.test_board import _cards, _dump, _once, _voter
from workshop.domain.records import Card, Workshop
from workshop.errors import InvalidInput
from workshop.ops import Applied, revert
from workshop.ops import board as board_ops
from workshop.ops import votes as ops
from workshop.ops import workshops as workshop_ops
from workshop.queries.votes import counts_hidden, latest_tallies, vote_results
from workshop.storage.board import VoteTally
from workshop.storage.store import Store


def _dump_all(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    dump = _dump(store)
    dump["paper_dots"] = store.db.execute("SELECT * FROM paper_dots ORDER BY rowid").fetchall()
    return dump


def _undo_redo(
    store: Store,
    applied: Applied[Any],
    before: dict[str, Any],
    undone_check: Callable[[], object] = lambda: None,
) -> None:
    """Undo gives back the file as it was before; redo as it was after."""
    after = _dump_all(store)
    assert after != before
    undone = revert(store, applied.undo)  # type: ignore[arg-type]
    assert _dump_all(store) == before
    undone_check()
    assert undone.undo is not None
    revert(store, undone.undo)
    assert _dump_all(store) == after


def _refused(store: Store, action: Callable[[Store], object], field: str) -> InvalidInput:
    """The action is refused for a field, and nothing is written."""
    before = _dump_all(store)
    with pytest.raises(InvalidInput) as caught:
        action(store)
    assert caught.value.field == field
    assert _dump_all(store) == before
    return caught.value


def _card_votes(store: Store, card: Card) -> int:
    contents = store.board.contents(card.workshop_id)
    return next(view.votes for view in contents.cards if view.card.id == card.id)


def test_dots_counted_on_paper_count_with_phone_and_room_votes(demo_store: Store) -> None:
    """A card's votes add the participants', the room's and the dots typed; each source is kept."""
    workshop_id = demo_store.demo_id  # type: ignore[attr-defined]
    card = _cards(demo_store)[0]
    board_ops.start_vote_round(demo_store, workshop_id, 3)
    board_ops.cast_vote(demo_store, card.id, _voter(demo_store).id)
    ops.cast_room_vote(demo_store, card.id)
    ops.cast_room_vote(demo_store, card.id)
    ops.set_paper_dots(demo_store, card.id, 7)
    assert _card_votes(demo_store, card) == 10
    assert latest_tallies(demo_store, workshop_id)[card.id] == VoteTally(1, 2, 7)
    ops.set_paper_dots(demo_store, card.id, 4)  # counted again: the new count replaces it
    assert latest_tallies(demo_store, workshop_id)[card.id] == VoteTally(1, 2, 4)
    assert demo_store.board.votes.totals(workshop_id)[card.id] == 7  # the report's figure
    ops.set_paper_dots(demo_store, card.id, None)  # cleared
    assert latest_tallies(demo_store, workshop_id)[card.id] == VoteTally(1, 2, 0)
    results = vote_results(demo_store, workshop_id)[-1]  # the demo had voted before
    assert results.total == VoteTally(1, 2, 0) and results.ranked()[0][0] == card.id


def test_typing_a_count_and_a_room_vote_are_each_one_undoable_action(demo_store: Store) -> None:
    """Typing a card's dots, and a room vote, are undone and redone each as one step."""
    workshop_id = demo_store.demo_id  # type: ignore[attr-defined]
    card = _cards(demo_store)[0]
    board_ops.start_vote_round(demo_store, workshop_id, 3)
    before = _dump_all(demo_store)
    typed = _once(demo_store, lambda s: ops.set_paper_dots(s, card.id, 12))
    assert _card_votes(demo_store, card) == 12
    _undo_redo(demo_store, typed, before)
    before = _dump_all(demo_store)
    retyped = _once(demo_store, lambda s: ops.set_paper_dots(s, card.id, 5))
    _undo_redo(demo_store, retyped, before)
    before = _dump_all(demo_store)
    room = _once(demo_store, lambda s: ops.cast_room_vote(s, card.id))
    rows = demo_store.db.execute("SELECT person_id FROM votes WHERE room = 1").fetchall()
    assert rows == [(None,)]
    _undo_redo(demo_store, room, before)
    withdrawn = _once(demo_store, lambda s: ops.withdraw_room_vote(s, card.id))
    assert _card_votes(demo_store, card) == 5
    assert withdrawn.undo is not None


def test_paper_votes_are_refused_with_a_reason_and_write_nothing(demo_store: Store) -> None:
    """No vote yet, a negative or absurd count, a card outside the vote's zones: each refused."""
    new = workshop_ops.create_workshop(demo_store, Workshop(title="Sans vote")).result
    zone = demo_store.board.zones.of_workshop(new.id)[0]
    idea = Card(workshop_id=new.id, text="Une idée", zone_id=zone.id, x=zone.x + 20, y=zone.y + 60)
    fresh = board_ops.add_card(demo_store, idea).result
    error = _refused(demo_store, lambda s: ops.set_paper_dots(s, fresh.id, 3), "vote_round")
    assert "Démarrez d'abord un vote" in str(error)
    _refused(demo_store, lambda s: ops.cast_room_vote(s, fresh.id), "vote_round")
    workshop_id = demo_store.demo_id  # type: ignore[attr-defined]
    cards = _cards(demo_store)
    card = cards[0]
    board_ops.start_vote_round(demo_store, workshop_id, 3, zone_ids=[card.zone_id])
    _refused(demo_store, lambda s: ops.set_paper_dots(s, card.id, -1), "dots")
    english = _refused(
        demo_store, lambda s: ops.set_paper_dots(s, card.id, 1000, lang="en"), "dots"
    )
    assert "0 to 999" in str(english)
    _refused(demo_store, lambda s: ops.withdraw_room_vote(s, card.id), "card")
    other = next(c for c in cards if c.zone_id != card.zone_id)
    _refused(demo_store, lambda s: ops.cast_room_vote(s, other.id), "card")
    _refused(demo_store, lambda s: ops.set_paper_dots(s, other.id, 2), "card")


def test_dots_are_still_typed_once_the_vote_is_closed(demo_store: Store) -> None:
    """After closing the vote the facilitator counts the stickers: the dots go to that round."""
    workshop_id = demo_store.demo_id  # type: ignore[attr-defined]
    card = _cards(demo_store)[0]
    started = board_ops.start_vote_round(demo_store, workshop_id, 3).result
    board_ops.end_vote_round(demo_store, workshop_id)
    assert ops.set_paper_dots(demo_store, card.id, 9).result.id == started.id
    assert _card_votes(demo_store, card) == 9


def test_a_hidden_round_shows_nothing_until_revealed_and_revealing_is_undone(
    demo_store: Store,
) -> None:
    """A round started hidden is hidden; revealing it shows it; undo hides it again."""
    workshop_id = demo_store.demo_id  # type: ignore[attr-defined]
    board_ops.start_vote_round(demo_store, workshop_id, 3, hidden=True)
    assert counts_hidden(demo_store, workshop_id)
    before = _dump_all(demo_store)
    revealed = _once(demo_store, lambda s: ops.reveal_votes(s, workshop_id))
    assert revealed.result.revealed and not counts_hidden(demo_store, workshop_id)
    _undo_redo(
        demo_store,
        revealed,
        before,
        lambda: counts_hidden(demo_store, workshop_id) or pytest.fail(),
    )
    _refused(demo_store, lambda s: ops.reveal_votes(s, workshop_id), "vote_round")
    board_ops.start_vote_round(demo_store, workshop_id, 3)  # an ordinary round: shown
    assert not counts_hidden(demo_store, workshop_id)


def test_room_votes_on_several_cards_are_one_step_and_all_or_nothing(demo_store: Store) -> None:
    """A room vote on two selected cards is one undo step; a refused card refuses both."""
    workshop_id = demo_store.demo_id  # type: ignore[attr-defined]
    first, second = (card.id for card in _cards(demo_store)[:2])
    board_ops.start_vote_round(demo_store, workshop_id, 3)
    before = _dump_all(demo_store)
    both = _once(demo_store, lambda s: ops.room_votes(s, [first, second]))
    assert latest_tallies(demo_store, workshop_id)[second].room == 1
    _undo_redo(demo_store, both, before)
    ops.withdraw_room_vote(demo_store, second)
    _refused(demo_store, lambda s: ops.room_votes(s, [first, second], withdraw=True), "card")
    assert latest_tallies(demo_store, workshop_id)[first].room == 1
