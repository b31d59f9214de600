"""The territory roll-up as an .xlsx workbook for funders: a summary sheet, then one sheet per
table (workshops, organisations engaged, by kind, alliances by SDG and by need, commitments by
resource and by quarter), every cell spreadsheet-safe, the file private to its owner."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from pathlib import Path

from workshop.domain.vocabulary import Lang
from workshop.errors import CatalyseError
from workshop.exporting.tables import Cell, xlsx_cell
from workshop.queries.territory import TerritoryRollup
from workshop.queries.territory_tables import (
    RollupTable,
    headline_figures,
    held_text,
    label,
    period_text,
    rollup_tables,
)

SHEET_NAME = 31  # characters Excel allows in a sheet's name
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MAX_WIDTH = 60  # characters of a column's width


def sheet_name(title: str, taken: set[str]) -> str:
    """A sheet name Excel accepts (31 characters, none of []:*?/\\), unique in the workbook."""
    base = _SHEET_FORBIDDEN.sub(" ", title).strip()[:SHEET_NAME] or "Feuille"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[: SHEET_NAME - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def write_territory_workbook(
    rollup: TerritoryRollup, path: Path, lang: Lang = "fr", *, catalyst: str = ""
) -> Path:
    """Write the workbook to `path` (.xlsx): built beside it and renamed into place (a file
    already there is left as it was if the build fails), readable by its owner only."""
    if path.suffix.lower() != ".xlsx":
        raise CatalyseError(
            f"impossible d'écrire {path.name} : le classeur est un fichier .xlsx"
            if lang == "fr"
            else f"cannot write {path.name}: the workbook is an .xlsx file"
        )
    folder = path.resolve().parent
    if not folder.is_dir():
        raise CatalyseError(f"{folder}: no such folder")
    handle, temporary = tempfile.mkstemp(prefix=".catalyse-", suffix=".xlsx", dir=folder)
    os.close(handle)  # mkstemp creates it 0600: the workbook names organisations
    try:
        _write(rollup, Path(temporary), lang, catalyst)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _write(rollup: TerritoryRollup, path: Path, lang: Lang, catalyst: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    taken: set[str] = set()
    bold = Font(bold=True)

    summary = workbook.create_sheet(sheet_name(label("title", lang), taken))
    summary.column_dimensions["A"].width = 14
    summary.column_dimensions["B"].width = 50
    title = xlsx_cell(summary, label("title", lang))
    title.font = Font(bold=True, size=14)  # type: ignore[attr-defined]
    summary.append([title])
    for line in (catalyst, period_text(rollup.period, lang), held_text(rollup, lang)):
        if line:
            summary.append([xlsx_cell(summary, line)])
    summary.append([])
    for figure in headline_figures(rollup, lang):
        summary.append([figure.value, xlsx_cell(summary, figure.text)])
    summary.append([])
    summary.append([xlsx_cell(summary, label("totals_note", lang))])

    for table in rollup_tables(rollup, lang):
        _table_sheet(workbook, table, sheet_name(table.title, taken), bold)
    workbook.save(path)


def _table_sheet(workbook: object, table: RollupTable, name: str, bold: object) -> None:
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(name)  # type: ignore[attr-defined]
    for column, width in enumerate(_widths(table), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    head = []
    for text in table.headers:
        cell = xlsx_cell(sheet, text)
        cell.font = bold  # type: ignore[attr-defined]
        head.append(cell)
    sheet.append(head)
    for row in table.rows:
        sheet.append([_dated(sheet, xlsx_cell(sheet, value), value) for value in row])


def _dated(sheet: object, cell: object, value: Cell) -> object:
    """A date shown as a date (dd/mm/yyyy), not as the number a spreadsheet stores."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, dt.date):
        written = WriteOnlyCell(sheet, value=value)
        written.number_format = "DD/MM/YYYY"
        return written
    return cell


def _widths(table: RollupTable) -> list[float]:
    """Each column as wide as its longest cell (header included), within reason."""
    widths = [float(len(h)) for h in table.headers]
    for row in table.rows:
        for n, value in enumerate(row):
            size = 10 if not isinstance(value, str) else len(value)
            widths[n] = max(widths[n], float(size))
    return [min(MAX_WIDTH, w + 2) for w in widths]
