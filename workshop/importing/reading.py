"""Reading a spreadsheet file into a table of text cells: CSV in any usual encoding, or .xlsx."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from workshop.domain.vocabulary import Lang
from workshop.errors import CatalyseError

DELIMITERS = (",", ";", "\t")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_SNIFF_RECORDS = 50


# Why a file cannot be read, by code: (French, English). {file} names the file.
MESSAGES: dict[str, tuple[str, str]] = {
    "missing": ("{file} n'existe pas", "{file} does not exist"),
    "folder": ("{file} est un dossier, pas un fichier", "{file} is a folder, not a file"),
    "unreadable": ("impossible de lire {file} : {reason}", "cannot read {file}: {reason}"),
    "old_excel": (
        "{file} est un ancien fichier Excel (.xls) : enregistrez-le en .xlsx ou en CSV, "
        "puis importez-le",
        "{file} is an old Excel file (.xls): save it as .xlsx or CSV, then import it",
    ),
    "not_a_table": (
        "{file} n'est ni un fichier texte ni un tableur",
        "{file} is not a text file nor a spreadsheet",
    ),
    "empty": (
        "{file} est vide : aucune ligne d'en-têtes trouvée",
        "{file} is empty: no header row found",
    ),
    "bad_xlsx": (
        "{file} n'est pas un fichier .xlsx lisible ({reason})",
        "{file} is not a readable .xlsx file ({reason})",
    ),
}


class UnreadableFile(CatalyseError):
    """The file cannot be read as a table (missing, binary, empty, damaged).

    Made from a code of MESSAGES and its values; its message is in English (the command
    line's) until `read_table(..., lang="fr")` words it in French. Any other text is kept as
    it is, in both languages.
    """

    def __init__(self, code: str, **values: object) -> None:
        self.code, self.values = code, values
        super().__init__(self.text("en"))

    def text(self, lang: Lang) -> str:
        """The message in French or English."""
        if self.code not in MESSAGES:
            return self.code
        fr, en = MESSAGES[self.code]
        return (fr if lang == "fr" else en).format(**self.values)


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
    # rows[i] opened a quote it never closed: i -> how many lines the quote swallowed
    unclosed_quotes: dict[int, int] = field(default_factory=dict)
    # the lines (of the file, from 1) of a UTF-8 file that were read in Windows-1252
    lines_in_windows_1252: list[int] = field(default_factory=list)

    def encoding_note(self, lang: Lang = "fr") -> str:
        """How the file's text was read: "encodage : UTF-8, 3 lignes lues en Windows-1252"."""
        if not self.encoding:
            return ""
        name = ENCODING_NAMES.get(self.encoding, self.encoding)
        mixed = len(self.lines_in_windows_1252)
        if lang == "fr":
            note = f"encodage : {name}"
            if mixed:
                note += f", {mixed} ligne{'s' if mixed > 1 else ''} lue{'s' if mixed > 1 else ''}"
                note += f" en Windows-1252 ({_numbers(self.lines_in_windows_1252, 'fr')})"
            return note
        note = f"encoding: {name}"
        if mixed:
            note += f", {mixed} line{'s' if mixed > 1 else ''} read as Windows-1252"
            note += f" ({_numbers(self.lines_in_windows_1252, 'en')})"
        return note

    def row_number(self, index: int) -> int:
        """The spreadsheet row number of rows[index]."""
        return self.first_row + 1 + index

    def cell(self, index: int, column: int) -> str:
        """The trimmed text of a cell ("" beyond the end of a short row)."""
        row = self.rows[index]
        return row[column].strip() if column < len(row) else ""


def _numbers(lines: list[int], lang: Lang, shown: int = 5) -> str:
    """ "ligne 4" / "lignes 4, 9, 12…" (the first few)."""
    listed = ", ".join(str(n) for n in lines[:shown]) + ("…" if len(lines) > shown else "")
    if lang == "fr":
        return ("ligne " if len(lines) == 1 else "lignes ") + listed
    return ("line " if len(lines) == 1 else "lines ") + listed


def read_table(path: Path, lang: Lang = "en") -> RawTable:
    """Read a CSV or .xlsx file; raises UnreadableFile (a CatalyseError) if it cannot, its
    message in `lang`."""
    try:
        return _read_table(Path(path))
    except UnreadableFile as error:
        error.args = (error.text(lang),)
        raise


def _read_table(path: Path) -> RawTable:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile("missing", file=path) from None
    except IsADirectoryError:
        raise UnreadableFile("folder", file=path) from None
    except OSError as error:
        raise UnreadableFile("unreadable", file=path, reason=error.strerror) from None
    if data.startswith(_ZIP_MAGIC):
        table = _read_xlsx(path)
    elif data.startswith(_OLE_MAGIC):
        raise UnreadableFile("old_excel", file=path.name)
    else:
        table = _read_csv(path.name, data)
    table.path = path
    return table


# ---------------------------------------------------------------- CSV


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a text file: UTF-8 (with or without BOM), UTF-16, else Windows-1252."""
    text, encoding, _ = decode_lines(data)
    return text, encoding


def decode_lines(data: bytes) -> tuple[str, str, list[int]]:
    """(text, encoding, lines read otherwise) of a text file.

    UTF-8 (with or without BOM) or UTF-16 when the whole file is; Windows-1252 when no line
    is UTF-8. A UTF-8 file with some lines in Windows-1252 (rows pasted from another file)
    keeps its UTF-8 and reads those lines in Windows-1252: their numbers (from 1) are the
    third value, so that the user is told.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16", []
    encoding = "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        data, encoding = data[3:], "utf-8-sig"
    try:
        return data.decode("utf-8"), encoding, []
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)
    decoded: list[str] = []
    otherwise: list[int] = []
    utf8_accents = 0
    for number, line in enumerate(lines, start=1):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            decoded.append(_windows_1252(line))
            otherwise.append(number)
            continue
        decoded.append(text)
        utf8_accents += not line.isascii()
    if not utf8_accents and encoding == "utf-8":  # not a UTF-8 file at all
        try:
            return data.decode("cp1252"), "cp1252", []
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1", []
    return "".join(decoded), encoding, otherwise


