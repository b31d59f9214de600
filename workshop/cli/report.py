"""Subcommand `report`: the session report as a PDF or an editable DOCX, and the partner sheets."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workshop.cli.common import open_store, output_file, pick_workshop, workshop_id_arg
from workshop.errors import CatalyseError
from workshop.report.data import collect
from workshop.report.document import build_report
from workshop.report.editable import write_editable_report
from workshop.report.files import REPORT_SUFFIXES, refusal, write_atomically
from workshop.report.partner_sheets import build_partner_sheets


def register(subparsers: Any) -> None:
    from workshop.cli import add_db_option

    report = subparsers.add_parser(
        "report",
        help="write a workshop's report as a PDF, or as a DOCX to edit (and partner sheets)",
    )
    add_db_option(report)
    report.add_argument(
        "--workshop",
        type=workshop_id_arg,
        default=None,
        metavar="ID",
        help="the workshop (may be left out when the database holds one)",
    )
    report.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="the report to write: FILE.pdf, or FILE.docx to edit (Word, LibreOffice Writer)",
    )
    report.add_argument("--lang", choices=("fr", "en"), default="fr", help="language (default fr)")
    report.add_argument(
        "--contacts",
        action="store_true",
        help="print participants' e-mails and phones (personal data: only when needed)",
    )
    report.add_argument(
        "--partner-sheets",
        type=Path,
        metavar="DIR",
        help="also write one PDF per partner organisation into DIR",
    )
    report.set_defaults(func=run_report)


def run_report(args: argparse.Namespace) -> int:
    if args.output is None and args.partner_sheets is None:
        raise CatalyseError(
            "name the report to write with -o FILE.pdf or -o FILE.docx "
            "(or use --partner-sheets DIR)"
        )
    if args.output is not None:
        reason = refusal(args.output)
        if reason is not None:
            raise CatalyseError(reason)
        output_file(args, args.output, REPORT_SUFFIXES)
    with open_store(args, must_exist=True, read_only=True) as store:
        workshop = pick_workshop(store, args.workshop)
        data = collect(store, workshop.id)
    if args.output is not None:
        if args.output.suffix.lower() == ".docx":
            write_atomically(
                args.output,
                lambda path: write_editable_report(data, path, args.lang, args.contacts),
            )
        else:
            write_atomically(
                args.output,
                lambda path: build_report(data, path, lang=args.lang, contacts=args.contacts),
            )
        print(args.output)
    if args.partner_sheets is not None:
        for path in build_partner_sheets(
            data, args.partner_sheets, args.lang, contacts=args.contacts
        ):
            print(path)
    return 0
