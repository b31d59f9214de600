"""What an operation wrote, kept as the SQL that undoes it.

This is SQLite's own undo/redo technique (sqlite.org/undoredo.html): temporary triggers on
every table log, for each row written, the statement that puts it back as it was. Foreign-key
cascades fire the triggers too, so a delete's undo brings back everything the delete reached,
whichever repository made the write. Replaying an undo is logged the same way, which gives the
redo. The log lives in the connection's temporary database (kept in memory): it is never in the
database file, its WAL or its backups.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlite_utils import Database

LOG = "temp._catalyse_undo_log"
LOG_NAME = LOG.split(".")[1]  # triggers name their tables unqualified (SQLite's rule)
RECORDING_FUNCTION = "catalyse_recording"  # whether an operation is under way (no statement)


@dataclass(frozen=True)
class Write:
    """One row written: its table, how ('insert', 'update', 'delete'), its rowid."""

    table: str
    kind: str
    rowid: int


@dataclass(frozen=True)
class Undo:
    """The statements that undo a transaction's writes, in the order they were logged.

    They are replayed last first; `then(other)` is the undo of this write followed by the other.
    """

    statements: tuple[str, ...]
    writes: tuple[Write, ...] = ()

    def then(self, other: Undo) -> Undo:
        return Undo(self.statements + other.statements, self.writes + other.writes)


def journaled_tables(db: Database) -> list[str]:
    """The tables whose writes are journaled: the data, not SQLite's, sqlite-utils' or FTS's."""
    names = []
    for row in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        name, sql = row
        if name.startswith("_") or "_fts" in name or "VIRTUAL TABLE" in (sql or "").upper():
            continue
        names.append(name)
    return sorted(names)


def _quoted(name: str) -> str:
    return "[" + name.replace("]", "]]") + "]"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _triggers(table: str, columns: Sequence[str]) -> list[str]:
    t = _quoted(table)
    log = (
        f"INSERT INTO {LOG_NAME} (tbl, kind, row_id, statement) "
        f"SELECT {_literal(table)}, '{{kind}}', {{row}}.rowid, {{statement}} "
        f"WHERE {RECORDING_FUNCTION}()"
    )
    names = ",".join(_quoted(c) for c in columns)
    values = " || ',' || ".join(f"quote(OLD.{_quoted(c)})" for c in columns)
    sets = " || ',' || ".join(
        f"{_literal(_quoted(c) + '=')} || quote(OLD.{_quoted(c)})" for c in columns
    )
    undo_insert = f"{_literal(f'DELETE FROM {t} WHERE rowid=')} || NEW.rowid"
    undo_delete = (
        f"{_literal(f'INSERT INTO {t} (rowid,{names}) VALUES (')} || OLD.rowid || ',' || "
        f"{values} || ')'"
    )
    undo_update = f"{_literal(f'UPDATE {t} SET ')} || {sets} || ' WHERE rowid=' || OLD.rowid"
    prefix = f"_catalyse_undo_{table}"
    return [
        f"CREATE TEMP TRIGGER {_quoted(prefix + '_insert')} AFTER INSERT ON main.{t} BEGIN "
        + log.format(kind="insert", row="NEW", statement=undo_insert)
        + "; END",
        f"CREATE TEMP TRIGGER {_quoted(prefix + '_update')} AFTER UPDATE ON main.{t} BEGIN "
        + log.format(kind="update", row="OLD", statement=undo_update)
        + "; END",
        f"CREATE TEMP TRIGGER {_quoted(prefix + '_delete')} AFTER DELETE ON main.{t} BEGIN "
        + log.format(kind="delete", row="OLD", statement=undo_delete)
        + "; END",
    ]


def prepare_connection(db: Database) -> None:
    """Settings the journal needs, made when a connection opens (not inside a transaction)."""
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA recursive_triggers = ON")


class Journal:
    """Records the writes of one transaction at a time on a connection, as their undo.

    The connection keeps its temporary tables in memory and runs delete triggers on REPLACE
    (`prepare_connection`), so that the log never reaches a disk and misses no row.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._depth = 0
        self._installed = False
        db.conn.create_function(RECORDING_FUNCTION, 0, lambda: self._depth > 0)

    def prepare(self) -> None:
        """Install the log and its triggers, outside any transaction, if not done yet."""
        if not self._installed and not self._db.conn.in_transaction:
            if not self._is_installed():
                self._install()
            self._installed = True  # made outside a transaction: no rollback can remove it

    def _is_installed(self) -> bool:
        """Whether the log exists (creating it inside a transaction that then rolled back
        removed it again)."""
        row = self._db.execute(
            "SELECT 1 FROM sqlite_temp_master WHERE name = ?", [LOG_NAME]
        ).fetchone()
        return row is not None

    def _install(self) -> None:
        """Create the log and the triggers (on first use: opening a file needs none)."""
        db = self._db
        db.execute(
            f"CREATE TEMP TABLE {LOG_NAME} ("
            "seq INTEGER PRIMARY KEY, tbl TEXT, kind TEXT, row_id INTEGER, statement TEXT)"
        )
        for table in journaled_tables(db):
            columns = [row[1] for row in db.execute(f"PRAGMA table_info({_quoted(table)})")]
            for sql in _triggers(table, columns):
                db.execute(sql)

    @contextmanager
    def recording(self) -> Iterator[list[Undo]]:
        """Log the writes made inside the block; on success the list holds their Undo.

        Nested blocks share the outer block's log: the outer one gets every write.
        """
        if not self._depth and not self._installed and not self._is_installed():
            self._install()  # inside a transaction: checked again next time
        outcome: list[Undo] = []
        if self._depth:
            start = self._last_seq()
            self._depth += 1
            try:
                yield outcome
            finally:
                self._depth -= 1
            outcome.append(self._read(start))
            return
        self._depth = 1  # the log is empty: each operation empties it, or rolls back
        try:
            yield outcome
            outcome.append(self._read(0))
        finally:
            self._depth = 0
            self._db.execute(f"DELETE FROM {LOG}")

    def _last_seq(self) -> int:
        row = self._db.execute(f"SELECT coalesce(max(seq), 0) FROM {LOG}").fetchone()
        return int(row[0])

    def _read(self, after: int) -> Undo:
        rows = self._db.execute(
            f"SELECT tbl, kind, row_id, statement FROM {LOG} WHERE seq > ? ORDER BY seq", [after]
        ).fetchall()
        return Undo(
            tuple(row[3] for row in rows),
            tuple(Write(row[0], row[1], int(row[2])) for row in rows),
        )

    def replay(self, undo: Undo) -> None:
        """Run an undo's statements, last first (inside the caller's recording transaction)."""
        self._db.execute("PRAGMA defer_foreign_keys = ON")
        for statement in reversed(undo.statements):
            self._db.execute(statement)
