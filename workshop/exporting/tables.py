"""Writing tables to CSV or .xlsx, safe to open in a spreadsheet (OWASP CSV injection).

A CSV cell has no type: text that starts like a formula ("=", "+", "-", "@") gets a
protective apostrophe, which the spreadsheet hides. An .xlsx cell has one: text is written
as it is, typed as text (an inline string, never a formula), so "+33 6 12 34 56 78" shows
without a stray quote and "=1+1" shows as "=1+1".
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from workshop.errors import CatalyseError

Cell = str | int | float | dt.date | None
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Cell) -> Cell:
    """A CSV cell a spreadsheet will not run: text starting like a formula gets a leading quote.

    Numbers and dates stay numbers and dates (a negative amount is not a formula).
    """
    if isinstance(value, str):
        value = value.replace("\x00", "")
        if value.startswith(_FORMULA_STARTS):
            return "'" + value
    return value


def write_table(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]], *, delimiter: str = ","
) -> int:
    """Write rows under headers to FILE.csv (UTF-8 with BOM, cells separated by `delimiter`)
    or FILE.xlsx; returns the count."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _write_csv(path, headers, rows, delimiter)
    if suffix == ".xlsx":
        return _write_xlsx(path, headers, rows)
    raise CatalyseError(f"cannot write {path.name}: the file must end in .csv or .xlsx")


def _write_csv(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]], delimiter: str
) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow([safe_cell(h) for h in headers])
        for row in rows:
            writer.writerow(["" if v is None else safe_cell(v) for v in row])
            count += 1
    return count


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    from openpyxl import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    assert isinstance(sheet, WriteOnlyWorksheet)
    sheet.append([xlsx_cell(sheet, h) for h in headers])
    count = 0
    for row in rows:
        sheet.append([xlsx_cell(sheet, value) for value in row])
        count += 1
    workbook.save(path)
    return count


def xlsx_cell(sheet: object, value: Cell) -> object:
    """A cell of a write-only .xlsx sheet as written: text stays text, whatever it starts with
    (an inline string, never a formula); numbers and dates stay typed."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if not isinstance(value, str):
        return value
    # illegal characters go first: removing "\x01" from "\x01=…" leaves "=…", still text
    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl types text starting with "=" as a formula
    if text.startswith(_FORMULA_STARTS):
        cell.quotePrefix = True  # and it stays text when the user edits the cell
    return cell
