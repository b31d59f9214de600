"""The partner's return sheet: its commitments as a spreadsheet to fill in (status, done on,
new due date, comment) and send back; the follow-up list imports it after a preview."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from workshop.domain.quantities import format_date
from workshop.domain.return_sheet import RETURN_HEADERS, reference
from workshop.domain.totals import format_number
from workshop.domain.vocabulary import Lang
from workshop.exporting.tables import Cell, write_table
from workshop.queries.commitments import CommitmentView

__all__ = ["RETURN_HEADERS", "reference", "return_sheet_text", "write_return_sheet"]


def _row(view: CommitmentView, lang: Lang) -> list[Cell]:
    commitment = view.commitment
    quantity = ""
    if commitment.quantity is not None:
        quantity = f"{format_number(commitment.quantity, lang, ' ')} {commitment.unit}".strip()
    return [
        reference(view.id),
        view.alliance,
        commitment.description,
        commitment.resource_kind.label(lang),
        quantity,
        format_date(commitment.due_date),
        commitment.status.label(lang),
        format_date(commitment.done_date),
        "",
        "",
    ]


# A French spreadsheet opens a CSV in columns when its cells are separated by ";".
DELIMITERS: dict[Lang, str] = {"fr": ";", "en": ","}


def write_return_sheet(views: Sequence[CommitmentView], path: Path, lang: Lang) -> int:
    """The sheet as FILE.xlsx or FILE.csv; returns the number of commitments written."""
    rows = (_row(view, lang) for view in views)
    return write_table(path, RETURN_HEADERS[lang], rows, delimiter=DELIMITERS[lang])


def return_sheet_text(views: Sequence[CommitmentView], lang: Lang) -> str:
    """The sheet as CSV text, with the byte-order mark a spreadsheet reads as UTF-8 (attached
    to a reminder: one per partner, written fast; any spreadsheet opens it, in columns)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sheet.csv"
        write_return_sheet(views, path, lang)
        return path.read_text(encoding="utf-8")
