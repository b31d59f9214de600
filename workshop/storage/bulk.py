"""Writing many rows at once, in the transaction under way (an import's new records)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlite_utils import Database

from workshop.storage.schema import _INDEXED, _SPELT_OUT_LETTERS, _spelt_out

# Rows written by one INSERT statement: the search index's triggers (FTS5) write the index out
# at the end of every statement, which an INSERT per row made as costly as the rows themselves.
_ROWS_PER_INSERT = 500
_SPELLING = str.maketrans(dict(_SPELT_OUT_LETTERS))


def insert_rows(
    db: Database, table: str, names: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert many rows (each with its id, the columns `names`) in the transaction under way,
    500 a statement; the rows of `organisations` and `people` are indexed for search in one go.

    Their index trigger spells letters out with 19 nested replace() a column (m016), which cost
    about as much as the rows themselves: the trigger is set aside for the insert, and the rows
    are indexed here with the same spelling. When the trigger is not the one this version
    knows, or a row has no id, the trigger indexes them as usual.
    """
    if not rows:
        return
    trigger = _insert_trigger(table)
    if trigger is None or "id" not in names:
        _insert_many(db, table, names, rows)
        return
    with db.atomic():  # a savepoint: whatever fails, the trigger is back
        stored = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [f"{table}_ai"]
        ).fetchone()
        at_id = list(names).index("id")
        if stored is None or stored[0] != trigger or any(r[at_id] is None for r in rows):
            _insert_many(db, table, names, rows)
            return
        db.execute(f'DROP TRIGGER "{table}_ai"')
        _insert_many(db, table, names, rows)
        indexed = _INDEXED[table]
        at = [list(names).index(c) for c in indexed]
        spelling = _SPELLING
        spelt = []  # each row's texts as the trigger gives them to the index
        for r in rows:
            texts = [r[i] for i in at]
            spelt.append(
                [r[at_id], *[t.translate(spelling) if isinstance(t, str) else t for t in texts]]
            )
        _insert_many(db, f"{table}_fts", ["rowid", *indexed], spelt)
        db.execute(trigger)


@cache
def _insert_trigger(table: str) -> str | None:
    """The index trigger of a table's inserts, as migration m016 wrote it (None: no index)."""
    columns = _INDEXED.get(table)
    if columns is None:
        return None
    fts = f"{table}_fts"
    names = ", ".join(f'"{c}"' for c in columns)
    new = ", ".join(_spelt_out(f'new."{c}"') for c in columns)
    body = f'INSERT INTO "{fts}" (rowid, {names}) VALUES (new.rowid, {new});'
    return f'CREATE TRIGGER "{table}_ai" AFTER INSERT ON "{table}" BEGIN\n  {body}\nEND'


def _insert_many(
    db: Database, table: str, names: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    conn = db.conn
    limit = conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(names)
    per_statement = max(1, min(_ROWS_PER_INSERT, limit))
    head = f"INSERT INTO {table} ({', '.join(names)}) VALUES "
    marks = f"({', '.join('?' * len(names))})"
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        conn.execute(head + ", ".join([marks] * len(chunk)), [v for row in chunk for v in row])
