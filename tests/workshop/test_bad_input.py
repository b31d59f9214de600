"""Hostile text (markup, control characters, emoji, RTL, NUL, 100 KB) round-trips and stays safe.

Decision on NUL: SQLite stores text with its length, so a NUL byte is kept and read back as
written (no stripping in the store); only the spreadsheet exports drop NUL, which spreadsheets
cannot hold (`workshop.exporting.tables.safe_cell`).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.domain.records import (
    AgendaStep,
    Alliance,
    Card,
    Cluster,
    Commitment,
    Organisation,
    Partner,
    Person,
    Workshop,
    Zone,
)
from workshop.exporting.tables import write_table
from workshop.storage.store import Store

HUGE = ("Atelier « co-construction » 🌱 مرحبا\n" * 3000)[:100_000]
NASTY = [
    "<b>ACME & Fils</b>",
    "<para><font color='red'>x</font></para><img src='file:///etc/passwd'/>",
    "&amp; &lt; &#0; &#x1F600; ]]> <!-- -->",
    '=HYPERLINK("http://evil.example","clic")',
    "+33 6 12 34 56 78",
    "-2+3",
    "@SUM(A1)",
    "\tcommence par une tabulation",
    "\rretour chariot",
    "a\x00b\x00",
    "\x00",
    "\x01\x02\x07\x08\x0b\x0c\x1b\x7f\x85",
    "\u202eRTL override\u202c \u200f\u200e\u2066isolate\u2069",
    "שלום עולם — مرحبا بالعالم",
    "👩🏽‍🌾👨‍👩‍👧‍👦🇫🇷 ✊🏿",
    "e\u0301 vs é, ﬁ ligature, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "line\nbreak\r\nwindows\u2028sep\u2029para",
    "'; DROP TABLE cards; --",
    '"guillemets" "" """',
    "   espaces   ",
    "",
    HUGE,
]
hostile_text = st.one_of(st.sampled_from(NASTY), st.text(max_size=200))
BOUNDED = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One database for all the examples of the module (hypothesis runs many per test)."""
    store = Store.open(tmp_path_factory.mktemp("bad-input") / "input.sqlite")
    yield store
    store.close()


def _text_fields(record_type: type) -> list[str]:
    return [f.name for f in dataclasses.fields(record_type) if f.type in ("str", str)]


def _fill(record: Any, texts: st.DataObject) -> Any:
    """The record with every text field replaced by hostile text."""
    values = {name: texts.draw(hostile_text, label=name) for name in _text_fields(type(record))}
    return dataclasses.replace(record, **values)


@BOUNDED
@given(data=st.data())
def test_every_text_field_of_every_record_round_trips(shared_store: Store, data: Any) -> None:
    """Whatever text is typed into any field is read back exactly, after add and after update."""
    store = shared_store
    organisation = store.organisations.add(_fill(Organisation(name="o"), data))
    person = store.people.add(_fill(Person(organisation_id=organisation.id), data))
    steps = (AgendaStep(title=data.draw(hostile_text, label="agenda")),)
    workshop = store.workshops.add(_fill(Workshop(title="w", agenda=steps), data))
    zone = store.board.zones.add(_fill(Zone(workshop_id=workshop.id, name="z"), data))
    cluster = store.board.clusters.add(_fill(Cluster(workshop_id=workshop.id, label="c"), data))
    card = store.board.cards.add(
        _fill(Card(workshop_id=workshop.id, text="t", zone_id=zone.id, cluster_id=cluster.id), data)
    )
    alliance = store.alliances.add(_fill(Alliance(workshop_id=workshop.id, name="a"), data))
    partner = store.partners.add(Partner(alliance_id=alliance.id, organisation_id=organisation.id))
    commitment = store.commitments.add(
        _fill(Commitment(partner_id=partner.id, description="d"), data)
    )
    saved = [
        (store.organisations, organisation),
        (store.people, person),
        (store.workshops, workshop),
        (store.board.zones, zone),
        (store.board.clusters, cluster),
        (store.board.cards, card),
        (store.alliances, alliance),
        (store.commitments, commitment),
    ]
    for repository, record in saved:
        assert repository.get(record.id) == record
        edited = repository.update(_fill(record, data))
        assert repository.get(record.id) == edited
    assert store.check() == []


@pytest.fixture(scope="module")
def searched_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A registry holding every hostile text: an organisation (and its commune) and a person of
    it named, described and noted with each, so that each search runs over rows holding them."""
    store = Store.open(tmp_path_factory.mktemp("search") / "search.sqlite")
    for n, text in enumerate(NASTY):
        organisation = store.organisations.add(
            Organisation(
                name=text or "-", notes=text, commune_code=f"{75000 + n}", commune_name=text
            )
        )
        store.people.add(
            Person(first_name=text, last_name=text, notes=text, organisation_id=organisation.id)
        )
    yield store
    store.close()


