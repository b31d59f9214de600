"""The store: one Catalyse database file, opened safely, with one repository per area."""

from __future__ import annotations

import os
import sqlite3
import stat
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from workshop.domain.text import fold
from workshop.domain.vocabulary import Lang
from workshop.errors import (
    CorruptDatabase,
    DatabaseInUse,
    DatabaseLost,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotACatalyseDatabase,
    storage_problem,
)
from workshop.lock import DatabaseLock, refuse_if_held
from workshop.storage.alliances import (
    AllianceRepository,
    CommitmentRepository,
    PartnerRepository,
)
from workshop.storage.decisions import DecisionRepository
from workshop.storage.footprints import forget_footprints
from workshop.storage.journal import Journal, prepare_connection
from workshop.storage.reminders import ReminderRepository
from workshop.storage.schema import MIGRATION_SET, SCHEMA_VERSION, known_migrations, migrations
from workshop.storage.stakeholders import OrganisationRepository, PersonRepository
from workshop.storage.workshops import AttendanceRepository, WorkshopRepository

if TYPE_CHECKING:
    from workshop.storage.board import Board
    from workshop.storage.open_space import OpenSpace
    from workshop.storage.polls import Polls

SQLITE_HEADER = b"SQLite format 3\x00"
# Catalyse uses no sqlite-utils plugins: Database(..., execute_plugins=False) everywhere, which
# also spares every start the scan of all installed packages' entry points.
# What sqlite-utils creates, in its own transaction, before the first migration.
_BARE_MIGRATIONS_TABLE = {"_sqlite_migrations", "idx__sqlite_migrations_migration_set_name"}


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write; in a read-only folder, where SQLite cannot create the
    WAL's shared-memory file, a file with no pending WAL is opened as immutable."""
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    wal = Path(str(path) + "-wal")
    pending_wal = wal.exists() and wal.stat().st_size > 0
    if not os.access(path.parent, os.W_OK) and not pending_wal:
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def _check_writable(path: Path) -> None:
    """Refuse, before touching anything, a file or folder this process cannot write."""
    for companion in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        if companion.exists() and not os.access(companion, os.W_OK):
            raise DatabaseUnavailable(
                f"{companion} is read-only: Catalyse can open it read-only, not change it"
            )
    folder = path.parent
    if folder.exists() and not os.access(folder, os.W_OK):
        raise DatabaseUnavailable(
            f"cannot write in {folder} (read-only folder): Catalyse can open {path.name} "
            "read-only, or copy it to a folder you can write"
        )


# SQLite refuses paths longer than this (SQLITE_MAX_PATHNAME, 512), with its "-journal" added.
MAX_PATH_BYTES = 512 - len("-journal")


def _refuse_a_path_too_long(path: Path) -> None:
    length = len(os.fsencode(str(path.resolve())))
    if length > MAX_PATH_BYTES:
        raise DatabaseUnavailable(
            f"the path of {path.name} is too long ({length} bytes, SQLite accepts "
            f"{MAX_PATH_BYTES}): move the file to a folder with a shorter path"
        )


def _roll_back_a_hot_journal(path: Path) -> None:
    """Finish, as SQLite would, a transaction a crash left in a "-journal" file (a database
    in rollback mode, written by another program or an older copy): its first reader with the
    right to write rolls it back. Where it cannot be written, say so."""
    journal = Path(f"{path}-journal")
    if not journal.is_file() or journal.stat().st_size == 0:
        return
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise DatabaseUnavailable(
            f"{path} holds a transaction a crash left unfinished ({journal.name}), which "
            "cannot be rolled back in a read-only place: copy both files to a folder you can write"
        )
    try:
        conn = sqlite3.connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as error:
        raise DatabaseUnavailable(f"cannot open {path}: {storage_problem(error)}") from error
    except sqlite3.DatabaseError as error:
        raise CorruptDatabase(f"{path} is damaged and cannot be opened ({error})") from error


def inspect_file(path: Path, *, for_writing: bool = False) -> int:
    """Check, without writing a byte, that a file is a Catalyse database this version can open.

    Returns the number of migrations applied (0 for an empty or missing file). For writing,
    a file whose rows point to missing records (what `catalyse check` calls damaged) is refused
    too: writing to it would only spread the damage.
    """
    _refuse_a_path_too_long(path)
    if not path.exists():
        return 0
    if path.is_dir():
        raise NotACatalyseDatabase(f"{path} is a folder, not a Catalyse database")
    if not stat.S_ISREG(path.stat().st_mode):
        raise NotACatalyseDatabase(
            f"{path} is not a regular file (a pipe or a device), not a Catalyse database"
        )
    if path.stat().st_size == 0:
        return 0
    _roll_back_a_hot_journal(path)
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as error:
        raise NotACatalyseDatabase(f"cannot read {path}: {error.strerror}") from error
    if header != SQLITE_HEADER:
        raise NotACatalyseDatabase(f"{path} is not a Catalyse database (not an SQLite file)")
    try:
        conn = _read_only_connection(path)
        try:
            check = conn.execute("PRAGMA quick_check").fetchall()
            dangling = (
                conn.execute("PRAGMA foreign_key_check").fetchall()
                if for_writing and check == [("ok",)]
                else []
            )
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            applied: list[str] = []
            recorded = 0
            if "_sqlite_migrations" in tables:
                recorded = conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
                applied = [
                    r[0]
                    for r in conn.execute(
                        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                        [MIGRATION_SET],
                    )
                ]
        finally:
            conn.close()
    except sqlite3.OperationalError as error:  # not damage: permissions, full disk…
        raise DatabaseUnavailable(f"cannot open {path}: {storage_problem(error)}") from error
    except sqlite3.DatabaseError as error:
        raise CorruptDatabase(f"{path} is damaged and cannot be opened ({error})") from error
    if check != [("ok",)]:
        raise CorruptDatabase(f"{path} is damaged: {check[0][0]}")
    if dangling:
        table, _rowid, parent, _ = dangling[0]
        raise CorruptDatabase(
            f"{path} is damaged: {len(dangling)} row(s) point to missing records (a {table} "
            f"row to a missing {parent}); see 'catalyse check', it is left as it is"
        )
    if not applied and not recorded and tables <= _BARE_MIGRATIONS_TABLE:
        return 0  # a creation killed before its first migration committed: finish it
    if not applied:
        raise NotACatalyseDatabase(f"{path} is an SQLite file, but not a Catalyse database")
    unknown = [name for name in applied if name not in known_migrations()]
    if unknown:
        raise DatabaseTooNew(
            f"{path} was written by a newer version of Catalyse "
            f"(schema {len(applied)}, this version knows {SCHEMA_VERSION}); update Catalyse"
        )
    return len(applied)


