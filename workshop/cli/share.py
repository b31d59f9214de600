"""`catalyse share export --workshop ID -o FILE.catalyse [--contacts --basis B]` and
`catalyse share import FILE.catalyse [--dry-run]`: hand a workshop over to another catalyst."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workshop.cli.common import open_store, output_file, pick_workshop, workshop_id_arg
from workshop.domain.bundle import BUNDLE_SUFFIX
from workshop.errors import CatalyseError
from workshop.exporting.share import GDPR_BASES, write_share
from workshop.importing.share import SharePreview, import_share, preview_share, read_bundle


def register(subparsers: Any) -> None:
    from workshop.cli import Parser, add_db_option

    share = subparsers.add_parser("share", help="hand a workshop over to another catalyst")
    actions = share.add_subparsers(
        dest="action", metavar="ACTION", parser_class=Parser, required=True
    )
    export = actions.add_parser("export", help="write one workshop as a .catalyse file")
    export.add_argument("--workshop", type=workshop_id_arg, default=None, metavar="ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.catalyse")
    export.add_argument(
        "--contacts",
        action="store_true",
        help="include people's e-mails and phones (needs --basis)",
    )
    export.add_argument(
        "--basis",
        choices=GDPR_BASES,
        default="",
        help="the GDPR basis on which contacts are handed over",
    )
    add_db_option(export)
    export.set_defaults(func=run_export)
    receive = actions.add_parser("import", help="merge a .catalyse file into this database")
    receive.add_argument("bundle", type=Path, metavar="FILE.catalyse")
    receive.add_argument(
        "--dry-run", action="store_true", help="only say what would be created and matched"
    )
    add_db_option(receive)
    receive.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    if args.contacts and not args.basis:
        raise CatalyseError("--contacts needs --basis (the GDPR basis for handing them over)")
    output_file(args, args.output, (BUNDLE_SUFFIX,))
    with open_store(args, must_exist=True) as store:  # brought up to this schema first
        workshop = pick_workshop(store, args.workshop)
        counts = write_share(
            store, workshop.id, args.output, contacts=args.contacts, basis=args.basis
        )
    print(
        f"{workshop.title}: {counts.organisations} organisations, {counts.people} people, "
        f"{counts.cards} cards, {counts.alliances} alliances, {counts.commitments} commitments "
        f"written to {args.output}" + ("" if args.contacts else " (without contact details)")
    )
    return 0


def _summary(preview: SharePreview, done: bool) -> str:
    if preview.already is not None:
        return f"already imported as workshop {preview.already.id}: nothing to do"
    o, p = preview.organisations, preview.people
    verb = "imported" if done else "would import"
    return (
        f"{verb} {preview.workshop!r}: organisations {len(o['created'])} created, "
        f"{len(o['matched'])} matched, {len(o['updated'])} updated; people "
        f"{len(p['created'])} created, {len(p['matched'])} matched, {len(p['updated'])} "
        f"updated; {preview.cards} cards, {preview.alliances} alliances, "
        f"{preview.commitments} commitments"
    )


def run_import(args: argparse.Namespace) -> int:
    if not args.bundle.is_file():
        raise CatalyseError(f"{args.bundle}: no such file")
    bundle = read_bundle(args.bundle, "en")
    with open_store(args) as store:
        if args.dry_run:
            print(_summary(preview_share(store, bundle), done=False))
            return 0
        print(_summary(import_share(store, bundle).result, done=True))
    return 0
