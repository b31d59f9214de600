"""Two Catalyse windows never write the same database file.

The lock is an OS lock on open files (flock, or msvcrt on Windows): it goes away with the
process, so a crashed session never leaves a stale lock behind. Two locks are held: a lock
file beside the database (it names the holder), and, where flock exists, a lock on the
database file itself, so that the same file reached by another name (a hard link, a symlink)
is locked too; flock locks are apart from the POSIX locks SQLite takes on the same file.
A writer checks `still_ours()` before each transaction: a lock file deleted or replaced, or a
database file replaced under its name, and the process stops writing to it.
"""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

from workshop.errors import DatabaseInUse

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


def refuse_if_held(database: Path) -> None:
    """DatabaseInUse when another writer holds this file, whatever name it opened it by.

    Checked before the file is read at all: a database open in WAL mode under another name
    cannot even be read (its journal is named after the other name).
    """
    if fcntl is None:
        return
    try:
        if not stat.S_ISREG(os.stat(database).st_mode):
            return  # missing, a folder, a pipe: the inspection says what it is
        fd = os.open(database, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        raise DatabaseInUse(
            f"{database} is already open in another Catalyse window ({_holder(database)})"
        ) from None
    finally:
        os.close(fd)


def _holder(database: Path) -> str:
    """Who holds a database, as its lock file says (when it is opened under this name)."""
    try:
        with lock_path(database).open("rb") as lock_file:
            return lock_file.read(200).decode("utf-8", "replace").strip() or "under another name"
    except OSError:
        return "under another name"


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class DatabaseLock:
    """Held while a process may write a database file."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path(database)
        self._fd: int | None = None
        self._database_fd: int | None = None
        self._database_identity: tuple[int, int] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            holder = os.read(fd, 200).decode("utf-8", "replace").strip() or "another process"
            os.close(fd)
            raise DatabaseInUse(
                f"{self.database} is already open in another Catalyse window ({holder})"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"process {os.getpid()} on {socket.gethostname()}".encode())
        self._fd = fd
        if self.database.exists():
            try:
                self.hold_database()
            except DatabaseInUse:
                self.release()
                raise

    def hold_database(self) -> None:
        """Lock the database file itself (its identity, whatever its name); once it exists.

        The descriptor stays open until release: closing a descriptor of a file would drop the
        POSIX locks SQLite holds on it in this process.
        """
        if fcntl is None or self._database_fd is not None:
            return
        if not stat.S_ISREG(os.stat(self.database).st_mode):
            return
        fd = os.open(self.database, os.O_RDONLY | os.O_NONBLOCK)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise DatabaseInUse(
                f"{self.database} is already open in another Catalyse window (under another name)"
            ) from None
        status = os.fstat(fd)
        self._database_fd = fd
        self._database_identity = (status.st_dev, status.st_ino)

    def still_ours(self) -> bool:
        """Whether the lock file and the database file are still the ones locked."""
        if self._fd is None:
            return False
        try:
            lock_now = os.stat(self.path)
            database_now = os.stat(self.database) if self._database_identity else None
        except OSError:
            return False
        mine = os.fstat(self._fd)
        if (lock_now.st_dev, lock_now.st_ino) != (mine.st_dev, mine.st_ino):
            return False
        return database_now is None or (
            (database_now.st_dev, database_now.st_ino) == self._database_identity
        )

    def release(self) -> None:
        if self._database_fd is not None:
            os.close(self._database_fd)
            self._database_fd = None
            self._database_identity = None
        if self._fd is None:
            return
        os.close(self._fd)
        self._fd = None
        self.path.unlink(missing_ok=True)

    @property
    def held(self) -> bool:
        return self._fd is not None
