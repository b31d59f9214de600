"""`catalyse publish -o FILE.db [--name NAME]`: the database's open data for the network's map
(no person in it), and `catalyse publish --merge A.db B.db … -o network.db`: several catalysts'
publications as the network's, each served by `datasette FILE.db -m FILE.metadata.json`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from workshop.cli.common import _same_file, database_path, open_store
from workshop.domain.publication import ABOUT, PUBLICATION_SUFFIX
from workshop.errors import CatalyseError
from workshop.exporting.publish import (
    NotAPublication,
    Published,
    merge_publications,
    metadata_path,
    read_publication,
    write_publication,
)


def register(subparsers: Any) -> None:
    from workshop.cli import add_db_option

    publish = subparsers.add_parser(
        "publish",
        help="write the open data of the network's map (organisations, alliances, "
        "commitment totals; no person) as a Datasette-ready .db",
    )
    publish.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.db")
    publish.add_argument(
        "--merge",
        type=Path,
        nargs="+",
        default=None,
        metavar="PUBLICATION.db",
        help="combine these publications (of several catalysts) instead of this database's",
    )
    publish.add_argument(
        "--name",
        default="",
        metavar="NAME",
        help="who publishes (default: the territory the workshops name); with --merge, the "
        "network's name in the title",
    )
    add_db_option(publish)
    publish.set_defaults(func=run)


def _check_output(args: argparse.Namespace, path: Path, inputs: list[Path]) -> None:
    """Refuse, before writing anything, an output that would replace something else than an
    earlier publication: the database, an input, any other file (its metadata too)."""
    if path.suffix.lower() != PUBLICATION_SUFFIX:
        raise CatalyseError(f"cannot write {path.name}: the file must end in {PUBLICATION_SUFFIX}")
    folder = path.resolve().parent
    if not folder.is_dir():
        raise CatalyseError(f"{folder}: no such folder")
    if args.merge is None:
        database = database_path(args)
        for own in (database, *(Path(f"{database}{end}") for end in ("-wal", "-shm", "-journal"))):
            if _same_file(path, own):
                raise CatalyseError(f"{path} is the database itself: name another file")
    metadata = metadata_path(path)
    for given in inputs:
        if _same_file(path, given) or path.resolve() == given.resolve():
            raise CatalyseError(f"{path} is one of the publications merged: name another file")
        if _same_file(metadata, given):
            raise CatalyseError(f"{metadata} is one of the files merged: name another output")
    if path.exists():
        if not path.is_file():
            raise CatalyseError(f"{path} is not a regular file")
        try:
            read_publication(path)
        except NotAPublication:
            raise CatalyseError(
                f"{path} exists and is not a publication of this version: it is never "
                "overwritten (name another file)"
            ) from None
    if metadata.exists():
        try:
            existing = json.loads(metadata.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            existing = None
        if not isinstance(existing, dict) or existing.get("about") != ABOUT:
            raise CatalyseError(
                f"{metadata} exists and is not a publication's metadata: it is never "
                "overwritten (name another file)"
            )


def _said(published: Published, merged: int | None) -> str:
    what = (
        f"merged {merged} publication{'s' if merged != 1 else ''}: " if merged is not None else ""
    )
    shared = f" ({published.shared} found in several)" if merged is not None else ""
    left_out = (
        f"; {published.left_out} organisation{'s' if published.left_out != 1 else ''} left out "
        "(a name that holds a person's name or a contact)"
        if published.left_out
        else ""
    )
    return (
        f"{what}{published.organisations} organisations{shared}, {published.alliances} "
        f"alliances, {published.commitments} commitments (totalled) written to "
        f"{published.path}{left_out}\n"
        f"serve it with: datasette {published.path} -m {published.metadata}"
    )


def run(args: argparse.Namespace) -> int:
    output: Path = args.output
    if args.merge is not None:
        inputs: list[Path] = list(args.merge)
        resolved = [p.resolve() for p in inputs]
        for index, given in enumerate(inputs):
            if not given.is_file():
                raise CatalyseError(f"{given}: no such file")
            if resolved.index(given.resolve()) != index:
                raise CatalyseError(f"{given} is named twice")
        _check_output(args, output, inputs)
        print(_said(merge_publications(inputs, output, title=args.name), len(inputs)))
        return 0
    _check_output(args, output, [])
    with open_store(args, must_exist=True) as store:
        print(_said(write_publication(store, output, name=args.name), None))
    return 0
