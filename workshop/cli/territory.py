"""`catalyse territory -o FILE.pdf|FILE.xlsx [--lang fr|en] [--from DATE] [--to DATE] [--db PATH]`:
every workshop of the database rolled up, for funders."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from workshop.cli.common import open_store, output_file
from workshop.exporting.territory import write_territory_workbook
from workshop.queries.territory import Period, territory_rollup
from workshop.report.files import write_atomically
from workshop.report.territory import build_territory_report

SUFFIXES = (".pdf", ".xlsx")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def register(subparsers: Any) -> None:
    from workshop.cli import add_db_option

    parser = subparsers.add_parser(
        "territory",
        help="roll every workshop up for funders: a PDF, or an .xlsx workbook",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="FILE.pdf (the overview to send) or FILE.xlsx (one sheet per table)",
    )
    parser.add_argument("--lang", choices=("fr", "en"), default="fr", help="language (default fr)")
    parser.add_argument(
        "--from", dest="start", type=_date, metavar="DATE", help="first day (YYYY-MM-DD)"
    )
    parser.add_argument("--to", dest="end", type=_date, metavar="DATE", help="last day")
    add_db_option(parser)
    parser.set_defaults(func=run_territory)


def run_territory(args: argparse.Namespace) -> int:
    output_file(args, args.output, SUFFIXES)
    period = Period(args.start, args.end).check("en")
    with open_store(args, must_exist=True, read_only=True) as store:
        rollup = territory_rollup(store, period)
    if args.output.suffix.lower() == ".xlsx":
        write_territory_workbook(rollup, args.output, args.lang)
    else:
        write_atomically(
            args.output, lambda path: build_territory_report(rollup, path, lang=args.lang)
        )
    print(args.output)
    return 0
