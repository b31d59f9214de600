"""Alliance and commitment operations: seeding from cards, parsing, checks, totals, follow-up."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop.domain.records import Commitment, PartnerId
from workshop.domain.vocabulary import CommitmentStatus, PartnerRole, ResourceKind
from workshop.errors import InvalidInput
from workshop.ops.alliances import (
    CommitmentInputError,
    Problem,
    add_commitment,
    alliance_from_cards,
    commitment_from_card,
    commitment_views,
    default_due_date,
    follow_up,
    format_quantity,
    parse_date,
    parse_quantity,
    totals_by_resource,
)


def test_quantities_typed_in_french_or_english_are_read() -> None:
    """ "1 500,50", "1500.5", "1.500,50" and "2 000 €" are numbers; blank is no quantity."""
    assert parse_quantity("1 500,50") == 1500.5
    assert parse_quantity("1\u202f500,50") == 1500.5
    assert parse_quantity("1500.5") == 1500.5
    assert parse_quantity("1.500,50") == 1500.5
    assert parse_quantity("2 000 €") == 2000
    assert parse_quantity("  ") is None
    assert format_quantity(1500.5) == "1\u202f500,5"


@pytest.mark.parametrize("text", ["beaucoup", "12abc", "1,2,3x", "--3"])
def test_a_quantity_that_is_not_a_number_is_refused_for_its_field(text: str) -> None:
    """Text that is not a number is refused with the quantity field named."""
    with pytest.raises(CommitmentInputError) as caught:
        parse_quantity(text)
    assert caught.value.problems == {"quantity": Problem.QUANTITY_NOT_NUMBER}


def test_dates_are_read_the_french_way() -> None:
    """31/03/2027, 31.03.27 and 2027-03-31 are the same day; 31/02/2027 is refused."""
    assert parse_date("31/03/2027") == dt.date(2027, 3, 31)
    assert parse_date("31.03.27") == dt.date(2027, 3, 31)
    assert parse_date("2027-03-31") == dt.date(2027, 3, 31)
    assert parse_date("") is None
    with pytest.raises(CommitmentInputError):
        parse_date("31/02/2027")


def test_default_due_date_is_three_months_after_the_workshop(demo_store) -> None:
    """A workshop on 30 November gives a due date on 28 February (clamped)."""
    workshop = demo_store.workshops.get(demo_store.demo_id)
    import dataclasses

    assert default_due_date(dataclasses.replace(workshop, date=dt.date(2026, 11, 30))) == (
        dt.date(2027, 2, 28)
    )


def _cards_with_authors(store):
    cards = store.board.cards.of_workshop(store.demo_id)
    return [c for c in cards if c.organisation_id is not None][:3]


def test_an_alliance_seeded_from_cards_has_their_authors_as_partners(demo_store) -> None:
    """The cards stay linked and each author organisation becomes a partner, the first pilot."""
    cards = _cards_with_authors(demo_store)
    alliance = alliance_from_cards(demo_store, demo_store.demo_id, [c.id for c in cards], "Test")
    assert demo_store.alliances.linked_cards(alliance.id) == sorted(c.id for c in cards)
    partners = demo_store.partners.of_alliance(alliance.id)
    assert [p.organisation_id for p in partners] == list(
        dict.fromkeys(c.organisation_id for c in cards)
    )
    assert partners[0].role == PartnerRole.PILOTE


def test_an_alliance_needs_a_name(demo_store) -> None:
    """A blank name is refused and nothing is created."""
    before = demo_store.alliances.count()
    with pytest.raises(InvalidInput):
        alliance_from_cards(demo_store, demo_store.demo_id, [], "  ")
    assert demo_store.alliances.count() == before


def test_a_card_becomes_a_proposed_commitment_of_its_author(demo_store) -> None:
    """The commitment repeats the card's text, is proposed, and its organisation is a partner."""
    card = _cards_with_authors(demo_store)[0]
    alliance = alliance_from_cards(demo_store, demo_store.demo_id, [], "Vide")
    created = commitment_from_card(demo_store, card.id, alliance.id)
    assert [t for t, _ in created.rows] == ["partners", "commitments"]
    commitment = demo_store.commitments.get(created.rows[-1][1])
    assert commitment.description == card.text
    assert commitment.status == CommitmentStatus.PROPOSE
    assert commitment.card_id == card.id


def test_invalid_commitments_name_each_faulty_field(demo_store) -> None:
    """A due date before the workshop and a signatory of another organisation are refused."""
    alliance = demo_store.alliances.of_workshop(demo_store.demo_id)[0]
    partner = demo_store.partners.of_alliance(alliance.id)[0]
    stranger = next(
        p for p in demo_store.people.all() if p.organisation_id != partner.organisation_id
    )
    before = demo_store.commitments.count()
    with pytest.raises(CommitmentInputError) as caught:
        add_commitment(
            demo_store,
            alliance.id,
            partner.organisation_id,
            Commitment(
                partner_id=PartnerId(0),
                description="Prêter une salle",
                due_date=dt.date(2000, 1, 1),
                signatory_id=stranger.id,
            ),
        )
    assert caught.value.problems == {
        "due_date": Problem.DATE_BEFORE_WORKSHOP,
        "signatory": Problem.SIGNATORY_OTHER_ORGANISATION,
    }
    assert demo_store.commitments.count() == before


def test_totals_sum_each_resource_kind_and_leave_dropped_ones_out(demo_store) -> None:
    """Euros are summed with euros, hours with hours; an abandoned commitment counts for nothing."""
    p = PartnerId(1)
    totals = totals_by_resource(
        [
            Commitment(
                partner_id=p,
                description="a",
                resource_kind=ResourceKind.FINANCIER,
                quantity=1000,
                unit="€",
            ),
            Commitment(
                partner_id=p,
                description="b",
                resource_kind=ResourceKind.FINANCIER,
                quantity=500.5,
                unit="€",
            ),
            Commitment(
                partner_id=p,
                description="c",
                resource_kind=ResourceKind.HUMAIN,
                quantity=8,
                unit="heures",
            ),
            Commitment(
                partner_id=p,
                description="d",
                resource_kind=ResourceKind.HUMAIN,
                quantity=99,
                unit="heures",
                status=CommitmentStatus.ABANDONNE,
            ),
        ]
    )
    assert [(t.kind, t.unit, t.quantity, t.count) for t in totals] == [
        (ResourceKind.FINANCIER, "€", 1500.5, 2),
        (ResourceKind.HUMAIN, "heures", 8, 1),
    ]


def test_follow_up_lists_open_commitments_overdue_first(demo_store) -> None:
    """Overdue open commitments come first; done and dropped ones are left out."""
    views = commitment_views(demo_store, workshop_id=demo_store.demo_id)
    late = views[-1].commitment
    import dataclasses

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


@given(st.floats(min_value=0, max_value=1e12, allow_nan=False).map(lambda v: round(v, 2)))
def test_a_quantity_shown_the_french_way_reads_back(value: float) -> None:
    """What the form shows (1 500,5) is read back as the same number."""
    assert parse_quantity(format_quantity(value)) == pytest.approx(value)
