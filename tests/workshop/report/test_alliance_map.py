"""The alliance map's layout: deterministic and free of overlaps at full size."""

from __future__ import annotations

import itertools
import math

from workshop.report.alliance_map import HUB_RADIUS, NODE_RADIUS, alliance_map, layout
from workshop.report.data import collect
from workshop.report.sample import make_large_workshop
from workshop.storage.store import Store


def test_sixty_organisations_and_fifteen_alliances_do_not_overlap(store: Store) -> None:
    """With 60 organisations and 15 alliances, no two nodes nor two hubs touch."""
    workshop = make_large_workshop(
        store, people=60, organisations=60, cards=5, alliances=15, commitments=5, seed=3
    )
    data = collect(store, workshop.id)
    for partner_org in {p.organisation_id for p in data.partners}:
        assert partner_org in data.organisations
    where = layout(data, 480)
    assert len(where.hubs) == 15
    nodes = [(x, y) for x, y, _ in where.nodes.values()]
    for a, b in itertools.combinations(nodes, 2):
        assert math.dist(a, b) >= 2 * NODE_RADIUS + 2
    for a, b in itertools.combinations(where.hubs.values(), 2):
        assert math.dist(a, b) >= 2 * HUB_RADIUS
    for hub in where.hubs.values():  # hubs stay inside the ring of organisations
        assert math.hypot(*hub) + HUB_RADIUS < where.ring - NODE_RADIUS
    assert layout(data, 480) == where
    drawing = alliance_map(data, 480)
    assert drawing.width == drawing.height == 480
