"""Board layout rules shared by the UI and the tests: free slots, tidy rows, zone lookup."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
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
CLUSTER_MARGIN = 6.0  # a group's frame around its cards
CLUSTER_LABEL = 26.0  # the row of a group's name, above its cards
_CLEARANCE = 6.0  # room kept between a new group's frame and the cards around it


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


def _reading_order(item: tuple[CardId, Box]) -> tuple[float, float, int]:
    return (round(item[1].y / 40), item[1].x, item[0])


def group_frame(cards: Sequence[Box]) -> Box:
    """A group's frame: its cards' bounds with a margin, and the row of its name above them."""
    left = min(box.x for box in cards)
    top = min(box.y for box in cards)
    right = max(box.x + box.width for box in cards)
    bottom = max(box.y + box.height for box in cards)
    margin = CLUSTER_MARGIN
    return Box(
        left - margin,
        top - margin - CLUSTER_LABEL,
        right - left + 2 * margin,
        bottom - top + 2 * margin + CLUSTER_LABEL,
    )


def _block(
    cards: Sequence[tuple[CardId, Box]], columns: int, card_width: float
) -> tuple[list[tuple[CardId, float, float]], float]:
    """Cards side by side in rows of `columns`: their offsets from the block's top-left, and
    the block's height."""
    offsets = []
    y = 0.0
    for start in range(0, len(cards), columns):
        row = cards[start : start + columns]
        for column, (card_id, _) in enumerate(row):
            offsets.append((card_id, column * (card_width + CARD_GAP), y))
        y += max(box.height for _, box in row) + CARD_GAP
    return offsets, max(0.0, y - CARD_GAP)


def arrange(
    zone: Zone,
    cards: Sequence[tuple[CardId, Box]],
    card_width: float = CARD_WIDTH,
    groups: Mapping[CardId, int] | None = None,
) -> list[tuple[CardId, float, float]]:
    """Tidy rows for a zone's cards, in reading order of where they are now.

    The cards of a group (`groups`: card -> group) stay together, side by side in a block
    with the row of the group's name above them, so that its frame holds only them.
    """
    groups = groups or {}
    columns = zone_columns(zone, card_width)
    blocks: dict[object, list[tuple[CardId, Box]]] = {}
    for item in sorted(cards, key=_reading_order):
        group = groups.get(item[0])
        blocks.setdefault(("group", group) if group is not None else item[0], []).append(item)
    positions: list[tuple[CardId, float, float]] = []
    y = zone.y + ZONE_HEADER
    column, row_height = 0, 0.0
    step = card_width + CARD_GAP
    for key, block in blocks.items():
        grouped = isinstance(key, tuple)
        width = min(len(block), columns)
        offsets, height = _block(block, width, card_width)
        top = CLUSTER_MARGIN + CLUSTER_LABEL if grouped else 0.0
        height += top + (CLUSTER_MARGIN if grouped else 0.0)
        if column and column + width > columns:
            y += row_height + CARD_GAP
            column, row_height = 0, 0.0
        left = zone.x + ZONE_PADDING + column * step
        positions.extend((card_id, left + dx, y + top + dy) for card_id, dx, dy in offsets)
        row_height = max(row_height, height)
        column += width
    return positions


def gather(
    zone: Zone | None,
    members: Sequence[tuple[CardId, Box]],
    others: Sequence[Box],
    card_width: float = CARD_WIDTH,
) -> list[tuple[CardId, float, float]]:
    """Where the cards of a new group go: side by side in reading order, in rows as wide as
    the zone allows, with the row of the group's name above them, at the free place of the
    zone nearest to the first card (the frame then holds no other card: `others` are the
    other cards' and groups' boxes). Out of any zone, they gather where the first card is."""
    ordered = sorted(members, key=_reading_order)
    if not ordered:
        return []
    first = ordered[0][1]
    columns = zone_columns(zone, card_width) if zone is not None else len(ordered)
    width = min(len(ordered), columns)
    offsets, height = _block(ordered, width, card_width)
    if zone is None:
        return [(card_id, first.x + dx, first.y + dy) for card_id, dx, dy in offsets]
    step = card_width + CARD_GAP
    frame_width = width * step - CARD_GAP + 2 * CLUSTER_MARGIN
    frame_height = height + 2 * CLUSTER_MARGIN + CLUSTER_LABEL
    top_pad = CLUSTER_MARGIN + CLUSTER_LABEL
    nearby = [b for b in others if b.x < zone.x + zone.width and b.x + b.width > zone.x]
    bottom = max([zone.y + zone.height] + [b.y + b.height for b in nearby])
    xs = [zone.x + ZONE_PADDING + c * step for c in range(columns - width + 1)]
    candidates: list[tuple[float, float]] = []
    y = zone.y + ZONE_HEADER + top_pad
    while y <= bottom + CARD_GAP + top_pad:
        candidates.extend((x, y) for x in xs)
        y += _ROW_STEP
    candidates.sort(key=lambda p: (p[0] - first.x) ** 2 + (p[1] - first.y) ** 2)
    for x, y in candidates:
        frame = Box(x - CLUSTER_MARGIN, y - top_pad, frame_width, frame_height)
        if not any(frame.intersects(box, _CLEARANCE) for box in nearby):
            break
    else:
        x, y = xs[0], bottom + CARD_GAP + top_pad
    return [(card_id, x + dx, y + dy) for card_id, dx, dy in offsets]


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