def test_searching_a_hostile_text_never_fails(searched_store: Store) -> None:
    """Search-as-you-type accepts each hostile text (FTS syntax, quotes, NUL, 100 KB pasted) and
    returns a list, over a registry holding them all."""
    for text in NASTY:
        assert isinstance(searched_store.organisations.search(text), list), repr(text[:40])
        assert isinstance(searched_store.people.search(text), list), repr(text[:40])


@settings(BOUNDED, max_examples=20)  # a search is cheap to get right, slow to repeat
@given(text=st.text(max_size=200))
def test_searching_any_text_never_fails(searched_store: Store, text: str) -> None:
    """Search-as-you-type accepts any input and returns a list (the hostile texts: above)."""
    assert isinstance(searched_store.organisations.search(text), list)
    assert isinstance(searched_store.people.search(text), list)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
cells = st.one_of(hostile_text, st.integers(-(10**12), 10**12), st.none())
tables = st.lists(st.lists(cells, min_size=3, max_size=3), min_size=1, max_size=5)


@BOUNDED
@given(rows=tables)
def test_csv_exports_reopen_with_every_cell_and_no_formula(tmp_path: Path, rows: Any) -> None:
    """A CSV export reopens with the same rows; text never starts like a formula; NUL dropped."""
    path = tmp_path / "export.csv"
    write_table(path, ["Nom", "Note", "Nombre"], rows)
    with path.open(encoding="utf-8-sig", newline="") as f:
        read = list(csv.reader(f))
    assert read[0] == ["Nom", "Note", "Nombre"]
    assert len(read) == len(rows) + 1
    for written, got in zip(rows, read[1:], strict=True):
        for value, cell in zip(written, got, strict=True):
            if isinstance(value, str):
                text = value.replace("\x00", "")
                assert cell in (text, "'" + text)
                assert not cell.startswith(FORMULA_STARTS)
            else:
                assert cell == ("" if value is None else str(value))


XLSX_CELL_LIMIT = 32_767  # characters Excel accepts in one cell


@BOUNDED
@given(rows=tables)
def test_xlsx_exports_reopen_and_hold_no_formula(tmp_path: Path, rows: Any) -> None:
    """An .xlsx export reopens with openpyxl, holds no formula (text that looks like one is a
    text cell, shown as typed) and no cell beyond Excel's limit."""
    from openpyxl import load_workbook

    path = tmp_path / "export.xlsx"
    write_table(path, ["Nom", "Note", "Nombre"], rows)
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet.max_row <= len(rows) + 1  # no stray rows (trailing empty rows are not stored)
    read = list(sheet.iter_rows(min_row=2, max_row=len(rows) + 1, max_col=3))
    for written, got in zip(rows, read, strict=True):
        for value, cell in zip(written, got, strict=True):
            assert cell.data_type != "f"
            if isinstance(value, str) and cell.value is not None:
                assert isinstance(cell.value, str) and cell.data_type == "s"
                if cell.value.startswith(FORMULA_STARTS):
                    assert cell.quotePrefix  # spreadsheets show it as text, never evaluate it
                assert len(cell.value) <= XLSX_CELL_LIMIT
            elif isinstance(value, int):
                assert cell.value == value


