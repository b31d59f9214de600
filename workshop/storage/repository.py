"""The generic repository: one table of records, read and written in transactions."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from sqlite_utils import Database

from workshop.errors import NotFound
from workshop.storage.rows import from_row, to_row

R = TypeVar("R")


class Repository(Generic[R]):
    """Reads and writes the records of one table; each write is one transaction."""

    table: ClassVar[str]
    record_type: ClassVar[type]

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, record_id: int) -> R:
        rows = list(self._db.query(f"SELECT * FROM {self.table} WHERE id = ?", [record_id]))
        if not rows:
            raise NotFound(f"{self.table}: no record with id {record_id}")
        return self._record(rows[0])

    def find(self, where: str = "", params: Sequence[Any] = (), order_by: str = "id") -> list[R]:
        sql = f"SELECT * FROM {self.table}"
        if where:
            sql += f" WHERE {where}"
        sql += f" ORDER BY {order_by}"
        return [self._record(row) for row in self._db.query(sql, list(params))]

    def all(self) -> list[R]:
        return self.find()

    def count(self, where: str = "", params: Sequence[Any] = ()) -> int:
        sql = f"SELECT count(*) FROM {self.table}" + (f" WHERE {where}" if where else "")
        return int(self._db.execute(sql, list(params)).fetchone()[0])

    def add(self, record: R) -> R:
        """Save a new record (id 0), or put back a deleted one with its id, and return it."""
        row = to_row(record, with_id=getattr(record, "id", 0) != 0)
        with self._db.atomic():
            new_id = self._db.table(self.table).insert(row).last_pk
        return dataclasses.replace(record, id=new_id)  # type: ignore[type-var]

    def add_many(self, records: Iterable[R]) -> None:
        with self._db.atomic():
            self._db.table(self.table).insert_all(to_row(r) for r in records)

    def update(self, record: R) -> R:
        row = to_row(record)
        if "updated_at" in self._columns():
            row["updated_at"] = self._db.execute(
                "SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now')"
            ).fetchone()[0]
        with self._db.atomic():
            self._db.table(self.table).update(_id_of(record), row)
        return record

    def delete(self, record_id: int) -> None:
        with self._db.atomic():
            self._db.execute(f"DELETE FROM {self.table} WHERE id = ?", [record_id])

    def _record(self, row: dict[str, Any]) -> R:
        record: R = from_row(self.record_type, row)
        return record

    def _columns(self) -> set[str]:
        return {c.name for c in self._db.table(self.table).columns}


def _id_of(record: object) -> int:
    record_id: int = getattr(record, "id")  # noqa: B009
    return record_id
