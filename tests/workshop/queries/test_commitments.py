"""Reads of commitments: joined views, totals, the follow-up, and the screens' lists."""

from __future__ import annotations

import dataclasses
import datetime as dt

from workshop.domain.records import Alliance, Commitment, PartnerId
from workshop.domain.text import sort_key
from workshop.domain.vocabulary import CommitmentStatus, ResourceKind
from workshop.queries.commitments import (
    alliance_counts,
    card_organisations,
    commitment_totals,
    commitment_views,
    follow_up,
    is_overdue,
    partner_organisations,
    territories,
)


def test_totals_keep_confirmed_and_proposed_apart_and_leave_dropped_ones_out() -> None:
    """Euros with euros, hours with hours, each status apart; abandoned ones are never summed."""
    p = PartnerId(1)

    def c(kind: ResourceKind, quantity: float, unit: str, status: CommitmentStatus) -> Commitment:
        return Commitment(
            partner_id=p,
            description="x",
            resource_kind=kind,
            quantity=quantity,
            unit=unit,
            status=status,
        )

    totals = commitment_totals(
        [
            c(ResourceKind.FINANCIER, 1000, "€", CommitmentStatus.CONFIRME),
            c(ResourceKind.FINANCIER, 500.5, "€", CommitmentStatus.CONFIRME),
            c(ResourceKind.FINANCIER, 50000, "€", CommitmentStatus.PROPOSE),
            c(ResourceKind.HUMAIN, 8, "heures", CommitmentStatus.REALISE),
            c(ResourceKind.HUMAIN, 99, "heures", CommitmentStatus.ABANDONNE),
        ]
    )
    assert [
        (t.kind, t.unit, t.amount(CommitmentStatus.CONFIRME), t.amount(CommitmentStatus.PROPOSE))
        for t in totals.resources
    ] == [(ResourceKind.FINANCIER, "€", 1500.5, 50000), (ResourceKind.HUMAIN, "heures", 0, 0)]
    hours = totals.resources[1]
    assert hours.amount(CommitmentStatus.REALISE) == 8
    assert hours.amount(CommitmentStatus.ABANDONNE) == 0 and hours.dropped == 1
    assert totals.count(CommitmentStatus.CONFIRME) == 2 and totals.dropped == 1


def test_demo_totals_are_the_pledges_made(demo_store) -> None:
    """The demo workshop has 4 500 € confirmed and 37 000 € proposed (25 000 + 12 000)."""
    views = commitment_views(demo_store, workshop_id=demo_store.demo_id)
    totals = commitment_totals(v.commitment for v in views)
    euros = next(t for t in totals.resources if t.unit == "€")
    assert euros.amount(CommitmentStatus.CONFIRME) == 4500
    assert euros.amount(CommitmentStatus.PROPOSE) == 37000
    hours = next(t for t in totals.resources if t.unit == "heures")
    assert (hours.amount(CommitmentStatus.CONFIRME), hours.amount(CommitmentStatus.PROPOSE)) == (
        14,
        12,
    )


def test_follow_up_lists_open_commitments_overdue_first(demo_store) -> None:
    """Overdue open commitments come first; done and dropped ones are left out."""
    views = commitment_views(demo_store, workshop_id=demo_store.demo_id)
    late = views[-1].commitment
    demo_store.commitments.update(
        dataclasses.replace(late, due_date=dt.date(2027, 1, 5), status=CommitmentStatus.PROPOSE)
    )
    rows = follow_up(demo_store, dt.date(2027, 2, 1))
    assert rows[0].id == late.id and rows[0].overdue(dt.date(2027, 2, 1))
    assert all(r.commitment.status in ("propose", "confirme") for r in rows)
    flags = [r.overdue(dt.date(2027, 2, 1)) for r in rows]
    assert flags == sorted(flags, reverse=True)
    only = follow_up(demo_store, dt.date(2027, 2, 1), organisation_id=rows[0].organisation_id)
    assert {r.organisation_id for r in only} == {rows[0].organisation_id}


def test_a_done_commitment_is_never_overdue() -> None:
    """Only an open commitment past its due date is overdue."""
    due = Commitment(partner_id=PartnerId(1), description="x", due_date=dt.date(2027, 1, 1))
    assert is_overdue(due, dt.date(2027, 1, 2))
    assert not is_overdue(due, dt.date(2027, 1, 1))
    assert not is_overdue(
        dataclasses.replace(due, status=CommitmentStatus.REALISE), dt.date(2027, 1, 2)
    )


def test_views_name_partner_alliance_workshop_and_signatory(demo_store) -> None:
    """Each view carries the names the screens and exports show, filtered by alliance."""
    alliance = demo_store.alliances.of_workshop(demo_store.demo_id)[0]
    views = commitment_views(demo_store, alliance_id=alliance.id)
    assert views and {v.alliance for v in views} == {alliance.name}
    workshop = demo_store.workshops.get(demo_store.demo_id)
    assert {v.workshop for v in views} == {workshop.title}
    signed = next(v for v in views if v.commitment.signatory_id)
    person = demo_store.people.get(signed.commitment.signatory_id)
    assert signed.signatory == person.full_name


def test_alliance_counts_give_partners_and_commitments(demo_store) -> None:
    """The list shows each alliance's partners and commitments; an empty one has none."""
    alliances = demo_store.alliances.of_workshop(demo_store.demo_id)
    empty = demo_store.alliances.add(Alliance(workshop_id=demo_store.demo_id, name="Vide"))
    counts = alliance_counts(demo_store, [a.id for a in alliances] + [empty.id])
    first = alliances[0]
    assert counts[first.id] == (
        len(demo_store.partners.of_alliance(first.id)),
        len(demo_store.commitments.of_alliance(first.id)),
    )
    assert counts[empty.id] == (0, 0)
    assert alliance_counts(demo_store, []) == {}


def test_partner_organisations_and_territories_sort_without_accents(demo_store) -> None:
    """The follow-up's lists are alphabetical, accents ignored, each name once."""
    names = [o.name for o in partner_organisations(demo_store)]
    partners = {p.organisation_id for p in demo_store.partners.all()}
    assert len(names) == len(partners)
    assert names == sorted(names, key=sort_key)
    demo = demo_store.workshops.get(demo_store.demo_id)
    demo_store.workshops.add(dataclasses.replace(demo, id=0, territory="Évreux"))
    demo_store.workshops.add(dataclasses.replace(demo, id=0, territory="Évreux "))
    found = territories(demo_store)
    assert found.count("Évreux") == 1
    assert found == sorted(found, key=sort_key)


def test_card_organisations_are_their_authors_in_order(demo_store) -> None:
    """A card's organisation is its own, else its person's; each organisation once."""
    cards = demo_store.board.cards.of_workshop(demo_store.demo_id)
    with_org = [c for c in cards if c.organisation_id is not None][:3]
    ids = [c.id for c in with_org + with_org]
    assert card_organisations(demo_store, ids) == list(
        dict.fromkeys(c.organisation_id for c in with_org)
    )
