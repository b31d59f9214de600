"""Subcommands `import`, `export stakeholders`, `person export|erase` and `purge`."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from workshop.backup import copies_of
from workshop.cli.common import open_store, output_file, workshop_id_arg
from workshop.domain.records import PersonId
from workshop.errors import CatalyseError
from workshop.exporting.stakeholders import export_stakeholders
from workshop.importing import guess_mapping, import_table, read_table
from workshop.ops.gdpr import erase_person, export_person_json, purge


def _person_id(value: str) -> PersonId:
    try:
        return PersonId(int(value))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a person id: {value!r}") from None


def _years(value: str) -> int:
    try:
        years = int(value)
    except ValueError:
        years = 0
    if years < 1:
        raise argparse.ArgumentTypeError(f"not a number of years: {value!r}")
    return years


def register(subparsers: Any) -> None:
    from workshop.cli import Parser, add_db_option

    importing = subparsers.add_parser(
        "import",
        help="import people and organisations from a CSV or .xlsx file "
        "(Eventbrite, HelloAsso, Google Forms, Excel, SIRENE, RNA)",
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    add_db_option(importing)
    importing.add_argument(
        "--workshop",
        type=workshop_id_arg,
        default=None,
        metavar="ID",
        help="register the people imported for this workshop",
    )
    importing.set_defaults(func=run_import)

    person = subparsers.add_parser("person", help="a person's data: export it or erase it")
    actions = person.add_subparsers(
        dest="action", metavar="ACTION", parser_class=Parser, required=True
    )
    export = actions.add_parser("export", help="write all the data about a person to JSON")
    export.add_argument("person_id", type=_person_id, metavar="ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    add_db_option(export)
    export.set_defaults(func=run_person_export)
    erase = actions.add_parser(
        "erase", help="erase a person for good (their cards and votes stay, anonymised)"
    )
    erase.add_argument("person_id", type=_person_id, metavar="ID")
    add_db_option(erase)
    erase.set_defaults(func=run_person_erase)

    purging = subparsers.add_parser(
        "purge", help="erase the people not seen at a workshop for N years (default 3)"
    )
    purging.add_argument("--years", type=_years, default=3, metavar="N")
    purging.add_argument(
        "--dry-run", action="store_true", help="list who would be erased, erase no one"
    )
    add_db_option(purging)
    purging.set_defaults(func=run_purge)


def register_export(export_subparsers: Any) -> None:
    from workshop.cli import add_db_option

    parser = export_subparsers.add_parser(
        "stakeholders", help="export people and organisations to .csv or .xlsx"
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    add_db_option(parser)
    parser.set_defaults(func=run_export_stakeholders)


def run_import(args: argparse.Namespace) -> int:
    table = read_table(args.file)  # an unreadable file stops here, before the database opens
    with open_store(args) as store:
        report = import_table(store, table, guess_mapping(table.headers), args.workshop).result
    for line in report.lines("fr"):
        print(line)
    return 0


def run_export_stakeholders(args: argparse.Namespace) -> int:
    output_file(args, args.output, (".csv", ".xlsx"))
    with open_store(args, must_exist=True, read_only=True) as store:
        count = export_stakeholders(store, args.output)
    print(f"{count} lignes écrites dans {args.output}")
    return 0


def run_person_export(args: argparse.Namespace) -> int:
    output_file(args, args.output, (".json",))
    with open_store(args, must_exist=True, read_only=True) as store:
        export_person_json(store, args.person_id, args.output)
    print(f"données de la personne {args.person_id} écrites dans {args.output}")
    return 0


def run_person_erase(args: argparse.Namespace) -> int:
    with open_store(args, must_exist=True, read_only=True) as reader:  # a refusal writes nothing
        if not reader.people.count("id = ?", [args.person_id]):
            raise CatalyseError(f"no person with id {args.person_id}")
    with open_store(args, must_exist=True) as store:
        report = erase_person(store, args.person_id).result
        report = dataclasses.replace(report, backups=len(copies_of(Path(store.path))))
    for line in report.lines():
        print(line)
    return 0


def run_purge(args: argparse.Namespace) -> int:
    # A dry run only reads: the file is not even opened for writing.
    with open_store(args, must_exist=True, read_only=args.dry_run) as store:
        candidates = purge(store, args.years, dry_run=args.dry_run).result
    for c in candidates:
        print(f"{c.person_id}\t{c.last_seen.isoformat()}\t{c.name}")
    count = len(candidates)
    people = "personne" if count < 2 else "personnes"
    verb = "à effacer" if args.dry_run else ("effacée" if count < 2 else "effacées")
    print(f"{count} {people} {verb} (pas vues depuis plus de {args.years} ans)")
    return 0
