"""The roll-up of every workshop: who is engaged and how often, alliances by SDG and by need,
commitments by kind, status and quarter, for a period or for all time."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop.domain.records import (
    Alliance,
    Card,
    Commitment,
    Organisation,
    Partner,
    Person,
    Workshop,
)
from workshop.domain.vocabulary import (
    CatalystNeed,
    CommitmentStatus,
    OrganisationKind,
    ResourceKind,
)
from workshop.errors import InvalidInput
from workshop.queries.territory import Period, Quarter, quarter_label, territory_rollup
from workshop.storage.store import Store

NEED = CatalystNeed


@pytest.fixture
def territory(store: Store) -> Store:
    """Two dated workshops (T1 and T3 2026) and an alliance of none; one mairie engaged in
    both, an association at one by a card only, a company only as a partner."""
    mairie = store.organisations.add(
        Organisation(name="Mairie de Lise", kind=OrganisationKind.COLLECTIVITE)
    )
    asso = store.organisations.add(
        Organisation(name="Les Jardins", kind=OrganisationKind.ASSOCIATION)
    )
    firm = store.organisations.add(
        Organisation(name="Bois & Fils", kind=OrganisationKind.ENTREPRISE)
    )
    store.organisations.add(Organisation(name="Jamais venue"))
    anne = store.people.add(Person(first_name="Anne", last_name="Roy", organisation_id=mairie.id))
    paul = store.people.add(Person(first_name="Paul", last_name="Dû", organisation_id=asso.id))
    march = store.workshops.add(
        Workshop(title="Mars", date=dt.date(2026, 3, 12), sdgs=(11,), needs=(NEED.TIERS_LIEUX,))
    )
    sept = store.workshops.add(Workshop(title="Septembre", date=dt.date(2026, 9, 3)))
    for workshop in (march, sept):
        store.attendance.register(workshop.id, [anne.id, paul.id])
        store.attendance.set_present(workshop.id, anne.id, True)
    store.board.cards.add(Card(workshop_id=march.id, text="Un lieu", person_id=paul.id))
    first = store.alliances.add(
        Alliance(
            workshop_id=march.id,
            name="Tiers-lieu",
            sdgs=(11, 12),
            needs=(NEED.TIERS_LIEUX, NEED.EXPERIMENTATION_COLLECTIVE),
        )
    )
    second = store.alliances.add(Alliance(workshop_id=sept.id, name="Mobilité", sdgs=(11,)))
    loose = store.alliances.add(Alliance(name="Sans atelier", needs=(NEED.DIALOGUE_TERRITORIAL,)))
    add = store.commitments.add
    p1 = store.partners.add(Partner(alliance_id=first.id, organisation_id=mairie.id))
    p2 = store.partners.add(Partner(alliance_id=first.id, organisation_id=firm.id))
    p3 = store.partners.add(Partner(alliance_id=second.id, organisation_id=mairie.id))
    p4 = store.partners.add(Partner(alliance_id=loose.id, organisation_id=firm.id))
    money = ResourceKind.FINANCIER
    add(
        Commitment(
            partner_id=p1.id,
            description="Local",
            resource_kind=money,
            quantity=4500,
            unit="€",
            status=CommitmentStatus.CONFIRME,
        )
    )
    add(
        Commitment(
            partner_id=p2.id,
            description="Don",
            resource_kind=money,
            quantity=1000,
            unit="euros",
            status=CommitmentStatus.CONFIRME,
        )
    )
    add(
        Commitment(
            partner_id=p2.id, description="Plus", resource_kind=money, quantity=37000, unit="€"
        )
    )
    add(
        Commitment(
            partner_id=p3.id,
            description="Bus",
            resource_kind=money,
            quantity=900,
            unit="€",
            status=CommitmentStatus.ABANDONNE,
        )
    )
    add(
        Commitment(
            partner_id=p3.id,
            description="Heures",
            quantity=14,
            unit="heures",
            status=CommitmentStatus.REALISE,
        )
    )
    add(Commitment(partner_id=p4.id, description="Salle", resource_kind=ResourceKind.MATERIEL))
    return store


def test_the_organisations_engaged_are_counted_by_workshop(territory: Store) -> None:
    """An organisation is engaged through its people present, its cards and its partnerships,
    counted once per workshop, the most engaged first; one never engaged is not listed."""
    rollup = territory_rollup(territory)
    engaged = {o.name: o for o in rollup.organisations}
    assert list(engaged) == ["Mairie de Lise", "Bois & Fils", "Les Jardins"]
    mairie = engaged["Mairie de Lise"]
    assert (mairie.workshops, mairie.present, mairie.alliances) == (2, 2, 2)
    assert (engaged["Les Jardins"].workshops, engaged["Les Jardins"].cards) == (1, 1)
    assert engaged["Les Jardins"].present == 0  # registered, never present
    assert (engaged["Bois & Fils"].workshops, engaged["Bois & Fils"].alliances) == (1, 2)
    assert rollup.returning == 1
    kinds = {k.kind: (k.organisations, k.engagements) for k in rollup.kinds}
    assert kinds[OrganisationKind.COLLECTIVITE] == (1, 2)
    assert OrganisationKind.FONDATION not in kinds


def test_the_workshops_and_their_participants_are_rolled_up(territory: Store) -> None:
    """The workshops come in date order with their registered, present and engaged counts;
    a person present at two workshops is one person and two presences."""
    rollup = territory_rollup(territory)
    assert [(w.title, w.registered, w.present, w.organisations) for w in rollup.workshops] == [
        ("Mars", 2, 1, 3),
        ("Septembre", 2, 1, 1),
    ]
    assert (rollup.people_present, rollup.participations) == (1, 2)
    assert (rollup.first_date, rollup.last_date) == (dt.date(2026, 3, 12), dt.date(2026, 9, 3))


def test_alliances_are_counted_by_sdg_and_by_need(territory: Store) -> None:
    """Alliances are counted under each SDG and each of the four needs they carry, with the
    workshops tagged likewise; the untagged ones are counted apart."""
    rollup = territory_rollup(territory)
    assert rollup.alliances == 3
    assert {(s.number, s.alliances, s.workshops) for s in rollup.sdgs} == {(11, 2, 1), (12, 1, 0)}
    needs = {n.need: (n.alliances, n.workshops) for n in rollup.needs}
    assert needs[NEED.TIERS_LIEUX] == (1, 1)
    assert needs[NEED.DIALOGUE_TERRITORIAL] == (1, 0)
    assert needs[NEED.ACCOMPAGNEMENT_PARTENARIATS] == (0, 0)
    assert needs[None] == (1, 1)  # "Mobilité", and the September workshop


def test_commitments_are_summed_by_status_never_proposed_with_confirmed(territory: Store) -> None:
    """Amounts are summed by kind, unit and status apart ('euros' with '€'), an abandoned one
    counted but never summed, and split by the quarter of their workshop's date."""
    rollup = territory_rollup(territory)
    money = [t for t in rollup.commitments.resources if t.kind == ResourceKind.FINANCIER]
    assert len(money) == 1
    assert money[0].amount(CommitmentStatus.CONFIRME) == 5500
    assert money[0].amount(CommitmentStatus.PROPOSE) == 37000
    assert money[0].dropped == 1
    assert rollup.count(CommitmentStatus.ABANDONNE) == 1
    assert rollup.commitment_count == 6
    assert [q.quarter for q in rollup.quarters] == [Quarter(2026, 1), Quarter(2026, 3), None]
    third = rollup.quarters[1].totals
    assert third.count(CommitmentStatus.REALISE) == 1
    assert third.count(CommitmentStatus.CONFIRME) == 0
    assert quarter_label(None, "fr") == "sans date"
    assert Quarter(2026, 3).label("en") == "Q3 2026"