def _create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only (SQLite copies the mode)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)


class Store:
    """An open Catalyse database and its repositories (store.workshops, store.board…)."""

    def __init__(
        self, db: Database, path: Path, read_only: bool = False, lock: DatabaseLock | None = None
    ) -> None:
        self.db = db
        self._lock = lock
        self.path = path
        self.read_only = read_only
        self.organisations = OrganisationRepository(db)
        self.people = PersonRepository(db)
        self.workshops = WorkshopRepository(db)
        self.attendance = AttendanceRepository(db)
        self.alliances = AllianceRepository(db)
        self.partners = PartnerRepository(db)
        self.commitments = CommitmentRepository(db)
        self.decisions = DecisionRepository(db)
        self.reminders = ReminderRepository(db)
        self.journal = Journal(db)
        # The one fold, in SQL too: `WHERE fold(name) = ?` matches as the screens do.
        db.conn.create_function("fold", 1, fold, deterministic=True)

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction (a savepoint inside another): all of it is saved, or none.

        Refused (DatabaseLost) once the file or its lock is no longer this process's: what is
        written then would go to a file nobody opens, or beside another writer.
        """
        lock = self._lock
        if lock is not None and not self.db.conn.in_transaction and not lock.still_ours():
            raise DatabaseLost(
                f"{self.path} was replaced, moved or unlocked by another program: "
                "Catalyse stopped writing to it; open it again"
            )
        try:
            with self.db.atomic():
                yield
        except BaseException:
            forget_footprints(self.db)  # what the rollback took back may be in them
            raise

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        lock: bool = True,
        lang: Lang = "en",
    ) -> Store:
        """Open (or create) a database; a foreign, damaged or newer file is refused untouched.

        Unless read-only, the file is locked against a second writer (DatabaseInUse, its
        message in `lang`).
        """
        path = Path(path)
        if lock and not read_only:
            refuse_if_held(path, lang)
        applied = inspect_file(path, for_writing=not read_only)
        if read_only:
            if applied == 0:
                raise NotACatalyseDatabase(f"{path} does not exist or is empty")
            conn = _read_only_connection(path)
            db = Database(conn, execute_plugins=False)
            db.execute("PRAGMA foreign_keys = ON")
            return cls(db, path, read_only=True)
        _check_writable(path)
        file_lock = DatabaseLock(path, lang) if lock else None
        if file_lock:
            file_lock.acquire()
        if applied == 0:
            _create_private_file(path)
        if file_lock:
            try:
                file_lock.hold_database()  # a new file: lock it now that it exists
            except DatabaseInUse:
                file_lock.release()
                raise
        try:
            db = Database(path, execute_plugins=False)
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA secure_delete = ON")
            db.execute("PRAGMA busy_timeout = 3000")
            prepare_connection(db)
            if applied < SCHEMA_VERSION:
                migrations.apply(db)
        except sqlite3.OperationalError as error:
            if file_lock:
                file_lock.release()
            raise DatabaseUnavailable(
                f"cannot write to {path}: {storage_problem(error)}"
            ) from error
        return cls(db, path, lock=file_lock)

    @cached_property
    def board(self) -> Board:
        """The live board's repositories (loaded on first use: opening a file needs none)."""
        from workshop.storage.board import Board

        return Board(self.db)

    @cached_property
    def open_space(self) -> OpenSpace:
        """The open space's repositories: slots, rooms, topics, members (loaded on first use)."""
        from workshop.storage.open_space import OpenSpace

        return OpenSpace(self.db)

    @cached_property
    def polls(self) -> Polls:
        """The quick polls' repositories: polls, choices, answers (loaded on first use)."""
        from workshop.storage.polls import Polls

        return Polls(self.db)

    @property
    def schema_version(self) -> int:
        return len(migrations.applied(self.db))

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks (empty when healthy)."""
        problems = [
            row[0] for row in self.db.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"
        ]
        for table, rowid, parent, _ in self.db.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"{table} row {rowid} points to a missing {parent}")
        if self.schema_version != SCHEMA_VERSION:
            problems.append(f"schema version {self.schema_version}, expected {SCHEMA_VERSION}")
        return problems

    def close(self) -> None:
        self.db.close()
        if self._lock:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
