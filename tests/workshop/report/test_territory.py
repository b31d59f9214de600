"""The territory PDF for funders: title, period, figures, charts and tables in French or
English, user text printed literally, each status apart, the same bytes twice."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from tests.workshop.report.conftest import page_count, pdf_text, qpdf_check
from workshop.domain.records import (
    Alliance,
    Commitment,
    Organisation,
    Partner,
    Person,
    Workshop,
)
from workshop.domain.vocabulary import CatalystNeed, CommitmentStatus, ResourceKind
from workshop.queries.territory import Period, territory_rollup
from workshop.report.territory import build_territory_report
from workshop.storage.store import Store

DAY = dt.date(2026, 12, 1)
MARKUP = "<b>ACME & Fils</b>"


@pytest.fixture
def rollup_store(store: Store) -> Store:
    workshop = store.workshops.add(
        Workshop(title="Atelier <i>mobilité</i>", date=dt.date(2026, 5, 4), territory="Val")
    )
    org = store.organisations.add(Organisation(name=MARKUP))
    person = store.people.add(Person(first_name="Léa", organisation_id=org.id))
    store.attendance.register(workshop.id, [person.id])
    store.attendance.set_present(workshop.id, person.id, True)
    alliance = store.alliances.add(
        Alliance(
            workshop_id=workshop.id, name="Lieu", sdgs=(11,), needs=(CatalystNeed.TIERS_LIEUX,)
        )
    )
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


def _text(path: Path) -> str:
    return " ".join(pdf_text(path).split())


def test_the_territory_pdf_says_what_a_funder_reads(rollup_store: Store, tmp_path: Path) -> None:
    """The PDF is valid and gives the title, the period, the figures, the charts' titles and
    the tables; names with markup print literally; proposed and confirmed stay apart."""
    path = tmp_path / "bilan.pdf"
    build_territory_report(territory_rollup(rollup_store), path, created=DAY)
    qpdf_check(path)
    text = _text(path)
    for expected in (
        "Bilan territorial",
        "Tous les ateliers",
        "Chiffres clés",
        "Organisations engagées par nature",
        "Alliances par ODD",
        "Alliances par besoin du territoire",
        "Tiers-lieux",
        "Engagements par trimestre",
        "T2 2026",
        MARKUP,
        "Atelier <i>mobi",  # printed literally (hyphenated in its column)
    ):
        assert expected in text, expected
    assert "4 500 €" in text.replace("\u202f", " ").replace("\u00a0", " ")
    assert "5 400" not in text.replace("\u202f", " ").replace("\u00a0", " ")


def test_english_period_and_same_bytes_twice(rollup_store: Store, tmp_path: Path) -> None:
    """In English the labels and the period are English; the same roll-up gives the same
    bytes twice."""
    rollup = territory_rollup(rollup_store, Period(dt.date(2026, 1, 1), dt.date(2026, 6, 30)))
    path = tmp_path / "en.pdf"
    build_territory_report(rollup, path, lang="en", created=DAY)
    text = _text(path)
    assert "Territorial overview" in text and "From 1 January 2026 to 30 June 2026" in text
    assert "Q2 2026" in text and "Bilan territorial" not in text
    first, second = io.BytesIO(), io.BytesIO()
    build_territory_report(rollup, first, lang="en", created=DAY)
    build_territory_report(rollup, second, lang="en", created=DAY)
    assert first.getvalue() == second.getvalue()


def test_a_period_with_no_workshop_gives_one_page_saying_so(
    rollup_store: Store, tmp_path: Path
) -> None:
    """A period with no workshop gives a one-page PDF that says so, not empty tables."""
    rollup = territory_rollup(rollup_store, Period(dt.date(2020, 1, 1), dt.date(2020, 12, 31)))
    path = tmp_path / "vide.pdf"
    build_territory_report(rollup, path, created=DAY)
    assert page_count(path.read_bytes()) == 1
    assert "Aucun atelier sur cette période." in _text(path)
