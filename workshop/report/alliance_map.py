"""The alliance map in the report: the shared layout (workshop/domain/alliance_map.py) on paper.

The layout puts every disc in its own grid cell; here it is scaled to the page and flipped to
reportlab's upward y. Every hub carries its alliance's name (in the free cell the layout keeps
under it) and every organisation its name, on up to three lines: each name takes the clear
place that shows it whole, preferably crossing no link, and never covers a disc nor another
name nor leaves the drawing. A legend says what colours and lines mean. A workshop of more
than a few alliances gets one map per group of two alliances (those sharing partners together)
rather than one unreadable web: `alliance_map_section` gives the caption, the map(s), the legend
and the organisations present in no alliance, ready to follow a heading.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.graphics.shapes import Circle, Drawing, Line
from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from workshop.domain.alliance_map import (
    PITCH,
    MapAlliance,
    MapLayout,
    MapNode,
    Membership,
    map_groups,
    records_map,
)
from workshop.domain.records import AllianceId, OrganisationId
from workshop.domain.vocabulary import KIND_COLOURS, Lang, OrganisationKind, PartnerRole
from workshop.report.data import ReportData
from workshop.report.styles import INK, MUTED, SECONDARY_SIZE, fit_paragraph, para, styles
from workshop.report.text_fit import ELLIPSIS, label, rect, text_width, wrap
from workshop.report.typography import typography

MAX_SCALE = 0.6  # points per layout unit: a small workshop is not drawn with giant discs
LABEL_GAP = 3.0  # points between two names side by side (or one above the other)
LINK_COLOUR = colors.Color(0.35, 0.42, 0.5, 0.7)
LABEL_BACKING = colors.Color(1, 1, 1, 0.85)  # links pass under a name without hiding it

NAME_SIZE = SECONDARY_SIZE  # an organisation's name: a caption's size, never smaller
HUB_SIZE = SECONDARY_SIZE + 0.5  # an alliance's name, in bold
LABEL_PAD = 1.0  # points of backing either side of a name
LEADING = 1.18  # line height / font size of a name
MAX_LINES = 3
HUB_LINES = 5  # an alliance's name has the whole free cell under its hub
WIDTHS = (1.0, 1.5, 2.0, 3.0)  # a name's widths tried, in grid pitches (less a gap)

ONE_MAP_ALLIANCES = 3  # up to this many alliances (and ONE_MAP_NODES discs): one map
ONE_MAP_NODES = 30
GROUP_SIZE = 2  # beyond: one map per group of this many alliances
GROUP_MAP_HEIGHT = 330.0  # points: two group maps on a page

TEXTS: dict[str, tuple[str, str]] = {
    "caption": (
        "Chaque alliance (disque sombre, son nom dessous) est reliée aux organisations qui en "
        "font partie ; la couleur d'une organisation dit sa nature.",
        "Each alliance (dark disc, its name below) is linked to the organisations that are "
        "part of it; an organisation's colour tells its kind.",
    ),
    "split": (
        "Une carte par groupe de {size} alliances, celles qui partagent des partenaires "
        "ensemble ; une organisation de plusieurs groupes figure sur chacune de leurs cartes.",
        "One map per group of {size} alliances, those sharing partners together; an "
        "organisation in several groups appears on each of their maps.",
    ),
    "kinds": ("Nature des organisations", "Kinds of organisation"),
    "links": ("Liens", "Links"),
    "other_roles": ("autre rôle", "other role"),
    "loose": (
        "Organisations présentes hors alliance : {names}.",
        "Organisations present in no alliance: {names}.",
    ),
}


def text(key: str, lang: Lang, **values: object) -> str:
    """One of the map's texts in `lang`, with French typography in French."""
    fr, en = TEXTS[key]
    return typography((fr if lang == "fr" else en).format(**values), lang)


Box = tuple[float, float, float, float]  # x, y (bottom), width, height in points
Disc = tuple[float, float, float]  # x, y, r in points
Segment = tuple[float, float, float, float]  # x1, y1, x2, y2 in points
Anchor = Literal["start", "middle", "end"]
Place = Literal["below", "above", "right", "left"]


