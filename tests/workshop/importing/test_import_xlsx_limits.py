"""Forged .xlsx files (decompression bombs) are refused fast, in bounded memory, in one line."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from workshop.importing import read_table
from workshop.importing.reading import MAX_ROWS, ReadingCancelled, UnreadableFile

HEAD = (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<dimension ref="A1:XFD1048576"/><sheetData>'
)
TAIL = "</sheetData></worksheet>"
HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c></row>'


def _workbook(path: Path, sheet_xml: Iterable[str]) -> Path:
    """An .xlsx whose first sheet is the XML given (streamed: it may unpack to gigabytes)."""
    base = path.with_suffix(".base.xlsx")
    book = Workbook()
    book.active["A1"] = "Nom"  # type: ignore[index]
    book.save(base)
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                out.writestr(info, source.read(info))
        with out.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for chunk in sheet_xml:
                sheet.write(chunk.encode())
    base.unlink()
    return path


def _rows(count: int, cells: str = '<c r="A{n}"><v>1</v></c>') -> Iterator[str]:
    yield HEAD + HEADER_ROW
    batch = []
    for n in range(2, count + 2):
        batch.append(f'<row r="{n}">{cells.format(n=n)}</row>')
        if len(batch) == 10_000:
            yield "".join(batch)
            batch = []
    yield "".join(batch) + TAIL


def _refusal(path: Path, lang: str = "fr") -> str:
    """Read the file in a child process allowed 700 MB and 60 s; the one line it printed."""
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (700 * 2**20, 700 * 2**20))\n"
        "from workshop.importing import read_table\n"
        "from workshop.errors import CatalyseError\n"
        "try:\n"
        f"    read_table(sys.argv[1], {lang!r})\n"
        "except CatalyseError as error:\n"
        "    print(error)\n"
        "    sys.exit(3)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 3, done.stderr[-2000:]
    assert len(done.stdout.splitlines()) == 1
    return done.stdout.strip()


def test_a_sheet_that_unpacks_to_gigabytes_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A small file whose sheet unpacks to 300 MB of blank is refused from its declared size."""
    blank = " " * (1024 * 1024)
    path = _workbook(
        tmp_path / "bombe.xlsx", [HEAD + HEADER_ROW, *(blank for _ in range(300)), TAIL]
    )
    assert path.stat().st_size < 2 * 1024 * 1024
    message = _refusal(path)
    assert message.startswith("bombe.xlsx se décompresse en plus de 256 Mo")
    assert "fichier refusé" in message


def test_a_row_numbered_a_million_is_refused(tmp_path: Path) -> None:
    """A row numbered 1 048 576 (which would be read as a million empty rows) is refused."""
    sheet = [HEAD, HEADER_ROW, '<row r="1048576"><c r="A1048576"><v>1</v></c></row>', TAIL]
    message = _refusal(_workbook(tmp_path / "trou.xlsx", sheet), "en")
    assert (
        message
        == f"trou.xlsx has more than {MAX_ROWS:,} rows: file refused (split it into several files)"
    )


def test_too_many_rows_are_refused(tmp_path: Path) -> None:
    """A sheet of one row more than the maximum (100,000) is refused with the maximum."""
    message = _refusal(_workbook(tmp_path / "long.xlsx", _rows(MAX_ROWS + 1)))
    assert message.startswith("long.xlsx a plus de 100\u202f000 lignes : fichier refusé")


def test_a_value_in_the_last_column_is_refused(tmp_path: Path) -> None:
    """A value in column XFD (which would widen every row to 16,384 cells) is refused."""
    sheet = _rows(1000, '<c r="A{n}"><v>1</v></c><c r="XFD{n}"><v>2</v></c>')
    message = _refusal(_workbook(tmp_path / "large.xlsx", sheet))
    assert message == "large.xlsx a des valeurs au-delà de la colonne 500 : fichier refusé"


def test_a_giant_cell_is_refused(tmp_path: Path) -> None:
    """A cell longer than a spreadsheet can hold (32,767 characters) is refused, located."""
    big = "x" * 40_000
    cell = f'<row r="2"><c r="A2" t="inlineStr"><is><t>{big}</t></is></c></row>'
    expected = r"^géant.xlsx a une cellule de plus de 32\u202f767 caractères \(A2\)"
    with pytest.raises(UnreadableFile, match=expected):
        read_table(_workbook(tmp_path / "géant.xlsx", [HEAD, HEADER_ROW, cell, TAIL]), "fr")


def test_a_lying_dimension_does_not_widen_the_rows(tmp_path: Path) -> None:
    """A sheet claiming A1:XFD1048576 but holding two columns reads as two columns."""
    table = read_table(
        _workbook(
            tmp_path / "ok.xlsx", _rows(3, '<c r="A{n}"><v>1</v></c><c r="B{n}"><v>2</v></c>')
        )
    )
    assert len(table.rows) == 3 and all(len(row) == 2 for row in table.rows)


def test_reading_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    """Reading a big sheet reports its progress; the user can stop it."""
    path = _workbook(tmp_path / "moyen.xlsx", _rows(5000))
    seen: list[float] = []
    read_table(path, progress=lambda share: seen.append(share) or True)
    assert seen and seen == sorted(seen) and 0 < seen[-1] <= 1
    with pytest.raises(ReadingCancelled):
        read_table(path, progress=lambda share: share < 0.2)
