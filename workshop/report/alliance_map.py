"""The alliance map in the report: the screen's layout (workshop/alliance_map.py), drawn to scale.

The layout puts every disc in its own grid cell; here it is scaled to the page and flipped to
reportlab's upward y. Each organisation's name goes under its disc, on one or two lines, as wide
as the free cells beside it allow: a label never covers a disc nor another label. Hubs carry the
alliance's number (the names are listed under the map).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.graphics.shapes import Circle, Drawing, Line
from reportlab.lib import colors

from workshop.domain.alliance_map import PITCH, MapLayout, MapNode, records_map
from workshop.domain.records import AllianceId
from workshop.domain.vocabulary import PartnerRole
from workshop.report.data import ReportData
from workshop.report.styles import INK, styles
from workshop.report.text_fit import ELLIPSIS, label, rect, text_width, wrap

MAX_SCALE = 0.5  # points per layout unit: a small workshop is not drawn with giant discs
LABEL_GAP = 3.0  # points between two names side by side (or one above the other)
LINK_COLOUR = colors.Color(0.35, 0.42, 0.5, 0.6)
LABEL_BACKING = colors.Color(1, 1, 1, 0.85)  # links pass under a name without hiding it

LABEL_PAD = 1.0  # points of backing either side of a name
LEADING = 1.18  # line height / font size of a name
WIDTHS = (1.0, 1.5, 2.0, 3.0)  # a name's widths tried, in grid pitches (less a gap)

Box = tuple[float, float, float, float]  # x, y (bottom), width, height in points
Disc = tuple[float, float, float]  # x, y, r in points
Anchor = Literal["start", "middle", "end"]


@dataclass(frozen=True)
class PlacedLabel:
    """An organisation's name as printed: its lines, size, alignment, and the box they take."""

    lines: tuple[str, ...]
    size: float
    box: Box
    anchor: Anchor = "middle"
    below: bool = True


def map_layout(data: ReportData) -> MapLayout:
    """The map the screen shows, from the report's snapshot instead of the store."""
    registered = [
        data.people[a.person_id].organisation_id
        for a in data.attendance
        if a.person_id in data.people
    ]
    return records_map(data.alliances, data.partners, data.organisations, registered)


def map_scale(layout: MapLayout, width: float, max_height: float) -> float:
    """Points per layout unit so that the map fits `width` x `max_height`."""
    _, _, w, h = layout.bounds
    if w <= 0 or h <= 0:
        return MAX_SCALE
    return min(MAX_SCALE, width / w, max_height / h)


def alliance_map(
    data: ReportData, width: float, max_height: float, layout: MapLayout | None = None
) -> Drawing:
    """The map (`map_layout(data)` unless given) as a drawing `width` wide, `max_height` at most."""
    layout = map_layout(data) if layout is None else layout
    scale = map_scale(layout, width, max_height)
    left, top, w, h = layout.bounds
    height = h * scale
    offset = (width - w * scale) / 2

    def point(node: MapNode) -> tuple[float, float]:
        return offset + (node.x - left) * scale, height - (node.y - top) * scale

    fonts = styles().fonts
    drawing = Drawing(width, height)
    for link in layout.links:
        hub, organisation = layout.node(link.alliance_key), layout.node(link.organisation_key)
        line = Line(
            *point(hub),
            *point(organisation),
            strokeColor=LINK_COLOUR,
            strokeWidth=max(0.5, 2 * scale) * (2 if link.role == PartnerRole.PILOTE else 1),
        )
        if link.role == PartnerRole.FINANCEUR:
            line.strokeDashArray = [2, 1.5]
        drawing.add(line)
    discs = [(*point(n), n.r * scale) for n in layout.nodes]
    for (x, y, r), node in zip(discs, layout.nodes, strict=True):
        drawing.add(
            Circle(
                x,
                y,
                r,
                fillColor=colors.HexColor(node.colour),
                strokeColor=colors.white,
                strokeWidth=0.5,
            )
        )
    numbers = {a.id: n for n, a in enumerate(data.alliances, start=1)}
    for (x, y, r), node in zip(discs, layout.nodes, strict=True):
        if node.kind == "alliance":
            size = min(9.0, 0.8 * r)
            text = str(numbers.get(AllianceId(node.ref_id), ""))
            drawing.add(label(x, y - 0.35 * size, text, fonts.bold, size, colors.white, "middle"))
    organisations = [
        (d, n) for d, n in zip(discs, layout.nodes, strict=True) if n.kind == "organisation"
    ]
    placed = place_labels(
        [n.label for _, n in organisations],
        [d for d, _ in organisations],
        discs,
        PITCH * scale,
        fonts.regular,
        (0, 0, width, height),
    )
    for name in placed:
        x, y, box_width, box_height = name.box
        drawing.add(rect(x, y, box_width, box_height, LABEL_BACKING))
        across = {
            "start": x + LABEL_PAD,
            "middle": x + box_width / 2,
            "end": x + box_width - LABEL_PAD,
        }
        for i, line_text in enumerate(name.lines):
            baseline = y + box_height - 0.82 * name.size - i * LEADING * name.size
            drawing.add(
                label(
                    across[name.anchor],
                    baseline,
                    line_text,
                    fonts.regular,
                    name.size,
                    INK,
                    name.anchor,
                )
            )
    return drawing