@dataclass(frozen=True)
class PlacedLabel:
    """A name as printed: its lines, size, font, alignment, and the box they take."""

    lines: tuple[str, ...]
    size: float
    box: Box
    anchor: Anchor = "middle"
    place: Place = "below"
    font: str = ""

    @property
    def below(self) -> bool:
        return self.place == "below"


def map_layout(data: ReportData, alliances: Iterable[AllianceId] | None = None) -> MapLayout:
    """The map the screen shows, from the report's snapshot instead of the store; with
    `alliances`, the map of those alone (their partners, no organisation outside them)."""
    if alliances is not None:
        chosen = set(alliances)
        return records_map(
            [a for a in data.alliances if a.id in chosen], data.partners, data.organisations, ()
        )
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
    data: ReportData,
    width: float,
    max_height: float,
    layout: MapLayout | None = None,
    *,
    lang: Lang = "fr",
) -> Drawing:
    """The map (`map_layout(data)` unless given) as a drawing `width` wide, `max_height` at most,
    every alliance and organisation named."""
    layout = map_layout(data) if layout is None else layout
    scale = map_scale(layout, width, max_height)
    left, top, w, h = layout.bounds
    height = h * scale
    offset = (width - w * scale) / 2

    def point(node: MapNode) -> tuple[float, float]:
        return offset + (node.x - left) * scale, height - (node.y - top) * scale

    fonts = styles().fonts
    drawing = Drawing(width, height)
    segments: list[Segment] = []
    for link in layout.links:
        hub, organisation = layout.node(link.alliance_key), layout.node(link.organisation_key)
        segments.append((*point(hub), *point(organisation)))
        drawing.add(_link(*segments[-1], link.role, scale))
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
    placed = place_labels(
        [typography(n.label, lang) for n in layout.nodes],
        discs,
        discs,
        PITCH * scale,
        fonts.regular,
        (0, 0, width, height),
        bold=[n.kind == "alliance" for n in layout.nodes],
        links=segments,
        lang=lang,
    )
    for name in placed:
        _draw_name(drawing, name)
    return drawing


def _link(x1: float, y1: float, x2: float, y2: float, role: PartnerRole, scale: float) -> Line:
    line = Line(
        x1,
        y1,
        x2,
        y2,
        strokeColor=LINK_COLOUR,
        strokeWidth=max(0.6, 2 * scale) * (2 if role == PartnerRole.PILOTE else 1),
    )
    if role == PartnerRole.FINANCEUR:
        line.strokeDashArray = [2.5, 1.8]
    return line


def _draw_name(drawing: Drawing, name: PlacedLabel) -> None:
    x, y, box_width, box_height = name.box
    drawing.add(rect(x, y, box_width, box_height, LABEL_BACKING))
    across = {"start": x + LABEL_PAD, "middle": x + box_width / 2, "end": x + box_width - LABEL_PAD}
    for i, line_text in enumerate(name.lines):
        baseline = y + box_height - 0.82 * name.size - i * LEADING * name.size
        drawing.add(
            label(across[name.anchor], baseline, line_text, name.font, name.size, INK, name.anchor)
        )