_UNASSIGNED_1252 = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))


def _windows_1252(line: bytes) -> str:
    """A line in Windows-1252; its five unassigned bytes read as ISO-8859-1."""
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:
        return "".join(
            chr(b) if b in _UNASSIGNED_1252 else bytes([b]).decode("cp1252") for b in line
        )


ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
    "latin-1": "ISO-8859-1",
}


def _read_csv(name: str, data: bytes) -> RawTable:
    try:
        text, encoding, otherwise = decode_lines(data)
    except UnicodeDecodeError:
        raise UnreadableFile("not_a_table", file=name) from None
    if "\x00" in text:
        raise UnreadableFile("not_a_table", file=name)
    text = text.lstrip("\ufeff")
    first_row = 1
    delimiter = ""
    first_line, _, rest = text.partition("\n")
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:
        delimiter, text, first_row = first_line.strip()[4], rest, 2  # Excel's "sep=;" line
    lines = io.StringIO(text, newline="").readlines()
    delimiter = delimiter or sniff_delimiter_of_lines(lines)
    records, unclosed = parse_records(lines, delimiter)
    while records and not any(cell.strip() for cell in records[0]):
        records.pop(0)
        unclosed = {i - 1: n for i, n in unclosed.items() if i > 0}
        first_row += 1
    if not records:
        raise UnreadableFile("empty", file=name)
    headers, rows = _trim_columns(records[0], records[1:])
    table = RawTable(headers, rows, encoding, delimiter, first_row=first_row)
    table.lines_in_windows_1252 = otherwise
    table.unclosed_quotes = {i - 1: n for i, n in unclosed.items() if i > 0}
    return table


# A quoted field may hold line breaks (a two-line address); one that runs over more lines
# than this, or over lines that look like records, is a quote left open.
MAX_FIELD_LINES = 50


