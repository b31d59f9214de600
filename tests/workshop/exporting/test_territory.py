"""The territory workbook for funders: a summary sheet, one sheet per table, typed and safe
cells, a private file, a refused name left untouched."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from workshop.domain.records import Alliance, Commitment, Organisation, Partner, Workshop
from workshop.domain.vocabulary import CommitmentStatus, ResourceKind
from workshop.errors import CatalyseError
from workshop.exporting.territory import sheet_name, write_territory_workbook
from workshop.queries.territory import territory_rollup
from workshop.storage.store import Store


@pytest.fixture
def rollup_store(store: Store) -> Store:
    workshop = store.workshops.add(Workshop(title="=HYPERLINK(1)", date=dt.date(2026, 2, 3)))
    alliance = store.alliances.add(Alliance(workshop_id=workshop.id, name="Lieu", sdgs=(11,)))
    org = store.organisations.add(Organisation(name="@Mairie"))
    partner = store.partners.add(Partner(alliance_id=alliance.id, organisation_id=org.id))
    for status, quantity in ((CommitmentStatus.CONFIRME, 4500), (CommitmentStatus.PROPOSE, 900)):
        store.commitments.add(
            Commitment(
                partner_id=partner.id,
                description="Don",
                resource_kind=ResourceKind.FINANCIER,
                quantity=quantity,
                unit="€",
                status=status,
            )
        )
    return store


def test_the_workbook_has_a_sheet_per_table_with_typed_safe_cells(
    rollup_store: Store, tmp_path: Path
) -> None:
    """The workbook opens on the summary, then one sheet per table; numbers and dates are
    typed, text starting like a formula stays text, confirmed and proposed are apart."""
    path = write_territory_workbook(territory_rollup(rollup_store), tmp_path / "bilan.xlsx")
    book = load_workbook(path)
    assert book.sheetnames[0] == "Bilan territorial"
    assert "Ateliers" in book.sheetnames and "Engagements par trimestre" in book.sheetnames
    workshops = book["Ateliers"]
    assert workshops["A2"].value == dt.datetime(2026, 2, 3)
    assert workshops["B2"].value == "=HYPERLINK(1)" and workshops["B2"].data_type == "s"
    assert book["Organisations engagées"]["A2"].value == "@Mairie"
    quarters = [list(r) for r in book["Engagements par trimestre"].iter_rows(values_only=True)]
    assert ["T1 2026", "Financier", "€", "Confirmé", 1, 4500] in quarters
    assert ["T1 2026", "Financier", "€", "Proposé", 1, 900] in quarters
    if sys.platform != "win32":
        assert os.stat(path).st_mode & 0o777 == 0o600


def test_an_english_workbook_and_a_refused_name(rollup_store: Store, tmp_path: Path) -> None:
    """The workbook exists in English; a name not ending in .xlsx is refused and the file
    there left byte for byte."""
    rollup = territory_rollup(rollup_store)
    book = load_workbook(write_territory_workbook(rollup, tmp_path / "en.xlsx", "en"))
    assert book.sheetnames[:2] == ["Territorial overview", "Workshops"]
    kept = tmp_path / "bilan.csv"
    kept.write_bytes(b"keep")
    with pytest.raises(CatalyseError):
        write_territory_workbook(rollup, kept)
    assert kept.read_bytes() == b"keep"


def test_sheet_names_are_what_excel_accepts() -> None:
    """A sheet's name loses the characters Excel refuses, is cut at 31, and is unique."""
    taken: set[str] = set()
    assert sheet_name("a/b", taken) == "a b"
    long = sheet_name("x" * 40, taken)
    assert len(long) == 31
    assert sheet_name("x" * 40, taken) == "x" * 27 + " (2)"
