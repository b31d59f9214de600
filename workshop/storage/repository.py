"""The generic repository: one table of records, read and written in transactions."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from sqlite_utils import Database

from workshop.errors import NotFound
from workshop.storage.rows import from_row, from_rows, to_row

R = TypeVar("R")


class Repository(Generic[R]):
    """Reads and writes the records of one table; each write is one transaction."""

    table: ClassVar[str]
    record_type: ClassVar[type]

    def __init__(self, db: Database) -> None:
        self._db = db
        self._has_updated_at: bool | None = None

    def get(self, record_id: int) -> R:
        rows = self._rows(f"SELECT * FROM {self.table} WHERE id = ?", [record_id])
        if not rows:
            raise NotFound(f"{self.table}: no record with id {record_id}")
        return self._record(rows[0])

    def find(self, where: str = "", params: Sequence[Any] = (), order_by: str = "id") -> list[R]:
        sql = f"SELECT * FROM {self.table}"
        if where:
            sql += f" WHERE {where}"
        sql += f" ORDER BY {order_by}"
        cursor = self._db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        records: list[R] = from_rows(self.record_type, names, cursor.fetchall())
        return records

    def _rows(self, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        """Rows as dicts, read with one statement (db.query adds a savepoint around each)."""
        cursor = self._db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def all(self) -> list[R]:
        return self.find()

    def count(self, where: str = "", params: Sequence[Any] = ()) -> int:
        sql = f"SELECT count(*) FROM {self.table}" + (f" WHERE {where}" if where else "")
        return int(self._db.execute(sql, list(params)).fetchone()[0])

    def add(self, record: R) -> R:
        """Save a new record (id 0), or put back a deleted one with its id, and return it.

        One INSERT statement (committed at once outside a transaction).
        """
        row = to_row(record, with_id=getattr(record, "id", 0) != 0)
        names = ", ".join(f"[{name}]" for name in row)
        marks = ", ".join("?" * len(row))
        cursor = self._db.execute(
            f"INSERT INTO [{self.table}] ({names}) VALUES ({marks})", list(row.values())
        )
        return dataclasses.replace(record, id=cursor.lastrowid)  # type: ignore[type-var]

    def add_many(self, records: Iterable[R]) -> None:
        with self._db.atomic():
            self._db.table(self.table).insert_all(to_row(r) for r in records)

    def update(self, record: R) -> R:
        """Replace a record's stored fields (one UPDATE statement)."""
        row = to_row(record)
        sets = [f"[{name}] = ?" for name in row]
        if self._stamps_updates():
            sets.append("updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now')")
        self._db.execute(
            f"UPDATE [{self.table}] SET {', '.join(sets)} WHERE id = ?",
            [*row.values(), _id_of(record)],
        )
        return record

    def delete(self, record_id: int) -> None:
        self._db.execute(f"DELETE FROM {self.table} WHERE id = ?", [record_id])

    def _record(self, row: dict[str, Any]) -> R:
        record: R = from_row(self.record_type, row)
        return record

    def _stamps_updates(self) -> bool:
        """Whether the table has an updated_at column (read once)."""
        if self._has_updated_at is None:
            columns = self._db.execute(f"PRAGMA table_info([{self.table}])").fetchall()
            self._has_updated_at = any(column[1] == "updated_at" for column in columns)
        return self._has_updated_at


def _id_of(record: object) -> int:
    record_id: int = getattr(record, "id")  # noqa: B009
    return record_id
