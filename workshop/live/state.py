"""What a phone is told: the JSON shape of /api/state, built from the store's records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from workshop.domain.records import Alliance, Workshop, Zone
from workshop.domain.vocabulary import RESOURCE_UNITS, Lang, OrganisationKind, ResourceKind

MAX_VOTE_CARDS = 300


@dataclass(frozen=True, kw_only=True)
class VoteState:
    """A running vote as one participant sees it: votes left and the cards to vote on."""

    votes_per_person: int
    votes_left: int
    cards: Sequence[tuple[int, str, str]]  # card id, text, zone name


def resource_kinds() -> list[dict[str, Any]]:
    """The resource kinds a commitment may name, with both labels and the usual unit."""
    return [
        {
            "value": kind.value,
            "label": {"fr": kind.label("fr"), "en": kind.label("en")},
            "unit": RESOURCE_UNITS[kind][0],
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
    """The state of the session for one phone (every string is data, shown as text)."""
    return {
        "workshop": workshop.title,
        "lang": lang,
        "moderated": moderated,
        "zones": [{"id": zone.id, "name": zone.name} for zone in zones],
        "alliances": [{"id": a.id, "name": a.name} for a in alliances],
        "organisations": list(organisations),
        "resource_kinds": resource_kinds(),
        "organisation_kinds": organisation_kinds(),
        "participant": (
            {"first_name": participant[0], "organisation": participant[1]} if participant else None
        ),
        "vote": vote_payload(vote) if vote else None,
    }


def vote_payload(vote: VoteState) -> dict[str, Any]:
    """A running vote for one participant: votes left and the cards (the first 300)."""
    return {
        "votes_per_person": vote.votes_per_person,
        "votes_left": vote.votes_left,
        "cards": [
            {"id": card_id, "text": text, "zone": zone}
            for card_id, text, zone in vote.cards[:MAX_VOTE_CARDS]
        ],
    }
