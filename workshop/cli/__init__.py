"""The `catalyse` command line: headless subcommands over the core (no Qt is imported)."""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from workshop.errors import CatalyseError, storage_problem

# Each module registers its subcommands with `register(subparsers)`; add yours here.
COMMAND_MODULES = [
    "workshop.cli.basics",
    "workshop.cli.report",
    "workshop.cli.backup",
    "workshop.cli.stakeholders",
    "workshop.cli.export",
    "workshop.cli.remind",
    "workshop.cli.share",
    "workshop.cli.publish",
    "workshop.cli.territory",
]
MAX_ERROR = 400  # characters of an error line (a message quoting a huge text is cut)


class UsageError(CatalyseError):
    """Bad arguments on the command line."""


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and an exception, never a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="PATH",
        help="database file (default: catalyse.sqlite in the user's data folder)",
    )


def build_parser() -> Parser:
    parser = Parser(
        prog="catalyse",
        description="Catalyse, for territorial co-construction "
        "workshops. With no command, opens the application.",
    )
    parser.add_argument("--version", action="version", version="catalyse 0.1.0")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def has_command(argv: Sequence[str]) -> bool:
    """Whether the arguments name a headless command (rather than opening the app).

    `catalyse --db PATH` opens the app on PATH: the value of --db is not a command.
    """
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return True
    after_db = False
    for arg in argv:
        if after_db:
            after_db = False
        elif arg == "--db":
            after_db = True
        elif not arg.startswith("-"):
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    """Run one headless command; exit 0 on success, 2 with one line on bad input."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(args_list)
        if args.command is None:
            raise UsageError("no command given (try 'catalyse --help')")
        return int(args.func(args) or 0)
    except CatalyseError as error:
        _fail(str(error))
        return 2
    except KeyboardInterrupt:
        _fail("interrupted")
        return 2
    except sqlite3.Error as error:
        _fail(f"cannot use the database: {storage_problem(error)}")
        return 2
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        _fail(f"{error.strerror or error}{where}")
        return 2
    except Exception as error:  # a bug: still one line, unless debugging
        if os.environ.get("CATALYSE_DEBUG"):
            raise
        _fail(f"unexpected {type(error).__name__}: {error}")
        return 2


def _fail(message: str) -> None:
    """The one line an error prints: a message of several lines joined, a huge one cut."""
    line = " ".join(message.split())
    if len(line) > MAX_ERROR:
        line = line[: MAX_ERROR - 1].rstrip() + "…"
    print(f"catalyse: error: {line}", file=sys.stderr)
