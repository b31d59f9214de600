"""The alliance map: partner organisations on a ring, alliances as numbered hubs inside it.

The layout is deterministic and overlap-free by construction: organisations sit at equal
angles on the outer ring (grouped by their first alliance, then by name) with their names
written along their radius, outward; hubs sit on an inner ring near their members, pushed
apart to a minimum gap. 60 organisations and 15 alliances fit on half a page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line
from reportlab.lib import colors

from workshop.records import AllianceId, OrganisationId
from workshop.report.data import ReportData
from workshop.report.i18n import sort_key
from workshop.report.styles import ACCENT, INK, styles
from workshop.report.text_fit import label, truncate
from workshop.vocabulary import KIND_COLOURS

HUB_RADIUS = 9.0
NODE_RADIUS = 3.6
LABEL_ROOM = 145.0  # points left for an organisation's name outside the ring


@dataclass(frozen=True)
class Layout:
    """Where each organisation and each alliance hub is drawn (centre-relative points)."""

    nodes: dict[OrganisationId, tuple[float, float, float]]  # x, y, angle in radians
    hubs: dict[AllianceId, tuple[float, float]]
    ring: float


def layout(data: ReportData, size: float) -> Layout:
    """Organisations on a ring ordered by first alliance; hubs spread on an inner ring."""
    order = {a.id: i for i, a in enumerate(data.alliances)}
    first: dict[OrganisationId, int] = {}
    for partner in data.partners:
        index = order[partner.alliance_id]
        first[partner.organisation_id] = min(first.get(partner.organisation_id, index), index)
    organisations = sorted(first, key=lambda o: (first[o], sort_key(data.organisations[o].name), o))
    ring = size / 2 - LABEL_ROOM - NODE_RADIUS - 4
    step = 2 * math.pi / max(1, len(organisations))
    nodes = {}
    for i, organisation_id in enumerate(organisations):
        angle = math.pi / 2 - i * step
        nodes[organisation_id] = (ring * math.cos(angle), ring * math.sin(angle), angle)
    wanted: list[tuple[float, AllianceId]] = []
    for alliance in data.alliances:
        members = [p.organisation_id for p in data.partners_of(alliance.id)]
        own = [o for o in members if first[o] == order[alliance.id]] or members
        if own:
            wanted.append((_mean_angle([nodes[o][2] for o in own]), alliance.id))
    spacing = 2 * HUB_RADIUS + 4  # centre to centre, between two hubs
    hub_ring = max(ring * 0.52, spacing * len(wanted) / (2 * math.pi) * 1.1)
    angles = _spread(wanted, 2 * math.asin(min(1.0, spacing / (2 * hub_ring))))
    hubs = {a: (hub_ring * math.cos(t), hub_ring * math.sin(t)) for a, t in angles.items()}
    return Layout(nodes=nodes, hubs=hubs, ring=ring)


def _mean_angle(angles: list[float]) -> float:
    return math.atan2(sum(math.sin(a) for a in angles), sum(math.cos(a) for a in angles))


def _spread(wanted: list[tuple[float, AllianceId]], gap: float) -> dict[AllianceId, float]:
    """Angles clockwise from the top, each at least `gap` after the previous one."""
    if not wanted:
        return {}
    gap = min(gap, 2 * math.pi / len(wanted))
    clockwise = sorted(((math.pi / 2 - a) % (2 * math.pi), i) for a, i in wanted)
    placed: list[tuple[float, AllianceId]] = []
    for turn, alliance_id in clockwise:
        if placed:
            turn = max(turn, placed[-1][0] + gap)
        placed.append((turn, alliance_id))
    overflow = placed[-1][0] - (placed[0][0] + 2 * math.pi - gap)
    if overflow > 0:  # wrapped past the first hub: shift everyone back evenly
        placed = [
            (t - overflow * i / max(1, len(placed) - 1), a) for i, (t, a) in enumerate(placed)
        ]
    return {a: math.pi / 2 - t for t, a in placed}


def alliance_map(data: ReportData, size: float) -> Drawing:
    """The map as a square vector drawing of `size` points."""
    fonts = styles().fonts
    where = layout(data, size)
    drawing = Drawing(size, size)
    centre = size / 2
    node_count = max(1, len(where.nodes))
    font_size = max(4.5, min(7.5, 2 * math.pi * where.ring / node_count * 0.62))
    names_group = Group()
    for partner in data.partners:
        hub = where.hubs.get(partner.alliance_id)
        node = where.nodes.get(partner.organisation_id)
        if hub and node:
            drawing.add(
                Line(
                    centre + hub[0],
                    centre + hub[1],
                    centre + node[0],
                    centre + node[1],
                    strokeColor=colors.Color(0.35, 0.42, 0.5, 0.55),
                    strokeWidth=0.6,
                )
            )
    for organisation_id, (x, y, angle) in where.nodes.items():
        organisation = data.organisations[organisation_id]
        drawing.add(
            Circle(
                centre + x,
                centre + y,
                NODE_RADIUS,
                fillColor=colors.HexColor(KIND_COLOURS[organisation.kind]),
                strokeColor=colors.white,
                strokeWidth=0.5,
            )
        )
        name = truncate(organisation.name, fonts.regular, font_size, LABEL_ROOM - 6)
        right_side = math.cos(angle) >= -1e-9
        degrees = math.degrees(angle) if right_side else math.degrees(angle) + 180
        text = label(
            0,
            -font_size * 0.35,
            name,
            fonts.regular,
            font_size,
            INK,
            "start" if right_side else "end",
        )
        group = Group(text)
        offset = where.ring + NODE_RADIUS + 3
        group.translate(centre + offset * math.cos(angle), centre + offset * math.sin(angle))
        group.rotate(degrees)
        names_group.add(group)
    drawing.add(names_group)
    for number, alliance in enumerate(data.alliances, start=1):
        if alliance.id not in where.hubs:
            continue
        hx, hy = where.hubs[alliance.id]
        drawing.add(
            Circle(centre + hx, centre + hy, HUB_RADIUS, fillColor=ACCENT, strokeColor=None)
        )
        drawing.add(
            label(centre + hx, centre + hy - 3, str(number), fonts.bold, 8, colors.white, "middle")
        )
    return drawing
