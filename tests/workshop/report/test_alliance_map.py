"""The report's alliance map: the screen's layout, scaled to the page, its names kept apart."""

from __future__ import annotations

import itertools
import math

import pytest
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors

from tests.workshop.report.conftest import printed_texts
from tools.report_sample import make_large_workshop
from workshop.domain.alliance_map import ALLIANCE_COLOUR
from workshop.queries.alliance_map import workshop_map
from workshop.report.alliance_map import (
    LABEL_BACKING,
    LINK_COLOUR,
    _segment_hits_box,
    alliance_map,
    alliance_map_section,
    map_layout,
)
from workshop.report.data import ReportData, collect
from workshop.report.styles import FRAME_WIDTH
from workshop.report.text_fit import ELLIPSIS
from workshop.storage.store import Store


@pytest.fixture
def large(store: Store) -> tuple[Store, ReportData]:
    """A workshop of 60 organisations in 15 alliances, with its report data."""
    workshop = make_large_workshop(
        store, people=60, organisations=60, cards=5, alliances=15, commitments=5, seed=3
    )
    return store, collect(store, workshop.id)


def _shapes(drawing: Drawing) -> tuple[list[Circle], list[Rect]]:
    circles = [s for s in drawing.contents if isinstance(s, Circle)]
    names = [s for s in drawing.contents if isinstance(s, Rect) and s.fillColor == LABEL_BACKING]
    return circles, names


def test_the_report_map_is_the_screen_map(large: tuple[Store, ReportData]) -> None:
    """The report lays out the map from its snapshot exactly as the screen does from the store."""
    store, data = large
    assert map_layout(data) == workshop_map(store, data.workshop.id)


def test_discs_are_the_layouts_scaled_to_the_page(large: tuple[Store, ReportData]) -> None:
    """Every disc is drawn where the shared layout puts it, at one scale, within the frame."""
    _, data = large
    layout = map_layout(data)
    drawing = alliance_map(data, 480, 450, layout)
    circles, _ = _shapes(drawing)
    assert len(circles) == len(layout.nodes) == 75
    scale = circles[0].r / layout.nodes[0].r
    first, node = circles[0], layout.nodes[0]
    for circle, other in zip(circles, layout.nodes, strict=True):
        assert circle.r == pytest.approx(other.r * scale)
        assert circle.cx - first.cx == pytest.approx((other.x - node.x) * scale)
        assert circle.cy - first.cy == pytest.approx((node.y - other.y) * scale)  # y flipped
    assert drawing.width == 480 and drawing.height <= 450
    for circle in circles:
        assert circle.r <= circle.cx <= drawing.width - circle.r
        assert circle.r <= circle.cy <= drawing.height - circle.r


def test_names_touch_no_disc_and_no_other_name(large: tuple[Store, ReportData]) -> None:
    """With 60 organisations on half a page, every name is printed clear of discs and names."""
    _, data = large
    drawing = alliance_map(data, 480, 450)
    circles, names = _shapes(drawing)
    assert len(names) == 75  # the 15 alliances are named too
    for a, b in itertools.combinations(circles, 2):
        assert math.dist((a.cx, a.cy), (b.cx, b.cy)) > a.r + b.r
    for a, b in itertools.combinations(names, 2):
        apart_x = a.x + a.width <= b.x or b.x + b.width <= a.x
        apart_y = a.y + a.height <= b.y or b.y + b.height <= a.y
        assert apart_x or apart_y
    for name in names:
        assert name.x >= 0 and name.x + name.width <= drawing.width
        for circle in circles:
            nearest = (
                min(max(circle.cx, name.x), name.x + name.width),
                min(max(circle.cy, name.y), name.y + name.height),
            )
            assert math.dist(nearest, (circle.cx, circle.cy)) >= circle.r


def _strings(drawing: Drawing | Group) -> list[String]:
    """The drawing's strings, those of a mixed-font label (a Group of runs) joined in one."""
    strings: list[String] = []
    for shape in drawing.contents:
        if isinstance(shape, String):
            strings.append(shape)
        elif isinstance(shape, Group):
            runs = _strings(shape)
            strings.append(
                String(
                    runs[0].x, runs[0].y, "".join(r.text for r in runs), fontSize=runs[0].fontSize
                )
            )
    return strings


def _maps(flowables: list[object]) -> list[Drawing]:
    """The map drawings of a section (those with alliance hubs; not the legend)."""
    hub = colors.HexColor(ALLIANCE_COLOUR)
    return [
        f
        for f in flowables
        if isinstance(f, Drawing) and any(c.fillColor == hub for c in _shapes(f)[0])
    ]


