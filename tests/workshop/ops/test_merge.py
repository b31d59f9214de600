"""Merging duplicate organisations and people keeps every link and can be undone exactly."""

from __future__ import annotations

from typing import Any

import pytest

from tests.sql_count import counting
from workshop.domain.changes import Area
from workshop.domain.records import (
    Attendance,
    Card,
    Commitment,
    Organisation,
    Partner,
    Person,
    PersonId,
    Vote,
)
from workshop.errors import InvalidInput, NotFound
from workshop.ops import revert
from workshop.ops.merge import merge_organisations, merge_people

TABLES = ("organisations", "people", "cards", "partners", "commitments", "attendance", "votes")


def dump(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {
        t: sorted(tuple(r.values()) for r in store.db.query(f"SELECT * FROM {t}")) for t in TABLES
    }


def test_merge_organisations_moves_people_cards_and_partners_then_undo_restores(
    demo_store: Any,
) -> None:
    """A merged organisation's people, cards and partnerships move; undo restores all."""
    store = demo_store
    keep = store.organisations.by_name("Association Zéro Gâchis Lise")
    drop = store.organisations.add(Organisation(name="Zero Gachis Lise", siren="552100554"))
    person = store.people.add(Person(first_name="Ana", last_name="Bel", organisation_id=drop.id))
    card = store.board.cards.add(Card(workshop_id=store.demo_id, text="x", organisation_id=drop.id))
    alliance = store.partners.of_organisation(keep.id)[0].alliance_id
    twin = store.partners.add(Partner(alliance_id=alliance, organisation_id=drop.id))
    moved = store.commitments.add(Commitment(partner_id=twin.id, description="Des bénévoles"))
    other_alliance = next(a for a in store.alliances.all() if a.id != alliance)
    lone = store.partners.add(Partner(alliance_id=other_alliance.id, organisation_id=drop.id))
    before = dump(store)

    applied = merge_organisations(store, keep.id, drop.id)

    assert store.organisations.count("id = ?", [drop.id]) == 0
    assert store.people.get(person.id).organisation_id == keep.id
    assert store.board.cards.get(card.id).organisation_id == keep.id
    kept_partner = [p for p in store.partners.of_organisation(keep.id) if p.alliance_id == alliance]
    assert len(kept_partner) == 1
    assert store.commitments.get(moved.id).partner_id == kept_partner[0].id
    assert store.partners.get(lone.id).organisation_id == keep.id
    assert store.organisations.get(keep.id).siren == "552100554"
    assert store.check() == []

    assert applied.undo is not None
    revert(store, applied.undo)
    assert dump(store) == before
    assert store.check() == []


def test_merge_people_keeps_attendance_once_votes_and_signatures(demo_store: Any) -> None:
    """A merged person keeps one attendance (present if either was), votes, signatures."""
    store = demo_store
    keep = store.people.all()[0]
    drop = store.people.add(
        Person(first_name=keep.first_name, last_name=keep.last_name, notes="Vient aussi le mardi")
    )
    store.attendance.set_present(store.demo_id, keep.id, False)
    store.attendance.set_present(store.demo_id, drop.id, True)
    card = store.board.cards.of_workshop(store.demo_id)[0]
    vote = store.board.votes.add(Vote(card_id=card.id, person_id=drop.id))
    commitment = store.commitments.all()[0]
    store.commitments.update(Commitment(**{**commitment.__dict__, "signatory_id": drop.id}))
    before = dump(store)

    applied = merge_people(store, keep.id, drop.id)

    attendance = store.attendance.get(store.demo_id, keep.id)
    assert isinstance(attendance, Attendance) and attendance.present
    assert store.attendance.get(store.demo_id, drop.id) is None
    assert store.board.votes.get(vote.id).person_id == keep.id
    assert store.commitments.get(commitment.id).signatory_id == keep.id
    assert store.people.get(keep.id).notes.endswith("Vient aussi le mardi")
    assert store.check() == []

    assert applied.undo is not None
    revert(store, applied.undo)
    assert dump(store) == before


def test_merge_refuses_the_same_record_twice(demo_store: Any) -> None:
    """An organisation cannot be merged into itself."""
    organisation = demo_store.organisations.all()[0]
    with pytest.raises(InvalidInput):
        merge_organisations(demo_store, organisation.id, organisation.id)


def test_a_merge_is_one_transaction_and_its_redo_merges_again(demo_store: Any) -> None:
    """Merging two organisations is one transaction; undone then redone, the drop is gone again."""
    store = demo_store
    keep = store.organisations.by_name("Association Zéro Gâchis Lise")
    drop = store.organisations.add(Organisation(name="Zero Gachis Lise", territory="Val de Lise"))
    person = store.people.add(Person(first_name="Ana", organisation_id=drop.id))
    with counting(store) as counted:
        applied = merge_organisations(store, keep.id, drop.id)
    assert counted.transactions == 1
    assert applied.result.id == keep.id
    assert applied.changes.touches(Area.ORGANISATIONS, Area.PEOPLE)
    assert applied.undo is not None
    redo = revert(store, applied.undo).undo
    assert store.people.get(person.id).organisation_id == drop.id
    assert redo is not None
    revert(store, redo)
    assert store.organisations.count("id = ?", [drop.id]) == 0
    assert store.people.get(person.id).organisation_id == keep.id


def test_merging_people_the_same_or_unknown_writes_nothing(demo_store: Any) -> None:
    """A person merged with themselves, or with someone missing, is refused before any write."""
    person = demo_store.people.all()[0]
    before = dump(demo_store)
    with counting(demo_store) as counted, pytest.raises(InvalidInput):
        merge_people(demo_store, person.id, person.id)
    with pytest.raises(NotFound):
        merge_people(demo_store, person.id, PersonId(9999))
    assert counted.writes == 0
    assert dump(demo_store) == before


def test_merging_keeps_one_commune_with_its_own_postcode_and_point(store: Any) -> None:
    """The kept organisation keeps its commune, never taking the dropped one's postcode or
    point; one without a commune takes the dropped one's whole."""
    from workshop.ops.registry import add_organisation

    blois = add_organisation(store, Organisation(name="AMAP", commune_code="41018")).result
    vendome = add_organisation(store, Organisation(name="A.M.A.P.", commune_code="41269")).result
    store.db.execute(
        "UPDATE organisations SET postcode = '', latitude = NULL WHERE id = ?", [blois.id]
    )
    kept = merge_organisations(store, blois.id, vendome.id).result
    assert (kept.commune_name, kept.postcode, kept.latitude) == ("Blois", "", None)
    nowhere = store.organisations.add(Organisation(name="Ruche", postcode="41000"))
    ruche = add_organisation(store, Organisation(name="La Ruche", commune_code="41269")).result
    kept = merge_organisations(store, nowhere.id, ruche.id).result
    assert (kept.commune_name, kept.postcode, kept.latitude) == ("Vendôme", "41100", ruche.latitude)
