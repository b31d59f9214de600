"""Reading registration exports as they come: encodings, delimiters, quoted line breaks, .xlsx."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.errors import CatalyseError
from workshop.importing import read_table
from workshop.importing.values import is_yes, parse_datetime, split_full_name

SAMPLES = Path(__file__).parent / "samples"


def test_eventbrite_report_is_read_with_its_multiline_address() -> None:
    """An Eventbrite report (comma, UTF-8) keeps a quoted two-line address in one cell."""
    table = read_table(SAMPLES / "eventbrite_attendees.csv")
    assert (table.encoding, table.delimiter) == ("utf-8", ",")
    assert table.headers[:5] == ["Order #", "Order Date", "First Name", "Last Name", "Email"]
    assert len(table.rows) == 6
    assert table.cell(0, table.headers.index("Home Address 1")) == "12 rue de la Mairie\nBâtiment B"
    assert table.cell(1, 3) == "Benali"


def test_helloasso_export_with_bom_and_semicolons() -> None:
    """A HelloAsso export (BOM, semicolons, decimal commas) reads with clean French headers."""
    table = read_table(SAMPLES / "helloasso_participants.csv")
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ";")
    assert table.headers[3:5] == ["Nom participant", "Prénom participant"]
    assert table.cell(0, table.headers.index("Montant tarif")) == "12,50"
    assert table.cell(0, 4) == "Élise"


def test_excel_semicolon_csv_in_windows_1252() -> None:
    """Excel's "CSV (séparateur : point-virgule)" in Windows-1252 shows its accents and Œ."""
    table = read_table(SAMPLES / "excel_point_virgule.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.headers[1] == "Prénom"
    assert table.cell(0, 2) == "Œuvres sociales du Val"
    assert table.cell(0, 8) == "Don de 500 € prévu"


def test_rna_register_in_iso_8859_1() -> None:
    """The RNA register (semicolons, ISO-8859-1) reads with its accented titles."""
    table = read_table(SAMPLES / "rna_waldec.csv")
    assert table.delimiter == ";"
    assert table.cell(1, table.headers.index("titre")) == "AMICALE DES PÊCHEURS DE L'ÉTANG"


@pytest.mark.parametrize(
    ("name", "width"), [("sirene_33_colonnes.csv", 33), ("sirene_35_colonnes.csv", 35)]
)
def test_sirene_extracts_of_both_widths(name: str, width: int) -> None:
    """Both SIRENE layouts (33 and 35 columns) are read whole."""
    table = read_table(SAMPLES / name)
    assert len(table.headers) == width
    assert all(len(row) == width for row in table.rows)


def test_single_column_and_tab_separated_files() -> None:
    """A one-column list of e-mails and a tab-separated file are both read."""
    single = read_table(SAMPLES / "une_colonne.csv")
    assert single.headers == ["Adresse e-mail"]
    assert [r[0] for r in single.rows if r] == ["alice.martin@exemple.fr", "bruno.petit@exemple.fr"]
    tabs = read_table(SAMPLES / "tabulations.tsv")
    assert tabs.delimiter == "\t"
    assert tabs.rows[0][3] == "Réseau des Tiers-Lieux de la Lise"


def test_xlsx_with_a_blank_first_row_numbers_rows_as_the_spreadsheet_does() -> None:
    """In an .xlsx whose header is on row 2, the first person is row 3; numbers lose no digit."""
    table = read_table(SAMPLES / "inscrits.xlsx")
    assert table.sheet == "Inscrits"
    assert table.headers[0] == "Prénom"
    assert table.row_number(0) == 3
    assert table.cell(0, 4) == "238556677"
    assert table.cell(0, 5) == "04/03/2026 14:25"


def test_excel_sep_line_and_utf16(tmp_path: Path) -> None:
    """Excel's "sep=;" first line and Excel's UTF-16 "Unicode text" export are understood."""
    sep = tmp_path / "sep.csv"
    sep.write_text("sep=;\nNom;Prénom\nDurand;Hélène\n", encoding="utf-8")
    table = read_table(sep)
    assert table.headers == ["Nom", "Prénom"]
    assert table.row_number(0) == 3
    utf16 = tmp_path / "unicode.txt"
    utf16.write_text("Nom\tPrénom\nDurand\tHélène\n", encoding="utf-16")
    assert read_table(utf16).rows == [["Durand", "Hélène"]]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "empty"),
        (b"\x00\x01\x02binary\x00\xff", "not a text file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, ".xls"),
        (b"PK\x03\x04 not really a zip", "not a readable .xlsx"),
    ],
)
def test_unreadable_files_raise_a_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    """Empty, binary, old-Excel or damaged files are refused with a readable reason."""
    path = tmp_path / "inscrits.csv"
    path.write_bytes(content)
    with pytest.raises(CatalyseError, match=message):
        read_table(path)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    """A file that does not exist is named in the error."""
    with pytest.raises(CatalyseError, match="does not exist"):
        read_table(tmp_path / "absent.csv")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("04/03/2026 14:25", (2026, 3, 4, 14, 25)),
        ("04/03/2026", (2026, 3, 4, 0, 0)),
        ("2026-03-04 14:25:11+01:00", (2026, 3, 4, 14, 25)),
        ("2026/03/04 2:25:11 PM GMT+1", (2026, 3, 4, 14, 25)),
    ],
)
def test_dates_as_platforms_write_them(text: str, expected: tuple[int, ...]) -> None:
    """French day-first dates, ISO dates with a zone, and Google Forms' English dates are read."""
    parsed = parse_datetime(text)
    assert parsed is not None
    assert (parsed.year, parsed.month, parsed.day, parsed.hour, parsed.minute) == expected
    assert parse_datetime("bientôt") is None


def test_yes_boxes_and_full_names() -> None:
    """Consent boxes read "Oui"/"J'accepte" as yes; full names split the French way."""
    assert is_yes("Oui") and is_yes("J'accepte") and is_yes("J’accepte") and is_yes("x")
    assert not is_yes("Non") and not is_yes("")
    assert split_full_name("Jean Dupont") == ("Jean", "Dupont")
    assert split_full_name("DUPONT Jean-Luc") == ("Jean-Luc", "DUPONT")
    assert split_full_name("Dupont, Marie") == ("Marie", "Dupont")
