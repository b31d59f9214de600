"""Subcommands `demo`, `workshops` and `check`."""

from __future__ import annotations

import argparse
from typing import Any

from workshop.cli.common import database_path, open_store
from workshop.demo import load_demo
from workshop.errors import CorruptDatabase


def register(subparsers: Any) -> None:
    from workshop.cli import add_db_option

    demo = subparsers.add_parser("demo", help="fill the database with a French demo workshop")
    add_db_option(demo)
    demo.add_argument(
        "--follow-up",
        action="store_true",
        help="also add the demo's follow-up workshop (tables, what each brings and seeks)",
    )
    demo.set_defaults(func=run_demo)

    workshops = subparsers.add_parser("workshops", help="list the workshops: id, date, title")
    add_db_option(workshops)
    workshops.set_defaults(func=run_workshops)

    check = subparsers.add_parser("check", help="check the database's integrity")
    add_db_option(check)
    check.set_defaults(func=run_check)


def run_demo(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        workshop = load_demo(store, follow_up=args.follow_up)
    print(workshop.id)
    return 0


def run_workshops(args: argparse.Namespace) -> int:
    with open_store(args, must_exist=True, read_only=True) as store:
        for workshop in store.workshops.all():
            date = workshop.date.isoformat() if workshop.date else "----------"
            print(f"{workshop.id}\t{date}\t{workshop.title}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    try:
        with open_store(args, must_exist=True, read_only=True) as store:
            problems = store.check()
    except CorruptDatabase as error:
        problems = [str(error)]
    if problems:
        for problem in problems:
            print(problem)
        return 1
    print(f"{database_path(args)}: ok")
    return 0
