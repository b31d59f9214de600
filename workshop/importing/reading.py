"""Reading a spreadsheet file into a table of text cells: CSV in any usual encoding, or .xlsx."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from workshop.errors import CatalyseError

DELIMITERS = (",", ";", "\t")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_SNIFF_RECORDS = 50


class UnreadableFile(CatalyseError):
    """The file cannot be read as a table (missing, binary, empty, damaged)."""


@dataclass
class RawTable:
    """The cells of a file as text, with how it was read (for the preview and the report).

    `rows[i]` is the spreadsheet row `first_row + 1 + i` (the header is row `first_row`),
    which is the number a user sees when opening the file in a spreadsheet.
    """

    headers: list[str]
    rows: list[list[str]]
    encoding: str = ""  # "utf-8-sig", "utf-8", "utf-16", "cp1252", "latin-1"; "" for .xlsx
    delimiter: str = ""  # ",", ";" or "\t"; "" for .xlsx
    sheet: str = ""  # the .xlsx sheet read
    first_row: int = 1
    path: Path | None = field(default=None, compare=False)

    def row_number(self, index: int) -> int:
        """The spreadsheet row number of rows[index]."""
        return self.first_row + 1 + index

    def cell(self, index: int, column: int) -> str:
        """The trimmed text of a cell ("" beyond the end of a short row)."""
        row = self.rows[index]
        return row[column].strip() if column < len(row) else ""


def read_table(path: Path) -> RawTable:
    """Read a CSV or .xlsx file; raises UnreadableFile (a CatalyseError) if it cannot."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(f"{path} does not exist") from None
    except IsADirectoryError:
        raise UnreadableFile(f"{path} is a folder, not a file") from None
    except OSError as error:
        raise UnreadableFile(f"cannot read {path}: {error.strerror}") from None
    if data.startswith(_ZIP_MAGIC):
        table = _read_xlsx(path)
    elif data.startswith(_OLE_MAGIC):
        raise UnreadableFile(
            f"{path.name} is an old Excel file (.xls): save it as .xlsx or CSV, then import it"
        )
    else:
        table = _read_csv(path.name, data)
    table.path = path
    return table


# ---------------------------------------------------------------- CSV


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a text file: UTF-8 (with or without BOM), UTF-16, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _read_csv(name: str, data: bytes) -> RawTable:
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError:
        raise UnreadableFile(f"{name} is not a text file nor a spreadsheet") from None
    if "\x00" in text:
        raise UnreadableFile(f"{name} is not a text file nor a spreadsheet")
    text = text.lstrip("\ufeff")
    first_row = 1
    delimiter = ""
    first_line, _, rest = text.partition("\n")
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:
        delimiter, text, first_row = first_line.strip()[4], rest, 2  # Excel's "sep=;" line
    delimiter = delimiter or sniff_delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise UnreadableFile(f"{name} cannot be read as CSV: {error}") from None
    while records and not any(cell.strip() for cell in records[0]):
        records.pop(0)
        first_row += 1
    if not records:
        raise UnreadableFile(f"{name} is empty: no header row found")
    headers, rows = _trim_columns(records[0], records[1:])
    return RawTable(headers, rows, encoding, delimiter, first_row=first_row)


def sniff_delimiter(text: str) -> str:
    """The delimiter among , ; and tab that splits the first records most regularly.

    A file whose header has one column under every delimiter is a single-column file (",").
    """
    best, best_score = ",", (0.0, 1)
    for delimiter in DELIMITERS:
        try:
            sample = list(
                itertools.islice(
                    csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), _SNIFF_RECORDS
                )
            )
        except csv.Error:
            continue
        sample = [r for r in sample if any(c.strip() for c in r)]
        if not sample:
            continue
        width = len(_strip_empty_tail(sample[0]))
        if width < 2:
            continue
        regular = sum(1 for r in sample[1:] if len(_strip_empty_tail(r)) <= width)
        consistency = (regular + 1) / len(sample)
        score = (consistency, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _strip_empty_tail(cells: list[str]) -> list[str]:
    end = len(cells)
    while end > 0 and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def _trim_columns(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """Headers trimmed, and the empty unnamed columns spreadsheets leave at the right dropped."""
    headers = [h.strip().lstrip("\ufeff").strip() for h in header]
    width = len(_strip_empty_tail(headers))
    widest = max((len(_strip_empty_tail(r)) for r in rows), default=0)
    width = max(width, widest)
    headers = headers[:width] + [""] * (width - len(headers))
    return headers, [r[:width] for r in rows]


# ---------------------------------------------------------------- xlsx


def cell_text(value: object) -> str:
    """A spreadsheet cell as text: whole numbers without ".0", dates as "04/03/2026 14:25"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _read_xlsx(path: Path) -> RawTable:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise UnreadableFile(f"{path.name} is not a readable .xlsx file ({error})") from None
    except Exception as error:  # openpyxl's InvalidFileException and damaged XML
        raise UnreadableFile(f"{path.name} is not a readable .xlsx file ({error})") from None
    try:
        sheet = workbook.active or workbook.worksheets[0]
        records = [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        title = str(sheet.title)
    finally:
        workbook.close()
    first_row = 1
    while records and not any(c.strip() for c in records[0]):
        records.pop(0)
        first_row += 1
    if not records:
        raise UnreadableFile(f"{path.name} is empty: no header row found")
    headers, rows = _trim_columns(records[0], records[1:])
    return RawTable(headers, rows, sheet=title, first_row=first_row)
