"""The report's alliance map: the screen's layout, scaled to the page, its names kept apart."""

from __future__ import annotations

import itertools
import math

import pytest
from reportlab.graphics.shapes import Circle, Drawing, Rect

from tools.report_sample import make_large_workshop
from workshop.queries.alliance_map import workshop_map
from workshop.report.alliance_map import LABEL_BACKING, alliance_map, map_layout
from workshop.report.data import ReportData, collect
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
    assert len(names) == 60
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
