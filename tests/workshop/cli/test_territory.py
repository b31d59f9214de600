"""`catalyse territory -o FILE.pdf|FILE.xlsx`: the roll-up for funders from the command line,
with the CLI's contract (exit 2 and one line on bad input, a refused file left untouched)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from workshop.cli import main
from workshop.domain.records import Workshop
from workshop.storage.store import Store


@pytest.fixture
def database(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        store.workshops.add(Workshop(title="Printemps", date=dt.date(2026, 4, 2)))
        store.workshops.add(Workshop(title="Automne", date=dt.date(2026, 10, 8)))
    return db_path


def test_a_pdf_and_a_workbook_are_written(database: Path, tmp_path: Path, capsys) -> None:
    """`-o FILE.pdf` writes the overview, `-o FILE.xlsx` the workbook (in English with --lang
    en, limited to a period with --from/--to); each prints the file written."""
    pdf = tmp_path / "bilan.pdf"
    assert main(["territory", "-o", str(pdf), "--db", str(database)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF-")
    xlsx = tmp_path / "bilan.xlsx"
    args = ["territory", "-o", str(xlsx), "--lang", "en", "--from", "2026-07-01"]
    assert main([*args, "--db", str(database)]) == 0
    sheet = load_workbook(xlsx)["Workshops"]
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["Automne"]
    assert str(xlsx) in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["-o", "{out}.docx"], "must end in .pdf or .xlsx"),
        (["-o", "{out}.pdf", "--from", "2026-13-01"], "not a date"),
        (["-o", "{out}.pdf", "--from", "2026-06-01", "--to", "2026-01-01"], "ends before"),
    ],
)
def test_bad_input_is_one_line_and_leaves_the_file(
    database: Path, tmp_path: Path, capsys, args: list[str], says: str
) -> None:
    """A wrong suffix, a wrong date or a period ending before it starts: exit 2, one line
    'catalyse: error: …', and the file named is left byte for byte."""
    out = tmp_path / "bilan"
    named = [a.format(out=out) for a in args]
    target = Path(named[1])
    target.write_bytes(b"kept")
    assert main(["territory", *named, "--db", str(database)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("catalyse: error: ") and err.count("\n") == 1 and says in err
    assert target.read_bytes() == b"kept"


def test_a_missing_database_is_refused(tmp_path: Path, capsys) -> None:
    """A database that does not exist is refused in one line, and nothing is created."""
    missing = tmp_path / "absent.sqlite"
    assert main(["territory", "-o", str(tmp_path / "b.pdf"), "--db", str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not missing.exists() and not (tmp_path / "b.pdf").exists()
