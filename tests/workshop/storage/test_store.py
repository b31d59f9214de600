"""The store opens, creates, refuses and checks database files safely."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from workshop.domain.records import Card, Organisation, Workshop
from workshop.errors import CorruptDatabase, DatabaseInUse, DatabaseTooNew, NotACatalyseDatabase
from workshop.storage.schema import SCHEMA_VERSION
from workshop.storage.store import Store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_gets_the_whole_schema_private_and_in_wal(db_path: Path) -> None:
    """A new database is created at the current schema, in WAL mode, readable by its owner only."""
    with Store.open(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.check() == []
    assert db_path.stat().st_mode & 0o777 == 0o600


def test_records_round_trip(store: Store) -> None:
    """What is saved is what is read back, tuples, enums and dates included."""
    from workshop.demo import load_demo

    workshop = load_demo(store)
    assert store.workshops.get(workshop.id) == workshop
    org = store.organisations.add(Organisation(name="<b>ACME & Fils</b>", sdgs=(3, 17)))
    assert store.organisations.get(org.id) == org


def test_reopening_keeps_the_data(db_path: Path) -> None:
    """Closed and reopened, the database holds what was written."""
    with Store.open(db_path) as store:
        workshop = store.workshops.add(Workshop(title="Atelier"))
        store.board.cards.add(Card(workshop_id=workshop.id, text="Une idée"))
    with Store.open(db_path) as store:
        assert [c.text for c in store.board.cards.of_workshop(workshop.id)] == ["Une idée"]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"Nom;Prenom\nDupont;Jean\n", NotACatalyseDatabase),
        (b"SQLite format 3\x00" + b"\x00" * 200, CorruptDatabase),
    ],
)
def test_foreign_and_corrupt_files_are_refused_untouched(
    db_path: Path, content: bytes, error: type[Exception]
) -> None:
    """A file that is not a healthy Catalyse database is refused and left byte for byte."""
    db_path.write_bytes(content)
    before = digest(db_path)
    with pytest.raises(error):
        Store.open(db_path)
    assert digest(db_path) == before


def test_another_applications_sqlite_file_is_refused_untouched(db_path: Path) -> None:
    """An SQLite file made by another program is not taken over."""
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(NotACatalyseDatabase):
        Store.open(db_path)
    assert digest(db_path) == before


def test_a_newer_database_is_refused_untouched(db_path: Path) -> None:
    """A file written by a newer Catalyse is refused with a message naming the versions."""
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('catalyse', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(db_path)
    with pytest.raises(DatabaseTooNew, match="newer version"):
        Store.open(db_path)
    assert digest(db_path) == before


def test_a_second_writer_is_refused(db_path: Path) -> None:
    """While one store has the file open, a second one is refused, and allowed after close."""
    first = Store.open(db_path)
    with pytest.raises(DatabaseInUse, match="already open"):
        Store.open(db_path)
    with Store.open(db_path, read_only=True) as reader:
        assert reader.workshops.all() == []
    first.close()
    Store.open(db_path).close()


def test_deleting_can_be_restored_with_everything_it_reached(demo_store: Store) -> None:
    """Deleting an organisation and undoing it gives back its partners and links."""
    from workshop.ops import operation, revert

    org_id = demo_store.partners.all()[0].organisation_id
    before = {
        "partners": demo_store.partners.count(),
        "commitments": demo_store.commitments.count(),
        "people": [p.organisation_id for p in demo_store.people.all()],
        "cards": [c.organisation_id for c in demo_store.board.cards.all()],
    }
    with operation(demo_store) as op:
        demo_store.organisations.delete(org_id)
    assert demo_store.partners.count() < before["partners"]
    revert(demo_store, op.applied(None).undo)  # type: ignore[arg-type]
    after = {
        "partners": demo_store.partners.count(),
        "commitments": demo_store.commitments.count(),
        "people": [p.organisation_id for p in demo_store.people.all()],
        "cards": [c.organisation_id for c in demo_store.board.cards.all()],
    }
    assert after == before
    assert demo_store.check() == []


def test_search_ignores_accents_and_case(store: Store) -> None:
    """Typing "societe" finds "Société" (FTS5 with diacritics removed), as a prefix too."""
    store.organisations.add(Organisation(name="Société Coopérative du Val"))
    store.organisations.add(Organisation(name="Mairie"))
    assert [o.name for o in store.organisations.search("societe")] == ["Société Coopérative du Val"]
    assert [o.name for o in store.organisations.search("COOP")] == ["Société Coopérative du Val"]
    assert store.organisations.search('"unbalanced AND (') == []
