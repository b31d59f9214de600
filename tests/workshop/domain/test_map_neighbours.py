"""The neighbouring territories on the map: those holding discs outside the workshop's own."""

from __future__ import annotations

from workshop.domain.communes import commune, territory
from workshop.domain.map_projection import inside
from workshop.domain.records import OrganisationId
from workshop.domain.territory_map import MapActor, MapContent, MapFilter, neighbours, picture
from workshop.domain.vocabulary import OrganisationKind

VAL_DE_LISE = "demo-val-de-lise"
BOURG_LISE = "demo-bourg-lise"


def _content(codes: list[str]) -> MapContent:
    """One organisation in each of the demo's communes named, at its centre (two per commune)."""
    actors = []
    for index, code in enumerate(codes * 2, start=1):
        place = commune(code)
        assert place is not None
        actors.append(
            MapActor(
                id=OrganisationId(index),
                name=f"Organisation {index}",
                kind=OrganisationKind.ASSOCIATION,
                commune_code=code,
                commune_name=place.name,
                longitude=place.longitude,
                latitude=place.latitude,
            )
        )
    return MapContent(tuple(actors), ())


def test_the_demos_organisations_of_bourg_lise_bring_its_agglomeration_once() -> None:
    """The demo's organisations of Bourg-Lise and Saint-Martin-de-Lise bring the Bourg-Lise
    agglomeration, once; the Val de Lise itself is never its own neighbour."""
    selection = _content(["ZL001", "ZL002", "ZL010", "ZL011"]).select(MapFilter())
    own = territory(VAL_DE_LISE)
    assert [t.code for t in neighbours(selection, own)] == [BOURG_LISE]
    assert [t.name for t in neighbours(selection, own)] == ["Agglomération de Bourg-Lise"]


def test_no_neighbour_when_every_organisation_is_inside_or_there_is_no_territory() -> None:
    """Organisations all in the Val de Lise, or a territory of the whole département, or no
    territory at all: nothing is drawn around."""
    inside_only = _content(["ZL001", "ZL003", "ZL006"]).select(MapFilter())
    assert neighbours(inside_only, territory(VAL_DE_LISE)) == ()
    everyone = _content(["ZL001", "ZL010"]).select(MapFilter())
    assert neighbours(everyone, territory("demo-lise")) == ()
    assert neighbours(everyone, None) == ()


def test_the_picture_frames_every_disc_and_ring_and_names_the_neighbour_inside_it() -> None:
    """The picture's bounds hold the discs, the territory's outline and the neighbour's; the
    neighbour's name is placed inside its outline, outside the territory's."""
    selection = _content(["ZL001", "ZL002", "ZL010", "ZL011"]).select(MapFilter())
    own = territory(VAL_DE_LISE)
    assert own is not None
    drawn = picture(selection, own.outline, neighbours=neighbours(selection, own))
    assert [n.code for n in drawn.neighbours] == [BOURG_LISE]
    left, top, width, height = drawn.bounds
    rings = [*drawn.outline, *drawn.neighbours[0].rings]
    for x, y in [(p.x, p.y) for p in drawn.points] + [p for ring in rings for p in ring]:
        assert left <= x <= left + width and top <= y <= top + height
    label = drawn.neighbours[0].label
    assert any(inside(label, ring) for ring in drawn.neighbours[0].rings)
    assert not any(inside(label, ring) for ring in drawn.outline)
    assert picture(selection, own.outline).neighbours == ()  # only when asked for