def place_labels(
    names: Sequence[str],
    anchors: Sequence[Disc],
    discs: Sequence[Disc],
    pitch: float,
    font: str,
    frame: Box,
    *,
    bold: Sequence[bool] = (),
    links: Sequence[Segment] = (),
    lang: Lang | None = None,
) -> list[PlacedLabel]:
    """Each name beside its disc: the clear candidate that shows most of it, node by node.

    A first pass gives every name the width of its own cell under its disc (clear by the grid's
    construction; on fewer lines where more would reach the disc below). A second pass tries
    wider boxes over free cells, shifted to one side, above the disc or beside it, and keeps
    the best one that hits no disc, no other name and stays in `frame`: the whole name first,
    then one crossing no link, whole words, the most characters shown. Names marked `bold`
    (alliances) print in bold, a little larger.
    """
    fonts = styles().fonts
    heavy = [bool(bold[i]) if i < len(bold) else False for i in range(len(names))]
    reach = 4 * pitch  # no disc farther than this can meet a name's box (3 pitches wide)
    near = [[d for d in discs if math.dist(d[:2], a[:2]) < reach and d != a] for a in anchors]
    near_links = [[s for s in links if _segment_near(s, a[:2], reach)] for a in anchors]
    narrow = pitch - LABEL_GAP

    def most(index: int) -> int:
        return HUB_LINES if heavy[index] else MAX_LINES

    wrapped: dict[tuple[int, int, float], tuple[list[str], float]] = {}

    def candidate(
        index: int, lines: int, width: float, anchor: Anchor = "middle", place: Place = "below"
    ) -> PlacedLabel:
        x, y, r = anchors[index]
        face = fonts.bold if heavy[index] else font
        size = HUB_SIZE if heavy[index] else NAME_SIZE
        key = (index, lines, width)
        if key not in wrapped:  # the same lines whatever the place tried
            text = wrap(names[index], face, size, width - 2 * LABEL_PAD, lines, lang, fill=False)
            text = text or [""]
            wrapped[key] = (text, max(text_width(t, face, size) for t in text) + 2 * LABEL_PAD)
        printed, box_width = wrapped[key]
        box_height = len(printed) * LEADING * size
        if place in ("below", "above"):
            half = min(box_width, narrow) / 2
            left = {"middle": x - box_width / 2, "start": x - half, "end": x + half - box_width}
            bottom = y - r - 1 - box_height if place == "below" else y + r + 1
            box = (left[anchor], bottom, box_width, box_height)
        else:
            left_x = x + r + 2 if place == "right" else x - r - 2 - box_width
            box = (left_x, y - box_height / 2, box_width, box_height)
            anchor = "start" if place == "right" else "end"
        return PlacedLabel(tuple(printed), size, box, anchor, place, face)

    def clear(index: int, name: PlacedLabel, others: Iterable[PlacedLabel]) -> bool:
        x, y, w, h = name.box
        if name.place == "above":  # up to the row above: a name there would read as that row's
            h = anchors[index][1] + pitch - y
        return (
            _inside(name.box, frame)
            and not any(_box_hits_disc((x, y, w, h), d) for d in near[index])
            and not any(_boxes_meet(name.box, o.box) for o in others)
        )

    def crosses(index: int, name: PlacedLabel) -> bool:
        return any(_segment_hits_box(s, name.box) for s in near_links[index])

    rank = {"below": 3, "above": 2, "right": 1, "left": 0}
    cache: dict[int, list[PlacedLabel]] = {}

    def candidates(index: int) -> list[PlacedLabel]:
        if index not in cache:
            wide = [
                candidate(index, lines, w * pitch - LABEL_GAP, anchor, place)
                for place in ("below", "above")
                for lines in range(most(index), 0, -1)
                for w in WIDTHS
                for anchor in ("middle", "start", "end")
            ]
            side = [
                candidate(index, lines, w * pitch - LABEL_GAP, "start", place)
                for place in ("right", "left")
                for lines in range(most(index), 0, -1)
                for w in WIDTHS[:3]
            ]
            # a shifted name no wider than its cell would just be off-centre
            kept = [
                c
                for c in wide + side
                if (c.anchor == "middle" or c.place in ("right", "left") or c.box[2] > narrow)
                and clear(index, c, ())
            ]
            words = set(" ".join(names[index].split()).split(" "))
            letters = len(names[index].replace(" ", ""))
            cache[index] = sorted(
                kept,
                key=lambda c: (
                    _shown(c) >= letters,
                    not crosses(index, c),
                    _whole_words(c, words),
                    _shown(c),
                    -len(c.lines),
                    rank[c.place],
                    c.anchor == "middle",
                    -c.box[2],
                ),
                reverse=True,
            )
        return cache[index]

    def best(index: int, others: Sequence[PlacedLabel]) -> PlacedLabel | None:
        return next((c for c in candidates(index) if clear(index, c, others)), None)

    def good(index: int, name: PlacedLabel) -> bool:
        """Whole and crossing no link."""
        return _shown(name) >= len(names[index].replace(" ", "")) and not crosses(index, name)

    chosen: list[PlacedLabel] = []
    for index in range(len(names)):
        first = [candidate(index, lines, narrow) for lines in range(most(index), 0, -1)]
        chosen.append(next((c for c in first if clear(index, c, ())), first[-1]))
    order = sorted(range(len(names)), key=lambda i: not heavy[i])  # alliances' names first
    for index in order + order:  # twice: a name moved aside may free a better place
        option = best(index, chosen[:index] + chosen[index + 1 :])
        if option is not None:
            chosen[index] = option
    for index in order:  # a name on a link: its neighbours may make room for a better place
        if not good(index, chosen[index]):
            _make_room(index, chosen, candidates, clear, good)
    return chosen


