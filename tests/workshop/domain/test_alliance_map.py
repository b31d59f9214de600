"""The alliance map layout: deterministic and without overlaps, even with many organisations."""

from __future__ import annotations

import itertools
import math
import random

from workshop.domain.alliance_map import MapAlliance, MapOrganisation, Membership, layout_map
from workshop.domain.records import AllianceId, OrganisationId
from workshop.domain.vocabulary import OrganisationKind, PartnerRole
from workshop.queries.alliance_map import workshop_map


def _large(seed: int = 7):
    rng = random.Random(seed)
    kinds = list(OrganisationKind)
    orgs = [
        MapOrganisation(OrganisationId(i), f"Structure {i}", kinds[i % len(kinds)])
        for i in range(1, 61)
    ]
    alliances = [MapAlliance(AllianceId(i), f"Alliance {i}") for i in range(1, 16)]
    memberships = [
        Membership(a.id, o.id, PartnerRole.PARTENAIRE)
        for a in alliances
        for o in rng.sample(orgs, rng.randint(2, 9))
    ]
    return orgs, alliances, memberships


def test_sixty_organisations_and_fifteen_alliances_do_not_overlap() -> None:
    """No two discs of the map touch, with 60 organisations in 15 alliances."""
    layout = layout_map(*_large())
    assert len(layout.nodes) == 75
    for a, b in itertools.combinations(layout.nodes, 2):
        assert math.hypot(a.x - b.x, a.y - b.y) > a.r + b.r, (a.label, b.label)
    x, y, w, h = layout.bounds
    assert all(x <= n.x - n.r and n.x + n.r <= x + w for n in layout.nodes)
    assert all(y <= n.y - n.r and n.y + n.r <= y + h for n in layout.nodes)


def test_the_layout_is_deterministic() -> None:
    """The same data gives the same map (the report and the screen agree)."""
    assert layout_map(*_large()) == layout_map(*_large())


def test_partners_sit_near_their_alliance() -> None:
    """An organisation in one alliance is closer to that hub than to most other hubs."""
    orgs, alliances, memberships = _large()
    layout = layout_map(orgs, alliances, memberships)
    single = [
        m
        for m in memberships
        if sum(1 for n in memberships if n.organisation_id == m.organisation_id) == 1
    ]
    hubs = [n for n in layout.nodes if n.kind == "alliance"]
    near = 0
    for m in single:
        org = layout.node(f"organisation:{m.organisation_id}")
        ranked = sorted(hubs, key=lambda h: math.hypot(h.x - org.x, h.y - org.y))
        near += ranked[0].ref_id == m.alliance_id or ranked[1].ref_id == m.alliance_id
    assert near >= 0.8 * len(single)


def test_the_demo_map_links_every_partner(demo_store) -> None:
    """The demo workshop's map has its 3 alliances and one link per partner."""
    layout = workshop_map(demo_store, demo_store.demo_id)
    alliances = demo_store.alliances.of_workshop(demo_store.demo_id)
    assert sum(n.kind == "alliance" for n in layout.nodes) == len(alliances)
    partners = sum(len(demo_store.partners.of_alliance(a.id)) for a in alliances)
    assert len(layout.links) == partners
    keys = {n.key for n in layout.nodes}
    assert all(link.organisation_key in keys for link in layout.links)
