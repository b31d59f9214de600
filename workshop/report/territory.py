"""The territory roll-up as an A4 PDF for funders (the Banque des Territoires, the ANCT, a
Région): title and period, headline figures, charts, then the tables, in French or English.

`build_territory_report(rollup, out)` is a pure function of the roll-up; every piece of user text
(a workshop's title, an organisation's name) is drawn as plain text or escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.shapes import Drawing, Line
from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workshop.domain.sdg import sdg
from workshop.domain.vocabulary import KIND_COLOURS, Lang
from workshop.queries.territory import TerritoryRollup, quarter_label
from workshop.queries.territory_tables import (
    CHART_STATUSES,
    NEED_COLOURS,
    STATUS_COLOURS,
    Cell,
    RollupTable,
    by_kind_headers,
    by_kind_rows,
    cell_text,
    headline_figures,
    held_text,
    label,
    long_date,
    needs_table,
    organisations_table,
    period_text,
    quarter_rows,
    workshops_table,
)
from workshop.report.pages import canvas_maker, make_document, page_decoration
from workshop.report.styles import (
    ACCENT,
    FRAME_WIDTH,
    INK,
    MUTED,
    RULE,
    SECONDARY_SIZE,
    data_table,
    para,
    styles,
)
from workshop.report.text_fit import label as drawn
from workshop.report.text_fit import rect, text_width, wrap
from workshop.report.typography import typography

CONTENT_WIDTH = FRAME_WIDTH - 12  # inside the frame's padding
ROOM_H1 = 160.0  # points a section needs below its heading, or it opens the next page
TOP_ORGANISATIONS = 30  # organisations listed on paper (the workbook has them all)
BAR_ROW = 20.0
LABEL_WIDTH = 170.0
PAGE_LABEL = {"fr": "page {page} / {pages}", "en": "page {page} / {pages}"}
MORE = {
    "fr": "… et {n} autres organisations, toutes dans le classeur (.xlsx).",
    "en": "… and {n} more organisations, all of them in the workbook (.xlsx).",
}
NOTHING = {
    "fr": "Aucun atelier sur cette période.",
    "en": "No workshop in this period.",
}
SECTIONS = {
    "figures": ("Chiffres clés", "Key figures"),
    "who": ("Qui s'engage", "Who takes part"),
    "alliances": ("Les alliances", "The alliances"),
    "commitments": ("Les engagements", "The commitments"),
    "workshops": ("Les ateliers", "The workshops"),
    "kinds_chart": ("Organisations engagées par nature", "Organisations engaged by kind"),
    "quarters_chart": (
        "Engagements par trimestre, par statut (nombre)",
        "Commitments by quarter, by status (count)",
    ),
    "sdg_chart": ("Alliances par ODD", "Alliances by SDG"),
    "need_chart": ("Alliances par besoin du territoire", "Alliances by territorial need"),
    "edited": ("Édité le {date} avec Catalyse", "Made on {date} with Catalyse"),
}


def _t(key: str, lang: Lang) -> str:
    fr, en = SECTIONS[key]
    return fr if lang == "fr" else en


@dataclass(frozen=True)
class Bar:
    """One bar of a horizontal bar chart: its label, value and colour (#RRGGBB)."""

    text: str
    value: int
    colour: str


def bar_chart(bars: Sequence[Bar], width: float, lang: Lang) -> Drawing:
    """Horizontal bars at one scale with their label (wrapped on two lines) and value."""
    fonts = styles().fonts
    size = SECONDARY_SIZE + 0.5
    top = max((b.value for b in bars), default=0) or 1
    value_room = text_width(str(top), fonts.regular, size) + 8
    bars_x = LABEL_WIDTH + 6
    room = width - bars_x - value_room
    drawing = Drawing(width, max(1, len(bars)) * BAR_ROW)
    for n, bar in enumerate(bars):
        y = drawing.height - (n + 1) * BAR_ROW
        middle = y + BAR_ROW / 2
        lines = wrap(bar.text, fonts.regular, size, LABEL_WIDTH, 2, lang, fill=False)
        first = middle + (len(lines) - 1) * 4.5 - size * 0.35
        for k, line in enumerate(lines):
            drawing.add(drawn(0, first - k * 9, line, fonts.regular, size, INK))
        length = room * bar.value / top
        if bar.value:
            drawing.add(rect(bars_x, middle - 5, max(length, 1), 10, colors.HexColor(bar.colour)))
        drawing.add(
            drawn(bars_x + length + 3, middle - 3, str(bar.value), fonts.regular, size, MUTED)
        )
    drawing.add(rect(bars_x, 0, 0.5, drawing.height, RULE))
    return drawing


def quarter_chart(rollup: TerritoryRollup, width: float, lang: Lang) -> Drawing:
    """Per quarter, a column per status (done, confirmed, proposed) side by side, never
    stacked, with a legend; the quarters' labels under their group."""
    fonts = styles().fonts
    size = SECONDARY_SIZE
    quarters = rollup.quarters
    counts = [[q.totals.count(s) for s in CHART_STATUSES] for q in quarters]
    top = max((max(c) for c in counts), default=0) or 1
    height, legend, axis = 150.0, 16.0, 14.0
    drawing = Drawing(width, height + legend + axis)
    base = axis
    plot = height - 12
    left = 24.0
    group = (width - left) / max(1, len(quarters))
    column = min(14.0, group * 0.8 / len(CHART_STATUSES))
    for tick in _ticks(top):
        y = base + plot * tick / top
        drawing.add(Line(left, y, width, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(drawn(left - 3, y - 2.5, str(tick), fonts.regular, size, MUTED, "end"))
    every = max(1, int(len(quarters) * 34 // max(1.0, width - left)) + 1)
    for n, (quarter, values) in enumerate(zip(quarters, counts, strict=True)):
        x0 = left + n * group + (group - column * len(CHART_STATUSES)) / 2
        for k, (status, value) in enumerate(zip(CHART_STATUSES, values, strict=True)):
            if value:
                h = plot * value / top
                colour = colors.HexColor(STATUS_COLOURS[status])
                drawing.add(rect(x0 + k * column, base, column - 1, h, colour))
        if n % every == 0:
            text = quarter_label(quarter.quarter, lang)
            drawing.add(
                drawn(left + (n + 0.5) * group, 2, text, fonts.regular, size, INK, "middle")
            )
    drawing.add(Line(left, base, width, base, strokeColor=INK, strokeWidth=0.6))
    x = left
    for status in CHART_STATUSES:
        drawing.add(rect(x, height + axis + 4, 8, 8, colors.HexColor(STATUS_COLOURS[status])))
        text = label(status.value, lang)
        drawing.add(drawn(x + 11, height + axis + 5, text, fonts.regular, size, INK))
        x += 11 + text_width(text, fonts.regular, size) + 14
    return drawing


def _ticks(top: int) -> list[int]:
    """A few round values from 0 to `top` for the chart's grid."""
    step = 1
    for candidate in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        step = candidate
        if top / candidate <= 5:
            break
    return list(range(0, top + 1, step))


def _kept(paragraph: Paragraph) -> Paragraph:
    """A heading that never ends a page: it goes with what follows."""
    paragraph.keepWithNext = True
    return paragraph


class TerritoryWriter:
    """Builds the roll-up's flowables in one language."""

    def __init__(self, rollup: TerritoryRollup, lang: Lang) -> None:
        self.rollup = rollup
        self.lang = lang
        self.s = styles(lang)

    def p(self, text: str, style: str = "body") -> Paragraph:
        return para(typography(text, self.lang), getattr(self.s, style))

    def h1(self, key: str) -> list[Flowable]:
        return [CondPageBreak(ROOM_H1), Spacer(1, 6), _kept(self.p(_t(key, self.lang), "h1"))]

    def h2(self, text: str) -> Paragraph:
        return _kept(self.p(text, "h2"))

    def table(
        self, headers: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float]
    ) -> Table:
        total = sum(widths)
        scaled = [w * CONTENT_WIDTH / total for w in widths]
        texts = [[typography(cell_text(v, self.lang), self.lang) for v in row] for row in rows]
        numeric = [
            all(isinstance(row[n], (int, float)) for row in rows) if rows else False
            for n in range(len(headers))
        ]
        extra = [
            ("ALIGN", (n, 0), (n, -1), "RIGHT") for n, is_number in enumerate(numeric) if is_number
        ]
        return data_table(
            [typography(h, self.lang) for h in headers], texts, scaled, extra=extra, lang=self.lang
        )

    def rollup_table(self, table: RollupTable, widths: Sequence[float]) -> Table:
        return self.table(table.headers, table.rows, widths)

    # Sections -------------------------------------------------------------------------------

    def flowables(self, created: dt.date) -> list[Flowable]:
        rollup, lang = self.rollup, self.lang
        out: list[Flowable] = [
            self.p(label("title", lang), "title"),
            self.p(period_text(rollup.period, lang), "subtitle"),
        ]
        held = held_text(rollup, lang)
        territories = sorted({w.territory.strip() for w in rollup.workshops if w.territory.strip()})
        about = " · ".join(x for x in (held, ", ".join(territories[:6])) if x)
        if about:
            out.append(self.p(about, "body"))
        out.append(self.p(_t("edited", lang).format(date=long_date(created, lang)), "note"))
        if not rollup:
            out.append(self.p(NOTHING[lang], "body"))
            return out
        out += self.figures()
        out += self.who()
        out += self.alliances()
        out += self.commitments()
        out += self.workshops()
        return out

    def figures(self) -> list[Flowable]:
        cells: list[object] = [
            [self.p(str(f.value), "figure"), self.p(f.text, "figure_label")]
            for f in headline_figures(self.rollup, self.lang)
        ]
        per_row = 4
        rows: list[list[object]] = [cells[n : n + per_row] for n in range(0, len(cells), per_row)]
        rows[-1] += [""] * (per_row - len(rows[-1]))
        table = Table(rows, colWidths=[CONTENT_WIDTH / per_row] * per_row, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        return [*self.h1("figures"), table, self.p(label("totals_note", self.lang), "note")]

    def who(self) -> list[Flowable]:
        rollup, lang = self.rollup, self.lang
        if not rollup.organisations:
            return []
        bars = [
            Bar(k.kind.label(lang), k.organisations, KIND_COLOURS[k.kind]) for k in rollup.kinds
        ]
        table = organisations_table(rollup, lang, TOP_ORGANISATIONS)
        out: list[Flowable] = [
            *self.h1("who"),
            KeepTogether([self.h2(_t("kinds_chart", lang)), bar_chart(bars, CONTENT_WIDTH, lang)]),
            self.h2(table.title),
            self.rollup_table(table, [175, 120, 50, 60, 58, 56]),
        ]
        more = len(rollup.organisations) - TOP_ORGANISATIONS
        if more > 0:
            out.append(self.p(MORE[lang].format(n=more), "note"))
        return out

    def alliances(self) -> list[Flowable]:
        rollup, lang = self.rollup, self.lang
        if not rollup.alliances:
            return []
        out = self.h1("alliances")
        sdgs = [s for s in rollup.sdgs if s.alliances]
        if sdgs:
            bars = [
                Bar(f"{s.number}. {sdg(s.number).title(lang)}", s.alliances, sdg(s.number).colour)
                for s in sdgs
            ]
            out.append(
                KeepTogether([self.h2(_t("sdg_chart", lang)), bar_chart(bars, CONTENT_WIDTH, lang)])
            )
        needs = needs_table(rollup, lang)
        bars = [
            Bar(str(row[0]), n.alliances, NEED_COLOURS[n.need])
            for row, n in zip(needs.rows, rollup.needs, strict=True)
        ]
        out.append(
            KeepTogether(
                [
                    self.h2(_t("need_chart", lang)),
                    bar_chart(bars, CONTENT_WIDTH, lang),
                    Spacer(1, 6),
                    self.rollup_table(needs, [250, 100, 100]),
                ]
            )
        )
        return out

    def commitments(self) -> list[Flowable]:
        rollup, lang = self.rollup, self.lang
        if not rollup.commitment_count:
            return []
        out = self.h1("commitments")
        out.append(self.h2(label("by_resource", lang)))
        out.append(
            self.table(
                by_kind_headers(lang), by_kind_rows(rollup.commitments, lang), [118, 92, 92, 92, 96]
            )
        )
        if any(q.quarter for q in rollup.quarters):
            out.append(
                KeepTogether(
                    [
                        self.h2(_t("quarters_chart", lang)),
                        quarter_chart(rollup, CONTENT_WIDTH, lang),
                    ]
                )
            )
        out.append(self.h2(label("by_quarter", lang)))
        headers = (label("quarter", lang), *by_kind_headers(lang))
        out.append(self.table(headers, quarter_rows(rollup, lang), [62, 100, 80, 80, 80, 90]))
        return out

    def workshops(self) -> list[Flowable]:
        """The workshops in date order with their figures (their needs are in the workbook)."""
        table = workshops_table(self.rollup, self.lang)
        if not table.rows:
            return []
        kept = (0, 1, 2, 5, 6, 7, 8)  # date, title, territory, present, organisations…
        return [
            *self.h1("workshops"),
            self.table(
                [table.headers[n] for n in kept],
                [[row[n] for n in kept] for row in table.rows],
                [56, 150, 80, 48, 74, 52, 70],
            ),
        ]


def build_territory_report(
    rollup: TerritoryRollup,
    out: str | Path | BinaryIO,
    *,
    lang: Lang = "fr",
    created: dt.date | None = None,
) -> None:
    """Write the roll-up as an A4 PDF (byte-identical for the same roll-up, language and day);
    a file named by its path is readable by its owner only."""
    created = created or dt.date.today()
    title = label("title", lang)
    period = period_text(rollup.period, lang)
    document = make_document(
        out, title=f"{title} · {period}", author="Catalyse", subject=period, lang=lang
    )
    footer = typography(f"{title} · {period}", lang)
    writer = TerritoryWriter(rollup, lang)
    document.build(
        writer.flowables(created),
        onFirstPage=page_decoration("", footer),
        onLaterPages=page_decoration(title, footer),
        canvasmaker=canvas_maker(PAGE_LABEL[lang], created),
    )
