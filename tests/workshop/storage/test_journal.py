"""The journal: every write of an operation is undone and redone exactly, cascades included."""

from __future__ import annotations

import pytest

from tests.sql_count import counting
from workshop.domain.changes import Area
from workshop.domain.records import Card, Organisation, Person, Workshop, Zone
from workshop.ops import operation, revert
from workshop.storage.store import Store


def _dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    tables = ["organisations", "people", "workshops", "zones", "cards", "attendance"]
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}


def _filled(store: Store) -> tuple[Organisation, Person, Card]:
    org = store.organisations.add(Organisation(name="Régie « L'Atelier » & Fils"))
    person = store.people.add(Person(first_name="Zoé", last_name="O'Brien", organisation_id=org.id))
    workshop = store.workshops.add(Workshop(title="Atelier"))
    zone = store.board.zones.add(Zone(workshop_id=workshop.id, name="Idées"))
    card = store.board.cards.add(
        Card(
            workshop_id=workshop.id,
            zone_id=zone.id,
            text="x = 0.1 + 1e-300",
            person_id=person.id,
            organisation_id=org.id,
            x=0.1,
            y=1 / 3,
        )
    )
    store.attendance.register(workshop.id, [person.id])
    return org, person, card


def test_a_delete_and_its_cascades_are_undone_and_redone_exactly(store: Store) -> None:
    """Deleting an organisation unlinks its people and cards; undo puts every value back."""
    org, _, _ = _filled(store)
    before = _dump(store)
    with operation(store) as op:
        store.db.execute("DELETE FROM organisations WHERE id = ?", [org.id])
    deleted = op.applied(None)
    after = _dump(store)
    assert deleted.changes.touches(Area.ORGANISATIONS, Area.PEOPLE, Area.BOARD)
    assert all(row[3] is None for row in after["people"])  # organisation_id set to NULL

    redo = revert(store, deleted.undo)  # type: ignore[arg-type]
    assert _dump(store) == before
    again = revert(store, redo.undo)  # type: ignore[arg-type]
    assert _dump(store) == after
    revert(store, again.undo)  # type: ignore[arg-type]
    assert _dump(store) == before


def test_search_finds_what_undo_brought_back(store: Store) -> None:
    """The full-text index follows an undone delete (its triggers run on the replay)."""
    org, _, _ = _filled(store)
    with operation(store) as op:
        store.db.execute("DELETE FROM organisations WHERE id = ?", [org.id])
    assert store.organisations.search("regie") == []
    revert(store, op.applied(None).undo)  # type: ignore[arg-type]
    assert [o.id for o in store.organisations.search("regie")] == [org.id]


def test_a_failed_operation_writes_nothing_and_logs_nothing(store: Store) -> None:
    """An operation that raises leaves the file as it was, and the next one's undo is its own."""
    with pytest.raises(RuntimeError), operation(store):
        store.organisations.add(Organisation(name="Perdue"))
        raise RuntimeError("refused")
    assert store.organisations.count() == 0
    with operation(store) as op:
        store.organisations.add(Organisation(name="Gardée"))
    assert len(op.applied(None).undo.statements) == 1  # type: ignore[union-attr]


def test_an_operation_is_one_transaction(store: Store) -> None:
    """However many rows it writes, an operation opens exactly one transaction."""
    with counting(store) as counted, operation(store):
        _filled(store)
    assert counted.transactions == 1


def test_nested_operations_belong_to_the_outer_one(store: Store) -> None:
    """An operation run inside another is undone with it."""
    with operation(store) as outer:
        store.organisations.add(Organisation(name="A"))
        with operation(store):
            store.organisations.add(Organisation(name="B"))
    revert(store, outer.applied(None).undo)  # type: ignore[arg-type]
    assert store.organisations.count() == 0


def test_writes_outside_an_operation_are_not_logged(store: Store) -> None:
    """Only an operation's writes are journaled (a migration or a restore is not undoable)."""
    store.organisations.add(Organisation(name="Hors opération"))
    with operation(store) as op:
        pass
    assert op.applied(None).undo.statements == ()  # type: ignore[union-attr]
