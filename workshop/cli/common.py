"""Helpers shared by the subcommands: the database named by --db, the files they write."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from workshop.domain.records import Workshop, WorkshopId
from workshop.errors import CatalyseError
from workshop.paths import default_database
from workshop.storage.store import Store


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_database()


def open_store(
    args: argparse.Namespace, *, must_exist: bool = False, read_only: bool = False
) -> Store:
    path = database_path(args)
    if must_exist and not path.exists():
        raise CatalyseError(f"{path} does not exist")
    return Store.open(path, read_only=read_only)


def pick_workshop(store: Store, workshop_id: int | None) -> Workshop:
    """The workshop named by --workshop, or the only one when the database holds one."""
    if workshop_id is not None:
        found = store.workshops.find("id = ?", [workshop_id])
        if not found:
            raise CatalyseError(f"no workshop with id {workshop_id} (see 'catalyse workshops')")
        return found[0]
    workshops = store.workshops.all()
    if len(workshops) == 1:
        return workshops[0]
    if not workshops:
        raise CatalyseError("the database holds no workshop")
    raise CatalyseError(
        f"the database holds {len(workshops)} workshops: name one with --workshop ID"
    )


def workshop_id_arg(value: str) -> WorkshopId:
    try:
        return WorkshopId(int(value))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a workshop id: {value!r}") from None


SQLITE_HEADER = b"SQLite format 3\x00"


def output_file(args: argparse.Namespace, path: Path, suffixes: tuple[str, ...]) -> Path:
    """`path` checked before anything is written to it: its suffix is one of `suffixes`, its
    folder exists, and it is neither the database (nor its journal) nor any SQLite file.

    A refused path raises CatalyseError, and the file there is left as it was.
    """
    if path.suffix.lower() not in suffixes:
        allowed = " or ".join(", ".join(suffixes).rsplit(", ", 1))
        raise CatalyseError(f"cannot write {path.name}: the file must end in {allowed}")
    folder = path.resolve().parent
    if not folder.is_dir():
        raise CatalyseError(f"{folder}: no such folder")
    database = database_path(args)
    for own in (database, *(Path(f"{database}{end}") for end in ("-wal", "-shm", "-journal"))):
        if _same_file(path, own):
            raise CatalyseError(f"{path} is the database itself: name another file")
    if path.exists():
        if not path.is_file():
            raise CatalyseError(f"{path} is not a regular file")
        try:
            with path.open("rb") as existing:
                header = existing.read(len(SQLITE_HEADER))
        except OSError as error:
            raise CatalyseError(f"{path}: {error.strerror or error}") from error
        if header == SQLITE_HEADER:
            raise CatalyseError(f"{path} is a database: it is never overwritten by an export")
    return path


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (through links too); False when either is missing."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
