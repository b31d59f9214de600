"""Alliance, partner and commitment operations: action, undo, redo, refusals, one transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from tests.sql_count import counting
from workshop.domain.changes import Area
from workshop.domain.quantities import CommitmentInputError, Problem
from workshop.domain.records import (
    Alliance,
    Card,
    Commitment,
    Organisation,
    PartnerId,
    Person,
)
from workshop.domain.vocabulary import (
    AllianceStatus,
    CommitmentStatus,
    OrganisationKind,
    PartnerRole,
    PartnershipType,
)
from workshop.errors import InvalidInput, NotFound
from workshop.ops import Applied, revert
from workshop.ops.alliances import (
    add_commitment,
    add_partner,
    card_to_commitment,
    create_alliance,
    delete_alliance,
    delete_commitment,
    edit_alliance,
    edit_commitment,
    edit_partner,
    remove_partner,
    seed_alliance,
    set_alliance_status,
    set_commitment_status,
    set_commitments_status,
)
from workshop.ops.registry import AmbiguousOrganisation, UnknownOrganisation
from workshop.storage.store import Store

TABLES = ("alliances", "alliance_cards", "partners", "commitments", "organisations", "people")


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables these operations write (timestamps left out)."""
    result = {}
    for table in TABLES:
        columns = [c.name for c in store.db.table(table).columns if c.name not in ("updated_at",)]
        result[table] = [
            tuple(row)
            for row in store.db.execute(
                f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid"
            ).fetchall()
        ]
    return result


def undone_and_redone(store: Store, do: Callable[[Store], Applied[Any]]) -> Applied[Any]:
    """Run an operation in one transaction; check undo gives the rows back and redo again."""
    before = dump(store)
    with counting(store) as counted:
        applied = do(store)
    assert counted.transactions == 1
    after = dump(store)
    assert after != before
    assert applied.undo is not None
    undone = revert(store, applied.undo)
    assert dump(store) == before
    assert undone.undo is not None
    revert(store, undone.undo)
    assert dump(store) == after
    return applied


def refused(store: Store, do: Callable[[Store], object], error: type[Exception]) -> Exception:
    """Run an operation that must be refused and check it wrote nothing."""
    before = dump(store)
    with pytest.raises(error) as caught:
        do(store)
    assert dump(store) == before
    return caught.value


def _alliance(store: Store) -> Alliance:
    return store.alliances.of_workshop(store.demo_id)[0]


def _outsider(store: Store, alliance: Alliance) -> Organisation:
    """An organisation with people that is not a partner of the alliance."""
    members = {p.organisation_id for p in store.partners.of_alliance(alliance.id)}
    return next(
        o
        for o in store.organisations.all()
        if o.id not in members and store.people.of_organisation(o.id)
    )


def _cards_with_authors(store: Store) -> list[Card]:
    cards = store.board.cards.of_workshop(store.demo_id)
    return [c for c in cards if c.organisation_id is not None][:3]


# --- alliances ---------------------------------------------------------------------------


def test_an_alliance_is_created_and_undone(demo_store) -> None:
    """A new alliance keeps its name, SDGs and type; undo removes it, redo brings it back."""
    draft = Alliance(
        workshop_id=demo_store.demo_id,
        name="  Mobilité   douce ",
        sdgs=(11, 13),
        partnership_type=PartnershipType.MECENAT,
    )
    applied = undone_and_redone(demo_store, lambda s: create_alliance(s, draft))
    created = demo_store.alliances.get(applied.result.id)
    assert created.name == "Mobilité douce" and created.sdgs == (11, 13)
    assert created.partnership_type == PartnershipType.MECENAT
    assert applied.changes.touches(Area.ALLIANCES)


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (Alliance(name="  "), "name"),
        (Alliance(name="Trop", sdgs=(18,)), "sdgs"),
    ],
)
def test_an_alliance_without_a_name_or_with_a_bad_sdg_is_refused(demo_store, draft, field) -> None:
    """A blank name or an SDG outside 1–17 is refused for its field; nothing is written."""
    draft = dataclasses.replace(draft, workshop_id=demo_store.demo_id)
    error = refused(demo_store, lambda s: create_alliance(s, draft), InvalidInput)
    assert isinstance(error, InvalidInput) and error.field == field
    assert "alliance" in str(error) or "1 à 17" in str(error)


