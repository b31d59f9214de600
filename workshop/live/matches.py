"""Matches to confirm: who a phone's participant, or their new organisation, may already be.

A participant named on a phone is never merged with a registry record silently. When the
registry has someone they may be (the same first name in their organisation, on the check-in
list, or in an organisation close to the one they typed), or an organisation close to the one
they added, the facilitator is offered the match and answers "C'est bien X" (merge) or
"Nouvelle personne" / "Nouvelle organisation" (keep both). Like the moderation inbox, the list
lives as long as the application (see `LiveSession`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from workshop.domain.records import OrganisationId, Person, WorkshopId
from workshop.queries.live import organisations_like, people_like
from workshop.storage.store import Store


class MatchKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


@dataclass(frozen=True, kw_only=True)
class Match:
    """One possible match: the record a phone added (`phone_id`) may be `candidate_id`.

    For a person, `added_organisation_id` is the organisation the phone's join added with them,
    if any (it goes with them when they turn out to be someone of another organisation).
    """

    id: int
    kind: MatchKind
    phone_id: int
    candidate_id: int
    added_organisation_id: OrganisationId | None = None


@dataclass
class MatchList:
    """The matches waiting for the facilitator, oldest first (one per phone record and
    candidate)."""

    _items: dict[int, Match] = field(default_factory=dict)
    _next_id: int = 1

    def add(
        self,
        kind: MatchKind,
        phone_id: int,
        candidate_id: int,
        added_organisation_id: OrganisationId | None = None,
    ) -> Match | None:
        """Offer a match (None when it is already offered)."""
        for item in self._items.values():
            if (item.kind, item.phone_id, item.candidate_id) == (kind, phone_id, candidate_id):
                return None
        match = Match(
            id=self._next_id,
            kind=kind,
            phone_id=phone_id,
            candidate_id=candidate_id,
            added_organisation_id=added_organisation_id,
        )
        self._items[match.id] = match
        self._next_id += 1
        return match

    def items(self) -> list[Match]:
        return list(self._items.values())

    def get(self, match_id: int) -> Match | None:
        return self._items.get(match_id)

    def settle(self, kind: MatchKind, phone_id: int) -> list[Match]:
        """Remove every match of a phone's record (answered either way) and return them."""
        settled = [m for m in self._items.values() if (m.kind, m.phone_id) == (kind, phone_id)]
        for match in settled:
            del self._items[match.id]
        return settled

    def forget_missing(self, store: Store) -> None:
        """Drop the matches whose records are gone (merged, deleted, an undone join)."""

        def exists(kind: MatchKind, record_id: int) -> bool:
            repository = store.people if kind is MatchKind.PERSON else store.organisations
            return bool(repository.count("id = ?", [record_id]))

        self._items = {
            key: m
            for key, m in self._items.items()
            if exists(m.kind, m.phone_id) and exists(m.kind, m.candidate_id)
        }

    def __len__(self) -> int:
        return len(self._items)


def offer_matches(
    store: Store,
    matches: MatchList,
    workshop_id: WorkshopId,
    person: Person,
    *,
    person_added: bool,
    organisation_added: bool,
) -> list[Match]:
    """Offer the facilitator who a participant just named on a phone may be; the new offers.

    A new organisation is offered the registry's close ones ("Mairie": "Commune de Vatan"?); a
    new person the people they may be, by the desk's rule (`people_like`), those of the close
    organisations included.
    """
    offered: list[Match] = []
    close: list[OrganisationId] = []
    organisation_id = person.organisation_id
    if organisation_added and organisation_id is not None:
        typed = store.organisations.get(organisation_id).name
        for organisation in organisations_like(store, typed, exclude=organisation_id):
            close.append(organisation.id)
            match = matches.add(MatchKind.ORGANISATION, organisation_id, organisation.id)
            if match:
                offered.append(match)
    elif organisation_id is not None:  # one that an earlier phone added, still to be settled
        close = [
            OrganisationId(m.candidate_id)
            for m in matches.items()
            if (m.kind, m.phone_id) == (MatchKind.ORGANISATION, organisation_id)
        ]
    if person_added:
        added = organisation_id if organisation_added else None
        for candidate in people_like(store, person, workshop_id, close):
            match = matches.add(MatchKind.PERSON, person.id, candidate.id, added)
            if match:
                offered.append(match)
    return offered
