"""Reading a spreadsheet file into a table of text cells: CSV in any usual encoding, or .xlsx."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

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


def read_table(path: Path, lang: Lang = "en", *, progress: Progress | None = None) -> RawTable:
    """Read a CSV or .xlsx file; raises UnreadableFile (a CatalyseError) if it cannot, its
    message in `lang`.

    An .xlsx is read within bounds (MAX_ROWS, MAX_COLUMNS, MAX_CELLS, MAX_CELL_CHARS and the
    unpacked size of each part), so that a forged file is refused fast, in bounded memory,
    with a one-line message. `progress`, if given, is told the share read (0 to 1) now and
    then; when it returns False the reading stops with ReadingCancelled.
    """
    try:
        return _read_table(Path(path), lang, progress)
    except UnreadableFile as error:
        error.args = (error.text(lang),)
        raise


def _read_table(path: Path, lang: Lang, progress: Progress | None) -> RawTable:
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):  # opening a pipe would hang
            raise _refusal(path.name, _TooBig("not_regular"), lang)
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            start = file.read(len(_ZIP_MAGIC))
            if start.startswith(_ZIP_MAGIC):
                data = b""
            elif size > MAX_TEXT_BYTES:
                raise _refusal(path.name, _TooBig("file_size", limit=MAX_TEXT_BYTES // 2**20), lang)
            else:
                data = start + file.read()
    except FileNotFoundError:
        raise UnreadableFile("missing", file=path) from None
    except IsADirectoryError:
        raise UnreadableFile("folder", file=path) from None
    except OSError as error:
        raise UnreadableFile("unreadable", file=path, reason=error.strerror) from None
    if start.startswith(_ZIP_MAGIC):
        table = _read_xlsx(path, lang, progress)
    elif data.startswith(_OLE_MAGIC):
        raise UnreadableFile("old_excel", file=path.name)
    else:
        table = _read_csv(path.name, data, progress, lang)
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


def _read_csv(
    name: str, data: bytes, progress: Progress | None = None, lang: Lang = "en"
) -> RawTable:
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
    records, unclosed = parse_records(lines, delimiter, progress)
    while records and not any(cell.strip() for cell in records[0]):
        records.pop(0)
        unclosed = {i - 1: n for i, n in unclosed.items() if i > 0}
        first_row += 1
    if not records:
        raise UnreadableFile("empty", file=name)
    if len(records) > MAX_ROWS + 1:
        raise _refusal(name, _TooBig("rows", limit=MAX_ROWS), lang)
    widths = [_filled_width(r) for r in records]
    if max(widths) > MAX_COLUMNS:
        raise _refusal(name, _TooBig("columns", limit=MAX_COLUMNS), lang)
    headers, rows = _trim_columns(records[0], records[1:], max(widths[1:], default=0))
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


def parse_records(
    lines: list[str], delimiter: str, progress: Progress | None = None
) -> tuple[list[list[str]], dict[int, int]]:
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
            if progress is not None and len(records) % 2000 == 0:
                _tell(progress, source.position / max(len(lines), 1))
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
    return cells[: _filled_width(cells)]


def _filled_width(cells: list[str]) -> int:
    """How many cells a row has up to its last one that is not blank."""
    end = len(cells)
    while end > 0 and not cells[end - 1].strip():
        end -= 1
    return end


def _trim_columns(
    header: list[str], rows: list[list[str]], widest: int | None = None
) -> tuple[list[str], list[list[str]]]:
    """Headers trimmed, and the empty unnamed columns spreadsheets leave at the right dropped
    (`widest`: the rows' widest filled width, when known)."""
    headers = [h.strip().lstrip("\ufeff").strip() for h in header]
    width = _filled_width(headers)
    if widest is None:
        widest = max((_filled_width(r) for r in rows), default=0)
    width = max(width, widest)
    headers = headers[:width] + [""] * (width - len(headers))
    return headers, [r if len(r) <= width else r[:width] for r in rows]


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


# What a registration export or a register extract can hold; beyond, the file is refused (a
# decompression bomb: a few hundred kilobytes that unpack into gigabytes of cells).
MAX_ROWS = 100_000
MAX_COLUMNS = 500
MAX_CELLS = 3_000_000
MAX_CELL_CHARS = 32_767  # Excel's own limit
MAX_SHEET_BYTES = 256 * 1024 * 1024  # a worksheet's XML, unpacked
MAX_STRINGS_BYTES = 64 * 1024 * 1024  # the shared strings' XML, unpacked (read whole)
MAX_PART_BYTES = 16 * 1024 * 1024  # any other XML part (styles, workbook…), unpacked
MAX_TEXT_BYTES = 128 * 1024 * 1024  # a CSV file (read whole)
MAX_STRINGS = 1_000_000
_CELLS_PER_ROW = 16_384  # Excel's columns: more cell elements in one row is forged
_CHUNK = 256 * 1024

Progress = Callable[[float], bool]  # told the share done (0 to 1); False: stop reading


class ReadingCancelled(CatalyseError):
    """The user stopped the reading of a file."""


def _tell(progress: Progress, share: float) -> None:
    """Tell the share read; stop (ReadingCancelled) when the user asked to."""
    if not progress(share):
        raise ReadingCancelled("reading cancelled")


_LIMITS_TEXT: dict[str, tuple[str, str]] = {
    "size": (
        "{name} se décompresse en plus de {limit} Mo ({part}) : fichier refusé "
        "(fichier piégé ou trop gros pour un import)",
        "{name} unpacks to more than {limit} MB ({part}): file refused "
        "(a booby-trapped file, or too big to import)",
    ),
    "rows": (
        "{name} a plus de {limit} lignes : fichier refusé (découpez-le en plusieurs fichiers)",
        "{name} has more than {limit} rows: file refused (split it into several files)",
    ),
    "columns": (
        "{name} a des valeurs au-delà de la colonne {limit} : fichier refusé",
        "{name} has values beyond column {limit}: file refused",
    ),
    "cells": (
        "{name} a plus de {limit} cellules : fichier refusé",
        "{name} has more than {limit} cells: file refused",
    ),
    "cell": (
        "{name} a une cellule de plus de {limit} caractères ({where}) : fichier refusé",
        "{name} has a cell over {limit} characters ({where}): file refused",
    ),
    "file_size": (
        "{name} pèse plus de {limit} Mo : fichier refusé (découpez-le en plusieurs fichiers)",
        "{name} is over {limit} MB: file refused (split it into several files)",
    ),
    "not_regular": (
        "{name} n'est pas un fichier ordinaire (tube, périphérique…) : il ne peut être importé",
        "{name} is not a regular file (a pipe, a device…): it cannot be imported",
    ),
    "strings": (
        "{name} a plus de {limit} textes : fichier refusé",
        "{name} has more than {limit} texts: file refused",
    ),
}


class _TooBig(Exception):
    def __init__(self, code: str, **values: object) -> None:
        super().__init__(code)
        self.code = code
        self.values = values


def _refusal(name: str, too_big: _TooBig, lang: Lang) -> UnreadableFile:
    """The refusal, worded in `lang` (its counts written as they are in that language)."""
    fr, en = _LIMITS_TEXT[too_big.code]
    values = {k: _count(v, lang) if isinstance(v, int) else v for k, v in too_big.values.items()}
    return UnreadableFile((fr if lang == "fr" else en).format(name=name, **values))


def _count(n: int, lang: Lang) -> str:
    return f"{n:,}".replace(",", "\u202f") if lang == "fr" else f"{n:,}"


def _check_sizes(archive: zipfile.ZipFile) -> None:
    """Refuse a file whose parts say they unpack beyond the limits (before reading any)."""
    for info in archive.infolist():
        name = info.filename.lower()
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            limit = MAX_SHEET_BYTES
        elif name.endswith("sharedstrings.xml"):
            limit = MAX_STRINGS_BYTES
        elif name.endswith((".xml", ".rels", ".vml")):
            limit = MAX_PART_BYTES
        else:
            continue  # pictures and the like: never read
        if info.file_size > limit:
            raise _TooBig("size", limit=limit // (1024 * 1024), part=info.filename)


def _local(name: str) -> str:
    return name.rpartition(" ")[2]


def _column_number(reference: str) -> int:
    """1 for "A12", 28 for "AB3"."""
    number = 0
    for char in reference:
        if "A" <= char <= "Z":
            number = number * 26 + ord(char) - 64
        elif "a" <= char <= "z":
            number = number * 26 + ord(char) - 96
        else:
            break
    return number


def _scan(
    stream: IO[bytes],
    size: int,
    on_start: Callable[[str, dict[str, str]], None],
    progress: Progress | None,
    share: tuple[float, float],
) -> None:
    """Feed an XML part to expat in chunks, calling `on_start` for each element (no tree)."""
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = on_start
    done = 0
    start, width = share
    while chunk := stream.read(_CHUNK):
        parser.Parse(chunk, False)
        done += len(chunk)
        if progress is not None:
            _tell(progress, start + width * min(done / max(size, 1), 1.0))
    parser.Parse(b"", True)


def _scan_strings(archive: zipfile.ZipFile, progress: Progress | None) -> None:
    """Count the shared strings without keeping them: refuse more than MAX_STRINGS."""
    infos = [i for i in archive.infolist() if i.filename.lower().endswith("sharedstrings.xml")]
    count = 0

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal count
        if _local(name) == "si":
            count += 1
            if count > MAX_STRINGS:
                raise _TooBig("strings", limit=MAX_STRINGS)

    for info in infos:
        with archive.open(info) as stream:
            _scan(stream, info.file_size, start, progress, (0.0, 0.1))


def _scan_sheet(stream: IO[bytes], size: int, progress: Progress | None) -> tuple[int, int]:
    """(rows, widest column with a value) of a worksheet, refused beyond the limits.

    Streamed with expat, nothing kept: a forged sheet (a row numbered 1 048 576, a value in
    column XFD, millions of empty cells) is refused after reading only what proves it.
    """
    rows = cells = in_row = column = widest = last_row = 0

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal rows, cells, in_row, column, widest, last_row
        local = _local(name)
        if local == "row":
            rows += 1
            number = attributes.get("r", "")
            last_row = int(number) if number.isdigit() else last_row + 1
            if rows > MAX_ROWS + 1 or last_row > MAX_ROWS + 1000:
                raise _TooBig("rows", limit=MAX_ROWS)
            in_row = 0
        elif local == "c":
            cells += 1
            in_row += 1
            if cells > MAX_CELLS:
                raise _TooBig("cells", limit=MAX_CELLS)
            if in_row > _CELLS_PER_ROW:
                raise _TooBig("columns", limit=MAX_COLUMNS)
            column = _column_number(attributes.get("r", "")) or in_row
        elif local in ("v", "is", "f"):  # the cell has a value
            if column > MAX_COLUMNS:
                raise _TooBig("columns", limit=MAX_COLUMNS)
            widest = max(widest, column)

    _scan(stream, size, start, progress, (0.1, 0.2))
    return last_row, widest


def _read_xlsx(path: Path, lang: Lang = "en", progress: Progress | None = None) -> RawTable:
    """The active sheet of a workbook, read within the limits (MAX_ROWS, MAX_COLUMNS…)."""
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as archive:
            _check_sizes(archive)
            _scan_strings(archive, progress)
    except _TooBig as too_big:
        raise _refusal(path.name, too_big, lang) from None
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise UnreadableFile("bad_xlsx", file=path.name, reason=error) from None
    except Exception as error:  # damaged XML
        if isinstance(error, ReadingCancelled):
            raise
        raise UnreadableFile("bad_xlsx", file=path.name, reason=error) from None
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise UnreadableFile("bad_xlsx", file=path.name, reason=error) from None
    except Exception as error:  # openpyxl's InvalidFileException and damaged XML
        raise UnreadableFile("bad_xlsx", file=path.name, reason=error) from None
    try:
        sheet = workbook.active or workbook.worksheets[0]
        title = str(sheet.title)
        records = _sheet_records(workbook, sheet, path.name, lang, progress)
    except _TooBig as too_big:
        raise _refusal(path.name, too_big, lang) from None
    except (ReadingCancelled, UnreadableFile):
        raise
    except Exception as error:  # damaged XML
        raise UnreadableFile("bad_xlsx", file=path.name, reason=error) from None
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


def _sheet_records(
    workbook: Any, sheet: Any, name: str, lang: Lang, progress: Progress | None
) -> list[list[str]]:
    """The sheet's rows as text, after a scan that proved them within the limits."""
    path = getattr(sheet, "_worksheet_path", None)
    archive = getattr(workbook, "_archive", None)
    if not isinstance(path, str) or archive is None:
        raise UnreadableFile("bad_xlsx", file=name, reason="no worksheet")
    info = archive.getinfo(path)
    with archive.open(info) as stream:
        last_row, widest = _scan_sheet(stream, info.file_size, progress)
    if widest == 0:
        return []
    sheet.reset_dimensions()  # the sheet's own claim of its size is not trusted
    records: list[list[str]] = []
    for number, row in enumerate(
        sheet.iter_rows(values_only=True, max_col=widest, max_row=last_row), start=1
    ):
        record = [cell_text(v) for v in row]
        for column, text in enumerate(record, start=1):
            if len(text) > MAX_CELL_CHARS:
                where = f"{_column_letters(column)}{number}"
                raise _TooBig("cell", limit=MAX_CELL_CHARS, where=where)
        records.append(record)
        if progress is not None and number % 500 == 0:
            _tell(progress, 0.3 + 0.7 * number / max(last_row, 1))
    return records


def _column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
