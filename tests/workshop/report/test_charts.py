"""The SDG coverage chart: one scale for every bar, whole titles, no rows of zeros."""

from __future__ import annotations

import dataclasses

import pytest
from reportlab.graphics.shapes import Drawing, Rect, String

from workshop.domain.sdg import sdg
from workshop.report.charts import NOTHING, coverage_rows, sdg_coverage, sdg_tiles
from workshop.report.data import ReportData
from workshop.report.styles import FRAME_WIDTH
from workshop.report.text_fit import ELLIPSIS

BARS_X = 16 + 170 + 8


def _bars(drawing: Drawing) -> list[Rect]:
    return [s for s in drawing.contents if isinstance(s, Rect) and s.x == BARS_X and s.width > 1]


def _strings(drawing: Drawing) -> list[String]:
    return [s for s in drawing.contents if isinstance(s, String)]


def test_alliance_and_card_bars_share_one_scale(demo_data: ReportData) -> None:
    """A bar's length is its count at one scale: 3 alliances draw a quarter of 12 cards."""
    rows = coverage_rows(demo_data)
    drawing = sdg_coverage(demo_data, FRAME_WIDTH, "fr")
    counts = [c for r in rows for c in (r.alliances, r.cards) if c]
    bars = _bars(drawing)
    assert len(bars) == len(counts)
    per_unit = {round(bar.width / count, 6) for bar, count in zip(bars, counts, strict=True)}
    assert len(per_unit) == 1
    top = max(counts)
    assert max(bar.width for bar in bars) == pytest.approx(per_unit.pop() * top)


def test_sdgs_with_nothing_are_left_out(demo_data: ReportData) -> None:
    """Only SDGs named by an alliance or a card, or targeted, get a row: no rows of '0 / 0'."""
    drawing = sdg_coverage(demo_data, FRAME_WIDTH, "fr")
    numbers = {int(s.text) for s in _strings(drawing) if s.text.isdigit() and s.fontSize == 7.5}
    named = {n for a in demo_data.alliances for n in a.sdgs} | {
        n for c in demo_data.cards for n in c.sdgs
    }
    assert numbers == named | set(demo_data.workshop.sdgs)
    assert len(numbers) < 17


def test_a_targeted_sdg_with_nothing_says_so(demo_data: ReportData) -> None:
    """A targeted SDG no alliance nor card names reads 'visé, sans alliance ni contribution'."""
    data = dataclasses.replace(
        demo_data, workshop=dataclasses.replace(demo_data.workshop, sdgs=(2, 14))
    )
    texts = [s.text for s in _strings(sdg_coverage(data, FRAME_WIDTH, "fr"))]
    assert NOTHING["fr"] in texts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_title_prints_whole(demo_data: ReportData, lang: str) -> None:
    """Long SDG titles wrap on two lines instead of being cut with '…'."""
    everything = dataclasses.replace(
        demo_data, workshop=dataclasses.replace(demo_data.workshop, sdgs=tuple(range(1, 18)))
    )
    drawing = sdg_coverage(everything, FRAME_WIDTH, lang)  # type: ignore[arg-type]
    printed = " ".join(s.text for s in _strings(drawing)).replace("\u00a0", " ")
    assert ELLIPSIS not in printed
    for number in range(1, 18):
        title = sdg(number).title(lang)  # type: ignore[arg-type]
        assert all(word in printed.split() for word in title.replace("\u00a0", " ").split())
    tiles = sdg_tiles(list(range(1, 18)), FRAME_WIDTH, size=30, lang=lang, titles=True)  # type: ignore[arg-type]
    assert ELLIPSIS not in " ".join(s.text for s in _strings(tiles))


def test_no_sdg_at_all_gives_an_empty_chart(demo_data: ReportData) -> None:
    """A workshop without any SDG gets no chart rows (the report can leave the section out)."""
    data = dataclasses.replace(
        demo_data,
        workshop=dataclasses.replace(demo_data.workshop, sdgs=()),
        alliances=tuple(dataclasses.replace(a, sdgs=()) for a in demo_data.alliances),
        cards=tuple(dataclasses.replace(c, sdgs=()) for c in demo_data.cards),
    )
    assert coverage_rows(data) == []
    assert sdg_coverage(data, FRAME_WIDTH, "fr").height == 0
