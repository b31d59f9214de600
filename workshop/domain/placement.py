"""Where a card from a phone lands: the zone's first free slot, in reading order, inside the zone.

When every column of the zone is filled down to its bottom edge, the zone grows downward to
hold the card (as it does when the facilitator drags cards into it): on the projector the
card is always inside its zone's frame, never below it, and the zone keeps its width, so the
columns the facilitator laid out stay as they are.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from workshop.domain.board_layout import (
    CARD_GAP,
    CARD_WIDTH,
    ZONE_HEADER,
    ZONE_PADDING,
    grown_to_hold,
    zone_columns,
)
from workshop.domain.records import Zone

LINE_HEIGHT = 18.0
CARD_CHROME = 48.0  # author line and padding around the text
CHARS_PER_LINE = 26


def estimated_height(text: str) -> float:
    """A card's height on the board, estimated from its text (wrapped at the card's width)."""
    if "\n" not in text:
        return CARD_CHROME + LINE_HEIGHT * max(1, math.ceil(len(text) / CHARS_PER_LINE))
    lines = sum(max(1, math.ceil(len(line) / CHARS_PER_LINE)) for line in text.split("\n"))
    return CARD_CHROME + LINE_HEIGHT * lines


def next_slot(
    zone: Zone, cards: Iterable[tuple[float, float, str]], text: str
) -> tuple[float, float]:
    """The highest free place (leftmost on ties) for a new card among a zone's (x, y, text)."""
    footprints = ((x, y, y + estimated_height(card_text)) for x, y, card_text in cards)
    return free_slot(zone, footprints, estimated_height(text))


def slot_in_zone(
    zone: Zone, footprints: Iterable[tuple[float, float, float]], height: float
) -> tuple[float, float, Zone | None]:
    """Where a card `height` tall goes in a zone, and the zone grown to hold it (None when the
    zone already holds it): the highest free place of its columns (leftmost on ties)."""
    x, y = free_slot(zone, footprints, height)
    return x, y, grown_to_hold(zone, y + height)


def free_slot(
    zone: Zone, footprints: Iterable[tuple[float, float, float]], height: float
) -> tuple[float, float]:
    """The highest free place (leftmost on ties) for a card `height` tall, among the cards
    of a zone given as (x, top, bottom).

    Each column's occupied heights are merged, so the cost is linear in the zone's cards.
    """
    columns = [
        zone.x + ZONE_PADDING + column * (CARD_WIDTH + CARD_GAP)
        for column in range(zone_columns(zone))
    ]
    occupied: list[list[tuple[float, float]]] = [[] for _ in columns]
    step = CARD_WIDTH + CARD_GAP
    reach = CARD_WIDTH + CARD_GAP / 2
    first, count = columns[0], len(columns)
    for x, y, bottom in footprints:
        nearest = int((x - first) // step)  # a card overlaps this column and the next
        for index in (nearest, nearest + 1):
            if 0 <= index < count and abs(x - columns[index]) < reach:
                occupied[index].append((y, bottom))
    top = zone.y + ZONE_HEADER
    best = min((_first_gap(spans, top, height), index) for index, spans in enumerate(occupied))
    return columns[best[1]], best[0]


def _first_gap(spans: Sequence[tuple[float, float]], top: float, height: float) -> float:
    """The first y from `top` where `height` fits between the occupied spans of a column."""
    y = top
    for start, end in sorted(spans):
        if start - CARD_GAP >= y + height:
            break
        y = max(y, end + CARD_GAP)
    return y
