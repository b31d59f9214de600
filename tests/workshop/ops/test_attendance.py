"""Attendance operations: register, check in and out, welcome a walk-in, each one undoable step."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.sql_count import counting
from workshop.domain.changes import Area
from workshop.domain.records import Organisation, Person, PersonId, Workshop, WorkshopId
from workshop.domain.vocabulary import OrganisationKind
from workshop.errors import InvalidInput, NotFound
from workshop.ops import revert
from workshop.ops.attendance import cancel_check_in, check_in, register_people, welcome_walk_in
from workshop.ops.registry import AmbiguousOrganisation, UnknownOrganisation
from workshop.storage.store import Store

NINE = dt.datetime(2026, 11, 26, 9, 0)


def _workshop(store: Store) -> WorkshopId:
    return store.workshops.add(Workshop(title="Atelier", date=dt.date(2026, 11, 26))).id


def test_registering_people_lists_them_once_and_undo_unregisters_only_the_newcomers(
    store: Store,
) -> None:
    """People registered twice count once; undo leaves the one registered before, redo redoes."""
    workshop = _workshop(store)
    before, newcomer = (store.people.add(Person(last_name=n)) for n in ("Avant", "Nouveau"))
    store.attendance.register(workshop, [before.id])
    with counting(store) as counted:
        applied = register_people(store, workshop, [before.id, newcomer.id, newcomer.id])
    assert counted.transactions == 1
    assert applied.result == 1
    assert applied.changes.touches(Area.ATTENDANCE)
    assert {a.person_id for a in store.attendance.of_workshop(workshop)} == {before.id, newcomer.id}
    assert applied.undo is not None
    redo = revert(store, applied.undo).undo
    assert [a.person_id for a in store.attendance.of_workshop(workshop)] == [before.id]
    assert redo is not None
    revert(store, redo)
    assert len(store.attendance.of_workshop(workshop)) == 2


def test_registering_someone_unknown_registers_nobody(store: Store) -> None:
    """A list naming a missing person, or a missing workshop, is refused whole."""
    workshop = _workshop(store)
    person = store.people.add(Person(last_name="Là"))
    with pytest.raises(NotFound):
        register_people(store, workshop, [person.id, PersonId(999)])
    with pytest.raises(NotFound):
        register_people(store, WorkshopId(999), [person.id])
    assert store.attendance.of_workshop(workshop) == []


def test_check_in_marks_present_at_the_time_and_undo_puts_the_attendance_back(
    store: Store,
) -> None:
    """A registered person checked in is present at 9:00; undo makes them registered only."""
    workshop = _workshop(store)
    person = store.people.add(Person(last_name="Martin"))
    store.attendance.register(workshop, [person.id])
    with counting(store) as counted:
        applied = check_in(store, workshop, person.id, at=NINE)
    assert counted.transactions == 1
    assert applied.result.present and applied.result.checked_in_at == NINE
    assert applied.undo is not None
    redo = revert(store, applied.undo).undo
    attendance = store.attendance.get(workshop, person.id)
    assert attendance is not None and not attendance.present
    assert redo is not None
    revert(store, redo)
    assert store.attendance.get(workshop, person.id) == applied.result


def test_checking_in_someone_not_registered_registers_them_and_undo_removes_both(
    store: Store,
) -> None:
    """A person of the registry checked in is registered too; undo leaves them unregistered."""
    workshop = _workshop(store)
    person = store.people.add(Person(last_name="Ancien"))
    applied = check_in(store, workshop, person.id)
    assert store.attendance.get(workshop, person.id) is not None
    assert applied.undo is not None
    revert(store, applied.undo)
    assert store.attendance.get(workshop, person.id) is None


def test_checking_in_an_unknown_person_writes_nothing(store: Store) -> None:
    """A missing person or workshop is refused."""
    workshop = _workshop(store)
    with counting(store) as counted, pytest.raises(NotFound):
        check_in(store, workshop, PersonId(999))
    assert counted.writes == 0
    with pytest.raises(NotFound):
        cancel_check_in(store, WorkshopId(999), PersonId(1))


def test_cancelling_a_check_in_keeps_the_registration_and_undo_checks_in_again(
    store: Store,
) -> None:
    """A check-in cancelled leaves the person registered, absent; undo brings back 9:00."""
    workshop = _workshop(store)
    person = store.people.add(Person(last_name="Martin"))
    store.attendance.set_present(workshop, person.id, True, NINE)
    with counting(store) as counted:
        applied = cancel_check_in(store, workshop, person.id)
    assert counted.transactions == 1
    attendance = store.attendance.get(workshop, person.id)
    assert attendance is not None and not attendance.present
    assert applied.undo is not None
    revert(store, applied.undo)
    attendance = store.attendance.get(workshop, person.id)
    assert attendance is not None and attendance.present and attendance.checked_in_at == NINE


def test_a_walk_in_with_a_new_organisation_of_the_chosen_kind_is_one_step(store: Store) -> None:
    """The person, their new organisation and their check-in are one transaction, one undo."""
    workshop = _workshop(store)
    with counting(store) as counted:
        applied = welcome_walk_in(
            store,
            workshop,
            "Nora",
            "Benali",
            "Atelier Vélo Solidaire",
            OrganisationKind.ENTREPRISE_ESS,
            "nora@velo.fr",
            at=NINE,
        )
    assert counted.transactions == 1
    nora = applied.result
    organisation = store.organisations.get(nora.organisation_id)
    assert (organisation.name, organisation.kind) == (
        "Atelier Vélo Solidaire",
        OrganisationKind.ENTREPRISE_ESS,
    )
    assert nora.email == "nora@velo.fr"
    attendance = store.attendance.get(workshop, nora.id)
    assert attendance is not None and attendance.present
    assert applied.changes.touches(Area.PEOPLE, Area.ORGANISATIONS, Area.ATTENDANCE)
    assert applied.undo is not None
    redo = revert(store, applied.undo).undo
    assert (store.people.count(), store.organisations.count()) == (0, 0)
    assert store.attendance.of_workshop(workshop) == []
    assert redo is not None
    revert(store, redo)
    assert store.people.get(nora.id).last_name == "Benali"
    assert store.attendance.get(workshop, nora.id) == attendance


def test_a_walk_in_joins_an_existing_organisation_typed_without_accents(store: Store) -> None:
    """ "mairie de chateauroux" is "Mairie de Châteauroux": no duplicate, no kind asked."""
    workshop = _workshop(store)
    mairie = store.organisations.add(
        Organisation(name="Mairie de Châteauroux", kind=OrganisationKind.COLLECTIVITE)
    )
    person = welcome_walk_in(store, workshop, "Paul", "Neuf", "mairie de chateauroux").result
    assert person.organisation_id == mairie.id
    assert store.organisations.count() == 1


def test_a_walk_in_typed_like_someone_of_the_registry_checks_that_person_in(store: Store) -> None:
    """A walk-in named like a person of the same organisation is them, not a duplicate."""
    workshop = _workshop(store)
    known = store.people.add(Person(first_name="Gaspard", last_name="Ancien"))
    person = welcome_walk_in(store, workshop, "gaspard", "ANCIEN", email="g@ancien.fr").result
    assert person.id == known.id and store.people.count() == 1
    assert store.people.get(known.id).email == "g@ancien.fr"
    attendance = store.attendance.get(workshop, known.id)
    assert attendance is not None and attendance.present


def test_a_walk_in_with_a_new_organisation_and_no_kind_is_refused(store: Store) -> None:
    """An organisation not in the registry needs its kind: nothing is written without it."""
    workshop = _workshop(store)
    with counting(store) as counted, pytest.raises(UnknownOrganisation) as caught:
        welcome_walk_in(store, workshop, "Nora", "Benali", "Atelier Vélo Solidaire")
    assert caught.value.field == "organisation"
    assert counted.statements[-1] == "ROLLBACK"
    assert (store.people.count(), store.organisations.count()) == (0, 0)


def test_a_walk_in_with_an_ambiguous_organisation_is_refused(store: Store) -> None:
    """A name two organisations share is refused: the user picks one from the list."""
    workshop = _workshop(store)
    for name in ("Épicerie Solidaire", "epicerie solidaire"):
        store.organisations.add(Organisation(name=name))
    with pytest.raises(AmbiguousOrganisation):
        welcome_walk_in(store, workshop, "Nora", "", "Epicerie solidaire")
    assert store.people.count() == 0


@pytest.mark.parametrize(
    ("first", "last", "email", "field"),
    [("", "  ", "", "first_name"), ("Nora", "", "nora@", "email")],
)
def test_a_walk_in_without_a_name_or_with_a_bad_email_writes_nothing(
    store: Store, first: str, last: str, email: str, field: str
) -> None:
    """No name, or a bad e-mail, is refused for its field before anything is written."""
    workshop = _workshop(store)
    with counting(store) as counted, pytest.raises(InvalidInput) as caught:
        welcome_walk_in(store, workshop, first, last, email=email)
    assert caught.value.field == field
    assert counted.writes == 0


def test_a_walk_in_speaks_english_when_asked(store: Store) -> None:
    """With lang="en" the refusal of a nameless walk-in is in English."""
    with pytest.raises(InvalidInput) as caught:
        welcome_walk_in(store, _workshop(store), "", "", lang="en")
    assert "first or a last name" in str(caught.value)


def test_a_walk_in_at_a_missing_workshop_is_refused(demo_store: Any) -> None:
    """A workshop deleted meanwhile cannot welcome anyone."""
    with pytest.raises(NotFound):
        welcome_walk_in(demo_store, WorkshopId(999), "Nora", "Benali")
