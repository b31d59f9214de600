"""What a phone is told: the JSON shape of /api/state, built from the store's records."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from workshop.domain.records import Alliance, Workshop, Zone
from workshop.domain.totals import UNITS_EN
from workshop.domain.vocabulary import RESOURCE_UNITS, Lang, OrganisationKind, ResourceKind

# A vote lists every card of its zones: past this many (a board of thousands), the list stops
# and says so ("cards_total" is always the count of the round's cards).
MAX_VOTE_CARDS = 2000


@dataclass(frozen=True, kw_only=True)
class VoteCard:
    """A card of the running vote: its id, text, zone (name and id)."""

    id: int
    text: str
    zone: str
    zone_id: int | None


@dataclass(frozen=True, kw_only=True)
class VoteState:
    """A running vote as one participant sees it: votes left, the cards and their own dots,
    and the votes of everyone on each card (phones, room and paper dots together) unless the
    facilitator hides them until revealed."""

    round_id: int
    votes_per_person: int
    votes_left: int
    zone_ids: Sequence[int]
    cards: Sequence[VoteCard]
    my_votes: dict[int, int]
    revealed: bool = True
    totals: Mapping[int, int] = field(default_factory=dict)  # card id: votes (none: left out)


_LANGS: tuple[Lang, ...] = ("fr", "en")


def unit_in(unit: str, lang: Lang) -> str:
    """A usual unit in the page's language ("heures", "hours"; "€" and "m²" in both)."""
    return UNITS_EN.get(unit, unit) if lang == "en" else unit


def resource_kinds(lang: Lang = "fr") -> list[dict[str, Any]]:
    """The resource kinds a commitment may name, with both labels and the usual units in the
    state's language."""
    return [
        {
            "value": kind.value,
            "label": {"fr": kind.label("fr"), "en": kind.label("en")},
            "unit": unit_in(RESOURCE_UNITS[kind][0], lang),
            "units": [unit_in(unit, lang) for unit in RESOURCE_UNITS[kind]],
            # For a page shown in the other language than the desk's ("English" on the phone).
            "units_by_lang": {
                other: [unit_in(unit, other) for unit in RESOURCE_UNITS[kind]] for other in _LANGS
            },
        }
        for kind in ResourceKind
    ]


def organisation_kinds() -> list[dict[str, Any]]:
    """The kinds a participant chooses from for an organisation the registry does not know."""
    return [
        {"value": kind.value, "label": {"fr": kind.label("fr"), "en": kind.label("en")}}
        for kind in OrganisationKind
    ]


def state_payload(
    *,
    workshop: Workshop,
    lang: Lang,
    zones: Sequence[Zone],
    alliances: Sequence[Alliance],
    organisations: Sequence[str],
    vote: VoteState | None,
    moderated: bool,
    participant: tuple[str, str] | None,
) -> dict[str, Any]:
    """The state of the session for one phone (every string is data, shown as text).

    A zone's "prompt" is "" (zones have no instructions of their own in the data yet).
    """
    return {
        "workshop": workshop.title,
        "question": workshop.question,
        "anonymous": workshop.anonymous,
        "lang": lang,
        "moderated": moderated,
        "zones": [{"id": zone.id, "name": zone.name, "prompt": ""} for zone in zones],
        "alliances": [{"id": a.id, "name": a.name} for a in alliances],
        "organisations": list(organisations),
        "resource_kinds": resource_kinds(lang),
        "organisation_kinds": organisation_kinds(),
        "participant": (
            {"first_name": participant[0], "organisation": participant[1]} if participant else None
        ),
        "mine": None,
        "vote": vote_payload(vote) if vote else None,
    }


def vote_cards_payload(cards: Sequence[VoteCard]) -> list[dict[str, Any]]:
    """The cards of a vote as the phones get them (the same list for every phone)."""
    return [
        {
            "id": card.id,
            "text": card.text,
            "zone": card.zone,
            "zone_id": card.zone_id,
            "my_votes": 0,
        }
        for card in cards[:MAX_VOTE_CARDS]
    ]


def cards_version(cards: list[dict[str, Any]]) -> str:
    """A short name for one list of vote cards: the same list, the same name."""
    text = json.dumps([(c["id"], c["text"], c["zone_id"]) for c in cards], ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def vote_payload(
    vote: VoteState,
    shared_cards: list[dict[str, Any]] | None = None,
    *,
    version: str = "",
    known_version: str | None = None,
) -> dict[str, Any]:
    """A running vote for one participant: the round, votes left, every card of the round's
    zones with the participant's own dots on each ("my_votes"), and how many cards it has.

    "cards_version" names the list; a phone that says it holds that version already
    (`known_version`) gets "cards": null and rebuilds nothing: with 500 phones polling a vote
    of a thousand cards, the Wi-Fi carries the list once per change, not every 4 s. Its dots
    are then in "my_votes" (card id: count), which is always there.

    "totals" (card id: everyone's votes) is withheld (null) while the vote is hidden
    ("revealed": false): a phone cannot show what the board does not.
    """
    cards = shared_cards if shared_cards is not None else vote_cards_payload(vote.cards)
    version = version or cards_version(cards)
    mine = vote.my_votes
    listed: list[dict[str, Any]] | None
    if known_version is not None and known_version == version:
        listed = None
    elif mine:  # the shared list as is, but the cards this participant voted for (a copy each)
        listed = [dict(c, my_votes=mine[c["id"]]) if c["id"] in mine else c for c in cards]
    else:
        listed = cards
    return {
        "round_id": vote.round_id,
        "votes_per_person": vote.votes_per_person,
        "votes_left": vote.votes_left,
        "zones": list(vote.zone_ids),
        "cards_total": len(vote.cards),
        "cards_version": version,
        "my_votes": {str(card_id): n for card_id, n in mine.items()},
        "cards": listed,
        "revealed": vote.revealed,
        "totals": (
            {str(card_id): n for card_id, n in vote.totals.items() if n} if vote.revealed else None
        ),
    }
