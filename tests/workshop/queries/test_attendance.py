"""Check-in search: the typed name means the person of that surname before anyone else."""

from __future__ import annotations

from typing import Any

from workshop.domain.records import Organisation, Person, Workshop
from workshop.domain.vocabulary import OrganisationKind
from workshop.queries.attendance import (
    Tier,
    check_in_order,
    name_match,
    registry_candidates,
    search_words,
)
from workshop.queries.registry import attendance_rows


def _desk(store: Any) -> tuple[Any, dict[str, Any]]:
    """A workshop with "Camille Roux", "François Garçon" of "Mairie de Châteauroux" and others."""
    workshop = store.workshops.add(Workshop(title="Atelier"))
    mairie = store.organisations.add(
        Organisation(name="Mairie de Châteauroux", kind=OrganisationKind.COLLECTIVITE)
    )
    coop = store.organisations.add(Organisation(name="Coop Roux-Vert"))
    people = {
        "garcon": Person(first_name="François", last_name="Garçon", organisation_id=mairie.id),
        "roux": Person(first_name="Camille", last_name="Roux"),
        "rousseau": Person(first_name="Anne", last_name="Rousseau"),
        "rouxel": Person(first_name="Yves", last_name="Rouxel", organisation_id=coop.id),
        "abel": Person(first_name="Roux", last_name="Abel"),
    }
    added = {key: store.people.add(person) for key, person in people.items()}
    store.attendance.register(workshop.id, [p.id for p in added.values()])
    return workshop, added


def test_a_surname_typed_ranks_that_surname_first_and_the_organisation_last(store: Any) -> None:
    """ "roux": Camille Roux, then a surname starting so, a first name, then an organisation."""
    workshop, people = _desk(store)
    rows = attendance_rows(store, workshop.id)
    order = [r.person.id for r in check_in_order(rows, "roux")]
    assert order == [
        people["roux"].id,  # the surname exactly
        people["rouxel"].id,  # a surname starting so (his organisation "Roux-Vert" too)
        people["abel"].id,  # a first name exactly
        people["garcon"].id,  # only in "Mairie de Châteauroux"
    ]


def test_case_and_accents_are_ignored_and_every_word_must_match(store: Any) -> None:
    """ "GARCON francois" finds François Garçon; "camille zzz" finds nobody."""
    workshop, people = _desk(store)
    rows = attendance_rows(store, workshop.id)
    assert [r.person.id for r in check_in_order(rows, "GARCON francois")] == [people["garcon"].id]
    assert check_in_order(rows, "camille zzz") == []
    assert check_in_order(rows, "   ") == []
    assert [r.person.id for r in check_in_order(rows, "chateauroux")] == [people["garcon"].id]


def test_among_equal_matches_the_people_not_yet_present_come_first(store: Any) -> None:
    """Two "Roux", one already present: Enter takes the other one."""
    workshop, people = _desk(store)
    other = store.people.add(Person(first_name="Zoé", last_name="Roux"))
    store.attendance.register(workshop.id, [other.id])
    store.attendance.set_present(workshop.id, people["roux"].id, True)
    rows = attendance_rows(store, workshop.id)
    order = [r.person.id for r in check_in_order(rows, "roux")]
    assert order[:2] == [other.id, people["roux"].id]


def test_tiers_of_a_word() -> None:
    """Each place a word can match has its rank; hyphenated and compound names split in words."""
    words = search_words("Pierre")
    match = name_match(words, "Jean-Pierre", "Le Goff")
    assert match is not None and match.worst == Tier.FIRST_NAME
    match = name_match(search_words("goff"), "Jean-Pierre", "Le Goff")
    assert match is not None and match.worst == Tier.SURNAME
    match = name_match(search_words("ean"), "Jean", "Le Goff")
    assert match is not None and match.worst == Tier.INSIDE_NAME and match.names_the_person
    match = name_match(search_words("jean.m"), "Jean", "Martin", "", "jean.martin@example.org")
    assert match is not None and match.worst == Tier.EMAIL_START
    match = name_match(search_words("mairie"), "Paul", "Neuf", "Mairie de Vatan")
    assert match is not None and match.worst == Tier.ORGANISATION_WORD
    assert not match.names_the_person
    assert name_match([], "Paul", "Neuf") is None


def test_registry_candidates_put_the_name_before_the_organisation(store: Any) -> None:
    """Among people not registered, "vatan" finds Paul Vatan before the Mairie de Vatan's staff."""
    mairie = store.organisations.add(Organisation(name="Mairie de Vatan"))
    staff = store.people.add(
        Person(first_name="Alice", last_name="Aubert", organisation_id=mairie.id)
    )
    vatan = store.people.add(Person(first_name="Paul", last_name="Vatan"))
    found = registry_candidates(store, "vatan")
    assert [c.person.id for c in found] == [vatan.id, staff.id]
    assert found[0].names_the_person and not found[1].names_the_person
    assert found[1].organisation_name == "Mairie de Vatan"
    assert registry_candidates(store, "") == []
