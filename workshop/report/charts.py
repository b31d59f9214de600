"""SDG drawings: coloured tiles with their number, and the SDG coverage bar chart."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Polygon
from reportlab.lib import colors

from workshop.domain.sdg import all_sdgs, sdg
from workshop.domain.vocabulary import Lang
from workshop.report.data import ReportData
from workshop.report.styles import INK, MUTED, RULE, SECONDARY_SIZE, styles
from workshop.report.text_fit import label, lighter, rect, text_width, wrap
from workshop.report.typography import typography


def sdg_tiles(
    numbers: Sequence[int], width: float, *, size: float = 26, lang: Lang = "fr", titles: bool
) -> Drawing:
    """The SDGs as tiles in their official colours with their number (and short title)."""
    fonts = styles().fonts
    numbers = sorted(set(n for n in numbers if 1 <= n <= 17))
    gap = 4.0
    cell = (width + gap) / 2 if titles else size + gap
    per_row = max(1, int((width + gap) // cell))
    rows = max(1, -(-len(numbers) // per_row))
    drawing = Drawing(width, rows * (size + gap))
    text_size = size * 0.34
    for index, number in enumerate(numbers):
        column, row = index % per_row, index // per_row
        x = column * cell
        y = drawing.height - (row + 1) * (size + gap) + gap
        goal = sdg(number)
        drawing.add(rect(x, y, size, size, colors.HexColor(goal.colour)))
        drawing.add(
            label(
                x + size / 2,
                y + size * 0.3,
                str(number),
                fonts.bold,
                size * 0.5,
                colors.white,
                "middle",
            )
        )
        if titles:
            title = typography(goal.title(lang), lang)
            lines = wrap(
                title, fonts.regular, text_size, cell - size - 3 * gap, 3, lang, fill=False
            )
            top = y + size / 2 + (len(lines) - 1) * text_size * 0.6 - text_size * 0.35
            for n, line in enumerate(lines):
                drawing.add(
                    label(
                        x + size + 6, top - n * text_size * 1.2, line, fonts.regular, text_size, INK
                    )
                )
    return drawing


ROW = 19.0  # the height of a row whose title holds on one line
TITLE_WIDTH = 170.0
TITLE_SIZE = SECONDARY_SIZE
TITLE_LEADING = 9.5
VALUE_SIZE = SECONDARY_SIZE
BAR = 6.5
NOTHING = {
    "fr": "visé, sans alliance ni contribution",
    "en": "targeted, with no alliance nor card",
}


@dataclass(frozen=True)
class CoverageRow:
    """One SDG of the coverage chart: its alliances, its cards, whether the workshop targets it."""

    number: int
    alliances: int
    cards: int
    targeted: bool


def coverage_rows(data: ReportData) -> list[CoverageRow]:
    """The SDGs the workshop targets or that an alliance or a card names (the others, all
    zeros, are left out), in their order."""
    alliances = Counter(n for a in data.alliances for n in set(a.sdgs))
    cards = Counter(n for c in data.cards for n in set(c.sdgs))
    targets = set(data.workshop.sdgs)
    rows = [
        CoverageRow(goal.number, alliances[goal.number], cards[goal.number], goal.number in targets)
        for goal in all_sdgs()
    ]
    return [r for r in rows if r.alliances or r.cards or r.targeted]


def sdg_coverage(data: ReportData, width: float, lang: Lang) -> Drawing:
    """Per SDG: alliances (solid bar), cards (light bar), both at one scale (a bar's length is
    its count, whichever it counts), and whether the workshop targets it (◆). SDGs with nothing
    and not targeted are left out; titles wrap, whole. Empty (0 high) with no such SDG."""
    fonts = styles().fonts
    rows = coverage_rows(data)
    top = max((max(r.alliances, r.cards) for r in rows), default=0) or 1
    bars_x = 16 + TITLE_WIDTH + 8
    value_room = text_width(str(top), fonts.regular, VALUE_SIZE) + 6
    bars_width = width - bars_x - value_room
    laid_out = []
    for row in rows:
        goal = sdg(row.number)
        title = typography(goal.title(lang), lang)
        lines = wrap(title, fonts.regular, TITLE_SIZE, TITLE_WIDTH - 12, 4, lang, fill=False)
        laid_out.append((row, goal, lines, max(ROW, len(lines) * TITLE_LEADING + 5)))
    drawing = Drawing(width, sum(height for *_, height in laid_out))
    y = drawing.height
    for row, goal, lines, height in laid_out:
        y -= height
        middle = y + height / 2
        colour = colors.HexColor(goal.colour)
        drawing.add(rect(0, middle - 7.5, 15, 15, colour))
        drawing.add(
            label(7.5, middle - 3.5, str(goal.number), fonts.bold, 7.5, colors.white, "middle")
        )
        first = middle + (len(lines) - 1) * TITLE_LEADING / 2 - 0.35 * TITLE_SIZE
        for n, line in enumerate(lines):
            drawing.add(label(20, first - n * TITLE_LEADING, line, fonts.regular, TITLE_SIZE, INK))
        if row.targeted:
            cx, cy = 16 + TITLE_WIDTH, middle
            drawing.add(
                Polygon(
                    [cx - 4, cy, cx, cy + 4, cx + 4, cy, cx, cy - 4],
                    fillColor=INK,
                    strokeColor=None,
                )
            )
        drawing.add(rect(bars_x, y + 1, 0.5, height - 2, RULE))
        if not (row.alliances or row.cards):
            drawing.add(
                label(bars_x + 4, middle - 3, NOTHING[lang], fonts.italic, VALUE_SIZE, MUTED)
            )
            continue
        for offset, count, fill in (
            (0.5, row.alliances, colour),
            (-BAR - 0.5, row.cards, lighter(goal.colour, 0.55)),
        ):
            length = bars_width * count / top
            if count:
                drawing.add(rect(bars_x, middle + offset, length, BAR, fill))
            drawing.add(
                label(
                    bars_x + length + 3,
                    middle + offset + 0.6,
                    str(count),
                    fonts.regular,
                    VALUE_SIZE,
                    MUTED,
                )
            )
    return drawing