def place_labels(
    names: Sequence[str],
    anchors: Sequence[Disc],
    discs: Sequence[Disc],
    pitch: float,
    font: str,
    frame: Box,
) -> list[PlacedLabel]:
    """Each name beside its disc: the clear candidate that shows most of it, node by node.

    A first pass gives every name the width of its own cell under its disc (clear by the grid's
    construction; on one line where two would reach the disc below). A second pass tries wider
    boxes over free cells, shifted to one side, or above the disc, and keeps the best one that
    hits no disc and no other name: whole words first, then the most characters shown.
    """
    size = min(7.0, max(5.0, 0.2 * pitch))
    reach = 4 * pitch  # no disc farther than this can meet a name's box (3 pitches wide)
    near = [[d for d in discs if math.dist(d[:2], a[:2]) < reach and d != a] for a in anchors]

    narrow = pitch - LABEL_GAP

    def candidate(
        index: int, lines: int, width: float, anchor: Anchor = "middle", below: bool = True
    ) -> PlacedLabel:
        x, y, r = anchors[index]
        text = wrap(names[index], font, size, width - 2 * LABEL_PAD, lines) or [""]
        box_width = max(text_width(t, font, size) for t in text) + 2 * LABEL_PAD
        half = min(box_width, narrow) / 2
        left = {"middle": x - box_width / 2, "start": x - half, "end": x + half - box_width}
        box_height = len(text) * LEADING * size
        bottom = y - r - 1 - box_height if below else y + r + 1
        box = (left[anchor], bottom, box_width, box_height)
        return PlacedLabel(tuple(text), size, box, anchor, below)

    def clear(index: int, name: PlacedLabel, others: Iterable[PlacedLabel]) -> bool:
        x, y, w, h = name.box
        if not name.below:  # up to the row above: a name there would read as that row's
            h = anchors[index][1] + pitch - y
        return (
            _inside(name.box, frame)
            and not any(_box_hits_disc((x, y, w, h), d) for d in near[index])
            and not any(_boxes_meet(name.box, o.box) for o in others)
        )

    chosen: list[PlacedLabel] = []
    for index in range(len(names)):
        two = candidate(index, 2, narrow)
        chosen.append(two if clear(index, two, ()) else candidate(index, 1, narrow))
    for index, name in enumerate(names):
        others = chosen[:index] + chosen[index + 1 :]
        options = [
            c
            for c in (
                candidate(index, lines, w * pitch - LABEL_GAP, anchor, below)
                for below in (True, False)
                for lines in (2, 1)
                for w in WIDTHS
                for anchor in ("middle", "start", "end")
            )
            # a shifted name no wider than its cell would just be off-centre
            if (c.anchor == "middle" or c.box[2] > narrow) and clear(index, c, others)
        ]
        if options:
            words = set(" ".join(name.split()).split(" "))
            chosen[index] = max(
                options,
                key=lambda c: (
                    _whole_words(c, words),
                    _shown(c),
                    c.below,
                    -len(c.lines),
                    c.anchor == "middle",
                    -c.box[2],
                ),
            )
    return chosen


def _shown(name: PlacedLabel) -> int:
    """How many characters of the name the label prints."""
    return sum(len(line.removesuffix(ELLIPSIS)) for line in name.lines)


def _whole_words(name: PlacedLabel, words: set[str]) -> bool:
    """No word is cut across two lines (the last one may end with an ellipsis)."""
    tokens = " ".join(name.lines).split(" ")
    if tokens[-1].endswith(ELLIPSIS):
        tokens = tokens[:-1]
    return all(t in words for t in tokens if t)


def _inside(box: Box, frame: Box) -> bool:
    return (
        frame[0] <= box[0]
        and box[0] + box[2] <= frame[0] + frame[2]
        and frame[1] <= box[1]
        and box[1] + box[3] <= frame[1] + frame[3]
    )


def _box_hits_disc(box: Box, disc: Disc, margin: float = 0.8) -> bool:
    x, y, w, h = box
    cx, cy, r = disc
    nearest_x = min(max(cx, x), x + w)
    nearest_y = min(max(cy, y), y + h)
    return math.hypot(cx - nearest_x, cy - nearest_y) < r + margin


def _boxes_meet(a: Box, b: Box, margin: float = LABEL_GAP - 0.5) -> bool:
    """Closer than `margin`: two names this close would read as one."""
    return (
        a[0] < b[0] + b[2] + margin
        and b[0] < a[0] + a[2] + margin
        and a[1] < b[1] + b[3] + margin
        and b[1] < a[1] + a[3] + margin
    )
