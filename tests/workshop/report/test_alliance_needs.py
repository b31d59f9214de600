"""The report's alliance section says which of the catalyst needs the alliance answers."""

from __future__ import annotations

from pathlib import Path

from tests.workshop.report.conftest import pdf_text
from workshop.domain.records import Alliance, Workshop
from workshop.domain.vocabulary import CatalystNeed
from workshop.report.data import collect
from workshop.report.document import build_report
from workshop.storage.store import Store


def test_an_alliance_section_names_its_needs(store: Store, tmp_path: Path) -> None:
    """Under the alliance's name, beside its status, its needs are printed in the report's
    language."""
    workshop = store.workshops.add(Workshop(title="Atelier"))
    store.alliances.add(
        Alliance(
            workshop_id=workshop.id,
            name="Le lieu partagé",
            needs=(CatalystNeed.EXPERIMENTATION_COLLECTIVE, CatalystNeed.TIERS_LIEUX),
        )
    )
    data = collect(store, workshop.id)
    build_report(data, tmp_path / "fr.pdf")
    build_report(data, tmp_path / "en.pdf", lang="en")
    french = " ".join(pdf_text(tmp_path / "fr.pdf").split())
    assert "Expérimentation collective, Tiers-lieux" in french
    assert "Collective experiment, Third places" in " ".join(pdf_text(tmp_path / "en.pdf").split())