def test_a_period_keeps_only_its_workshops(territory: Store) -> None:
    """With a period, only the workshops held in it count, with their alliances, commitments
    and engaged organisations (an alliance of no workshop is left out)."""
    rollup = territory_rollup(territory, Period(dt.date(2026, 7, 1), dt.date(2026, 12, 31)))
    assert [w.title for w in rollup.workshops] == ["Septembre"]
    assert [o.name for o in rollup.organisations] == ["Mairie de Lise"]
    assert rollup.alliances == 1
    assert [q.quarter for q in rollup.quarters] == [Quarter(2026, 3)]
    assert rollup.commitment_count == 2


def test_an_empty_database_rolls_up_to_nothing(store: Store) -> None:
    """A database with no workshop gives an empty roll-up, not an error."""
    rollup = territory_rollup(store)
    assert not rollup
    assert rollup.commitment_count == 0
    assert rollup.first_date is None


def test_a_period_ending_before_it_starts_is_refused() -> None:
    """A period whose end is before its start is refused with a message naming the field."""
    with pytest.raises(InvalidInput) as refused:
        Period(dt.date(2026, 5, 1), dt.date(2026, 1, 1)).check("fr")
    assert refused.value.field == "period"


def test_the_period_and_the_workshops_held_are_worded(territory: Store) -> None:
    """The period reads 'Du … au …' (or 'Tous les ateliers'); the workshops held give their
    number and first and last days, or only their number when none has a date."""
    from workshop.queries.territory_tables import held_text, period_text

    assert period_text(Period(), "fr") == "Tous les ateliers"
    assert period_text(Period(dt.date(2026, 1, 1), dt.date(2026, 6, 30)), "en") == (
        "From 1\u00a0January\u00a02026 to 30\u00a0June\u00a02026"
    )
    assert held_text(territory_rollup(territory), "fr") == (
        "2 ateliers, du 12\u00a0mars\u00a02026 au 3\u00a0septembre\u00a02026"
    )
    territory.workshops.add(Workshop(title="Sans date"))
    undated = territory_rollup(territory, Period())
    assert held_text(undated, "fr").startswith("3 ateliers, du 12")
    blank = territory_rollup(territory, Period(dt.date(2030, 1, 1)))
    assert held_text(blank, "fr") == ""


def test_undated_workshops_are_counted_by_number(store: Store) -> None:
    """Workshops with no date are said by their number alone."""
    from workshop.queries.territory_tables import held_text

    store.workshops.add(Workshop(title="Sans date"))
    assert held_text(territory_rollup(store), "fr") == "1 atelier"