def _make_room(
    index: int,
    chosen: list[PlacedLabel],
    candidates: Callable[[int], list[PlacedLabel]],
    clear: Callable[[int, PlacedLabel, Iterable[PlacedLabel]], bool],
    good: Callable[[int, PlacedLabel], bool],
) -> None:
    """Give name `index` a whole place off the links by moving the one or two names in its way
    to other places that are as good for them as theirs were (changes `chosen` when it can)."""
    for option in (c for c in candidates(index) if good(index, c)):
        blockers = [
            j for j, o in enumerate(chosen) if j != index and _boxes_meet(option.box, o.box)
        ]
        if len(blockers) > 2:
            continue
        moved: dict[int, PlacedLabel] = {}
        for j in blockers:
            others = [o for k, o in enumerate(chosen) if k not in (index, j) and k not in moved]
            others += [option, *moved.values()]
            as_good = good(j, chosen[j])
            place = next(
                (c for c in candidates(j) if (good(j, c) or not as_good) and clear(j, c, others)),
                None,
            )
            if place is None:
                break
            moved[j] = place
        else:
            chosen[index] = option
            for j, place in moved.items():
                chosen[j] = place
            return


def _shown(name: PlacedLabel) -> int:
    """How many characters of the name the label prints (spaces and hyphens aside)."""
    return sum(len(line.removesuffix(ELLIPSIS).replace(" ", "")) for line in name.lines) - sum(
        line.endswith("-") for line in name.lines
    )


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
    if cx + r + margin < x or cx - r - margin > x + w or cy + r + margin < y:
        return False
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


def _segment_near(segment: Segment, point: tuple[float, float], reach: float) -> bool:
    return _segment_hits_box(segment, (point[0] - reach, point[1] - reach, 2 * reach, 2 * reach))


