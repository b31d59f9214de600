"""Subcommands `backup`, `backups` and `restore`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workshop.backup import list_backups, restore, take_backup
from workshop.cli.common import database_path, open_store


def register(subparsers: Any) -> None:
    from workshop.cli import add_db_option

    backup = subparsers.add_parser(
        "backup", help="copy the database into the backups folder and print the copy's path"
    )
    add_db_option(backup)
    backup.set_defaults(func=run_backup)

    backups = subparsers.add_parser(
        "backups", help="list the database's backups: path, date and what each holds"
    )
    add_db_option(backups)
    backups.set_defaults(func=run_backups)

    restore_parser = subparsers.add_parser(
        "restore", help="put a backup in place of the database (the current file is kept aside)"
    )
    restore_parser.add_argument("backup", type=Path, metavar="BACKUP", help="the backup file")
    add_db_option(restore_parser)
    restore_parser.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    with open_store(args, must_exist=True, read_only=True) as store:
        print(take_backup(store))
    return 0


def run_backups(args: argparse.Namespace) -> int:
    for info in list_backups(database_path(args)):
        when = info.taken_at.strftime("%Y-%m-%d %H:%M:%S")
        if info.figures is None:
            held = "unreadable"
        else:
            f = info.figures
            held = (
                f"{f.workshops} workshops, {f.people} people, {f.organisations} organisations, "
                f"{f.cards} cards, {f.commitments} commitments"
            )
        print(f"{info.path}\t{when}\t{held}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    database = database_path(args)
    aside = restore(args.backup, database)
    if aside is not None:
        print(f"restored {args.backup} into {database}; the previous file is kept as {aside}")
    else:
        print(f"restored {args.backup} into {database}")
    return 0
