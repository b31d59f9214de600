"""Board layout rules shared by the UI and the tests: free slots, tidy rows, zone lookup."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass

from workshop.domain.records import CardId, Zone

CARD_WIDTH = 180.0
CARD_GAP = 16.0
ZONE_PADDING = 20.0
ZONE_HEADER = 56.0
MIN_ZONE_WIDTH, MIN_ZONE_HEIGHT = 220.0, 160.0  # a zone's resize handle stops there
MAX_CARD_TEXT = 500  # characters a card holds
DEFAULT_CARD_HEIGHT = 100.0  # a card's height when the board has not measured it
_ROW_STEP = 12.0


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in board coordinates."""

    x: float
    y: float
    width: float
    height: float

    def intersects(self, other: Box, margin: float = 0.0) -> bool:
        return not (
            self.x + self.width + margin <= other.x
            or other.x + other.width + margin <= self.x
            or self.y + self.height + margin <= other.y
            or other.y + other.height + margin <= self.y
        )

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


def zone_box(zone: Zone) -> Box:
    return Box(zone.x, zone.y, zone.width, zone.height)


def zone_columns(zone: Zone, card_width: float = CARD_WIDTH) -> int:
    """How many cards fit side by side in a zone (at least one)."""
    usable = zone.width - 2 * ZONE_PADDING + CARD_GAP
    return max(1, int(usable // (card_width + CARD_GAP)))


def next_free_position(
    zone: Zone, occupied: Sequence[Box], height: float, card_width: float = CARD_WIDTH
) -> tuple[float, float]:
    """The first place, reading left to right then down, where a card fits in a zone.

    When the zone is full, the card goes below its last row (the zone never refuses a card).
    """
    columns = zone_columns(zone, card_width)
    nearby = [box for box in occupied if box.x < zone.x + zone.width and box.x + box.width > zone.x]
    y = zone.y + ZONE_HEADER
    bottom = max([zone.y + zone.height] + [b.y + b.height for b in nearby])
    while y <= bottom + CARD_GAP:
        for column in range(columns):
            x = zone.x + ZONE_PADDING + column * (card_width + CARD_GAP)
            candidate = Box(x, y, card_width, height)
            if not any(candidate.intersects(box, CARD_GAP / 2) for box in nearby):
                return x, y
        y += _ROW_STEP
    return zone.x + ZONE_PADDING, bottom + CARD_GAP


def arrange(
    zone: Zone, cards: Sequence[tuple[CardId, Box]], card_width: float = CARD_WIDTH
) -> list[tuple[CardId, float, float]]:
    """Tidy rows for a zone's cards, in reading order of where they are now."""
    columns = zone_columns(zone, card_width)
    ordered = sorted(cards, key=lambda item: (round(item[1].y / 40), item[1].x, item[0]))
    positions = []
    y = zone.y + ZONE_HEADER
    for start in range(0, len(ordered), columns):
        row = ordered[start : start + columns]
        for column, (card_id, _) in enumerate(row):
            positions.append((card_id, zone.x + ZONE_PADDING + column * (card_width + CARD_GAP), y))
        y += max(box.height for _, box in row) + CARD_GAP
    return positions


def zone_at(zones: Sequence[Zone], x: float, y: float) -> Zone | None:
    """The zone under a point (the one drawn last wins where zones overlap)."""
    for zone in sorted(zones, key=lambda z: (z.position, z.id), reverse=True):
        if zone_box(zone).contains(x, y):
            return zone
    return None


def new_zone_box(zones: Sequence[Zone], width: float = 420.0, height: float = 720.0) -> Box:
    """Where a new zone goes: to the right of the rightmost one, as tall as it."""
    if not zones:
        return Box(0.0, 0.0, width, height)
    rightmost = max(zones, key=lambda z: z.x + z.width)
    return Box(rightmost.x + rightmost.width + 30.0, rightmost.y, width, rightmost.height)


def grown_to_hold(zone: Zone, bottom: float) -> Zone | None:
    """The zone made tall enough to hold a card reaching `bottom` (None if it already does)."""
    needed = bottom + ZONE_PADDING - zone.y
    if needed <= zone.height:
        return None
    return dataclasses.replace(zone, height=float(math.ceil(needed)))
