"""The import operation: a whole file imported in one transaction, undone and redone in one step."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sql_count import counting
from workshop.domain.changes import Area
from workshop.domain.records import Organisation, Person, Workshop, WorkshopId
from workshop.errors import NotFound
from workshop.importing import guess_mapping, import_table, read_table
from workshop.ops import revert
from workshop.storage.store import Store

SAMPLES = Path(__file__).parent.parent / "importing" / "samples"


def _rows(store: Store) -> tuple[list[Person], list[Organisation]]:
    return store.people.all(), store.organisations.all()


def test_an_import_is_one_transaction_and_one_undo_step(store: Store) -> None:
    """A whole file is imported in one transaction; undo takes it all back, redo imports again."""
    workshop = store.workshops.add(Workshop(title="Atelier"))
    table = read_table(SAMPLES / "eventbrite_attendees.csv")
    with counting(store) as counted:
        applied = import_table(store, table, guess_mapping(table.headers), workshop.id)
    assert counted.transactions == 1
    report = applied.result
    assert report.people.created == store.people.count() > 0
    assert report.registered == len(store.attendance.of_workshop(workshop.id))
    assert applied.changes.touches(Area.PEOPLE, Area.ORGANISATIONS, Area.ATTENDANCE)
    after = _rows(store)
    assert applied.undo is not None
    redo = revert(store, applied.undo).undo
    assert _rows(store) == ([], [])
    assert store.attendance.of_workshop(workshop.id) == []
    assert redo is not None
    revert(store, redo)
    assert _rows(store) == after


def test_an_import_for_a_missing_workshop_imports_nothing(store: Store) -> None:
    """Registering for a workshop that does not exist is refused before anything is written."""
    table = read_table(SAMPLES / "eventbrite_attendees.csv")
    with counting(store) as counted, pytest.raises(NotFound):
        import_table(store, table, guess_mapping(table.headers), WorkshopId(999))
    assert counted.writes == 0
    assert _rows(store) == ([], [])
