"""The alliance map's layout, pure and deterministic: organisations around their alliances.

Nodes sit in the cells of a square grid whose pitch exceeds every diameter, so no two overlap
whatever the data. Alliance hubs are spread on a coarse lattice, the cell under each hub kept
free for its name; each organisation takes the free cell nearest the centre of its alliances;
organisations in no alliance go around the outside. `map_groups` splits a large workshop into
maps of a few alliances each (those sharing partners together) for paper.
Both the UI (QGraphicsView) and the PDF report draw from the same MapLayout.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from workshop.domain.records import (
    Alliance,
    AllianceId,
    Organisation,
    OrganisationId,
    Partner,
)
from workshop.domain.vocabulary import KIND_COLOURS, OrganisationKind, PartnerRole

NodeKind = Literal["organisation", "alliance"]
ORGANISATION_RADIUS = 20.0
ALLIANCE_RADIUS = 40.0
GAP = 24.0
PITCH = 2 * ALLIANCE_RADIUS + GAP  # one cell per node; the largest node fits with a gap
ALLIANCE_COLOUR = "#263238"


@dataclass(frozen=True)
class MapOrganisation:
    id: OrganisationId
    name: str
    kind: OrganisationKind


@dataclass(frozen=True)
class MapAlliance:
    id: AllianceId
    name: str


@dataclass(frozen=True)
class Membership:
    alliance_id: AllianceId
    organisation_id: OrganisationId
    role: PartnerRole


@dataclass(frozen=True)
class MapNode:
    """A disc of the map: an organisation (coloured by kind) or an alliance hub."""

    kind: NodeKind
    ref_id: int
    label: str
    x: float
    y: float
    r: float
    colour: str

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.ref_id}"


@dataclass(frozen=True)
class MapLink:
    """A line from an alliance hub to one of its partners."""

    alliance_key: str
    organisation_key: str
    role: PartnerRole


@dataclass(frozen=True)
class MapLayout:
    """Everything to draw: nodes, links, and the bounding box (x, y, width, height)."""

    nodes: tuple[MapNode, ...]
    links: tuple[MapLink, ...]
    bounds: tuple[float, float, float, float]

    def node(self, key: str) -> MapNode:
        return next(n for n in self.nodes if n.key == key)


Cell = tuple[int, int]


def _ring(radius: int) -> list[Cell]:
    """The cells at Chebyshev distance `radius` from the origin, in a fixed order."""
    if radius == 0:
        return [(0, 0)]
    cells = [(i, j) for i in range(-radius, radius + 1) for j in range(-radius, radius + 1)]
    ring = [c for c in cells if max(abs(c[0]), abs(c[1])) == radius]
    return sorted(ring, key=lambda c: (c[0] ** 2 + c[1] ** 2, math.atan2(c[1], c[0])))


def _nearest_free(target: tuple[float, float], taken: set[Cell]) -> Cell:
    """The free cell nearest a point in cell units (ties broken by a fixed order)."""
    centre = (round(target[0]), round(target[1]))
    radius = 0
    while True:
        candidates = [
            (centre[0] + dx, centre[1] + dy)
            for dx, dy in _ring(radius)
            if (centre[0] + dx, centre[1] + dy) not in taken
        ]
        if candidates:
            return min(
                candidates,
                key=lambda c: ((c[0] - target[0]) ** 2 + (c[1] - target[1]) ** 2, c[1], c[0]),
            )
        radius += 1


def layout_map(
    organisations: Sequence[MapOrganisation],
    alliances: Sequence[MapAlliance],
    memberships: Sequence[Membership],
) -> MapLayout:
    """Place every organisation and alliance on the grid; same input, same output."""
    members: dict[AllianceId, list[OrganisationId]] = {a.id: [] for a in alliances}
    alliances_of: dict[OrganisationId, list[AllianceId]] = {o.id: [] for o in organisations}
    for m in memberships:
        if m.alliance_id in members and m.organisation_id in alliances_of:
            members[m.alliance_id].append(m.organisation_id)
            alliances_of[m.organisation_id].append(m.alliance_id)

    ordered_alliances = sorted(alliances, key=lambda a: a.id)
    largest = max((len(v) for v in members.values()), default=0)
    ring = 1
    while (2 * ring + 1) ** 2 - 2 < largest:  # the hub's cell and the one for its name
        ring += 1
    spacing = 2 * ring + 2  # a free lane of cells between two alliances' neighbourhoods
    columns = max(1, math.ceil(math.sqrt(len(ordered_alliances))))
    slots = [
        (column * spacing, row * spacing)
        for row in range(math.ceil(len(ordered_alliances) / columns))
        for column in range(columns)
    ]
    hub_cell = _place_hubs(ordered_alliances, members, slots)
    taken: set[Cell] = set(hub_cell.values()) | {name_cell(c) for c in hub_cell.values()}

    org_cell: dict[OrganisationId, Cell] = {}
    linked = sorted(
        (o for o in organisations if alliances_of[o.id]),
        key=lambda o: (-len(alliances_of[o.id]), min(alliances_of[o.id]), o.name.casefold(), o.id),
    )
    for org in linked:
        hubs = [hub_cell[a] for a in alliances_of[org.id]]
        target = (sum(c[0] for c in hubs) / len(hubs), sum(c[1] for c in hubs) / len(hubs))
        cell = _nearest_free(target, taken)
        org_cell[org.id] = cell
        taken.add(cell)

    loose = sorted((o for o in organisations if not alliances_of[o.id]), key=lambda o: o.id)
    if loose:
        max_row = max((c[1] for c in taken), default=-2)
        width = max(columns * spacing, math.ceil(math.sqrt(len(loose))) + 1)
        for index, org in enumerate(loose):
            cell = (index % width, max_row + 2 + index // width)
            org_cell[org.id] = cell
            taken.add(cell)

    nodes = [
        MapNode("alliance", a.id, a.name, *_point(hub_cell[a.id]), ALLIANCE_RADIUS, ALLIANCE_COLOUR)
        for a in ordered_alliances
    ] + [
        MapNode(
            "organisation",
            o.id,
            o.name,
            *_point(org_cell[o.id]),
            ORGANISATION_RADIUS,
            KIND_COLOURS[o.kind],
        )
        for o in sorted(organisations, key=lambda o: o.id)
    ]
    links = tuple(
        MapLink(f"alliance:{m.alliance_id}", f"organisation:{m.organisation_id}", m.role)
        for m in memberships
        if m.alliance_id in members and m.organisation_id in alliances_of
    )
    return MapLayout(tuple(nodes), links, _bounds(nodes))


def _place_hubs(
    alliances: Sequence[MapAlliance],
    members: dict[AllianceId, list[OrganisationId]],
    slots: list[Cell],
) -> dict[AllianceId, Cell]:
    """Put alliances that share partners on neighbouring slots (greedy, deterministic)."""
    if not slots:
        return {}
    centre = (sum(c[0] for c in slots) / len(slots), sum(c[1] for c in slots) / len(slots))
    sets = {a.id: set(members[a.id]) for a in alliances}
    placed: dict[AllianceId, Cell] = {}
    free = list(slots)
    remaining = list(alliances)
    while remaining:

        def affinity(a: MapAlliance) -> tuple[int, int, int]:
            shared = sum(len(sets[a.id] & sets[b]) for b in placed)
            return (-shared, -len(sets[a.id]), a.id)

        alliance = min(remaining, key=affinity)
        remaining.remove(alliance)

        def cost(slot: Cell, alliance: MapAlliance = alliance) -> tuple[float, float, Cell]:
            pull = sum(
                len(sets[alliance.id] & sets[b]) * math.dist(slot, cell)
                for b, cell in placed.items()
            )
            return (pull, math.dist(slot, centre), slot)

        slot = min(free, key=cost)
        free.remove(slot)
        placed[alliance.id] = slot
    return placed


def name_cell(hub: Cell) -> Cell:
    """The cell kept free under a hub (y grows downwards) for the alliance's name."""
    return hub[0], hub[1] + 1


