"""Paragraph and table styles of the report, on the shipped Unicode fonts."""

from __future__ import annotations

import re
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
from workshop.report.text_fit import MAX_HYPHENATED, PYPHEN_LANGS, fit_lines, text_width
from workshop.report.text_fit import syllables as hyphen_points

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


BODY_SIZE = 9.5
TABLE_SIZE = 9.0  # the smallest size of what the report says: body, tables, cards
TABLE_LEADING = 11.5
SECONDARY_SIZE = 8.0  # notes, authors, captions: never smaller
SECONDARY_LEADING = 10.5


@cache
def styles(lang: Lang = "fr") -> Styles:
    """The styles of a report in `lang`: its paragraphs hyphenate in that language (pyphen's
    dictionaries, through reportlab's `hyphenationLang`), between syllables only."""
    fonts = register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        fontSize=BODY_SIZE,
        leading=13,
        textColor=INK,
        spaceAfter=4,
        hyphenationLang=PYPHEN_LANGS[lang],
        hyphenationMinWordLength=5,
        embeddedHyphenation=1,  # "co-construction" ends a line after its own hyphen
        uriWasteReduce=0.3,  # a long address is broken rather than leave most of a line empty
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
        note=ParagraphStyle(
            "note",
            parent=body,
            fontSize=SECONDARY_SIZE,
            leading=SECONDARY_LEADING,
            textColor=MUTED,
        ),
        cell=ParagraphStyle(
            "cell", parent=body, fontSize=TABLE_SIZE, leading=TABLE_LEADING, spaceAfter=0
        ),
        cell_bold=ParagraphStyle(
            "cell_bold",
            parent=body,
            fontName=fonts.bold,
            fontSize=TABLE_SIZE,
            leading=TABLE_LEADING,
            spaceAfter=0,
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
            fontSize=SECONDARY_SIZE + 0.5,
            leading=11,
            alignment=TA_CENTER,
            textColor=MUTED,
            spaceAfter=0,
        ),
    )


def para(text: str, style: ParagraphStyle, *, line_breaks: bool = False) -> Paragraph:
    """A Paragraph of user (or label) text: always escaped, never interpreted as markup."""
    return Paragraph(markup(text, line_breaks=line_breaks), hyphenation_safe(style, text))


def hyphenation_safe(style: ParagraphStyle, text: str) -> ParagraphStyle:
    """The style, without hyphenation when the text holds a "word" too long to be one (a pasted
    row of thousands of letters): reportlab's hyphenation tries every break of a word, each
    measured, so such a word would take minutes; it is broken at the edge instead."""
    if not style.hyphenationLang or max(map(len, text.split()), default=0) <= MAX_HYPHENATED:
        return style
    return _unhyphenated(style)


@cache
def _unhyphenated(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_plain", parent=style, hyphenationLang="")


CELL_PADDING = 3.0
FIT_SLACK = 0.5  # points kept free in a fitted cell so that reportlab never re-breaks a line
MAX_CELL_LINES = 24  # lines of one table cell: a row always fits on a page


def _fitted(
    text: str, width: float, style: ParagraphStyle, max_lines: int, line_breaks: bool, lang: Lang
) -> tuple[str, list[str], bool]:
    text = clean(text)
    if not line_breaks:
        text = text.replace("\n", " ")
    lines, cut = fit_lines(text, style.fontName, style.fontSize, width - FIT_SLACK, max_lines, lang)
    return text, lines, cut


def in_language(style: ParagraphStyle, lang: Lang) -> ParagraphStyle:
    """One of the report's styles in `lang` (its hyphenation); any other style as it is."""
    for other in PYPHEN_LANGS:
        if getattr(styles(other), style.name, None) is style:
            own = getattr(styles(lang), style.name)
            assert isinstance(own, ParagraphStyle)
            return own
    return style


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
    style = in_language(style or styles(lang).cell, lang)
    text, lines, cut = _fitted(text, width - 2 * padding, style, max_lines, line_breaks, lang)
    return _paragraph(text, lines, cut, style, lang)


def _paragraph(
    text: str, lines: list[str], cut: bool, style: ParagraphStyle, lang: Lang
) -> Paragraph:
    if not cut:
        return Paragraph(markup(text, line_breaks=True), hyphenation_safe(style, text))
    style = hyphenation_safe(style, "\n".join(lines))
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
    s = styles(lang)
    style = in_language(style or s.cell, lang)
    text, lines, cut = _fitted(text, width - 2 * padding, style, max_lines, True, lang)
    if style is s.cell:
        plain = "\n".join([*lines, tr("text_cut", lang)] if cut else lines)
        if font_runs(plain, s.fonts.regular) == [(s.fonts.regular, plain)]:
            return plain
    return _paragraph(text, lines, cut, style, lang)


MAX_UNBREAKABLE_SHARE = 0.4  # of the table's width: a pasted URL does not take the whole table
MAX_GIVEN = 0.35  # of a column's width, given to its neighbours at most


def _unbreakable_width(text: str, font: str, lang: Lang) -> float:
    """The widest piece of `text` that no line may break: a date, a number, a phone number, an
    e-mail address, a word without syllables to break at."""
    widest = 0.0
    for token in re.split(r"[ \n\t]+", clean(text)):  # a no-break space holds its pieces
        if len(token) > 80 or hyphen_points(token, lang):
            continue  # a pasted row is broken at the column's edge, as it must be
        widest = max(widest, text_width(token, font, TABLE_SIZE))
    return widest


def balanced_widths(
    header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float], lang: Lang
) -> list[float]:
    """The column widths, of the same total, each wide enough for the widest unbreakable piece
    of its cells when the other columns can give the room (they give it in proportion to what
    they have beyond their own needs); `widths` unchanged when every piece already fits."""
    fonts = register_fonts()
    total = sum(widths)
    needs = []
    for column in range(len(widths)):
        need = _unbreakable_width(header[column], fonts.bold, lang) if column < len(header) else 0
        for row in rows:
            value = row[column] if column < len(row) else None
            if isinstance(value, str):
                need = max(need, _unbreakable_width(value, fonts.regular, lang))
        need = min(need + 2 * CELL_PADDING + FIT_SLACK + 0.5, MAX_UNBREAKABLE_SHARE * total)
        needs.append(need)
    deficit = sum(max(0.0, n - w) for n, w in zip(needs, widths, strict=True))
    if deficit <= 0:
        return list(widths)
    # a column gives at most MAX_GIVEN of its width: it stays a column, whatever the others hold
    spare = [max(0.0, min(w - n, MAX_GIVEN * w)) for n, w in zip(needs, widths, strict=True)]
    if sum(spare) <= 0:
        return list(widths)
    give = min(1.0, deficit / sum(spare))
    taken = [sp * give for sp in spare]
    share = sum(taken) / deficit
    return [w + max(0.0, n - w) * share - t for n, w, t in zip(needs, widths, taken, strict=True)]


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
    fitted to its column, at most `max_lines` lines (by column; MAX_CELL_LINES by default).
    The columns keep the total of `widths` but are rebalanced (`balanced_widths`) so that a date,
    a phone number or an e-mail address is never broken inside."""
    s = styles(lang)
    widths = balanced_widths(header, rows, widths, lang)
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
        ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE),
        ("LEADING", (0, 0), (-1, -1), TABLE_LEADING),
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