def test_an_alliance_name_is_refused_in_english_when_asked(demo_store) -> None:
    """With lang="en" the refusal is worded in English."""
    with pytest.raises(InvalidInput, match="needs a name"):
        create_alliance(demo_store, Alliance(name=""), lang="en")


def test_an_alliance_is_edited_and_undone(demo_store) -> None:
    """Status and SDGs changed are stored; undo puts the old ones back."""
    original = _alliance(demo_store)
    edited = dataclasses.replace(original, status=AllianceStatus.FORMALISEE, sdgs=(2, 12, 17))
    undone_and_redone(demo_store, lambda s: edit_alliance(s, edited))
    assert demo_store.alliances.get(original.id).sdgs == (2, 12, 17)
    refused(
        demo_store, lambda s: edit_alliance(s, dataclasses.replace(original, name="")), InvalidInput
    )


def test_an_alliance_is_moved_on_alone_and_undone(demo_store) -> None:
    """Moving an alliance to "Formalisée" changes only its status; undo puts "Idée" back; an
    unknown status is refused and writes nothing."""
    alliance = next(
        a
        for a in demo_store.alliances.of_workshop(demo_store.demo_id)
        if a.status == AllianceStatus.IDEE
    )
    applied = undone_and_redone(
        demo_store, lambda s: set_alliance_status(s, alliance.id, AllianceStatus.FORMALISEE)
    )
    assert applied.changes.touches(Area.ALLIANCES)
    stored = demo_store.alliances.get(alliance.id)
    assert stored == dataclasses.replace(alliance, status=AllianceStatus.FORMALISEE)
    error = refused(
        demo_store,
        lambda s: set_alliance_status(s, alliance.id, "engagee", lang="en"),
        InvalidInput,
    )
    assert str(error) == "Unknown alliance status: “engagee”." and error.field == "status"
    refused(demo_store, lambda s: set_alliance_status(s, 999_999, AllianceStatus.IDEE), NotFound)


def test_deleting_an_alliance_takes_its_partners_and_commitments_and_undo_restores(
    demo_store,
) -> None:
    """Delete removes the alliance with its partners and commitments; undo brings all back."""
    alliance = _alliance(demo_store)
    assert demo_store.commitments.of_alliance(alliance.id)
    undone_and_redone(demo_store, lambda s: delete_alliance(s, alliance.id))
    assert not demo_store.alliances.find("id = ?", [alliance.id])
    assert not demo_store.partners.of_alliance(alliance.id)
    refused(demo_store, lambda s: delete_alliance(s, alliance.id), NotFound)


def test_an_alliance_seeded_from_cards_has_their_authors_as_partners(demo_store) -> None:
    """The cards stay linked and each author organisation becomes a partner, the first pilot."""
    cards = _cards_with_authors(demo_store)
    applied = undone_and_redone(
        demo_store, lambda s: seed_alliance(s, s.demo_id, [c.id for c in cards], "Test")
    )
    alliance = applied.result
    assert demo_store.alliances.linked_cards(alliance.id) == sorted(c.id for c in cards)
    partners = demo_store.partners.of_alliance(alliance.id)
    assert [p.organisation_id for p in partners] == list(
        dict.fromkeys(c.organisation_id for c in cards)
    )
    assert partners[0].role == PartnerRole.PILOTE
    assert applied.changes.touches(Area.ALLIANCES)


