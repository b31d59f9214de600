"""Paragraph and table styles of the report, on the shipped Unicode fonts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from workshop.domain.vocabulary import Lang
from workshop.report.fonts import FontNames, clean, font_runs, markup, register_fonts
from workshop.report.i18n import tr
from workshop.report.text_fit import fit_lines

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#1D2730")
MUTED = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#C9D1D8")
HEADER_FILL = colors.HexColor("#E7ECF0")
ZEBRA = colors.HexColor("#F6F8FA")
ACCENT = colors.HexColor("#19486A")  # SDG 17's navy: the report's accent


@dataclass(frozen=True)
class Styles:
    """The report's paragraph styles (built once per process)."""

    fonts: FontNames
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle


@cache
def styles() -> Styles:
    fonts = register_fonts()
    body = ParagraphStyle(
        "body", fontName=fonts.regular, fontSize=9.5, leading=13, textColor=INK, spaceAfter=4
    )
    return Styles(
        fonts=fonts,
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.bold,
            fontSize=24,
            leading=29,
            textColor=ACCENT,
            spaceAfter=8,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=16, textColor=MUTED, spaceAfter=14
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=fonts.bold,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=8,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=fonts.bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
        ),
        body=body,
        note=ParagraphStyle("note", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=fonts.bold, fontSize=8, leading=10, spaceAfter=0
        ),
        figure=ParagraphStyle(
            "figure",
            parent=body,
            fontName=fonts.bold,
            fontSize=22,
            leading=26,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceAfter=0,
        ),
        figure_label=ParagraphStyle(
            "figure_label",
            parent=body,
            fontSize=8.5,
            leading=11,
            alignment=TA_CENTER,
            textColor=MUTED,
            spaceAfter=0,
        ),
    )


def para(text: str, style: ParagraphStyle, *, line_breaks: bool = False) -> Paragraph:
    """A Paragraph of user (or label) text: always escaped, never interpreted as markup."""
    return Paragraph(markup(text, line_breaks=line_breaks), style)


CELL_PADDING = 3.0
FIT_SLACK = 0.5  # points kept free in a fitted cell so that reportlab never re-breaks a line
MAX_CELL_LINES = 24  # lines of one table cell: a row always fits on a page


def _fitted(
    text: str, width: float, style: ParagraphStyle, max_lines: int, line_breaks: bool
) -> tuple[str, list[str], bool]:
    text = clean(text)
    if not line_breaks:
        text = text.replace("\n", " ")
    lines, cut = fit_lines(text, style.fontName, style.fontSize, width - FIT_SLACK, max_lines)
    return text, lines, cut


def fit_paragraph(
    text: str,
    width: float,
    lang: Lang = "fr",
    *,
    style: ParagraphStyle | None = None,
    max_lines: int = MAX_CELL_LINES,
    padding: float = CELL_PADDING,
    line_breaks: bool = True,
) -> Paragraph:
    """User text as an escaped Paragraph for a box `width` points wide (with `padding` on each
    side), never more than `max_lines` lines: when it fits, reportlab wraps it; when it does
    not, it is the lines that fit (long words broken at the box's edge), the last one ending
    with '…', and a muted note."""
    style = style or styles().cell
    text, lines, cut = _fitted(text, width - 2 * padding, style, max_lines, line_breaks)
    return _paragraph(text, lines, cut, style, lang)


def _paragraph(
    text: str, lines: list[str], cut: bool, style: ParagraphStyle, lang: Lang
) -> Paragraph:
    if not cut:
        return Paragraph(markup(text, line_breaks=True), style)
    body = markup("\n".join(lines), line_breaks=True)
    note = markup(tr("text_cut", lang))
    return Paragraph(f'{body}<br/><font color="#{MUTED.hexval()[2:]}">{note}</font>', style)


def fit_cell(
    text: str,
    width: float,
    lang: Lang = "fr",
    *,
    style: ParagraphStyle | None = None,
    max_lines: int = MAX_CELL_LINES,
    padding: float = CELL_PADDING,
) -> str | Paragraph:
    """A data_table cell for user text: its lines (and the note of a cut text) as a plain
    string in the shipped font (drawn as is, never parsed as markup, and much faster), else a
    `fit_paragraph` (CJK runs in the fallback font, a bold style)."""
    s = styles()
    style = style or s.cell
    text, lines, cut = _fitted(text, width - 2 * padding, style, max_lines, True)
    if style is s.cell:
        plain = "\n".join([*lines, tr("text_cut", lang)] if cut else lines)
        if font_runs(plain, s.fonts.regular) == [(s.fonts.regular, plain)]:
            return plain
    return _paragraph(text, lines, cut, style, lang)


def data_table(
    header: list[str],
    rows: Sequence[Sequence[object]],
    widths: list[float],
    *,
    extra: Sequence[tuple[Any, ...]] = (),
    lang: Lang = "fr",
    max_lines: Sequence[int] | None = None,
) -> Table:
    """A table whose header repeats on every page it spans, with zebra rows; each text cell is
    fitted to its column, at most `max_lines` lines (by column; MAX_CELL_LINES by default)."""
    s = styles()
    head = [
        fit_cell(text, width, lang, style=s.cell_bold, max_lines=4)
        for text, width in zip(header, widths, strict=True)
    ]
    limits = max_lines or [MAX_CELL_LINES] * len(widths)
    body = [
        [
            fit_cell(value, width, lang, max_lines=limit) if isinstance(value, str) else value
            for value, width, limit in zip(row, widths, limits, strict=True)
        ]
        for row in rows
    ]
    table = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), s.fonts.regular),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    table.setStyle(TableStyle([*commands, *extra]))
    return table
