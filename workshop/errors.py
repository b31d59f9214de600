"""Errors the core raises for the user to read (the CLI prints them, the UI shows them)."""

from __future__ import annotations

import sqlite3


class CatalyseError(Exception):
    """A problem the user can act on; its message is one readable sentence."""


class NotACatalyseDatabase(CatalyseError):
    """The file is not SQLite, or is SQLite but was not made by Catalyse."""


class CorruptDatabase(CatalyseError):
    """The file is a damaged SQLite database."""


class DatabaseTooNew(CatalyseError):
    """The file was written by a newer Catalyse; it is refused, never modified."""


class DatabaseInUse(CatalyseError):
    """Another Catalyse window or process has the file open for writing."""


class DatabaseLost(CatalyseError):
    """The open database was replaced, moved or unlocked by another program: writing stops."""


class NotFound(CatalyseError):
    """A record named by id does not exist."""


class InvalidInput(CatalyseError):
    """A value the user typed cannot be stored (the message says which and why)."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class DatabaseUnavailable(CatalyseError):
    """The file cannot be read or written here: read-only file or folder, full disk…"""


def storage_problem(error: sqlite3.Error) -> str:
    """Why SQLite could not read or write a file, in words a user can act on."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_FULL", "SQLITE_IOERR")):
        return f"the disk is full or the file cannot be written ({error})"
    if name.startswith("SQLITE_READONLY"):
        return "the file or its folder is read-only"
    if name.startswith("SQLITE_CANTOPEN"):
        return "the file or its folder cannot be opened (check its permissions)"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return "another program is using the file"
    return str(error)
