"""Migrations bring every earlier schema to the current one, the same as a fresh file."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from workshop.storage.schema import SCHEMA_VERSION, known_migrations, migrations
from workshop.storage.store import Store


def schema_of(path: Path) -> list[tuple[str, str]]:
    db = Database(path)
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    db.close()
    return [(name, sql or "") for name, sql in rows]


def test_every_earlier_version_migrates_to_the_fresh_schema(tmp_path: Path) -> None:
    """A database left at any earlier version is upgraded on open to exactly the fresh schema."""
    fresh = tmp_path / "fresh.sqlite"
    Store.open(fresh).close()
    names = known_migrations()
    assert len(names) == SCHEMA_VERSION
    for stop in range(1, len(names)):
        old = tmp_path / f"v{stop}.sqlite"
        db = Database(old)
        migrations.apply(db, stop_before=names[stop])
        db.close()
        with Store.open(old) as store:
            assert store.schema_version == SCHEMA_VERSION
            assert store.check() == []
        assert schema_of(old) == schema_of(fresh)


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    """An empty file (made by "New file…") is initialised at the current schema."""
    path = tmp_path / "empty.sqlite"
    path.touch()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert {"organisations", "cards", "commitments"} <= set(store.db.table_names())
