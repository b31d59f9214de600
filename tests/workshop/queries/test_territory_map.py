"""The territory map's content: who is on the map, for which workshop, SDG and kind, and how
alliances link their partners."""

from __future__ import annotations

from typing import Any

from tests.sql_count import counting
from workshop.domain.records import (
    Alliance,
    Card,
    Organisation,
    Partner,
    Person,
    Workshop,
)
from workshop.domain.territory_map import MapFilter, picture
from workshop.domain.vocabulary import OrganisationKind, PartnerRole
from workshop.queries.territory_map import map_content


def _territory(store: Any) -> dict[str, Any]:
    """Two workshops; a town hall (present at the first), an association (a card at the
    second), a company (partner of the first's alliance), all in one commune, and a
    foundation without a commune."""
    first = store.workshops.add(Workshop(title="Atelier mobilités"))
    second = store.workshops.add(Workshop(title="Atelier alimentation"))
    here = {"commune_code": "99001", "commune_name": "Lise", "latitude": 47.1, "longitude": 1.2}
    mairie = store.organisations.add(
        Organisation(name="Mairie de Lise", kind=OrganisationKind.COLLECTIVITE, sdgs=(11,), **here)
    )
    asso = store.organisations.add(Organisation(name="Les Jardins", sdgs=(2,), **here))
    boite = store.organisations.add(
        Organisation(name="Transports Lise", kind=OrganisationKind.ENTREPRISE, **here)
    )
    fondation = store.organisations.add(
        Organisation(name="Fondation Sans Lieu", kind=OrganisationKind.FONDATION)
    )
    maire = store.people.add(Person(first_name="Ana", last_name="Maire", organisation_id=mairie.id))
    store.attendance.set_present(first.id, maire.id, True)
    jardinier = store.people.add(
        Person(first_name="Léo", last_name="Vert", organisation_id=asso.id)
    )
    store.board.cards.add(Card(workshop_id=second.id, text="Potagers", person_id=jardinier.id))
    alliance = store.alliances.add(Alliance(workshop_id=first.id, name="Navette", sdgs=(11,)))
    store.partners.add(Partner(alliance_id=alliance.id, organisation_id=boite.id))
    store.partners.add(
        Partner(alliance_id=alliance.id, organisation_id=mairie.id, role=PartnerRole.PILOTE)
    )
    store.partners.add(Partner(alliance_id=alliance.id, organisation_id=fondation.id))
    return {
        "first": first,
        "second": second,
        "mairie": mairie,
        "asso": asso,
        "boite": boite,
        "fondation": fondation,
        "alliance": alliance,
    }


def test_the_map_shows_who_took_part_where_and_links_the_alliance_from_its_pilot(
    store: Any,
) -> None:
    """Each organisation knows its workshops (present, card, partner); the alliance is drawn
    from its pilot to its other partners with a point; the one without a commune is counted."""
    t = _territory(store)
    content = map_content(store)
    workshops = {a.name: a.workshops for a in content.actors}
    assert workshops["Mairie de Lise"] == {t["first"].id}
    assert workshops["Les Jardins"] == {t["second"].id}
    assert workshops["Transports Lise"] == {t["first"].id}
    selection = content.select(MapFilter())
    assert [a.name for a in selection.actors] == [
        "Les Jardins",
        "Mairie de Lise",
        "Transports Lise",
    ]
    assert [a.name for a in selection.unplaced] == ["Fondation Sans Lieu"]
    assert [(link.source, link.target) for link in selection.links] == [
        (t["mairie"].id, t["boite"].id)
    ]
    assert [w.title for w in content.workshops] == ["Atelier alimentation", "Atelier mobilités"]


def test_filters_keep_a_workshop_an_sdg_or_a_kind(store: Any) -> None:
    """The second workshop shows the association only; SDG 11 shows the town hall and the
    company (a partner of an SDG 11 alliance); the kind keeps companies and drops the link."""
    t = _territory(store)
    content = map_content(store)
    by_workshop = content.select(MapFilter(workshop_id=t["second"].id))
    assert [a.name for a in by_workshop.actors] == ["Les Jardins"] and not by_workshop.links
    by_sdg = content.select(MapFilter(sdg=11))
    assert [a.name for a in by_sdg.actors] == ["Mairie de Lise", "Transports Lise"]
    assert len(by_sdg.links) == 1
    assert [a.name for a in by_sdg.unplaced] == ["Fondation Sans Lieu"]
    by_kind = content.select(MapFilter(kind=OrganisationKind.ENTREPRISE))
    assert [a.name for a in by_kind.actors] == ["Transports Lise"] and not by_kind.links
    assert content.select(MapFilter(sdg=5)).actors == ()


def test_organisations_of_one_commune_are_drawn_apart_on_the_outline(store: Any) -> None:
    """Three organisations at one commune centre get three distinct discs inside the box of
    the territory's outline."""
    _territory(store)
    outline = [[(1.0, 47.0), (1.4, 47.0), (1.4, 47.3), (1.0, 47.3)]]
    drawn = picture(map_content(store).select(MapFilter()), outline)
    places = {(round(p.x, 3), round(p.y, 3)) for p in drawn.points}
    assert len(places) == 3
    x, y, w, h = drawn.bounds
    assert all(x < p.x < x + w and y < p.y < y + h for p in drawn.points)
    assert len(drawn.outline) == 1 and len(drawn.outline[0]) == 4


def test_the_content_is_read_in_a_few_queries_whatever_the_number_of_organisations(
    store: Any,
) -> None:
    """Two hundred organisations take as many queries as three."""
    _territory(store)
    store.organisations.add_many(
        Organisation(name=f"Asso {i}", latitude=47.0, longitude=1.0) for i in range(200)
    )
    with counting(store) as queries:
        content = map_content(store)
    assert len(content.actors) == 204
    assert len(queries.statements) <= 3


def test_the_map_is_drawn_on_the_workshop_territory_else_its_organisations_departement(
    store: Any,
) -> None:
    """A workshop's own territory wins; without one, the département most of its organisations
    are in (two in Blois, one in Tours: Loir-et-Cher); with neither, no outline."""
    t = _territory(store)
    coded = store.workshops.add(Workshop(title="Val de Lise", territory_code="demo-val-de-lise"))
    for name, code in (("Asso Blois", "41018"), ("Club Blois", "41018"), ("Asso Tours", "37261")):
        organisation = store.organisations.add(Organisation(name=name, commune_code=code))
        person = store.people.add(Person(last_name=name, organisation_id=organisation.id))
        store.attendance.set_present(t["second"].id, person.id, True)
    content = map_content(store)
    assert content.territory_of(coded.id).name == "Communauté de communes du Val de Lise"
    assert content.territory_of(t["second"].id).name == "Loir-et-Cher"
    assert content.territory_of(t["first"].id) is None  # the test's commune 99001 is unknown
