"""`catalyse export commitments -o FILE.csv|FILE.xlsx|FILE.ics [--db PATH] [--workshop ID]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workshop.cli.common import open_store, output_file, pick_workshop, workshop_id_arg
from workshop.exporting.commitments import HEADERS, export_commitments

__all__ = ["HEADERS", "export_commitments", "register_export"]


def register_export(export_subparsers: Any) -> None:
    from workshop.cli import add_db_option

    parser = export_subparsers.add_parser(
        "commitments", help="export the commitments to .csv, .xlsx or .ics (calendar)"
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    parser.add_argument(
        "--workshop",
        type=workshop_id_arg,
        default=None,
        metavar="ID",
        help="only this workshop's commitments (default: the only workshop, else all)",
    )
    add_db_option(parser)
    parser.set_defaults(func=run_export_commitments)


def run_export_commitments(args: argparse.Namespace) -> int:
    output_file(args, args.output, (".csv", ".xlsx", ".ics"))
    with open_store(args, must_exist=True, read_only=True) as store:
        workshop_id = args.workshop
        if workshop_id is not None:
            workshop_id = pick_workshop(store, workshop_id).id
        count = export_commitments(store, args.output, workshop_id)
    print(f"{count} commitments written to {args.output}")
    return 0