class _Lines:
    """The physical lines of a file, read one at a time by csv.reader, with the position."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.position = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.position >= len(self.lines):
            raise StopIteration
        self.position += 1
        return self.lines[self.position - 1]


def parse_records(lines: list[str], delimiter: str) -> tuple[list[list[str]], dict[int, int]]:
    """The records of CSV lines, and the records opened by a quote left unclosed.

    A quote opened and never closed (a stray `"` at the start of a comment) would take every
    line after it into one cell. Such a record is kept as its own line only, its quote taken
    literally, and listed in the second value (record index -> number of lines it swallowed);
    the lines after it are read as the records they are.
    """
    records: list[list[str]] = []
    unclosed: dict[int, int] = {}
    source = _Lines(lines)
    width = 0
    while True:
        reader = csv.reader(source, delimiter=delimiter)
        while True:
            start = source.position
            failed = False
            try:
                record = next(reader)
            except StopIteration:
                return records, unclosed
            except csv.Error:  # a field over csv's size limit: a quote left open
                record, failed = [], True
            spanned = source.position - start
            if not failed and (
                spanned <= 1 or _plausible_field(lines, start, spanned, delimiter, width)
            ):
                records.append(record)
                width = width or len(record)
                continue
            unclosed[len(records)] = max(spanned - 1, 1)
            records.append(_literal(lines[start], delimiter))
            width = width or len(records[-1])
            source.position = start + 1
            break  # a new reader: the one that met the quote is inside a field


def _plausible_field(
    lines: list[str], start: int, spanned: int, delimiter: str, width: int
) -> bool:
    """Whether a record over several lines is a quoted multi-line cell, not an open quote."""
    if spanned > MAX_FIELD_LINES:
        return False
    if start + spanned >= len(lines) and not lines[-1].rstrip("\r\n").endswith('"'):
        return False  # ran to the end of the file
    fields = max(width - 1, 1)
    return all(line.count(delimiter) < fields for line in lines[start + 1 : start + spanned])


def _literal(line: str, delimiter: str) -> list[str]:
    """A line's cells with its quotes taken as text."""
    text = line.rstrip("\r\n")
    return next(csv.reader([text], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])


_SNIFF_BYTES = 64 * 1024


def sniff_delimiter(text: str) -> str:
    """The delimiter among , ; and tab that splits the first lines most regularly."""
    return sniff_delimiter_of_lines(io.StringIO(text[: _SNIFF_BYTES * 2], newline="").readlines())


def sniff_delimiter_of_lines(lines: list[str]) -> str:
    """The delimiter among , ; and tab that splits the first lines most regularly.

    Only a bounded sample is read (the first lines, up to 64 KB), each line on its own, so a
    quote left open or a huge file cannot mislead it. A file whose header has one column under
    every delimiter is a single-column file (",").
    """
    sample: list[str] = []
    size = 0
    for line in lines:
        if line.strip():
            sample.append(line.rstrip("\r\n"))
            size += len(line)
        if len(sample) >= _SNIFF_RECORDS or size >= _SNIFF_BYTES:
            break
    best, best_score = ",", (0.0, 1)
    for delimiter in DELIMITERS:
        rows = [
            _strip_empty_tail(next(csv.reader([line], delimiter=delimiter), [])) for line in sample
        ]
        if not rows:
            continue
        width = len(rows[0])
        if width < 2:
            continue
        regular = sum(1 for r in rows[1:] if 1 < len(r) <= width or not r)
        consistency = (regular + 1) / len(rows)
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
        raise UnreadableFile("bad_xlsx", file=path.name, reason=error) from None
    except Exception as error:  # openpyxl's InvalidFileException and damaged XML
        raise UnreadableFile("bad_xlsx", file=path.name, reason=error) from None
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
        raise UnreadableFile("empty", file=path.name)
    headers, rows = _trim_columns(records[0], records[1:])
    return RawTable(headers, rows, sheet=title, first_row=first_row)