def test_a_seeded_alliance_needs_a_name(demo_store) -> None:
    """A blank name is refused and nothing is created."""
    refused(demo_store, lambda s: seed_alliance(s, s.demo_id, [], "  "), InvalidInput)


# --- partners ------------------------------------------------------------------------------


def test_a_partner_is_added_by_name_with_role_and_contact(demo_store) -> None:
    """A known organisation typed in capitals joins with its role and contact; undo removes it."""
    alliance = _alliance(demo_store)
    outsider = _outsider(demo_store, alliance)
    contact = demo_store.people.of_organisation(outsider.id)[0]
    typed = outsider.name.upper()
    applied = undone_and_redone(
        demo_store,
        lambda s: add_partner(s, alliance.id, typed, PartnerRole.SOUTIEN, contact.id),
    )
    partner = demo_store.partners.get(applied.result.id)
    assert (partner.organisation_id, partner.role, partner.contact_person_id) == (
        outsider.id,
        PartnerRole.SOUTIEN,
        contact.id,
    )


def test_an_unknown_partner_is_added_to_the_registry_only_with_a_kind(demo_store) -> None:
    """An unknown name without a kind is refused; with a kind it is added with that kind."""
    alliance = _alliance(demo_store)
    error = refused(
        demo_store,
        lambda s: add_partner(s, alliance.id, "Ferme des Trois Chênes"),
        UnknownOrganisation,
    )
    assert "type" in str(error)
    applied = undone_and_redone(
        demo_store,
        lambda s: add_partner(
            s, alliance.id, "Ferme des Trois Chênes", kind=OrganisationKind.ENTREPRISE
        ),
    )
    organisation = demo_store.organisations.get(applied.result.organisation_id)
    assert organisation.name == "Ferme des Trois Chênes"
    assert organisation.kind == OrganisationKind.ENTREPRISE
    assert applied.changes.touches(Area.ALLIANCES, Area.ORGANISATIONS)


@pytest.mark.parametrize(
    ("typed", "registry_name"),
    [
        ("cuisine commune (scop)", "SCOP Cuisine Commune"),
        ("RESTOS DU COEUR – ANTENNE DE BOURG-LISE", "Restos du Cœur – antenne de Bourg-Lise"),
        ("  boulangerie  martin et fils ", "Boulangerie Martin & Fils"),
    ],
)
def test_a_name_typed_otherwise_is_the_registry_organisation_in_both_places(
    demo_store, typed: str, registry_name: str
) -> None:
    """Partners and commitments read a typed name by the one rule: case, accents, ligatures,
    spaces, "&"/"et" and legal forms aside, it is the existing record, even with a kind."""
    alliance = demo_store.alliances.add(Alliance(workshop_id=demo_store.demo_id, name="Test"))
    existing = demo_store.organisations.by_name(registry_name)
    organisations = demo_store.organisations.count()
    partner = add_partner(demo_store, alliance.id, typed, kind=OrganisationKind.ASSOCIATION).result
    assert partner.organisation_id == existing.id
    other = demo_store.alliances.add(Alliance(workshop_id=demo_store.demo_id, name="Autre"))
    saved = add_commitment(demo_store, other.id, typed, _draft()).result
    assert demo_store.partners.get(saved.partner_id).organisation_id == existing.id
    assert demo_store.organisations.count() == organisations
    assert demo_store.organisations.get(existing.id).kind == existing.kind


def test_a_name_two_organisations_share_is_refused_as_partner(demo_store) -> None:
    """Two registry organisations of one name: adding the bare name as partner is refused
    next to the field, whatever kind is given, and nothing is written."""
    alliance = _alliance(demo_store)
    for territory in ("Vatan", "Indre"):
        demo_store.organisations.add(
            Organisation(
                name="Mairie de Vatan", kind=OrganisationKind.COLLECTIVITE, territory=territory
            )
        )
    error = refused(
        demo_store,
        lambda s: add_partner(s, alliance.id, "mairie de vatan", kind=OrganisationKind.ASSOCIATION),
        AmbiguousOrganisation,
    )
    assert isinstance(error, InvalidInput) and error.field == "organisation"


