"""Tables written to CSV and .xlsx: formulas never run, and .xlsx text shows as it is."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from workshop.exporting.tables import write_table

HEADERS = ["Prénom", "Téléphone", "Notes"]
TRICKY = [
    ["Hélène", "+33 6 12 34 56 78", '=HYPERLINK("http://x","clic")'],
    ["-5", "@SUM(A1)", "\x01=1+1"],
    ["Zoé", "06 12 34 56 78", "=1+1"],
]
SHOWN = [
    ["Hélène", "+33 6 12 34 56 78", '=HYPERLINK("http://x","clic")'],
    ["-5", "@SUM(A1)", "=1+1"],
    ["Zoé", "06 12 34 56 78", "=1+1"],
]


def test_xlsx_text_is_written_as_it_is_and_typed_as_text(tmp_path: Path) -> None:
    """A phone number "+33 6…" and a "=1+1" comment open in a spreadsheet without a stray quote,
    as text, never as a formula."""
    out = tmp_path / "annuaire.xlsx"
    assert write_table(out, HEADERS, TRICKY) == 3
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=2))
    assert [[cell.value for cell in row] for row in rows] == SHOWN
    assert {cell.data_type for row in rows for cell in row} == {"s"}
    assert rows[0][1].quotePrefix and not rows[0][0].quotePrefix  # stays text when edited


def test_xlsx_numbers_and_dates_stay_numbers(tmp_path: Path) -> None:
    """A negative amount is a number in the .xlsx, not text."""
    out = tmp_path / "montants.xlsx"
    write_table(out, ["Montant"], [[-1500], [2.5]])
    sheet = load_workbook(out).active
    assert sheet is not None
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == [-1500, 2.5]
    assert {row[0].data_type for row in sheet.iter_rows(min_row=2)} == {"n"}


def test_csv_keeps_the_protective_apostrophe(tmp_path: Path) -> None:
    """In a CSV (which has no cell types), text starting like a formula gets an apostrophe."""
    out = tmp_path / "annuaire.csv"
    write_table(out, HEADERS, TRICKY)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1] == ["Hélène", "'+33 6 12 34 56 78", '\'=HYPERLINK("http://x","clic")']
    assert rows[2][:2] == ["'-5", "'@SUM(A1)"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_libreoffice_evaluates_no_formula(tmp_path: Path, suffix: str) -> None:
    """Opened in LibreOffice Calc, no cell of an export is evaluated as a formula."""
    out = tmp_path / f"annuaire{suffix}"
    write_table(out, HEADERS, TRICKY)
    target = tmp_path / "converted"
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "csv", "--outdir", str(target), str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    converted = (target / "annuaire.csv").read_text(encoding="utf-8", errors="replace")
    rows = list(csv.reader(converted.splitlines()))
    texts = [cell for row in rows[1:] for cell in row]
    assert "clic" not in texts and "2" not in texts  # nothing evaluated
    if suffix == ".xlsx":
        assert rows[1][1] == "+33 6 12 34 56 78"
