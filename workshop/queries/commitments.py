"""Reads of alliances and commitments: joined rows, totals, the follow-up, the screens' lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workshop.domain.quantities import OPEN_STATUSES
from workshop.domain.records import (
    AllianceId,
    CardId,
    Commitment,
    CommitmentId,
    Organisation,
    OrganisationId,
    Partner,
    Workshop,
    WorkshopId,
)
from workshop.domain.text import sort_key
from workshop.domain.totals import CommitmentTotals, ResourceTotal, commitment_totals
from workshop.domain.vocabulary import (
    CommitmentStatus,
    OrganisationKind,
    PartnerRole,
)
from workshop.storage.store import Store

__all__ = [
    "OPEN_STATUSES",
    "CommitmentTotals",
    "CommitmentView",
    "ResourceTotal",
    "alliance_counts",
    "card_organisation",
    "card_organisations",
    "commitment_totals",
    "commitment_views",
    "follow_up",
    "is_overdue",
    "partner_in",
    "partner_organisations",
    "territories",
    "workshop_of_alliance",
]


@dataclass(frozen=True)
class CommitmentView:
    """A commitment with the names around it: partner, alliance, workshop, signatory."""

    commitment: Commitment
    organisation_id: OrganisationId
    organisation: str
    organisation_kind: OrganisationKind
    role: PartnerRole
    alliance_id: AllianceId
    alliance: str
    workshop_id: WorkshopId | None
    workshop: str
    signatory: str

    @property
    def id(self) -> CommitmentId:
        return self.commitment.id

    def overdue(self, today: dt.date) -> bool:
        return is_overdue(self.commitment, today)


def is_overdue(commitment: Commitment, today: dt.date) -> bool:
    """An open commitment whose due date has passed."""
    return (
        commitment.status in OPEN_STATUSES
        and commitment.due_date is not None
        and commitment.due_date < today
    )


_VIEW_SQL = """
SELECT c.id AS c_id, o.id AS o_id, o.name AS o_name, o.kind AS o_kind, p.role AS p_role,
       a.id AS a_id, a.name AS a_name, w.id AS w_id, coalesce(w.title, '') AS w_title,
       trim(coalesce(s.first_name, '') || ' ' || coalesce(s.last_name, '')) AS s_name
