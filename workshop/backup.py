"""Backups of a database: consistent private copies, rotated, listed and restored safely."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from workshop.domain.vocabulary import Lang
from workshop.errors import CatalyseError, storage_problem
from workshop.lock import DatabaseLock
from workshop.paths import backups_dir
from workshop.storage.store import Store, inspect_file

KEEP_LATEST = 10
KEEP_DAILY_DAYS = 30
STAMP_FORMAT = "%Y%m%d-%H%M%S"
_STAMP_RE = r"(\d{8}-\d{6})(?:-(\d+))?"
# What a backup's list entry counts, table by table.
FIGURE_TABLES = ("workshops", "people", "organisations", "cards", "commitments")


# Why a backup or a restore failed: (French, English).
MESSAGES: dict[str, tuple[str, str]] = {
    "cannot_back_up": (
        "impossible de sauvegarder {path} : {reason}",
        "cannot back up {path}: {reason}",
    ),
    "cannot_write": (
        "impossible d'écrire une sauvegarde dans {folder} : {reason}",
        "cannot write a backup in {folder}: {reason}",
    ),
    "not_a_backup": ("{path} n'est pas un fichier de sauvegarde", "{path} is not a backup file"),
    "empty_backup": (
        "{path} est vide : ce n'est pas une sauvegarde",
        "{path} is empty: it is not a backup",
    ),
    "cannot_restore": (
        "impossible de restaurer dans {path} : {reason}",
        "cannot restore into {path}: {reason}",
    ),
    "damaged_copy": (
        "la copie restaurée est abîmée : {problem}",
        "the restored copy is damaged: {problem}",
    ),
}


def _error(code: str, lang: Lang, **values: object) -> CatalyseError:
    fr, en = MESSAGES[code]
    return CatalyseError((fr if lang == "fr" else en).format(**values))


_SIZE_UNITS = {"fr": ("octets", "Ko", "Mo", "Go", "To"), "en": ("bytes", "KB", "MB", "GB", "TB")}


def format_size(size: int, lang: Lang = "en") -> str:
    """A file's size the way each language writes it: "188 Ko", "5,2 Mo" / "188 KB", "5.2 MB".

    Multiples of 1024, as file managers show them; one decimal under 10, none above.
    """
    units = _SIZE_UNITS[lang]
    value, unit = float(size), 0
    while value >= 1024 and unit < len(units) - 1:
        value, unit = value / 1024, unit + 1
    if unit == 0:
        return f"{size}\u00a0{units[0] if size > 1 else units[0][:-1]}"  # 1 octet, 1 byte
    text = f"{value:.1f}" if value < 10 else f"{value:.0f}"
    if text.endswith(".0"):
        text = text[:-2]
    return f"{text.replace('.', ',') if lang == 'fr' else text}\u00a0{units[unit]}"


@dataclass(frozen=True, kw_only=True)
class BackupFigures:
    """How much a backup holds, counted table by table."""

    workshops: int
    people: int
    organisations: int
    cards: int
    commitments: int


@dataclass(frozen=True, kw_only=True)
class BackupInfo:
    """One backup file: when it was taken, its size and what it holds (None if unreadable)."""

    path: Path
    taken_at: dt.datetime
    size: int
    figures: BackupFigures | None


def backup_prefix(database: Path) -> str:
    """`<stem>-<8 hex digits of its full path>`: two databases with the same file name in
    different folders never share (nor rotate away) each other's backups."""
    where = hashlib.sha256(str(database.resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{database.stem}-{where}"


def backup_name(database: Path, when: dt.datetime, serial: int = 0) -> str:
    """`<prefix>-YYYYmmdd-HHMMSS.sqlite`, with `-N` when two backups share a second."""
    suffix = f"-{serial}" if serial else ""
    return f"{backup_prefix(database)}-{when.strftime(STAMP_FORMAT)}{suffix}.sqlite"


def _parse_name(database: Path, name: str) -> tuple[dt.datetime, int] | None:
    pattern = re.escape(backup_prefix(database)) + "-" + _STAMP_RE + r"\.sqlite"
    match = re.fullmatch(pattern, name)
    if not match:
        return None
    return dt.datetime.strptime(match.group(1), STAMP_FORMAT), int(match.group(2) or 0)


def _private_new_file(path: Path) -> None:
    """Create an empty file readable by its owner only (fails if it exists)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of an open database into a new private file, as a plain (non-WAL) file.

    Written beside the target, then renamed: a half-written backup never carries its name.
    """
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    _private_new_file(partial)
    try:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
        _fsync(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def take_backup(
    store: Store,
    *,
    folder: Path | None = None,
    now: dt.datetime | None = None,
    lang: Lang = "en",
) -> Path:
    """Copy an open store's database into the backups folder (0600), rotate, return the copy.

    A failure raises CatalyseError, its message in `lang`."""
    folder = folder or backups_dir()
    now = now or dt.datetime.now()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        serial = 0
        while (folder / backup_name(store.path, now, serial)).exists():
            serial += 1
        target = folder / backup_name(store.path, now, serial)
        _copy_database(store.db.conn, target)
    except sqlite3.Error as error:
        raise _error(
            "cannot_back_up", lang, path=store.path, reason=storage_problem(error)
        ) from error
    except OSError as error:
        raise _error("cannot_write", lang, folder=folder, reason=error.strerror or error) from error
    rotate(store.path, folder=folder, now=now)
    return target


def _backups_of(database: Path, folder: Path) -> list[tuple[dt.datetime, int, Path]]:
    """(taken at, serial, path) of a database's backups, oldest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parse_name(database, path.name)
        if parsed and path.is_file():
            found.append((parsed[0], parsed[1], path))
    return sorted(found)


def backups_to_keep(
    taken: list[tuple[dt.datetime, int]], now: dt.datetime
) -> set[tuple[dt.datetime, int]]:
    """Of backups named by (time, serial): the last KEEP_LATEST, plus the newest of each day
    over the last KEEP_DAILY_DAYS days."""
    ordered = sorted(taken)
    keep = set(ordered[-KEEP_LATEST:])
    first_day = now.date() - dt.timedelta(days=KEEP_DAILY_DAYS - 1)
    newest_of_day = {key[0].date(): key for key in ordered if key[0].date() >= first_day}
    return keep | set(newest_of_day.values())


# The copy a restore kept aside is rotated with the backups; its serials are apart from theirs.
_ASIDE_SERIALS = 1_000_000


def _asides_of(database: Path) -> list[tuple[dt.datetime, int, Path]]:
    """(kept at, serial, path) of the copies restores kept aside beside a database."""
    pattern = re.escape(f"{database.stem}.before-restore-") + _STAMP_RE + r"\.sqlite"
    found = []
    folder = database.parent
    for path in folder.iterdir() if folder.is_dir() else ():
        match = re.fullmatch(pattern, path.name)
        if match and path.is_file():
            when = dt.datetime.strptime(match.group(1), STAMP_FORMAT)
            found.append((when, _ASIDE_SERIALS + int(match.group(2) or 0), path))
    return sorted(found)


def copies_of(database: Path, *, folder: Path | None = None) -> list[Path]:
    """Every older copy of a database Catalyse keeps: its backups and what restores kept
    aside (what an erasure says still holds the erased people until rotated away)."""
    copies = _backups_of(database, folder or backups_dir()) + _asides_of(database)
    return [path for _, _, path in copies]


def rotate(
    database: Path, *, folder: Path | None = None, now: dt.datetime | None = None
) -> list[Path]:
    """Delete the copies of a database that the rotation no longer keeps (its backups and the
    copies restores kept aside, taken together); returns them."""
    copies = _backups_of(database, folder or backups_dir()) + _asides_of(database)
    kept = backups_to_keep([(when, serial) for when, serial, _ in copies], now or dt.datetime.now())
    removed = []
    for when, serial, path in copies:
        if (when, serial) not in kept:
            for end in ("-wal", "-shm", ""):
                Path(f"{path}{end}").unlink(missing_ok=True)
            removed.append(path)
    return removed


def _read_only_uri(path: Path) -> str:
    return "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro&immutable=1"


def read_figures(path: Path) -> BackupFigures | None:
    """What a backup holds, read without writing a byte (None if it cannot be read)."""
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            counts = {
                table: int(conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])
                for table in FIGURE_TABLES
            }
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return BackupFigures(**counts)


def list_backups(database: Path, *, folder: Path | None = None) -> list[BackupInfo]:
    """A database's backups, newest first, with their date and content figures."""
    backups = _backups_of(database, folder or backups_dir())
    return [
        BackupInfo(path=path, taken_at=when, size=path.stat().st_size, figures=read_figures(path))
        for when, _, path in reversed(backups)
    ]


def _aside_path(database: Path, now: dt.datetime) -> Path:
    """`<name>.before-restore-<timestamp>.sqlite` beside the database, never an existing file."""
    base = f"{database.stem}.before-restore-{now.strftime(STAMP_FORMAT)}"
    candidate = database.with_name(base + ".sqlite")
    serial = 1
    while any(Path(str(candidate) + end).exists() for end in ("", "-wal", "-shm")):
        candidate = database.with_name(f"{base}-{serial}.sqlite")
        serial += 1
    return candidate


def _move_database(source: Path, target: Path) -> None:
    """Move a database file with its -wal and -shm companions (they belong to its name)."""
    for end in ("-wal", "-shm", ""):
        companion = Path(str(source) + end)
        if companion.exists():
            os.rename(companion, Path(str(target) + end))


def _remove_database(path: Path) -> None:
    for end in ("-wal", "-shm", ""):
        Path(str(path) + end).unlink(missing_ok=True)


def restore(
    backup: Path, database: Path, *, now: dt.datetime | None = None, lang: Lang = "en"
) -> Path | None:
    """Put a backup in place of a database; the current file is kept aside, never overwritten.

    Refused while another process has the database open. Returns where the current file was
    moved (None when there was none). If the restored copy does not open cleanly, everything is
    put back as it was. Refusals and failures are worded in `lang`.
    """
    backup, database = Path(backup), Path(database)
    if not backup.is_file():
        raise _error("not_a_backup", lang, path=backup)
    if inspect_file(backup) == 0:
        raise _error("empty_backup", lang, path=backup)
    lock = DatabaseLock(database, lang)
    lock.acquire()
    try:
        return _restore_locked(backup, database, now or dt.datetime.now(), lang)
    finally:
        lock.release()


def _settle_wal(database: Path) -> bool:
    """Fold a database's WAL into its file, so that the file alone holds every commit.

    Only committed data is written; returns False for a file SQLite cannot read (then the
    file and its -wal and -shm are moved aside together instead).
    """
    try:
        conn = sqlite3.connect(database)
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return busy == 0 and not _has_wal_content(database)


def _has_wal_content(database: Path) -> bool:
    wal = Path(str(database) + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _keep_aside(database: Path, aside: Path) -> None:
    """A second name for a settled database file (a hard link, or a copy where links fail)."""
    try:
        os.link(database, aside)
    except OSError:
        _private_new_file(aside)
        shutil.copyfile(database, aside)
        _fsync(aside)
    for end in ("-wal", "-shm"):
        Path(str(database) + end).unlink(missing_ok=True)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every system (Windows)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _restore_locked(backup: Path, database: Path, now: dt.datetime, lang: Lang) -> Path | None:
    """Swap the backup in; at every instant the database's name holds a whole database, the
    old or the new one (a kill in the middle loses nothing)."""
    aside = _aside_path(database, now) if database.exists() else None
    settled = aside is not None and _settle_wal(database)
    incoming = database.with_name(database.name + ".restoring")
    try:
        incoming.unlink(missing_ok=True)
        _private_new_file(incoming)
        shutil.copyfile(backup, incoming)
        _fsync(incoming)
        if aside is not None and settled:
            _keep_aside(database, aside)
        elif aside is not None:
            _move_database(database, aside)
        os.replace(incoming, database)
        _fsync_folder(database.parent)
    except OSError as error:
        incoming.unlink(missing_ok=True)
        raise _error(
            "cannot_restore", lang, path=database, reason=error.strerror or error
        ) from error
    try:
        with Store.open(database, lock=False) as store:
            problems = store.check()
        if problems:
            raise _error("damaged_copy", lang, problem=problems[0])
    except CatalyseError:
        _remove_database(database)
        if aside is not None:
            _move_database(aside, database)
        raise
    return aside