def test_a_partner_twice_or_a_foreign_contact_is_refused(demo_store) -> None:
    """An organisation already partner, a contact of another organisation or no name: refused."""
    alliance = _alliance(demo_store)
    member = demo_store.partners.of_alliance(alliance.id)[0]
    refused(demo_store, lambda s: add_partner(s, alliance.id, member.organisation_id), InvalidInput)
    outsider = _outsider(demo_store, alliance)
    stranger = next(p for p in demo_store.people.all() if p.organisation_id != outsider.id)
    error = refused(
        demo_store,
        lambda s: add_partner(s, alliance.id, outsider.id, contact_person_id=stranger.id),
        InvalidInput,
    )
    assert isinstance(error, InvalidInput) and error.field == "contact"
    refused(demo_store, lambda s: add_partner(s, alliance.id, "  "), InvalidInput)


def test_a_partner_role_and_contact_are_edited(demo_store) -> None:
    """The role and contact change; undo restores them; a foreign contact is refused."""
    alliance = _alliance(demo_store)
    partner = demo_store.partners.of_alliance(alliance.id)[0]
    undone_and_redone(
        demo_store, lambda s: edit_partner(s, partner.id, PartnerRole.FINANCEUR, None)
    )
    assert demo_store.partners.get(partner.id).role == PartnerRole.FINANCEUR
    stranger = next(
        p for p in demo_store.people.all() if p.organisation_id != partner.organisation_id
    )
    refused(
        demo_store,
        lambda s: edit_partner(s, partner.id, PartnerRole.PILOTE, stranger.id),
        InvalidInput,
    )


def test_removing_a_partner_takes_its_commitments_and_undo_restores(demo_store) -> None:
    """A removed partner's commitments in the alliance go with it; undo brings both back."""
    alliance = _alliance(demo_store)
    partner = next(
        p
        for p in demo_store.partners.of_alliance(alliance.id)
        if demo_store.commitments.count("partner_id = ?", [p.id])
    )
    undone_and_redone(demo_store, lambda s: remove_partner(s, partner.id))
    assert not demo_store.partners.find("id = ?", [partner.id])
    refused(demo_store, lambda s: remove_partner(s, partner.id), NotFound)


# --- commitments ---------------------------------------------------------------------------


def _draft(**fields: Any) -> Commitment:
    return Commitment(partner_id=PartnerId(0), description="Prêter une salle", **fields)


def test_a_commitment_by_a_known_organisation_makes_it_partner(demo_store) -> None:
    """Recording a commitment of an outsider adds it as partner; one undo removes both."""
    alliance = _alliance(demo_store)
    outsider = _outsider(demo_store, alliance)
    signatory = demo_store.people.of_organisation(outsider.id)[0]
    applied = undone_and_redone(
        demo_store,
        lambda s: add_commitment(
            s, alliance.id, outsider.name, _draft(quantity=3, signatory_id=signatory.id)
        ),
    )
    saved = demo_store.commitments.get(applied.result.id)
    partner = demo_store.partners.get(saved.partner_id)
    assert (partner.alliance_id, partner.organisation_id) == (alliance.id, outsider.id)
    assert saved.signatory_id == signatory.id and saved.quantity == 3
    assert applied.changes.touches(Area.COMMITMENTS, Area.ALLIANCES)


def test_a_commitment_by_an_unknown_name_creates_no_association(demo_store) -> None:
    """An unknown organisation typed without a kind is refused: no "Association" is made."""
    alliance = _alliance(demo_store)
    error = refused(
        demo_store,
        lambda s: add_commitment(s, alliance.id, "Ferme des Trois Chênes", _draft()),
        CommitmentInputError,
    )
    assert isinstance(error, CommitmentInputError)
    assert error.problems == {"partner": Problem.PARTNER_UNKNOWN}
    assert error.field == "partner"
    assert demo_store.organisations.by_name("Ferme des Trois Chênes") is None


