"""Registry operations: add, edit, delete organisations and people, checked, undone and redone."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from tests.sql_count import counting
from workshop.domain.changes import Area
from workshop.domain.records import Card, Organisation, OrganisationId, Person, PersonId
from workshop.domain.vocabulary import OrganisationKind
from workshop.errors import NotFound
from workshop.ops import revert
from workshop.ops.registry import (
    InvalidRecord,
    UnknownOrganisation,
    add_organisation,
    add_person,
    delete_organisations,
    delete_people,
    edit_organisation,
    edit_person,
)
from workshop.storage.store import Store

TABLES = ("organisations", "people", "cards", "partners", "commitments", "attendance", "votes")


def dump(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {
        t: sorted(tuple(r.values()) for r in store.db.query(f"SELECT * FROM {t}")) for t in TABLES
    }


def test_adding_an_organisation_saves_it_in_one_transaction_and_undo_removes_it(
    store: Store,
) -> None:
    """An added organisation is saved cleaned up; undo removes it, redo brings it back."""
    with counting(store) as counted:
        applied = add_organisation(
            store, Organisation(name="  Ressourcerie   du Val ", siren="732 829 320")
        )
    assert counted.transactions == 1
    added = applied.result
    assert store.organisations.get(added.id).name == "Ressourcerie du Val"
    assert store.organisations.get(added.id).siren == "732829320"
    assert applied.changes.touches(Area.ORGANISATIONS)
    assert applied.undo is not None
    redo = revert(store, applied.undo).undo
    assert store.organisations.count() == 0
    assert redo is not None
    revert(store, redo)
    assert store.organisations.get(added.id).name == "Ressourcerie du Val"


@pytest.mark.parametrize(
    ("organisation", "field"),
    [
        (Organisation(name=""), "name"),
        (Organisation(name="Boulangerie", siren="123456789"), "siren"),
        (Organisation(name="Boulangerie", siret="1234"), "siret"),
        (Organisation(name="Association", rna="X12"), "rna"),
    ],
)
def test_an_invalid_organisation_is_refused_for_its_field_and_nothing_is_written(
    store: Store, organisation: Organisation, field: str
) -> None:
    """A blank name, a bad SIREN, SIRET or RNA is refused, naming the field; nothing is saved."""
    with counting(store) as counted, pytest.raises(InvalidRecord) as caught:
        add_organisation(store, organisation)
    assert caught.value.field == field and field in caught.value.problems
    assert counted.writes == 0
    assert store.organisations.count() == 0


def test_the_refusal_speaks_english_when_asked(store: Store) -> None:
    """With lang="en", the message of a bad SIREN is in English."""
    with pytest.raises(InvalidRecord) as caught:
        add_organisation(store, Organisation(name="X", siren="12"), lang="en")
    assert str(caught.value) == "A SIREN has 9 digits."


def test_editing_an_organisation_saves_it_and_undo_puts_the_old_fields_back(
    demo_store: Any,
) -> None:
    """An edited organisation's new sector is saved; undo restores the old one, redo the new."""
    store = demo_store
    before = store.organisations.all()[0]
    with counting(store) as counted:
        applied = edit_organisation(store, dataclasses.replace(before, sector="Nouveau secteur"))
    assert counted.transactions == 1
    assert store.organisations.get(before.id).sector == "Nouveau secteur"
    assert applied.undo is not None
    redo = revert(store, applied.undo).undo
    assert store.organisations.get(before.id).sector == before.sector
    assert redo is not None
    revert(store, redo)
    assert store.organisations.get(before.id).sector == "Nouveau secteur"


def test_an_invalid_edit_writes_nothing(demo_store: Any) -> None:
    """An organisation edited with a bad SIRET keeps its old fields."""
    store = demo_store
    before = store.organisations.all()[0]
    with pytest.raises(InvalidRecord) as caught:
        edit_organisation(store, dataclasses.replace(before, name="Autre", siret="99"))
    assert caught.value.field == "siret"
    assert store.organisations.get(before.id) == before


def test_deleting_organisations_keeps_their_people_and_undo_brings_every_link_back(
    demo_store: Any,
) -> None:
    """Deleted organisations leave their people without one; undo restores all, in one step."""
    store = demo_store
    partners = store.partners.of_organisation
    organisation = next(o for o in store.organisations.all() if partners(o.id))
    members = store.people.of_organisation(organisation.id)
    before = dump(store)
    with counting(store) as counted:
        applied = delete_organisations(store, [organisation.id])
    assert counted.transactions == 1
    assert applied.result == 1
    assert store.organisations.count("id = ?", [organisation.id]) == 0
    assert all(store.people.get(p.id).organisation_id is None for p in members)
    assert store.partners.of_organisation(organisation.id) == []
    assert applied.changes.touches(Area.ORGANISATIONS, Area.PEOPLE, Area.ALLIANCES)
    assert applied.undo is not None
    redo = revert(store, applied.undo).undo
    assert dump(store) == before
    assert redo is not None
    revert(store, redo)
    assert store.organisations.count("id = ?", [organisation.id]) == 0


