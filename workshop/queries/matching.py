"""Reads for offers and needs: each organisation's stance (registry and board) and the matches.

An organisation takes part when it brings or seeks something: ticked offers or needs text in
the registry, or a card it wrote in an offers or needs zone of the workshop's board (see
`workshop.domain.matching.zone_side`). Its attendance is the best of its people's at the
workshop: someone checked in, or only registered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from workshop.domain.matching import (
    Match,
    Presence,
    RankedMatches,
    Side,
    Stance,
    find_matches,
    resource_kinds_in,
    zone_side,
)
from workshop.domain.records import Alliance, AllianceId, OrganisationId, WorkshopId
from workshop.domain.vocabulary import ResourceKind
from workshop.storage.store import Store

__all__ = [
    "Match",
    "OfferMatches",
    "RankedMatches",
    "Stance",
    "offer_matches",
    "organisation_stances",
]


@dataclass(frozen=True)
class OfferMatches:
    """The matches of a workshop, best first, and the alliances already joining a pair."""

    matches: RankedMatches
    stances: Sequence[Stance] = ()
    alliances: dict[frozenset[OrganisationId], Alliance] = field(default_factory=dict)

    def alliance_of(self, match: Match) -> Alliance | None:
        """The workshop's alliance both organisations are partners of, if one is."""
        pair = frozenset((match.giver.organisation_id, match.seeker.organisation_id))
        return self.alliances.get(pair)


def _presence(store: Store, workshop_id: WorkshopId) -> dict[int, Presence]:
    rows = store.db.execute(
        """SELECT p.organisation_id, max(a.present) FROM attendance a
           JOIN people p ON p.id = a.person_id
           WHERE a.workshop_id = ? AND p.organisation_id IS NOT NULL
           GROUP BY p.organisation_id""",
        [workshop_id],
    ).fetchall()
    return {org: Presence.PRESENT if present else Presence.REGISTERED for org, present in rows}


def _board_sayings(
    store: Store, workshop_id: WorkshopId
) -> dict[int, dict[Side, dict[ResourceKind, list[str]]]]:
    """What each organisation's cards in the offers and needs zones say it brings or seeks."""
    sides = {
        zone.id: side
        for zone in store.board.zones.of_workshop(workshop_id)
        if (side := zone_side(zone.name)) is not None
    }
    if not sides:
        return {}
    marks = ", ".join("?" * len(sides))
    rows = store.db.execute(
        f"""SELECT c.zone_id, coalesce(c.organisation_id, p.organisation_id), c.text
            FROM cards c LEFT JOIN people p ON p.id = c.person_id
            WHERE c.workshop_id = ? AND c.zone_id IN ({marks}) ORDER BY c.id""",
        [workshop_id, *sides],
    ).fetchall()
    said: dict[int, dict[Side, dict[ResourceKind, list[str]]]] = {}
    for zone_id, organisation_id, text in rows:
        if organisation_id is None:
            continue  # nobody to match
        for kind in resource_kinds_in(text):
            by_side = said.setdefault(organisation_id, {})
            by_side.setdefault(sides[zone_id], {}).setdefault(kind, []).append(text)
    return said


def organisation_stances(store: Store, workshop_id: WorkshopId | None) -> list[Stance]:
    """Every organisation that brings or seeks something, from the registry and the board."""
    presence = _presence(store, workshop_id) if workshop_id is not None else {}
    board = _board_sayings(store, workshop_id) if workshop_id is not None else {}
    stances = []
    for org in store.organisations.all():
        offers: dict[ResourceKind, tuple[str, ...]] = {kind: ("",) for kind in org.offers}
        needs: dict[ResourceKind, tuple[str, ...]] = {
            kind: (org.needs.strip(),) for kind in resource_kinds_in(org.needs)
        }
        for side, kinds in board.get(org.id, {}).items():
            into = offers if side is Side.OFFER else needs
            for kind, texts in kinds.items():
                into[kind] = (*into.get(kind, ()), *texts)
        if not offers and not needs:
            continue
        stances.append(
            Stance(
                organisation_id=org.id,
                name=org.name,
                kind=org.kind,
                offers=offers,
                needs=needs,
                sdgs=frozenset(org.sdgs),
                presence=presence.get(org.id, Presence.ABSENT),
            )
        )
    return stances


def _alliances(store: Store, workshop_id: WorkshopId) -> dict[frozenset[OrganisationId], Alliance]:
    """Each pair of organisations that are partners of one alliance of the workshop."""
    alliances = {a.id: a for a in store.alliances.of_workshop(workshop_id)}
    partners: dict[AllianceId, list[OrganisationId]] = {}
    for partner in store.partners.find(
        "alliance_id IN (SELECT id FROM alliances WHERE workshop_id = ?)", [workshop_id]
    ):
        partners.setdefault(partner.alliance_id, []).append(partner.organisation_id)
    pairs: dict[frozenset[OrganisationId], Alliance] = {}
    for alliance_id, members in partners.items():
        for n, first in enumerate(members):
            for second in members[n + 1 :]:
                pairs.setdefault(frozenset((first, second)), alliances[alliance_id])
    return pairs


def offer_matches(store: Store, workshop_id: WorkshopId | None) -> OfferMatches:
    """Who brings what another seeks, best ranked first, for the workshop being run."""
    stances = organisation_stances(store, workshop_id)
    return OfferMatches(
        matches=find_matches(stances),
        stances=stances,
        alliances=_alliances(store, workshop_id) if workshop_id is not None else {},
    )