def _qpdf_check(pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_control_character_cannot_smuggle_a_formula_into_xlsx(tmp_path: Path) -> None:
    """Text like "\\x01=HYPERLINK(…)" is exported as text, not as a live formula."""
    from openpyxl import load_workbook

    path = tmp_path / "export.xlsx"
    write_table(path, ["Nom"], [['\x01=HYPERLINK("http://evil.example")'], ["\x1f@SUM(A1)"]])
    sheet = load_workbook(path).active
    assert sheet is not None
    values = [(c.value, c.data_type, c.quotePrefix) for (c,) in sheet.iter_rows(min_row=2)]
    assert values == [('=HYPERLINK("http://evil.example")', "s", True), ("@SUM(A1)", "s", True)]


pdf_text = st.one_of(st.sampled_from([t for t in NASTY if t is not HUGE]), st.text(max_size=200))


def _hostile_workshop(store: Store, text: Any) -> Any:
    """A workshop whose every printed text comes from `text(label)`; returns its id."""
    organisation = store.organisations.add(Organisation(name=text("organisation")))
    person = store.people.add(
        Person(first_name=text("first"), last_name=text("last"), organisation_id=organisation.id)
    )
    workshop = store.workshops.add(
        Workshop(
            title=text("title"),
            place=text("place"),
            territory=text("territory"),
            facilitator=text("facilitator"),
            question=text("question"),
            sdgs=(17,),
        )
    )
    store.attendance.set_present(workshop.id, person.id, True)
    zone = store.board.zones.add(Zone(workshop_id=workshop.id, name=text("zone")))
    store.board.cards.add(
        Card(workshop_id=workshop.id, text=text("card"), zone_id=zone.id, person_id=person.id)
    )
    alliance = store.alliances.add(
        Alliance(workshop_id=workshop.id, name=text("alliance"), objective=text("objective"))
    )
    partner = store.partners.add(Partner(alliance_id=alliance.id, organisation_id=organisation.id))
    store.commitments.add(
        Commitment(partner_id=partner.id, description=text("commitment"), unit=text("unit"))
    )
    return workshop.id


def _report_is_valid_pdf(store: Store, workshop_id: Any, tmp_path: Path) -> None:
    from workshop.report.data import collect
    from workshop.report.document import build_report

    out = io.BytesIO()
    build_report(collect(store, workshop_id), out, contacts=True)
    assert out.getvalue().startswith(b"%PDF")
    path = tmp_path / "report.pdf"
    path.write_bytes(out.getvalue())
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


needs_qpdf = pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")


@needs_qpdf
@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_the_pdf_report_stays_valid_with_hostile_text(
    shared_store: Store, tmp_path: Path, data: Any
) -> None:
    """The report of a workshop full of hostile text is a valid PDF (checked by qpdf)."""
    workshop_id = _hostile_workshop(shared_store, lambda label: data.draw(pdf_text, label=label))
    _report_is_valid_pdf(shared_store, workshop_id, tmp_path)


@needs_qpdf
@pytest.mark.parametrize("field", ["place", "question", "organisation", "commitment"])
def test_the_pdf_report_prints_a_100_kb_text(store: Store, tmp_path: Path, field: str) -> None:
    """A 100 KB text typed into one field still gives a valid report (it may run over pages)."""
    workshop_id = _hostile_workshop(store, lambda label: HUGE if label == field else label)
    _report_is_valid_pdf(store, workshop_id, tmp_path)


HUGE_LINE = "Nom;Email\n" + "x" * 2_000_000 + ";a@example.org\n"
BAD_CSVS: dict[str, bytes] = {
    "empty": b"",
    "only blanks": b"\n\n  \n",
    "binary": bytes(range(256)) * 40,
    "zip pretending to be CSV": b"PK\x03\x04" + b"\x00" * 300,
    "huge line": HUGE_LINE.encode(),
    "mixed encodings": "Nom;Prénom\nDupré;Zoé\n".encode() + "Lefèvre;Hélène\n".encode("cp1252"),
    "unbalanced quotes": b'Nom;Email\n"Dupont;jean@example.org\nMartin;"m@example.org\n',
    "NUL bytes": b"Nom;Email\nDu\x00pont;j@example.org\n",
}


@pytest.mark.parametrize("case", list(BAD_CSVS))
def test_a_bad_csv_is_imported_or_refused_in_one_line_never_half(
    tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`catalyse import` on an empty, binary, huge, mixed or broken CSV either imports what it
    can or exits 2 with one line; the database is never left half-written or damaged."""
    from workshop.cli import main

    db_path = tmp_path / "atelier.sqlite"
    with Store.open(db_path) as store:
        store.organisations.add(Organisation(name="Déjà là"))
    source = tmp_path / f"{case.replace(' ', '_')}.csv"
    source.write_bytes(BAD_CSVS[case])
    code = main(["import", str(source), "--db", str(db_path)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if code != 0:
        assert code == 2 and err.count("\n") == 1 and err.startswith("catalyse: error: ")
    with Store.open(db_path) as store:
        assert store.check() == []
        names = [o.name for o in store.organisations.all()]
        assert "Déjà là" in names
        if code != 0:
            assert names == ["Déjà là"] and store.people.count() == 0


@BOUNDED
@given(content=st.binary(max_size=2000))
def test_reading_any_bytes_as_a_table_never_crashes(tmp_path: Path, content: bytes) -> None:
    """Any file given to the importer is read as a table or refused with a readable error."""
    from workshop.errors import CatalyseError
    from workshop.importing import read_table

    source = tmp_path / "fichier.csv"
    source.write_bytes(content)
    try:
        table = read_table(source)
    except CatalyseError as error:
        assert str(error)
    else:
        assert isinstance(table.headers, list)