def map_groups(
    alliances: Sequence[MapAlliance], memberships: Sequence[Membership], size: int
) -> list[list[AllianceId]]:
    """The alliances in groups of at most `size`, each alliance with those it shares the most
    partners with (the first alliance left, by id, opens each group); deterministic."""
    partners: dict[AllianceId, set[OrganisationId]] = {a.id: set() for a in alliances}
    for m in memberships:
        if m.alliance_id in partners:
            partners[m.alliance_id].add(m.organisation_id)
    remaining = sorted(partners)
    groups: list[list[AllianceId]] = []
    while remaining:
        group = [remaining.pop(0)]
        while remaining and len(group) < size:
            shared = set().union(*(partners[a] for a in group))
            best = max(remaining, key=lambda a: (len(partners[a] & shared), -a))
            remaining.remove(best)
            group.append(best)
        groups.append(group)
    return groups


def _point(cell: Cell) -> tuple[float, float]:
    return cell[0] * PITCH, cell[1] * PITCH


def _bounds(nodes: Sequence[MapNode]) -> tuple[float, float, float, float]:
    if not nodes:
        return (0.0, 0.0, 0.0, 0.0)
    margin = PITCH / 2
    left = min(n.x - n.r for n in nodes) - margin
    top = min(n.y - n.r for n in nodes) - margin
    right = max(n.x + n.r for n in nodes) + margin
    bottom = (  # a hub's name cell is part of the map: its name is printed there
        max(n.y + (PITCH + ORGANISATION_RADIUS if n.kind == "alliance" else n.r) for n in nodes)
        + margin
    )
    return (left, top, right - left, bottom - top)


def records_map(
    alliances: Sequence[Alliance],
    partners: Iterable[Partner],
    organisations: Mapping[OrganisationId, Organisation],
    registered: Iterable[OrganisationId | None],
) -> MapLayout:
    """A workshop's map from plain records: its alliances, their partners, and the organisations
    of the people registered (`organisations` holds at least all of these).

    The screen (from the store) and the report (from its snapshot) both come through here.
    """
    alliance_ids = {a.id for a in alliances}
    memberships = [
        Membership(p.alliance_id, p.organisation_id, p.role)
        for p in sorted(partners, key=lambda p: (p.alliance_id, p.id))
        if p.alliance_id in alliance_ids
    ]
    ids = {m.organisation_id for m in memberships} | {o for o in registered if o is not None}
    return layout_map(
        [MapOrganisation(o.id, o.name, o.kind) for o in (organisations[i] for i in sorted(ids))],
        [MapAlliance(a.id, a.name) for a in alliances],
        memberships,
    )
