"""`catalyse remind [--days N] [--workshop ID] -o FOLDER`: one draft `.eml` per partner whose
commitments are due within N days or overdue, each reminder recorded on its commitments."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from workshop.cli.common import open_store, pick_workshop, workshop_id_arg
from workshop.errors import CatalyseError
from workshop.exporting.reminders import draft_of, write_drafts
from workshop.ops.reminders import Reminded, record_reminders
from workshop.queries.reminders import reminders_due

MAX_DAYS = 3660


def _days(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {value!r}") from None
    if not 0 <= days <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"days must be between 0 and {MAX_DAYS}: {days}")
    return days


def register(subparsers: Any) -> None:
    from workshop.cli import add_db_option

    parser = subparsers.add_parser(
        "remind",
        help="write reminder drafts (.eml) for commitments due soon or overdue (sends nothing)",
    )
    parser.add_argument(
        "--days",
        type=_days,
        default=14,
        metavar="N",
        help="remind what is due within N days, and everything overdue (default 14)",
    )
    parser.add_argument(
        "--workshop",
        type=workshop_id_arg,
        default=None,
        metavar="ID",
        help="only this workshop's commitments (default: every workshop)",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr", help="language (default fr)")
    add_db_option(parser)
    parser.set_defaults(func=run_remind)


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise CatalyseError(f"{folder} is not a folder")
    if not folder.exists() and not folder.resolve().parent.is_dir():
        raise CatalyseError(f"{folder.resolve().parent}: no such folder")


def run_remind(args: argparse.Namespace) -> int:
    _check_folder(args.output)
    now = dt.datetime.now()
    today = now.date()
    with open_store(args, must_exist=True) as store:
        workshop_id = args.workshop
        if workshop_id is not None:
            workshop_id = pick_workshop(store, workshop_id).id
        due = reminders_due(store, today, args.days, workshop_id=workshop_id)
        drafts = [draft_of(reminder, today, now, args.lang) for reminder in due]
        if not drafts:
            print(f"no open commitment is due within {args.days} days or overdue")
            return 0
        write_drafts(drafts, args.output)
        record_reminders(
            store,
            [
                Reminded(view.id, draft.to_name, draft.to_email)
                for draft in drafts
                for view in draft.reminder.commitments
            ],
            made_at=now,
            channel="eml",
        )
    unaddressed = [d.reminder.organisation for d in drafts if not d.to_email]
    print(f"{len(drafts)} reminders written to {args.output}")
    if unaddressed:
        print(f"without an e-mail address (fill in To:): {', '.join(unaddressed)}")
    return 0
