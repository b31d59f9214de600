"""The map of the territory's actors, pure: who is drawn where, and the alliances between them.

`MapContent` is what the store holds (every organisation, placed or not, and every alliance's
partners); `MapContent.select(MapFilter)` keeps those of an SDG, a kind and a workshop, and
`picture()` projects them with the territory's outline onto a flat map (map_projection.py),
spreading the organisations that share a commune's centre, and with the outlines of the
neighbouring territories some of them are in (`neighbours()`), drawn lighter, as context. Each
alliance is drawn as links from its pilot (or its first partner shown) to each of its other
partners. The UI (QGraphicsView) and the report (reportlab, Pillow) all draw a MapPicture.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from workshop.domain.communes import Territory, commune, territory
from workshop.domain.map_projection import (
    XY,
    LonLat,
    box,
    inside,
    projection_for,
    seed,
    spread,
)
from workshop.domain.records import AllianceId, OrganisationId, WorkshopId
from workshop.domain.text import sort_key
from workshop.domain.vocabulary import KIND_COLOURS, OrganisationKind, PartnerRole

SPACING = 1 / 110  # two organisations of one commune: this fraction of the map's larger side
MARGIN = 1 / 30  # around the drawing, of its larger side
LABEL_WIDE = 4.0  # a territory's name is about this many times wider than tall
LABEL_GRID = 5  # where a name may go: (2 * LABEL_GRID - 1)² points over its territory, refined
MANY_NEIGHBOURS = 12  # beyond, a coarser grid for each name


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
class MapNeighbour:
    """A neighbouring territory drawn under the map's own: its code, its name, its rings and
    where its name is written (inside it, away from the discs), projected as the picture."""

    code: str
    name: str
    rings: tuple[tuple[XY, ...], ...]
    label: XY


@dataclass(frozen=True)
class MapPicture:
    """Everything to draw, in kilometres (x east, y south): the outline's rings, the discs,
    the alliances' links (by organisation), the neighbouring territories (drawn first, lighter)
    and the box (x, y, width, height) holding them all."""

    outline: tuple[tuple[XY, ...], ...]
    points: tuple[MapPoint, ...]
    links: tuple[MapLink, ...]
    bounds: tuple[float, float, float, float]
    spacing: float  # km between two discs spread around one commune's centre
    neighbours: tuple[MapNeighbour, ...] = ()
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
    selection: MapSelection,
    outline: Sequence[Sequence[LonLat]] = (),
    spacing: float = SPACING,
    neighbours: Sequence[Territory] = (),
) -> MapPicture:
    """Project the outline, the neighbouring territories and the organisations kept; discs at
    one place spread around it `spacing` (of the map's larger side) apart, in the selection's
    order (by name). The bounds hold every disc and every ring, the neighbours' too."""
    actors = selection.actors
    lonlats: list[LonLat] = [(a.longitude or 0.0, a.latitude or 0.0) for a in actors]
    projection = projection_for([point for ring in outline for point in ring] or lonlats)
    rings = tuple(projection.ring(ring) for ring in outline if len(ring) >= 3)
    around = [
        (t, rings_of)
        for t in neighbours
        if (rings_of := tuple(projection.ring(ring) for ring in t.outline if len(ring) >= 3))
    ]
    every_ring = [*rings, *(ring for _, rings_of in around for ring in rings_of)]
    centres = [projection.point(lon, lat) for lon, lat in lonlats]
    frame = box([*(p for ring in every_ring for p in ring), *centres])
    if frame is None:
        return MapPicture((), (), (), (0.0, 0.0, 0.0, 0.0), 0.0)
    side = max(frame[2] - frame[0], frame[3] - frame[1], 1.0)
    step = side * spacing
    places = spread(centres, step)
    points = tuple(
        MapPoint(actor, x, y, KIND_COLOURS[actor.kind])
        for actor, (x, y) in zip(actors, places, strict=True)
    )
    groups: dict[XY, int] = {}
    for centre in centres:
        groups[centre] = groups.get(centre, 0) + 1
    grid = LABEL_GRID if len(around) <= MANY_NEIGHBOURS else 2  # many: each name looked for less
    reaches = sorted(((c, group_reach(n, step)) for c, n in groups.items()), key=lambda g: g[0])
    drawn_around = tuple(
        MapNeighbour(t.code, t.name, rings_of, label_place(rings_of, reaches, rings, grid))
        for t, rings_of in around
    )
    left, top, right, bottom = box([*(p for ring in every_ring for p in ring), *places]) or frame
    margin = side * MARGIN
    bounds = (left - margin, top - margin, right - left + 2 * margin, bottom - top + 2 * margin)
    return MapPicture(rings, points, selection.links, bounds, step, drawn_around)


def neighbours(selection: MapSelection, own: Territory | None) -> tuple[Territory, ...]:
    """The territories around `own` holding some of the selection's discs, by name, each once
    and never `own`: for an organisation whose commune lies outside `own`, that commune's EPCI,
    or its département when `own` is a département or the commune belongs to no EPCI. None
    without a territory (the map has no outline to set them around)."""
    if own is None:
        return ()
    by_departement = own.kind == "departement"
    found: dict[str, Territory] = {}
    seen: set[str] = set()
    for actor in selection.actors:
        if not actor.commune_code or actor.commune_code in seen:
            continue
        seen.add(actor.commune_code)
        place = commune(actor.commune_code)
        if place is None or own.code == (place.departement if by_departement else place.epci):
            continue  # unknown, or inside the territory
        code = place.departement if by_departement or not place.epci else place.epci
        if code == own.code or code in found:
            continue
        around = territory(code)
        if around is not None and around.outline:
            found[code] = around
    return tuple(sorted(found.values(), key=lambda t: (sort_key(t.name), t.code)))


def group_reach(count: int, spacing: float) -> float:
    """How far from a commune's centre its `count` discs spread `spacing` apart reach."""
    last = seed(count - 1, spacing)
    return math.hypot(*last) + spacing / 2


def label_place(
    rings: Sequence[Sequence[XY]],
    avoid: Sequence[tuple[XY, float]] = (),
    under: Sequence[Sequence[XY]] = (),
    grid: int = LABEL_GRID,
) -> XY:
    """Where to write a territory's name: of a grid over its largest ring, the point inside
    it (and outside the rings `under`, the territory drawn above) furthest from both the
    ring's edge and the squares `avoid` (a commune's discs: their centre and reach, sorted
    from west to east), distances
    east-west counting for less since a name is wider than tall; the ring's box centre when
    none fits."""
    ring = max(rings, key=lambda r: _area(r))
    left, top, right, bottom = box(ring) or (0.0, 0.0, 0.0, 0.0)

    def squeezed(p: XY) -> XY:
        return (p[0] / LABEL_WIDE, p[1])

    widest = max((reach for _, reach in avoid), default=0.0)
    start = bisect.bisect_left(avoid, left - widest, key=lambda a: a[0][0])
    stop = bisect.bisect_right(avoid, right + widest, key=lambda a: a[0][0])
    near = [
        (p, reach)
        for p, reach in avoid[start:stop]
        if left - reach <= p[0] <= right + reach and top - reach <= p[1] <= bottom + reach
    ]
    edges = _segments([squeezed(p) for p in ring])
    above = [(r, box(r) or (0.0, 0.0, 0.0, 0.0)) for r in under]
    best, best_score = ((left + right) / 2, (top + bottom) / 2), -1.0

    def score(x: float, y: float) -> float:
        if not inside((x, y), ring) or any(
            b[0] <= x <= b[2] and b[1] <= y <= b[3] and inside((x, y), r) for r, b in above
        ):
            return -1.0
        at = squeezed((x, y))
        edge = _to_ring(at, edges)
        lowest = edge
        for p, reach in near:
            lowest = min(lowest, _off(x, y, p, reach))
            if lowest <= best_score:  # no better than the best: the rest need not be seen
                break
        return lowest

    # a coarse grid over the ring's box, then twice a finer one around the best point
    cx, cy = (left + right) / 2, (top + bottom) / 2
    half_w, half_h = (right - left) / 2, (bottom - top) / 2
    for steps in (grid, 3, 3):
        for i in range(-steps + 1, steps):
            for j in range(-steps + 1, steps):
                x, y = cx + half_w * i / steps, cy + half_h * j / steps
                found = score(x, y)
                if found > best_score:
                    best, best_score = (x, y), found
        cx, cy = best
        half_w, half_h = half_w / steps, half_h / steps
    return best


def _off(x: float, y: float, centre: XY, reach: float) -> float:
    """How far (x, y) is from the square `reach` around `centre`, east-west counting for less."""
    dx = max(0.0, abs(x - centre[0]) - reach) / LABEL_WIDE
    return math.hypot(dx, max(0.0, abs(y - centre[1]) - reach))


def _area(ring: Sequence[XY]) -> float:
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in _edges(ring))) / 2


def _edges(ring: Sequence[XY]) -> list[tuple[XY, XY]]:
    return list(zip(ring, [*ring[1:], ring[0]], strict=True))


def _segments(ring: Sequence[XY]) -> list[tuple[float, float, float, float, float]]:
    """A ring's edges as (x, y, dx, dy, squared length): what `_to_ring` measures against."""
    return [
        (a[0], a[1], b[0] - a[0], b[1] - a[1], (b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2)
        for a, b in _edges(ring)
    ]


def _to_ring(p: XY, segments: Sequence[tuple[float, float, float, float, float]]) -> float:
    """The distance from `p` to the nearest of a ring's `segments` (see `_segments`)."""
    px, py = p
    nearest = math.inf
    for ax, ay, dx, dy, length in segments:
        t = 0.0 if length == 0 else ((px - ax) * dx + (py - ay) * dy) / length
        t = 0.0 if t < 0 else 1.0 if t > 1 else t
        ex, ey = ax + t * dx - px, ay + t * dy - py
        squared = ex * ex + ey * ey
        if squared < nearest:
            nearest = squared
    return math.sqrt(nearest)


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