def test_a_commitment_by_a_new_organisation_uses_the_kind_chosen(demo_store) -> None:
    """With a kind the new organisation is added with it, made partner; undo removes all."""
    alliance = _alliance(demo_store)
    applied = undone_and_redone(
        demo_store,
        lambda s: add_commitment(
            s,
            alliance.id,
            "Ferme des Trois Chênes",
            _draft(),
            kind=OrganisationKind.ENTREPRISE_ESS,
        ),
    )
    organisation = demo_store.organisations.by_name("Ferme des Trois Chênes")
    assert organisation is not None and organisation.kind == OrganisationKind.ENTREPRISE_ESS
    partner = demo_store.partners.get(applied.result.partner_id)
    assert partner.organisation_id == organisation.id


def test_invalid_commitments_name_each_faulty_field(demo_store) -> None:
    """A due date before the workshop and a signatory of another organisation are refused."""
    alliance = _alliance(demo_store)
    partner = demo_store.partners.of_alliance(alliance.id)[0]
    stranger = next(
        p for p in demo_store.people.all() if p.organisation_id != partner.organisation_id
    )
    error = refused(
        demo_store,
        lambda s: add_commitment(
            s,
            alliance.id,
            partner.organisation_id,
            _draft(due_date=dt.date(2000, 1, 1), signatory_id=stranger.id),
        ),
        CommitmentInputError,
    )
    assert isinstance(error, CommitmentInputError)
    assert error.problems == {
        "signatory": Problem.SIGNATORY_OTHER_ORGANISATION,
        "due_date": Problem.DATE_BEFORE_WORKSHOP,
    }


def test_a_refused_commitment_does_not_keep_the_new_organisation(demo_store) -> None:
    """A new organisation with a kind but an empty description: refused, nothing added."""
    alliance = _alliance(demo_store)
    error = refused(
        demo_store,
        lambda s: add_commitment(
            s,
            alliance.id,
            "Ferme des Trois Chênes",
            dataclasses.replace(_draft(), description=" "),
            kind=OrganisationKind.ENTREPRISE,
        ),
        CommitmentInputError,
    )
    assert isinstance(error, CommitmentInputError)
    assert error.problems == {"description": Problem.DESCRIPTION_EMPTY}
    assert str(error) == "Dites ce qui est engagé."


def test_a_blank_or_ambiguous_partner_is_refused(demo_store) -> None:
    """No organisation, or a name two organisations share, is refused for the partner field."""
    alliance = _alliance(demo_store)
    error = refused(
        demo_store, lambda s: add_commitment(s, alliance.id, " ", _draft()), CommitmentInputError
    )
    assert isinstance(error, CommitmentInputError)
    assert error.problems == {"partner": Problem.PARTNER_MISSING}
    twin = demo_store.organisations.all()[0]
    demo_store.organisations.add(Organisation(name=twin.name.upper(), kind=twin.kind))
    error = refused(
        demo_store,
        lambda s: add_commitment(s, alliance.id, twin.name, _draft()),
        CommitmentInputError,
    )
    assert isinstance(error, CommitmentInputError)
    assert error.problems == {"partner": Problem.PARTNER_AMBIGUOUS}


