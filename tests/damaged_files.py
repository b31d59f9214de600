"""Ways to damage a database file, shared by the CLI, store and window tests of bad files."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path


def not_sqlite(path: Path) -> None:
    path.write_text("Nom;Prénom\nDupont;Jean\n", encoding="utf-8")


def truncated(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size // 2)


def corrupt_page(path: Path) -> None:
    """Scribble over the b-tree header of the table holding the people."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'people'").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\x07" + b"\xff" * 40)


def newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('catalyse', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()


def foreign_sqlite(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()


DAMAGES: dict[str, tuple[Callable[[Path], None], str]] = {
    "not SQLite": (not_sqlite, "not an SQLite file"),
    "truncated": (truncated, "damaged"),
    "corrupt page": (corrupt_page, "damaged"),
    "newer schema": (newer, "newer version"),
    "another program's SQLite": (foreign_sqlite, "not a Catalyse database"),
}


def folder(path: Path) -> None:
    """The database path becomes a folder."""
    path.unlink()
    path.mkdir()
