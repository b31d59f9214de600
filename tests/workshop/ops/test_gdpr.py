"""Personal data: a person's data exported, erased for good, and purged after retention."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tests.sql_count import counting
from workshop.domain.changes import Area
from workshop.domain.records import Person, PersonId, Workshop
from workshop.errors import NotFound
from workshop.ops.gdpr import (
    erase_person,
    export_person_json,
    people_past_retention,
    person_data,
    purge,
)
from workshop.ops.registry import edit_person
from workshop.storage.store import Store


def _busiest_person(store: Store) -> Person:
    """A demo participant who voted, wrote a card or signed a commitment."""
    row = store.db.execute(
        """SELECT p.id FROM people p WHERE p.email != '' ORDER BY
           (SELECT count(*) FROM votes v WHERE v.person_id = p.id)
           + (SELECT count(*) FROM cards c WHERE c.person_id = p.id)
           + (SELECT count(*) FROM commitments c WHERE c.signatory_id = p.id) DESC LIMIT 1"""
    ).fetchone()
    return store.people.get(row[0])


def test_person_data_holds_everything_about_them(demo_store: Any, tmp_path: Path) -> None:
    """The export names the person, their organisation, workshops, votes and commitments."""
    person = _busiest_person(demo_store)
    data = person_data(demo_store, person.id)
    assert data["person"]["email"] == person.email
    assert data["organisation"]["id"] == person.organisation_id
    assert data["attendance"][0]["workshop"] == demo_store.workshops.get(demo_store.demo_id).title
    votes = demo_store.board.votes.count("person_id = ?", [person.id])
    assert len(data["votes"]) == votes
    signed = demo_store.commitments.count("signatory_id = ?", [person.id])
    assert len(data["commitments_signed"]) == signed
    out = tmp_path / "personne.json"
    export_person_json(demo_store, person.id, out)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["person"]["last_name"] == person.last_name
    assert "exported_at" in written


def test_erasure_keeps_the_work_but_not_the_person(demo_store: Any) -> None:
    """After erasure the cards and votes remain, anonymised; the person is gone and unsearchable."""
    person = _busiest_person(demo_store)
    votes_before = demo_store.board.votes.count()
    cards_before = demo_store.board.cards.count()
    report = erase_person(demo_store, person.id).result
    assert report.people == [person.full_name]
    assert report.votes + report.cards + report.commitments > 0
    assert demo_store.board.votes.count() == votes_before
    assert demo_store.board.cards.count() == cards_before
    assert demo_store.people.count("id = ?", [person.id]) == 0
    assert demo_store.people.search(person.last_name) == [
        p for p in demo_store.people.search(person.last_name) if p.id != person.id
    ]
    assert demo_store.people.by_email(person.email) is None
    assert demo_store.check() == []
    with pytest.raises(NotFound):
        erase_person(demo_store, person.id)


def test_erased_email_is_nowhere_in_the_database_files(demo_store: Any) -> None:
    """No byte of the erased e-mail remains in the database file nor in its -wal file."""
    person = _busiest_person(demo_store)
    email = person.email.encode()
    path = Path(demo_store.path)
    wal = path.with_name(path.name + "-wal")
    demo_store.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert email in path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert erase_person(demo_store, person.id).result.wal_cleared
    assert email not in path.read_bytes()
    assert not wal.exists() or email not in wal.read_bytes()
    demo_store.close()
    assert email not in path.read_bytes()


def test_an_erasure_beside_a_reader_says_so_and_finishes_once_the_reader_is_done(
    demo_store: Any,
) -> None:
    """While a report reads the file, erasing someone cannot clear their bytes from it: the
    report says so (it said "cleared" while the bytes stayed), and finishing the erasure once
    the reader is done leaves no byte of them."""
    import sqlite3

    from workshop.ops.gdpr import finish_erasure

    person = _busiest_person(demo_store)
    email = person.email.encode()
    path = Path(demo_store.path)
    demo_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_store.db.execute("PRAGMA busy_timeout = 100")
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM people").fetchone()  # a report in the middle of reading
    report = erase_person(demo_store, person.id).result
    assert not report.wal_cleared
    assert email in path.read_bytes()
    reader.execute("COMMIT")
    reader.close()
    assert finish_erasure(demo_store, report.traces)
    assert email not in path.read_bytes()


def test_retention_lists_people_not_seen_for_three_years(store: Store) -> None:
    """Someone last seen at a 2021 workshop is past retention in 2026; a 2025 attendee is not."""
    old = store.workshops.add(Workshop(title="Atelier 2021", date=dt.date(2021, 5, 4)))
    recent = store.workshops.add(Workshop(title="Atelier 2025", date=dt.date(2025, 5, 4)))
    gone = store.people.add(Person(first_name="Ancien", last_name="Venu", email="a@b.fr"))
    back = store.people.add(Person(first_name="Fidèle", last_name="Revenue", email="f@b.fr"))
    store.attendance.register(old.id, [gone.id, back.id])
    store.attendance.register(recent.id, [back.id])
    store.people.add(Person(first_name="Jamais", last_name="Venu"))  # created today
    today = dt.date(2026, 11, 26)
    past = people_past_retention(store, years=3, today=today)
    assert [(c.person_id, c.last_seen) for c in past] == [(gone.id, dt.date(2021, 5, 4))]
    assert people_past_retention(store, years=1, today=today)[-1].person_id == back.id
    assert purge(store, years=3, today=today, dry_run=True).result[0].name == "Ancien Venu"
    assert store.people.count() == 3
    removed = purge(store, years=3, today=today).result
    assert [c.person_id for c in removed] == [gone.id]
    assert store.people.count() == 2
    assert store.attendance.of_workshop(old.id)[0].person_id == back.id


def test_someone_never_at_a_workshop_is_kept_from_their_creation_date(store: Store) -> None:
    """A person never seen at a workshop counts from the day their record was created."""
    person = store.people.add(Person(first_name="Inscrite", last_name="Absente"))
    store.db.execute(
        "UPDATE people SET created_at = '2022-01-10T09:00:00' WHERE id = ?", [person.id]
    )
    past = people_past_retention(store, years=3, today=dt.date(2025, 1, 11))
    assert [(c.person_id, c.last_seen) for c in past] == [(person.id, dt.date(2022, 1, 10))]
    assert people_past_retention(store, years=3, today=dt.date(2025, 1, 10)) == []
    with pytest.raises(NotFound):
        person_data(store, PersonId(999))


def test_erasure_cannot_be_undone_and_keeps_nothing_for_an_undo(demo_store: Any) -> None:
    """An erasure is one transaction and has no undo token (which would hold the person's data)."""
    person = _busiest_person(demo_store)
    edited = edit_person(demo_store, dataclasses.replace(person, title="Élue"))  # journal in use
    assert edited.undo is not None
    with counting(demo_store) as counted:
        applied = erase_person(demo_store, person.id)
    assert counted.transactions == 1
    assert applied.undo is None
    assert applied.changes.touches(Area.PEOPLE, Area.ATTENDANCE, Area.BOARD)
    assert demo_store.people.count("id = ?", [person.id]) == 0


def test_erasing_through_the_app_clears_the_undo_history(context: Any) -> None:
    """After an erasure, Ctrl+Z can bring back nothing: the undo history is empty."""
    store = context.store
    person = _busiest_person(store)
    context.apply("Modifier", lambda s: edit_person(s, dataclasses.replace(person, title="Élue")))
    assert context.undo_stack.count() == 1
    report = context.apply("Effacer", lambda s: erase_person(s, person.id))
    assert report.people == [person.full_name]
    assert context.undo_stack.count() == 0
    assert store.people.count("id = ?", [person.id]) == 0


def test_a_purge_cannot_be_undone_and_a_dry_run_changes_nothing(store: Store) -> None:
    """The retention purge has no undo; its dry run names the people and changes no area."""
    old = store.workshops.add(Workshop(title="Atelier 2021", date=dt.date(2021, 5, 4)))
    gone = store.people.add(Person(first_name="Ancien", last_name="Venu"))
    store.attendance.register(old.id, [gone.id])
    today = dt.date(2026, 11, 26)
    dry = purge(store, years=3, today=today, dry_run=True)
    assert dry.changes.empty and [c.person_id for c in dry.result] == [gone.id]
    assert store.people.count() == 1
    applied = purge(store, years=3, today=today)
    assert applied.undo is None and applied.changes.touches(Area.PEOPLE)
    assert store.people.count() == 0