def _segment_hits_box(segment: Segment, box: Box) -> bool:
    """Whether the segment passes through the box (Liang-Barsky clipping)."""
    x1, y1, x2, y2 = segment
    x, y, w, h = box
    if max(x1, x2) < x or min(x1, x2) > x + w or max(y1, y2) < y or min(y1, y2) > y + h:
        return False  # apart at a glance: most links, for most names
    dx, dy = x2 - x1, y2 - y1
    low, high = 0.0, 1.0
    for p, q in ((-dx, x1 - x), (dx, x + w - x1), (-dy, y1 - y), (dy, y + h - y1)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


# The section --------------------------------------------------------------------------------


def map_groups_of(data: ReportData) -> list[list[AllianceId]]:
    """The alliances drawn together: all on one map for a small workshop, else groups of
    GROUP_SIZE sharing partners. Alliances without partners are on no map."""
    linked = {p.alliance_id for p in data.partners}
    alliances = [a for a in data.alliances if a.id in linked]
    members = {
        (p.alliance_id, p.organisation_id): p for p in data.partners if p.alliance_id in linked
    }
    nodes = len(alliances) + len({o for _, o in members})
    if len(alliances) <= ONE_MAP_ALLIANCES and nodes <= ONE_MAP_NODES:
        return [[a.id for a in alliances]] if alliances else []
    return map_groups(
        [MapAlliance(a.id, a.name) for a in alliances],
        [Membership(p.alliance_id, p.organisation_id, p.role) for p in members.values()],
        GROUP_SIZE,
    )


def alliance_map_section(
    data: ReportData, width: float, lang: Lang, *, max_height: float = 480.0
) -> list[Flowable]:
    """What follows the map's heading: a caption, the legend of colours and lines, the map (or
    one map per group of alliances when there are many, each at most GROUP_MAP_HEIGHT high) and
    the organisations present in no alliance. `max_height` is the room under the heading: one
    map takes what the caption, the legend and the list leave of it. Empty when no alliance has
    a partner."""
    groups = map_groups_of(data)
    if not groups:
        return []
    s = styles(lang)
    caption = text("caption", lang)
    if len(groups) > 1:
        caption += " " + text("split", lang, size=GROUP_SIZE)
    height = max_height if len(groups) == 1 else min(max_height, GROUP_MAP_HEIGHT)
    layouts = [map_layout(data, group) for group in groups]
    kinds = {
        data.organisations[OrganisationId(n.ref_id)].kind
        for layout in layouts
        for n in layout.nodes
        if n.kind == "organisation"
    }
    # the legend first: read before the maps, and never left alone on a page after them
    flowables: list[Flowable] = [
        para(caption, s.note),
        Spacer(1, 4),
        map_legend(sorted(kinds, key=list(KIND_COLOURS).index), width, lang),
        Spacer(1, 8),
    ]
    if len(groups) == 1:  # the one map takes what the caption and legend leave on the page
        used = sum(f.wrap(width, max_height)[1] + f.getSpaceBefore() for f in flowables)
        height = max(GROUP_MAP_HEIGHT, max_height - used - s.note.leading * 4)
    for layout in layouts:
        flowables += [alliance_map(data, width, height, layout, lang=lang), Spacer(1, 8)]
    members = {p.organisation_id for p in data.partners}
    loose = sorted(
        {
            data.organisations[o].name
            for o in (
                data.people[a.person_id].organisation_id
                for a in data.attendance
                if a.person_id in data.people
            )
            if o is not None and o not in members and o in data.organisations
        },
        key=str.casefold,
    )
    if loose:
        listed = text("loose", lang, names=", ".join(loose))
        flowables += [Spacer(1, 6), fit_paragraph(listed, width, lang, style=s.note, padding=0)]
    return flowables


def map_legend(kinds: Sequence[OrganisationKind], width: float, lang: Lang) -> Drawing:
    """The colours of the kinds of organisation on the map, and what the three lines mean."""
    fonts = styles().fonts
    size = SECONDARY_SIZE
    row = size * 1.6
    columns = 3
    column_width = width / columns
    per_column = -(-len(kinds) // columns) if kinds else 0
    links = [
        (PartnerRole.PILOTE, PartnerRole.PILOTE.label(lang)),
        (PartnerRole.FINANCEUR, PartnerRole.FINANCEUR.label(lang)),
        (PartnerRole.PARTENAIRE, text("other_roles", lang)),
    ]
    height = row * (1 + per_column) + row * 2 + 4
    drawing = Drawing(width, height)
    y = height - size
    drawing.add(label(0, y, text("kinds", lang), fonts.bold, size, MUTED))
    for index, kind in enumerate(kinds):
        column, line = divmod(index, per_column)
        x, base = column * column_width, y - row * (line + 1)
        drawing.add(Circle(x + 4, base + 2.8, 4, fillColor=colors.HexColor(KIND_COLOURS[kind])))
        name = wrap(kind.label(lang), fonts.regular, size, column_width - 16, 1)[0]
        drawing.add(label(x + 12, base, name, fonts.regular, size, INK))
    y -= row * (1 + per_column) + 4
    drawing.add(label(0, y, text("links", lang), fonts.bold, size, MUTED))
    for index, (role, name) in enumerate(links):
        x, base = index * column_width, y - row
        drawing.add(_link(x, base + 3, x + 22, base + 3, role, 0.6))
        drawing.add(label(x + 28, base, name, fonts.regular, size, INK))
    return drawing
