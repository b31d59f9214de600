"""Deletions that can be undone: capture every row a delete removes or unlinks, put it back later.

Foreign keys decide what a delete reaches (ON DELETE CASCADE removes, SET NULL unlinks);
the snapshot follows them, so one mechanism serves every undoable delete in the app.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True)
class _Link:
    child: str
    column: str
    parent_column: str
    on_delete: str


@dataclass
class Snapshot:
    """The rows a delete removed (parents first) and the links it set to NULL."""

    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    unlinked: list[tuple[str, str, int, Any]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.rows


def _links(db: Database) -> dict[str, list[_Link]]:
    """For each table, the foreign keys that point at it."""
    result: dict[str, list[_Link]] = {}
    for table in db.table_names():
        if table.endswith("_fts") or "_fts_" in table or table.startswith("_"):
            continue
        for fk in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            parent, column, parent_column, on_delete = fk[2], fk[3], fk[4] or "id", fk[6]
            result.setdefault(parent, []).append(_Link(table, column, parent_column, on_delete))
    return result


def capture(db: Database, table: str, ids: Iterable[int]) -> Snapshot:
    """What deleting these rows of `table` would remove or unlink, read before the delete."""
    snapshot = Snapshot()
    links = _links(db)
    seen: set[tuple[str, int]] = set()

    def visit(table: str, key_column: str, values: list[Any]) -> None:
        if not values:
            return
        marks = ",".join("?" * len(values))
        rows = list(
            db.query(
                f"SELECT rowid AS _rowid_, * FROM [{table}] WHERE [{key_column}] IN ({marks})",
                values,
            )
        )
        fresh = [r for r in rows if (table, r["_rowid_"]) not in seen]
        for row in fresh:
            seen.add((table, row["_rowid_"]))
            snapshot.rows.append((table, {k: v for k, v in row.items() if k != "_rowid_"}))
        for link in links.get(table, []):
            parent_values = [r[link.parent_column] for r in fresh]
            if link.on_delete == "CASCADE":
                visit(link.child, link.column, parent_values)
            elif link.on_delete == "SET NULL" and parent_values:
                marks = ",".join("?" * len(parent_values))
                for child in db.query(
                    f"SELECT rowid AS _rowid_, [{link.column}] AS value FROM [{link.child}] "
                    f"WHERE [{link.column}] IN ({marks})",
                    parent_values,
                ):
                    snapshot.unlinked.append(
                        (link.child, link.column, child["_rowid_"], child["value"])
                    )

    visit(table, "id", list(ids))
    return snapshot


def delete(db: Database, table: str, ids: Iterable[int]) -> Snapshot:
    """Delete rows of `table` (and what their foreign keys reach) in one transaction."""
    id_list = list(ids)
    with db.atomic():
        snapshot = capture(db, table, id_list)
        marks = ",".join("?" * len(id_list))
        db.execute(f"DELETE FROM [{table}] WHERE id IN ({marks})", id_list)
    return snapshot


def restore(db: Database, snapshot: Snapshot) -> None:
    """Put back what a delete removed, with the same ids, in one transaction."""
    with db.atomic():
        # Rows come back in capture order, which can put a card before its cluster.
        db.execute("PRAGMA defer_foreign_keys = ON")
        for table, row in snapshot.rows:
            db.table(table).insert(row)
        for table, column, rowid, value in snapshot.unlinked:
            db.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = ?", [value, rowid])
