"""From longitude and latitude to a flat map, and points sharing a place spread around it.

A territory (an EPCI, a département) spans a degree or two: an equirectangular projection whose
longitudes are scaled by the cosine of the middle latitude keeps its shape within a percent, in
kilometres, with x to the east and y to the south (as a screen and a QGraphicsScene draw).
Organisations placed at their commune's centre share one point: `spread` lays such a group on a
sunflower (Vogel's spiral) around that centre, so every disc shows, the first one on the centre.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))  # radians between two successive sunflower seeds
# Seed k (k >= 1) sits SEED_STEP * spacing * sqrt(k + SEED_OFFSET) from the centre: the offset
# keeps the first seeds off the centre's disc, and with this step no two seeds of a group are
# closer than `spacing` (the spiral's nearest neighbours are 1.64 * sqrt-units apart).
SEED_OFFSET = 1.7
SEED_STEP = 1 / 1.64

LonLat = tuple[float, float]
XY = tuple[float, float]


@dataclass(frozen=True)
class Projection:
    """Equirectangular around (lon0, lat0): kilometres east (x) and south (y) of that centre."""

    lon0: float
    lat0: float
    x_scale: float  # km per degree of longitude at the middle latitude
    y_scale: float  # km per degree of latitude

    def point(self, longitude: float, latitude: float) -> XY:
        return ((longitude - self.lon0) * self.x_scale, (self.lat0 - latitude) * self.y_scale)

    def ring(self, ring: Iterable[LonLat]) -> tuple[XY, ...]:
        return tuple(self.point(lon, lat) for lon, lat in ring)


def projection_for(points: Iterable[LonLat]) -> Projection:
    """The projection centred on the box of `points` (France's centre when there are none)."""
    longitudes: list[float] = []
    latitudes: list[float] = []
    for lon, lat in points:
        longitudes.append(lon)
        latitudes.append(lat)
    if not longitudes:
        longitudes, latitudes = [2.35], [46.6]
    lon0 = (min(longitudes) + max(longitudes)) / 2
    lat0 = (min(latitudes) + max(latitudes)) / 2
    degree = math.radians(1) * EARTH_RADIUS_KM
    return Projection(lon0, lat0, degree * math.cos(math.radians(lat0)), degree)


def seed(index: int, spacing: float) -> XY:
    """The offset of the `index`-th point of a group from the group's centre (0: the centre)."""
    if index == 0:
        return (0.0, 0.0)
    radius = SEED_STEP * spacing * math.sqrt(index + SEED_OFFSET)
    angle = index * GOLDEN_ANGLE
    return (radius * math.cos(angle), radius * math.sin(angle))


def spread(points: Sequence[XY], spacing: float) -> list[XY]:
    """`points` in the same order, those at the same place moved apart on a sunflower around
    it (in their order: the first stays on the place), about `spacing` from each other."""
    seen: dict[XY, int] = {}
    result: list[XY] = []
    for x, y in points:
        index = seen.get((x, y), 0)  # one commune's centre projects to the very same floats
        seen[(x, y)] = index + 1
        dx, dy = seed(index, spacing)
        result.append((x + dx, y + dy))
    return result


def box(points: Iterable[XY]) -> tuple[float, float, float, float] | None:
    """The bounding box (left, top, right, bottom) of `points`, None when there are none."""
    xs: list[float] = []
    ys: list[float] = []
    for x, y in points:
        xs.append(x)
        ys.append(y)
    if not xs:
        return None
    return (min(xs), min(ys), max(xs), max(ys))


def inside(point: XY, ring: Sequence[XY]) -> bool:
    """Whether `point` lies inside the polygon `ring` (even-odd rule, ray cast to the east)."""
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in zip(ring, [*ring[1:], *ring[:1]], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result
