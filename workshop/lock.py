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
import re
import socket
import stat
from pathlib import Path

from workshop.domain.vocabulary import Lang
from workshop.errors import DatabaseInUse

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


# (French, English); {database} is the file's path, {holder} who holds it.
MESSAGES: dict[str, tuple[str, str]] = {
    "in_use": (
        "{database} est déjà ouvert dans une autre fenêtre de Catalyse ({holder})",
        "{database} is already open in another Catalyse window ({holder})",
    ),
    "process": ("processus {pid} sur {host}", "process {pid} on {host}"),
    "other_name": ("sous un autre nom", "under another name"),
    "other_process": ("un autre processus", "another process"),
}
_HOLDER = re.compile(r"process (\d+) on (.+)")  # what a lock file says, in any version


def _text(code: str, lang: Lang, **values: object) -> str:
    fr, en = MESSAGES[code]
    return (fr if lang == "fr" else en).format(**values)


def in_use(database: Path, holder: str, lang: Lang = "en") -> DatabaseInUse:
    """The refusal of a held file, naming the holder as its lock file says ("" unknown)."""
    found = _HOLDER.fullmatch(holder.strip())
    if found:
        holder = _text("process", lang, pid=found[1], host=found[2])
    return DatabaseInUse(
        _text("in_use", lang, database=database, holder=holder or _text("other_process", lang))
    )


def refuse_if_held(database: Path, lang: Lang = "en") -> None:
    """DatabaseInUse (its message in `lang`) when another writer holds this file, whatever
    name it opened it by.

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
        raise in_use(database, _holder(database, lang), lang) from None
    finally:
        os.close(fd)


def _holder(database: Path, lang: Lang) -> str:
    """Who holds a database, as its lock file says (when it is opened under this name)."""
    try:
        with lock_path(database).open("rb") as lock_file:
            holder = lock_file.read(200).decode("utf-8", "replace").strip()
    except OSError:
        holder = ""
    return holder or _text("other_name", lang)


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class DatabaseLock:
    """Held while a process may write a database file."""

    def __init__(self, database: Path, lang: Lang = "en") -> None:
        self.database = database
        self.lang = lang  # of the refusal's message
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
            holder = os.read(fd, 200).decode("utf-8", "replace")
            os.close(fd)
            raise in_use(self.database, holder, self.lang) from None
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
            raise in_use(self.database, _text("other_name", self.lang), self.lang) from None
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