def test_deleting_an_unknown_organisation_deletes_nothing(demo_store: Any) -> None:
    """A list naming a missing organisation is refused whole."""
    store = demo_store
    count = store.organisations.count()
    with pytest.raises(NotFound):
        delete_organisations(store, [store.organisations.all()[0].id, OrganisationId(9999)])
    assert store.organisations.count() == count


def test_adding_a_person_with_a_typed_organisation_finds_it_whatever_its_accents(
    store: Store,
) -> None:
    """A person typed with "pole ess" joins "Pôle ESS", in one transaction; undo removes them."""
    pole = store.organisations.add(Organisation(name="Pôle ESS", kind=OrganisationKind.RESEAU))
    with counting(store) as counted:
        typed = Person(first_name="Inès", last_name="Roux", email=" Ines@Exemple.FR ")
        applied = add_person(store, typed, "pole ess")
    assert counted.transactions == 1
    person = store.people.get(applied.result.id)
    assert person.organisation_id == pole.id
    assert person.email == "Ines@exemple.fr"
    assert applied.undo is not None
    revert(store, applied.undo)
    assert store.people.count() == 0
    assert store.organisations.count() == 1


def test_a_person_with_an_unknown_organisation_is_refused_and_nothing_is_added(
    store: Store,
) -> None:
    """An organisation name not in the registry is refused (never made an "Association")."""
    with pytest.raises(UnknownOrganisation) as caught:
        add_person(store, Person(first_name="Inès"), "Nulle Part")
    assert caught.value.field == "organisation"
    assert (store.people.count(), store.organisations.count()) == (0, 0)


@pytest.mark.parametrize(
    ("person", "field"),
    [
        (Person(), "last_name"),
        (Person(last_name="Durand", email="durand@"), "email"),
        (Person(last_name="Durand", phone="12"), "phone"),
    ],
)
def test_an_invalid_person_is_refused_for_their_field(
    store: Store, person: Person, field: str
) -> None:
    """A person without a name or e-mail, or with a bad e-mail or phone, is not saved."""
    with counting(store) as counted, pytest.raises(InvalidRecord) as caught:
        add_person(store, person)
    assert caught.value.field == field
    assert counted.writes == 0
    assert store.people.count() == 0


def test_editing_a_person_saves_their_new_phone_and_undo_restores_it(demo_store: Any) -> None:
    """An edited phone number is saved normalised; undo restores the old one, redo the new."""
    store = demo_store
    before = store.people.all()[0]
    with counting(store) as counted:
        applied = edit_person(store, dataclasses.replace(before, phone="0611223344"))
    assert counted.transactions == 1
    assert store.people.get(before.id).phone == "06 11 22 33 44"
    assert applied.undo is not None
    redo = revert(store, applied.undo).undo
    assert store.people.get(before.id) == before
    assert redo is not None
    revert(store, redo)
    assert store.people.get(before.id).phone == "06 11 22 33 44"


def test_an_invalid_person_edit_writes_nothing(demo_store: Any) -> None:
    """A person edited with a bad e-mail keeps their old record."""
    store = demo_store
    before = store.people.all()[0]
    with pytest.raises(InvalidRecord):
        edit_person(store, dataclasses.replace(before, email="pas une adresse"))
    assert store.people.get(before.id) == before


def test_deleting_people_keeps_their_cards_unnamed_and_undo_names_them_again(
    demo_store: Any,
) -> None:
    """Deleted people's cards stay without author; undo brings back the people and the links."""
    store = demo_store
    person = store.people.all()[0]
    card = store.board.cards.add(Card(workshop_id=store.demo_id, text="x", person_id=person.id))
    before = dump(store)
    with counting(store) as counted:
        applied = delete_people(store, [person.id])
    assert counted.transactions == 1
    assert store.people.count("id = ?", [person.id]) == 0
    assert store.board.cards.get(card.id).person_id is None
    assert store.attendance.get(store.demo_id, person.id) is None
    assert applied.undo is not None
    redo = revert(store, applied.undo).undo
    assert dump(store) == before
    assert redo is not None
    revert(store, redo)
    assert store.people.count("id = ?", [person.id]) == 0


def test_deleting_an_unknown_person_deletes_nothing(demo_store: Any) -> None:
    """A list naming a missing person is refused whole."""
    count = demo_store.people.count()
    with pytest.raises(NotFound):
        delete_people(demo_store, [demo_store.people.all()[0].id, PersonId(9999)])
    assert demo_store.people.count() == count


def test_a_person_keeps_their_organisation_when_another_has_the_same_name(store: Store) -> None:
    """Saving a person of "Épicerie" keeps theirs though a second "epicerie" exists."""
    first = store.organisations.add(Organisation(name="Épicerie"))
    store.organisations.add(Organisation(name="epicerie"))
    person = store.people.add(Person(first_name="Ana", organisation_id=first.id))
    saved = edit_person(store, dataclasses.replace(person, title="Gérante"), "Épicerie").result
    assert saved.organisation_id == first.id and saved.title == "Gérante"
