"""Votes without phones: sticker dots counted on paper, the room's votes, hidden rounds.

With eighty people and no phones, the facilitator does not vote for each one: they count the
sticker dots on each card and type the number (one count per card and round, typed again to
correct it), or click a card once per hand raised (a vote of the room, nobody's). A round can
run hidden, so that nobody follows the crowd; revealing it shows the counts everywhere.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from workshop.domain.records import Card, CardId, VoteId, WorkshopId
from workshop.domain.vocabulary import Lang
from workshop.errors import InvalidInput, NotFound
from workshop.ops import Applied, operation
from workshop.storage.board import VoteRound
from workshop.storage.store import Store

MAX_PAPER_DOTS = 999  # more dots than that on one card is a typing slip

_MESSAGES: dict[str, tuple[str, str]] = {
    "card_missing": (
        "Cette carte n'est plus sur le tableau.",
        "This card is no longer on the board.",
    ),
    "workshop_missing": ("Cet atelier n'existe plus.", "This workshop no longer exists."),
    "no_round": ("Aucun vote en cours : démarrez un vote.", "No vote is running: start one."),
    "no_round_yet": (
        "Démarrez d'abord un vote : les gommettes se comptent pour un vote.",
        "Start a vote first: sticker dots are counted for a vote.",
    ),
    "not_in_round": (
        "Cette carte n'est pas dans les zones du vote.",
        "This card is not in the zones being voted on.",
    ),
    "dots": (
        "Le nombre de gommettes va de 0 à {n}.",
        "The number of sticker dots is 0 to {n}.",
    ),
    "no_room_vote": (
        "La salle n'a pas de vote sur cette carte.",
        "The room has no vote on this card.",
    ),
    "revealed": ("Les votes sont déjà visibles.", "The votes are already shown."),
}


def _refuse(code: str, field: str, lang: Lang, **values: object) -> InvalidInput:
    fr, en = _MESSAGES[code]
    return InvalidInput((fr if lang == "fr" else en).format(**values), field)


def _card(store: Store, card_id: CardId, lang: Lang) -> Card:
    try:
        return store.board.cards.get(card_id)
    except NotFound as error:
        raise _refuse("card_missing", "card", lang) from error


def _running(store: Store, card: Card, lang: Lang) -> VoteRound:
    """The running round, which must cover the card."""
    current = store.board.rounds.current(card.workshop_id)
    if current is None:
        raise _refuse("no_round", "vote_round", lang)
    if not current.covers(card.zone_id):
        raise _refuse("not_in_round", "card", lang)
    return current


def cast_room_vote(store: Store, card_id: CardId, *, lang: Lang = "fr") -> Applied[VoteId]:
    """The facilitator puts a dot of the running vote on a card for the room (no voter named:
    a hand raised, a sticker seen); undone as any action."""
    card = _card(store, card_id, lang)
    current = _running(store, card, lang)
    with operation(store) as op:
        vote_id = store.board.votes.cast(card_id, None, current.id, room=True)
    return op.applied(vote_id)


def withdraw_room_vote(store: Store, card_id: CardId, *, lang: Lang = "fr") -> Applied[None]:
    """The facilitator takes back one of the room's dots of the running vote on a card."""
    card = _card(store, card_id, lang)
    current = _running(store, card, lang)
    with operation(store) as op:
        if not store.board.votes.withdraw_room(card_id, current.id):
            raise _refuse("no_room_vote", "card", lang)
    return op.applied(None)


def set_paper_dots(
    store: Store, card_id: CardId, dots: int | None, *, lang: Lang = "fr"
) -> Applied[VoteRound]:
    """The facilitator types the sticker dots counted on a card, for the running vote (or the
    last one, once closed: the dots are counted after the room voted); None clears the count.
    The result is the round counted."""
    card = _card(store, card_id, lang)
    if dots is not None and not 0 <= dots <= MAX_PAPER_DOTS:
        raise _refuse("dots", "dots", lang, n=MAX_PAPER_DOTS)
    vote_round = store.board.rounds.latest(card.workshop_id)
    if vote_round is None:
        raise _refuse("no_round_yet", "vote_round", lang)
    if not vote_round.covers(card.zone_id):
        raise _refuse("not_in_round", "card", lang)
    with operation(store) as op:
        store.board.paper_dots.set(vote_round.id, card_id, dots)
    return op.applied(vote_round)


def reveal_votes(store: Store, workshop_id: WorkshopId, *, lang: Lang = "fr") -> Applied[VoteRound]:
    """The facilitator reveals the counts of the last vote, hidden until now: the board, the
    projector and the phones show them."""
    try:
        store.workshops.get(workshop_id)
    except NotFound as error:
        raise _refuse("workshop_missing", "workshop", lang) from error
    latest = store.board.rounds.latest(workshop_id)
    if latest is None:
        raise _refuse("no_round", "vote_round", lang)
    if latest.revealed:
        raise _refuse("revealed", "vote_round", lang)
    with operation(store) as op:
        shown = store.board.rounds.update(dataclasses.replace(latest, revealed=True))
    return op.applied(shown)


def room_votes(
    store: Store, card_ids: Sequence[CardId], *, withdraw: bool = False, lang: Lang = "fr"
) -> Applied[int]:
    """A vote of the room on each card picked (`withdraw`: one taken back from each), in one
    step; the result is how many cards it changed. A card refused refuses them all."""
    with operation(store) as op:
        for card_id in card_ids:
            if withdraw:
                withdraw_room_vote(store, card_id, lang=lang)
            else:
                cast_room_vote(store, card_id, lang=lang)
    return op.applied(len(card_ids))
