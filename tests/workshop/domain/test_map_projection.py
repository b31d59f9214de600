"""The flat map: a territory keeps its shape, and organisations of one commune all show."""

from __future__ import annotations

import itertools
import math

import pytest

from workshop.domain.map_projection import projection_for, spread


def test_a_square_degree_at_the_middle_latitude_keeps_its_true_proportions() -> None:
    """At 45° north a degree of longitude is drawn cos(45°) as wide as a degree of latitude,
    north is up and east is right."""
    projection = projection_for([(0.0, 44.5), (1.0, 45.5)])
    west, east = projection.point(0.0, 45.0), projection.point(1.0, 45.0)
    north, south = projection.point(0.5, 45.5), projection.point(0.5, 44.5)
    width, height = east[0] - west[0], south[1] - north[1]
    assert height == pytest.approx(111.19, rel=0.05)  # km
    assert width / height == pytest.approx(math.cos(math.radians(45)), rel=0.001)
    assert north[1] < south[1] and west[0] < east[0]


def test_points_at_one_commune_centre_are_spread_apart_the_first_on_the_centre() -> None:
    """Forty organisations at one centre and two at another: none hides another, the first of
    each group stays on its centre, the spiral stays compact."""
    centre, other = (10.0, 10.0), (200.0, 10.0)
    placed = spread([centre] * 40 + [other, other], 2.0)
    assert placed[0] == centre and placed[40] == other
    nearest = min(math.dist(a, b) for a, b in itertools.combinations(placed, 2))
    assert nearest >= 1.99
    assert max(math.dist(p, centre) for p in placed[:40]) < 2.0 * 4.0  # 40 discs: 4 deep
    assert math.dist(placed[41], other) == pytest.approx(2.0, rel=0.01)