def _name_blocks(drawing: Drawing) -> list[tuple[Rect, str, float]]:
    """Each name's backing with the text printed in it (its lines joined) and its size."""
    _, names = _shapes(drawing)
    strings = _strings(drawing)
    blocks = []
    for box in names:
        inside = [
            s
            for s in strings
            if box.y <= s.y <= box.y + box.height and box.x - 1 <= s.x <= box.x + box.width + 1
        ]
        inside.sort(key=lambda s: -s.y)
        joined = ""
        for s in inside:
            joined = joined[:-1] if joined.endswith("-") else joined + " " if joined else joined
            joined += s.text
        blocks.append((box, joined, min((s.fontSize for s in inside), default=0.0)))
    return blocks


def test_the_demo_map_names_every_alliance_and_organisation_whole(
    demo_data: ReportData,
) -> None:
    """On the demo's map each alliance is named (no bare number) and no name is cut."""
    flowables = alliance_map_section(demo_data, FRAME_WIDTH, "fr")
    maps = _maps(flowables)
    assert len(maps) == 1
    printed = {
        " ".join(text.replace("\u00a0", " ").split()) for _, text, _ in _name_blocks(maps[0])
    }
    alliances = {a.name for a in demo_data.alliances}
    members = {demo_data.organisations[p.organisation_id].name for p in demo_data.partners}
    assert alliances | members == printed
    assert not any(ELLIPSIS in t for t in printed)
    assert not any(s.text.strip().isdigit() for s in _strings(maps[0]))


def test_names_sit_inside_the_map_at_a_readable_size(large: tuple[Store, ReportData]) -> None:
    """No name runs off a map's edge, and none is printed under 8 pt."""
    _, data = large
    maps = _maps(alliance_map_section(data, FRAME_WIDTH, "fr"))
    assert maps
    for drawing in maps:
        if True:
            for box, _, size in _name_blocks(drawing):
                assert box.x >= 0 and box.x + box.width <= drawing.width
                assert box.y >= 0 and box.y + box.height <= drawing.height
                assert size >= 8


def test_names_avoid_the_links_when_they_can(demo_data: ReportData) -> None:
    """On the demo's map, hardly any name lies across a link (the old map put five on them)."""
    layout = map_layout(demo_data, [a.id for a in demo_data.alliances])
    drawing = alliance_map(demo_data, FRAME_WIDTH, 480, layout)
    lines = [s for s in drawing.contents if isinstance(s, Line) and s.strokeColor == LINK_COLOUR]
    crossing = [
        text
        for box, text, _ in _name_blocks(drawing)
        if any(
            _segment_hits_box(
                (line.x1, line.y1, line.x2, line.y2),
                (box.x + 1, box.y + 1, box.width - 2, box.height - 2),
            )
            for line in lines
        )
    ]
    assert len(crossing) <= 1, crossing


def test_a_large_workshop_gets_one_map_per_group_of_two_alliances(
    large: tuple[Store, ReportData],
) -> None:
    """Fifteen alliances print as eight maps of at most two alliances each, each named once."""
    _, data = large
    flowables = alliance_map_section(data, FRAME_WIDTH, "fr")
    maps = _maps(flowables)
    hubs = [
        [c for c in _shapes(m)[0] if c.fillColor == colors.HexColor(ALLIANCE_COLOUR)] for m in maps
    ]
    assert len(maps) == 8 and all(1 <= len(h) <= 2 for h in hubs)
    assert sum(len(h) for h in hubs) == len(data.alliances)
    printed = {
        " ".join(t.replace("\u00a0", " ").split()) for m in maps for _, t, _ in _name_blocks(m)
    }
    assert {a.name for a in data.alliances} <= printed
    assert all(m.height <= 330 for m in maps)


def test_the_caption_and_legend_explain_the_map_without_the_app(demo_data: ReportData) -> None:
    """The caption never mentions the app's screen; the legend gives kinds and line meanings."""
    flowables = alliance_map_section(demo_data, FRAME_WIDTH, "fr")
    texts = " ".join(printed_texts(flowables))
    assert "écran" not in texts and "Alliances screen" not in texts
    kinds = {demo_data.organisations[p.organisation_id].kind for p in demo_data.partners}
    for kind in kinds:
        assert kind.label("fr") in texts
    assert "Pilote" in texts and "Financeur" in texts
    english = " ".join(printed_texts(alliance_map_section(demo_data, FRAME_WIDTH, "en")))
    assert "screen" not in english and "Kinds of organisation" in english
    assert "hors alliance" in texts  # the organisations present in no alliance, by name
    assert "Boulangerie Martin & Fils" in texts


def test_no_map_without_partners(demo_data: ReportData) -> None:
    """A workshop whose alliances have no partner prints no map section at all."""
    import dataclasses

    empty = dataclasses.replace(demo_data, partners=())
    assert alliance_map_section(empty, FRAME_WIDTH, "fr") == []
