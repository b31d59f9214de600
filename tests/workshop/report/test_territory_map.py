"""The report's territory map: the workshop's organisations on its territory, numbered and
named, printed only when one of them has a point."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon

from tests.workshop.report.conftest import pdf_text, printed_texts
from workshop.domain.records import Alliance, Card, Organisation, Partner, Person, Workshop
from workshop.domain.vocabulary import OrganisationKind, PartnerRole
from workshop.report.data import collect
from workshop.report.document import build_report
from workshop.report.territory_map import has_territory_map, territory_map_section

WIDTH = 480.0


def _workshop(store: Any, *, placed: bool = True) -> Any:
    """A Val de Lise workshop: a town hall present, an association with a card and a company
    partner (both at Saint-Aubin's centre), a foundation partner without a commune."""
    workshop = store.workshops.add(
        Workshop(title="Atelier mobilités", territory_code="demo-val-de-lise")
    )
    where = {"latitude": 47.085, "longitude": 1.612} if placed else {}

    def add(name: str, kind: OrganisationKind, **extra: Any) -> Any:
        return store.organisations.add(Organisation(name=name, kind=kind, **extra))

    mairie = add(
        "Mairie <b>&</b> Co",
        OrganisationKind.COLLECTIVITE,
        commune_name="Montlouvier",
        **({"latitude": 47.165, "longitude": 1.735} if placed else {}),
    )
    asso = add("Les Jardins", OrganisationKind.ASSOCIATION, commune_name="Saint-Aubin", **where)
    boite = add("Transports Lise", OrganisationKind.ENTREPRISE, commune_name="Saint-Aubin", **where)
    fondation = add("Fondation Sans Lieu", OrganisationKind.FONDATION)
    add("Absente SARL", OrganisationKind.ENTREPRISE, **where)  # never took part
    maire = store.people.add(Person(last_name="Maire", organisation_id=mairie.id))
    store.attendance.set_present(workshop.id, maire.id, True)
    store.board.cards.add(Card(workshop_id=workshop.id, text="Potagers", organisation_id=asso.id))
    alliance = store.alliances.add(Alliance(workshop_id=workshop.id, name="Navette"))
    store.partners.add(Partner(alliance_id=alliance.id, organisation_id=boite.id))
    store.partners.add(
        Partner(alliance_id=alliance.id, organisation_id=mairie.id, role=PartnerRole.PILOTE)
    )
    store.partners.add(Partner(alliance_id=alliance.id, organisation_id=fondation.id))
    return workshop


def test_the_map_numbers_the_workshop_organisations_on_the_territory_outline(store: Any) -> None:
    """The Val de Lise's outline, three discs (not the organisation that never came), the
    alliance's link from the town hall, the key by name with its commune, the foundation named
    as without a commune; names print literally."""
    data = collect(store, _workshop(store).id)
    assert has_territory_map(data)
    flowables = territory_map_section(data, WIDTH, "fr", max_height=640)
    drawings = [f for f in flowables if isinstance(f, Drawing)]
    drawing = drawings[-1]  # the legend comes first
    assert drawing.width == WIDTH and drawing.height <= 640
    assert sum(isinstance(s, Polygon) for s in drawing.contents) == 1
    discs = [s for s in drawing.contents if isinstance(s, Circle)]
    assert len(discs) == 3
    assert len({(round(d.cx, 1), round(d.cy, 1)) for d in discs}) == 3  # one commune, spread
    assert sum(isinstance(s, Line) for s in drawing.contents) == 1  # the foundation has no point
    printed = " ".join(printed_texts(flowables))
    assert "Val de Lise" in printed
    assert "1\u00a0Les Jardins (Saint-Aubin) · 2\u00a0Mairie <b>&</b> Co (Montlouvier)" in printed
    assert "Sans commune, hors de la carte\u00a0: Fondation Sans Lieu." in printed
    assert "Absente SARL" not in printed
    english = " ".join(printed_texts(territory_map_section(data, WIDTH, "en", max_height=640)))
    assert "Without a commune, not on the map: Fondation Sans Lieu." in english


def test_organisations_of_the_neighbouring_agglomeration_sit_on_its_pale_named_outline(
    store: Any,
) -> None:
    """An organisation of Bourg-Lise, outside the Val de Lise: the Bourg-Lise agglomeration's
    outline is drawn first, dashed and thinner, and named; the territory's above it; every
    disc is inside the drawing; the caption names the neighbour, in both languages."""
    workshop = _workshop(store)
    gare = store.organisations.add(
        Organisation(
            name="Gare de Bourg",
            commune_code="ZL010",
            commune_name="Bourg-Lise",
            latitude=47.105,
            longitude=1.975,
        )
    )
    store.board.cards.add(Card(workshop_id=workshop.id, text="Trains", organisation_id=gare.id))
    data = collect(store, workshop.id)
    flowables = territory_map_section(data, WIDTH, "fr", max_height=640)
    drawing = [f for f in flowables if isinstance(f, Drawing)][-1]
    neighbour, own = [s for s in drawing.contents if isinstance(s, Polygon)]
    assert neighbour.strokeDashArray and not own.strokeDashArray
    assert neighbour.strokeWidth < own.strokeWidth
    discs = [s for s in drawing.contents if isinstance(s, Circle)]
    assert len(discs) == 4
    assert all(0 <= d.cx <= drawing.width and 0 <= d.cy <= drawing.height for d in discs)
    printed = " ".join(printed_texts(flowables)).replace("\u00a0", " ")
    assert "Agglomération de Bourg-Lise" in printed_texts([drawing])
    assert "sur le contour de « Communauté de communes du Val de Lise »" in printed
    assert "autour du territoire : « Agglomération de Bourg-Lise »" in printed
    english = " ".join(printed_texts(territory_map_section(data, WIDTH, "en", max_height=640)))
    assert "around the territory: \u201cAgglomération de Bourg-Lise\u201d" in english


def test_a_workshop_without_a_point_prints_no_map(store: Any, tmp_path: Path) -> None:
    """No organisation of the workshop has a point: no map page, no empty frame."""
    data = collect(store, _workshop(store, placed=False).id)
    assert not has_territory_map(data)
    assert territory_map_section(data, WIDTH, "fr") == []
    out = tmp_path / "rapport.pdf"
    build_report(data, out)
    assert "carte du territoire" not in pdf_text(out)


def test_the_report_has_a_territory_map_appendix_in_both_languages(
    store: Any, tmp_path: Path
) -> None:
    """The PDF's appendix 'Carte du territoire' ('Map of the territory' in English)."""
    data = collect(store, _workshop(store).id)
    french, english = tmp_path / "fr.pdf", tmp_path / "en.pdf"
    build_report(data, french)
    build_report(data, english, lang="en")
    assert "Annexe B : la carte du territoire" in pdf_text(french).replace("\xa0", " ")
    assert "Appendix B: the map of the territory" in pdf_text(english)
