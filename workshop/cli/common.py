"""Helpers shared by the subcommands: opening the database named by --db."""

from __future__ import annotations

import argparse
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