def test_a_commitment_is_corrected_and_moved_to_a_new_partner(demo_store) -> None:
    """Correcting the quantity and the organisation makes it partner; undo restores both."""
    alliance = _alliance(demo_store)
    original = demo_store.commitments.of_alliance(alliance.id)[0]
    outsider = _outsider(demo_store, alliance)
    partners = len(demo_store.partners.of_alliance(alliance.id))
    applied = undone_and_redone(
        demo_store,
        lambda s: edit_commitment(
            s,
            original.id,
            alliance.id,
            outsider.id,
            dataclasses.replace(original, quantity=12, signatory_id=None, card_id=None),
        ),
    )
    moved = demo_store.commitments.get(original.id)
    assert moved.quantity == 12 and moved.card_id == original.card_id
    assert demo_store.partners.get(moved.partner_id).organisation_id == outsider.id
    assert applied.result.id == original.id
    assert len(demo_store.partners.of_alliance(alliance.id)) == partners + 1
    refused(
        demo_store,
        lambda s: edit_commitment(
            s, original.id, alliance.id, outsider.id, dataclasses.replace(original, quantity=-1)
        ),
        CommitmentInputError,
    )


def test_a_commitment_is_deleted_and_undone(demo_store) -> None:
    """A deleted commitment comes back with the same id on undo."""
    commitment = demo_store.commitments.of_alliance(_alliance(demo_store).id)[0]
    undone_and_redone(demo_store, lambda s: delete_commitment(s, commitment.id))
    assert not demo_store.commitments.find("id = ?", [commitment.id])
    refused(demo_store, lambda s: delete_commitment(s, commitment.id), NotFound)


def test_the_read_back_confirms_a_proposed_commitment(demo_store) -> None:
    """Proposé becomes confirmé; undo makes it proposé again."""
    proposed = next(c for c in demo_store.commitments.all() if c.status == CommitmentStatus.PROPOSE)
    applied = undone_and_redone(
        demo_store, lambda s: set_commitment_status(s, proposed.id, CommitmentStatus.CONFIRME)
    )
    assert applied.result.status == CommitmentStatus.CONFIRME
    assert applied.changes.touches(Area.COMMITMENTS)
    refused(
        demo_store, lambda s: set_commitment_status(s, 999_999, CommitmentStatus.REALISE), NotFound
    )


def test_the_follow_up_marks_several_commitments_done_in_one_step(demo_store) -> None:
    """Two commitments marked done at once are one transaction and one undo."""
    ids = [c.id for c in demo_store.commitments.open()[:2]]
    applied = undone_and_redone(
        demo_store, lambda s: set_commitments_status(s, ids, CommitmentStatus.REALISE)
    )
    assert [c.status for c in applied.result] == [CommitmentStatus.REALISE] * 2
    assert all(demo_store.commitments.get(i).status == CommitmentStatus.REALISE for i in ids)
    refused(
        demo_store,
        lambda s: set_commitments_status(s, [ids[0], 999_999], CommitmentStatus.ABANDONNE),
        NotFound,
    )


def test_a_card_becomes_a_proposed_commitment_of_its_author(demo_store) -> None:
    """The commitment repeats the card's text, is proposed, and its organisation is a partner."""
    card = _cards_with_authors(demo_store)[0]
    alliance = create_alliance(demo_store, Alliance(workshop_id=demo_store.demo_id, name="Vide"))
    applied = undone_and_redone(
        demo_store, lambda s: card_to_commitment(s, card.id, alliance.result.id)
    )
    commitment = demo_store.commitments.get(applied.result.id)
    assert commitment.description == card.text
    assert commitment.status == CommitmentStatus.PROPOSE
    assert commitment.card_id == card.id
    partner = demo_store.partners.get(commitment.partner_id)
    assert partner.organisation_id == card.organisation_id


def test_a_card_with_no_author_organisation_is_refused(demo_store) -> None:
    """A card nobody's organisation wrote cannot become a commitment; nothing is written."""
    alliance = _alliance(demo_store)
    person = demo_store.people.add(Person(first_name="Solo"))
    card = demo_store.board.cards.add(
        Card(workshop_id=demo_store.demo_id, text="Sans auteur", person_id=person.id)
    )
    error = refused(demo_store, lambda s: card_to_commitment(s, card.id, alliance.id), InvalidInput)
    assert isinstance(error, InvalidInput) and error.field == "card"
