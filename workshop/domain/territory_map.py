"""The map of the territory's actors, pure: who is drawn where, and the alliances between them.

`MapContent` is what the store holds (every organisation, placed or not, and every alliance's
partners); `MapContent.select(MapFilter)` keeps those of an SDG, a kind and a workshop, and
`picture()` projects them with the territory's outline onto a flat map (map_projection.py),
spreading the organisations that share a commune's centre. Each alliance is drawn as links from
its pilot (or its first partner shown) to each of its other partners. The UI (QGraphicsView)
and the report (reportlab) both draw a MapPicture.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from workshop.domain.communes import Territory, commune, territory
from workshop.domain.map_projection import XY, LonLat, box, projection_for, spread
from workshop.domain.records import AllianceId, OrganisationId, WorkshopId
from workshop.domain.text import sort_key
from workshop.domain.vocabulary import KIND_COLOURS, OrganisationKind, PartnerRole

SPACING = 1 / 110  # two organisations of one commune: this fraction of the map's larger side
MARGIN = 1 / 30  # around the drawing, of its larger side


@dataclass(frozen=True)
class MapActor:
    """An organisation as the map knows it: its kind, SDGs, workshops and point (if any)."""

    id: OrganisationId
    name: str
    kind: OrganisationKind
    sdgs: tuple[int, ...] = ()
    workshops: frozenset[WorkshopId] = frozenset()  # those it took part in
    commune_code: str = ""
    commune_name: str = ""
    longitude: float | None = None
    latitude: float | None = None

    @property
    def placed(self) -> bool:
        return self.longitude is not None and self.latitude is not None


@dataclass(frozen=True)
class MapAlliance:
    """An alliance and its partners, the pilot(s) first."""

    id: AllianceId
    name: str
    workshop_id: WorkshopId | None = None
    sdgs: tuple[int, ...] = ()
    partners: tuple[tuple[OrganisationId, PartnerRole], ...] = ()


@dataclass(frozen=True)
class MapFilter:
    """What the map keeps: None for every SDG, kind or workshop."""

    sdg: int | None = None
    kind: OrganisationKind | None = None
    workshop_id: WorkshopId | None = None


@dataclass(frozen=True)
class MapLink:
    """A line of an alliance: from its hub partner to another partner (`role` is the latter's)."""

    alliance_id: AllianceId
    source: OrganisationId
    target: OrganisationId
    role: PartnerRole


@dataclass(frozen=True)
class MapSelection:
    """The organisations and alliances a filter keeps, those without a point counted apart."""

    actors: tuple[MapActor, ...]  # placed, by name
    unplaced: tuple[MapActor, ...]  # kept by the filter but without a point, by name
    alliances: tuple[MapAlliance, ...]  # with at least one link drawn
    links: tuple[MapLink, ...]

    def alliances_of(self, organisation_id: OrganisationId) -> list[MapAlliance]:
        return [a for a in self.alliances if any(p == organisation_id for p, _ in a.partners)]


@dataclass(frozen=True)
class MapWorkshop:
    """A workshop the map can be filtered by, and the territory its map is drawn on."""

    id: WorkshopId
    title: str
    date: dt.date | None = None
    territory_code: str = ""


@dataclass(frozen=True)
class MapContent:
    """Every organisation and alliance the map can show, and the workshops to filter by."""

    actors: tuple[MapActor, ...]
    alliances: tuple[MapAlliance, ...]
    workshops: tuple[MapWorkshop, ...] = ()  # newest first
    _by_id: dict[OrganisationId, MapActor] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({a.id: a for a in self.actors})

    def actor(self, organisation_id: OrganisationId) -> MapActor | None:
        return self._by_id.get(organisation_id)

    def territory_of(self, workshop_id: WorkshopId | None) -> Territory | None:
        """The territory a workshop's map is drawn on (see `map_territory`)."""
        workshop = next((w for w in self.workshops if w.id == workshop_id), None)
        if workshop is None:
            return None
        codes = (a.commune_code for a in self.actors if workshop.id in a.workshops)
        return map_territory(workshop.territory_code, codes)

    def select(self, chosen: MapFilter) -> MapSelection:
        """The organisations of the chosen kind that took part in the chosen workshop and work
        on the chosen SDG (theirs, or an alliance's they are a partner of), with the alliances
        of that workshop and SDG linking the partners kept."""
        alliances = [
            a
            for a in self.alliances
            if (chosen.workshop_id is None or a.workshop_id == chosen.workshop_id)
            and (chosen.sdg is None or chosen.sdg in a.sdgs)
        ]
        via_alliance = {p for a in alliances for p, _ in a.partners} if chosen.sdg else set()
        kept = [
            a
            for a in self.actors
            if (chosen.kind is None or a.kind == chosen.kind)
            and (chosen.workshop_id is None or chosen.workshop_id in a.workshops)
            and (chosen.sdg is None or chosen.sdg in a.sdgs or a.id in via_alliance)
        ]
        kept.sort(key=lambda a: (sort_key(a.name), a.id))
        placed = tuple(a for a in kept if a.placed)
        shown = {a.id for a in placed}
        links: list[MapLink] = []
        linked: list[MapAlliance] = []
        for alliance in alliances:
            partners = [(p, role) for p, role in alliance.partners if p in shown]
            unique = list(dict.fromkeys(p for p, _ in partners))
            if len(unique) < 2:
                continue
            hub = unique[0]
            roles = dict(reversed(partners))  # an organisation's first role in the alliance
            links += [MapLink(alliance.id, hub, p, roles[p]) for p in unique[1:]]
            linked.append(alliance)
        return MapSelection(
            placed, tuple(a for a in kept if not a.placed), tuple(linked), tuple(links)
        )


@dataclass(frozen=True)
class MapPoint:
    """A disc of the map: an organisation at its (spread) place, coloured by its kind."""

    actor: MapActor
    x: float
    y: float
    colour: str


@dataclass(frozen=True)
class MapPicture:
    """Everything to draw, in kilometres (x east, y south): the outline's rings, the discs,
    the alliances' links (by organisation), and the box (x, y, width, height) holding them."""

    outline: tuple[tuple[XY, ...], ...]
    points: tuple[MapPoint, ...]
    links: tuple[MapLink, ...]
    bounds: tuple[float, float, float, float]
    spacing: float  # km between two discs spread around one commune's centre
    _points: dict[OrganisationId, MapPoint] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._points.update({p.actor.id: p for p in self.points})

    def point(self, organisation_id: OrganisationId) -> MapPoint:
        return self._points[organisation_id]

    def kinds(self) -> list[tuple[OrganisationKind, int]]:
        """The kinds drawn, in the vocabulary's order, with how many discs each."""
        counts = {kind: 0 for kind in OrganisationKind}
        for p in self.points:
            counts[p.actor.kind] += 1
        return [(kind, n) for kind, n in counts.items() if n]


def picture(
    selection: MapSelection, outline: Sequence[Sequence[LonLat]] = (), spacing: float = SPACING
) -> MapPicture:
    """Project the outline and the organisations kept; discs at one place spread around it
    `spacing` (of the map's larger side) apart, in the selection's order (by name)."""
    actors = selection.actors
    lonlats: list[LonLat] = [(a.longitude or 0.0, a.latitude or 0.0) for a in actors]
    projection = projection_for([point for ring in outline for point in ring] or lonlats)
    rings = tuple(projection.ring(ring) for ring in outline if len(ring) >= 3)
    centres = [projection.point(lon, lat) for lon, lat in lonlats]
    frame = box([*(p for ring in rings for p in ring), *centres])
    if frame is None:
        return MapPicture((), (), (), (0.0, 0.0, 0.0, 0.0), 0.0)
    side = max(frame[2] - frame[0], frame[3] - frame[1], 1.0)
    step = side * spacing
    places = spread(centres, step)
    points = tuple(
        MapPoint(actor, x, y, KIND_COLOURS[actor.kind])
        for actor, (x, y) in zip(actors, places, strict=True)
    )
    left, top, right, bottom = box([*(p for ring in rings for p in ring), *places]) or frame
    margin = side * MARGIN
    bounds = (left - margin, top - margin, right - left + 2 * margin, bottom - top + 2 * margin)
    return MapPicture(rings, points, selection.links, bounds, step)


def map_territory(territory_code: str, commune_codes: Iterable[str]) -> Territory | None:
    """The workshop's territory (its EPCI or département code), else the département of most
    of its organisations' communes, else None (the map is drawn without an outline)."""
    if territory_code:
        found = territory(territory_code)
        if found is not None:
            return found
    departements = (c.departement for code in commune_codes if code and (c := commune(code)))
    code = most_common(departements)
    return territory(code) if code else None


def most_common(codes: Iterable[str]) -> str:
    """The code found most often ("" for none; a tie goes to the smallest code)."""
    counts: dict[str, int] = {}
    for code in codes:
        if code:
            counts[code] = counts.get(code, 0) + 1
    return min(counts, key=lambda c: (-counts[c], c)) if counts else ""
