"""SDG drawings: coloured tiles with their number, and the SDG coverage bar chart."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Polygon
from reportlab.lib import colors

from workshop.domain.sdg import all_sdgs, sdg
from workshop.domain.vocabulary import Lang
from workshop.report.data import ReportData
from workshop.report.styles import INK, MUTED, RULE, styles
from workshop.report.text_fit import label, lighter, rect, truncate, wrap


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
            lines = wrap(goal.title(lang), fonts.regular, text_size, cell - size - 3 * gap, 2)
            top = y + size / 2 + (len(lines) - 1) * text_size * 0.6 - text_size * 0.35
            for n, line in enumerate(lines):
                drawing.add(
                    label(
                        x + size + 6, top - n * text_size * 1.2, line, fonts.regular, text_size, INK
                    )
                )
    return drawing


ROW = 19.0
TITLE_WIDTH = 170.0


def sdg_coverage(data: ReportData, width: float, lang: Lang) -> Drawing:
    """Per SDG: alliances (solid bar), cards (light bar) and whether the workshop targets it."""
    fonts = styles().fonts
    alliances = Counter(n for a in data.alliances for n in set(a.sdgs))
    cards = Counter(n for c in data.cards for n in set(c.sdgs))
    targets = set(data.workshop.sdgs)
    top_alliances = max(alliances.values(), default=0) or 1
    top_cards = max(cards.values(), default=0) or 1
    bars_x = 16 + TITLE_WIDTH + 8
    bars_width = width - bars_x - 30
    drawing = Drawing(width, 17 * ROW)
    for goal in all_sdgs():
        y = drawing.height - goal.number * ROW
        colour = colors.HexColor(goal.colour)
        drawing.add(rect(0, y + 2, 15, 15, colour))
        drawing.add(label(7.5, y + 6, str(goal.number), fonts.bold, 7.5, colors.white, "middle"))
        title = truncate(goal.title(lang), fonts.regular, 7.5, TITLE_WIDTH - 12)
        drawing.add(label(20, y + 6.5, title, fonts.regular, 7.5, INK))
        if goal.number in targets:
            cx, cy = 16 + TITLE_WIDTH, y + 9.5
            drawing.add(
                Polygon(
                    [cx - 4, cy, cx, cy + 4, cx + 4, cy, cx, cy - 4],
                    fillColor=INK,
                    strokeColor=None,
                )
            )
        drawing.add(rect(bars_x, y + 1, 0.5, ROW - 2, RULE))
        for offset, count, top, fill in (
            (10, alliances[goal.number], top_alliances, colour),
            (2.5, cards[goal.number], top_cards, lighter(goal.colour, 0.55)),
        ):
            length = bars_width * count / top
            if count:
                drawing.add(rect(bars_x, y + offset, length, 6.5, fill))
            drawing.add(
                label(bars_x + length + 3, y + offset + 1, str(count), fonts.regular, 6.5, MUTED)
            )
    return drawing