FROM commitments c
JOIN partners p ON p.id = c.partner_id
JOIN organisations o ON o.id = p.organisation_id
JOIN alliances a ON a.id = p.alliance_id
LEFT JOIN workshops w ON w.id = a.workshop_id
LEFT JOIN people s ON s.id = c.signatory_id
"""


def commitment_views(
    store: Store,
    *,
    workshop_id: WorkshopId | None = None,
    alliance_id: AllianceId | None = None,
    organisation_id: OrganisationId | None = None,
    statuses: Sequence[CommitmentStatus] = (),
    due_from: dt.date | None = None,
    due_to: dt.date | None = None,
    territory: str | None = None,
) -> list[CommitmentView]:
    """Commitments with their names, filtered; by alliance, then partner, then id.

    `territory` keeps the workshops held in that territory (case-insensitive).
    """
    where: list[str] = ["1"]
    params: list[object] = []
    for column, value in (
        ("a.workshop_id", workshop_id),
        ("a.id", alliance_id),
        ("o.id", organisation_id),
    ):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if statuses:
        where.append(f"c.status IN ({','.join('?' * len(statuses))})")
        params.extend(s.value for s in statuses)
    if territory is not None:
        where.append("w.territory = ? COLLATE NOCASE")
        params.append(territory.strip())
    if due_from is not None:
        where.append("c.due_date >= ?")
        params.append(due_from.isoformat())
    if due_to is not None:
        where.append("c.due_date <= ?")
        params.append(due_to.isoformat())
    sql = (
        _VIEW_SQL
        + " WHERE "
        + " AND ".join(where)
        + " ORDER BY a.id, CASE p.role WHEN 'pilote' THEN 0 ELSE 1 END, o.name COLLATE NOCASE, c.id"
    )
    rows = list(store.db.query(sql, params))
    commitments = {
        c.id: c
        for c in store.commitments.find(
            f"id IN ({','.join('?' * len(rows))})" if rows else "0", [r["c_id"] for r in rows]
        )
    }
    return [
        CommitmentView(
            commitment=commitments[r["c_id"]],
            organisation_id=OrganisationId(r["o_id"]),
            organisation=r["o_name"],
            organisation_kind=OrganisationKind(r["o_kind"]),
            role=PartnerRole(r["p_role"]),
            alliance_id=AllianceId(r["a_id"]),
            alliance=r["a_name"],
            workshop_id=WorkshopId(r["w_id"]) if r["w_id"] is not None else None,
            workshop=r["w_title"],
            signatory=r["s_name"],
        )
        for r in rows
    ]


def follow_up(
    store: Store,
    today: dt.date,
    *,
    alliance_id: AllianceId | None = None,
    organisation_id: OrganisationId | None = None,
    statuses: Sequence[CommitmentStatus] = OPEN_STATUSES,
    due_from: dt.date | None = None,
    due_to: dt.date | None = None,
    territory: str | None = None,
) -> list[CommitmentView]:
    """Commitments across every workshop (of a territory), overdue ones first, then by date."""
    views = commitment_views(
        store,
        alliance_id=alliance_id,
        organisation_id=organisation_id,
        statuses=statuses,
        due_from=due_from,
        due_to=due_to,
        territory=territory,
    )
    return sorted(
        views,
        key=lambda v: (
            not v.overdue(today),
            v.commitment.due_date is None,
            v.commitment.due_date or dt.date.max,
            v.id,
        ),
    )


# --- what the screens list and the operations look up -------------------------------------


def alliance_counts(
    store: Store, alliance_ids: Iterable[AllianceId]
) -> dict[AllianceId, tuple[int, int]]:
    """How many partners and commitments each alliance has (alliances with none: (0, 0))."""
    ids = list(alliance_ids)
    counts = {alliance_id: (0, 0) for alliance_id in ids}
    if not ids:
        return counts
    marks = ",".join("?" * len(ids))
    rows = store.db.execute(
        f"""SELECT p.alliance_id, count(DISTINCT p.id), count(c.id)
            FROM partners p LEFT JOIN commitments c ON c.partner_id = p.id
            WHERE p.alliance_id IN ({marks}) GROUP BY p.alliance_id""",
        ids,
    ).fetchall()
    for alliance_id, partners, commitments in rows:
        counts[AllianceId(alliance_id)] = (int(partners), int(commitments))
    return counts


def partner_organisations(store: Store) -> list[Organisation]:
    """The organisations that are partners of some alliance, alphabetically."""
    found = store.organisations.find("id IN (SELECT organisation_id FROM partners)")
    return sorted(found, key=lambda o: (sort_key(o.name), o.id))


def territories(store: Store) -> list[str]:
    """The territories workshops were held in, alphabetically, each once."""
    names = {w.territory.strip() for w in store.workshops.all() if w.territory.strip()}
    return sorted(names, key=sort_key)


def partner_in(
    store: Store, alliance_id: AllianceId, organisation_id: OrganisationId
) -> Partner | None:
    """The organisation's partner record in the alliance, if it is a partner."""
    found = store.partners.find(
        "alliance_id = ? AND organisation_id = ?", [alliance_id, organisation_id]
    )
    return found[0] if found else None


def workshop_of_alliance(store: Store, alliance_id: AllianceId) -> Workshop | None:
    """The workshop an alliance was formed in (None for an alliance of no workshop)."""
    alliance = store.alliances.get(alliance_id)
    return store.workshops.get(alliance.workshop_id) if alliance.workshop_id else None


def card_organisation(store: Store, card_id: CardId) -> OrganisationId | None:
    """The organisation of a card's author: the card's own, else its person's."""
    card = store.board.cards.get(card_id)
    if card.organisation_id is not None:
        return card.organisation_id
    if card.person_id is not None:
        return store.people.get(card.person_id).organisation_id
    return None


def card_organisations(store: Store, card_ids: Iterable[CardId]) -> list[OrganisationId]:
    """The organisations of the cards' authors, in order, each once."""
    result: list[OrganisationId] = []
    for card_id in card_ids:
        organisation_id = card_organisation(store, card_id)
        if organisation_id is not None and organisation_id not in result:
            result.append(organisation_id)
    return result
