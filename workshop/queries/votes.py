"""A workshop's vote results: per round and card, participants' votes, the room's, paper dots."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.domain.records import CardId, WorkshopId
from workshop.storage.board import VoteRound, VoteTally
from workshop.storage.store import Store


@dataclass(frozen=True)
class RoundResults:
    """One vote round and its tallies per card (cards with no vote left out)."""

    vote_round: VoteRound
    tallies: dict[CardId, VoteTally] = field(default_factory=dict)

    def ranked(self) -> list[tuple[CardId, VoteTally]]:
        """The cards voted for, most votes first (ties: the card made first)."""
        return sorted(self.tallies.items(), key=lambda item: (-item[1].total, item[0]))

    @property
    def total(self) -> VoteTally:
        """The round's votes together, by where they came from."""
        return VoteTally(
            sum(t.participants for t in self.tallies.values()),
            sum(t.room for t in self.tallies.values()),
            sum(t.paper for t in self.tallies.values()),
        )


def vote_results(store: Store, workshop_id: WorkshopId) -> list[RoundResults]:
    """Every vote round of a workshop, first first, with its tallies (one query per round)."""
    rounds = store.board.rounds.find("workshop_id = ?", [workshop_id], "id")
    return [RoundResults(r, store.board.votes.tallies(r.id)) for r in rounds]


def latest_tallies(store: Store, workshop_id: WorkshopId) -> dict[CardId, VoteTally]:
    """The last round's tallies per card (empty: no vote yet)."""
    latest = store.board.rounds.latest(workshop_id)
    return store.board.votes.tallies(latest.id) if latest else {}


def counts_hidden(store: Store, workshop_id: WorkshopId) -> bool:
    """Whether the workshop's last vote is hidden (its counts shown nowhere until revealed)."""
    latest = store.board.rounds.latest(workshop_id)
    return latest is not None and not latest.revealed
