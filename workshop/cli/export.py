"""Subcommand `export WHAT -o FILE`: each module of EXPORT_TARGETS adds one WHAT."""

from __future__ import annotations

import importlib
from typing import Any

# Each module provides `register_export(export_subparsers)`; append yours here.
EXPORT_TARGETS = [
    "workshop.cli.stakeholders",
    "workshop.cli.commitments",
]


def register(subparsers: Any) -> None:
    from workshop.cli import Parser

    export = subparsers.add_parser("export", help="export data to a file (see 'export -h')")
    targets = export.add_subparsers(
        dest="target", metavar="WHAT", parser_class=Parser, required=True
    )
    for name in EXPORT_TARGETS:
        importlib.import_module(name).register_export(targets)
