"""Drawing helpers: user text fitted into fixed boxes (wrap, hard-break, ellipsis), shapes."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from reportlab.graphics.shapes import Group, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from workshop.report.fonts import characters, clean, font_runs, register_fonts

ELLIPSIS = "…"
_WORD = re.compile("[^ ]+")  # words are cut at spaces only: no-break spaces hold them


class _Advances(dict[str, float]):
    """A character's advance in thousandths of the font size; a character met for the first
    time is looked up in the font (or, for the characters only it has, the CJK fallback, as
    `font_runs` draws them) and kept: then one dictionary look-up per character."""

    def __init__(self, font: str) -> None:
        super().__init__()
        self.font = font

    def __missing__(self, char: str) -> float:
        fonts = register_fonts()
        font = self.font
        if (
            fonts.fallback is not None
            and char not in characters(fonts.regular)
            and char in characters(fonts.fallback)
        ):
            font = fonts.fallback
        widths, default = _char_widths(font)
        self[char] = advance = widths.get(ord(char), default)
        return advance


@cache
def _char_widths(font: str) -> tuple[dict[int, float], float]:
    face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]
    return face.charWidths, face.defaultWidth


@cache
def _measure(font: str) -> _Advances:
    return _Advances(font)


def text_width(text: str, font: str, size: float) -> float:
    """The width of `text` in points (reportlab's own measure, with its tables looked up once)."""
    return 0.001 * size * sum(map(_measure(font).__getitem__, text))


def _fit(text: str, start: int, end: int, measure: _Advances, budget: float) -> tuple[int, float]:
    """Where the characters from `start` stop fitting in `budget` (thousandths of the size), and
    the width they take: only the characters that fit are looked at, so a huge text costs what
    is printed of it."""
    if end - start <= 64:  # a short word: summed at once, the usual case
        used = sum(map(measure.__getitem__, text[start:end]))
        if used <= budget:
            return end, used
    used = 0.0
    for index in range(start, end):
        advance = measure[text[index]]
        if used + advance > budget:
            return index, used
        used += advance
    return end, used


def truncate(text: str, font: str, size: float, width: float) -> str:
    """One line of at most `width` points, ending with an ellipsis when cut."""
    text = " ".join(clean(text).split())
    measure = _measure(font)
    budget = width * 1000 / size
    stop, _ = _fit(text, 0, len(text), measure, budget)
    if stop == len(text):
        return text
    stop, _ = _fit(text, 0, len(text), measure, budget - measure[ELLIPSIS])
    return text[:stop].rstrip() + ELLIPSIS


def fit_lines(
    text: str, font: str, size: float, width: float, max_lines: int
) -> tuple[list[str], bool]:
    """Lines of at most `width` points, at most `max_lines` of them, and whether text was cut.

    Words wrap at spaces; a word longer than the box is broken where the box ends (a pasted
    URL, a name without spaces). When the text needs more lines, the last one ends with '…'.
    Linear in what is printed: the text after the last line shown is never measured.
    """
    measure = _measure(font)
    budget = width * 1000 / size
    space = measure[" "]
    max_lines = max(1, max_lines)
    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        line, used = "", 0.0
        for match in _WORD.finditer(paragraph):
            start, end = match.span()
            stop, word_width = _fit(paragraph, start, end, measure, budget)
            if stop == end and line and used + space + word_width <= budget:
                line, used = f"{line} {paragraph[start:end]}", used + space + word_width
                continue
            if stop < end and line:  # a word longer than the box starts on the current line
                rest, _ = _fit(paragraph, start, end, measure, budget - used - space)
                if rest > start:
                    line, start = f"{line} {paragraph[start:rest]}", rest
                    stop, word_width = _fit(paragraph, start, end, measure, budget)
            if line:
                lines.append(line)
            while stop < end and len(lines) <= max_lines:  # and goes on, broken at the edge
                stop = max(stop, start + 1)
                lines.append(paragraph[start:stop])
                start = stop
                stop, word_width = _fit(paragraph, start, end, measure, budget)
            line, used = paragraph[start:end], word_width
            if len(lines) > max_lines:
                break
        if line and len(lines) <= max_lines:
            lines.append(line)
        if len(lines) > max_lines:
            break
    if len(lines) <= max_lines:
        return lines, False
    lines = lines[:max_lines]
    lines[-1] = truncate(lines[-1].rstrip() + ELLIPSIS, font, size, width)
    return lines, True


def wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Lines of at most `width` points (long words broken), at most `max_lines`, with '…'."""
    return fit_lines(text, font, size, width, max_lines)[0]


def label(
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    colour: Color = colors.black,
    anchor: Literal["start", "middle", "end"] = "start",
) -> String | Group:
    """A drawing String in the shipped font, with CJK runs in the fallback font when needed."""
    runs = font_runs(text, font)
    if len(runs) == 1:
        return String(
            x, y, text, fontName=runs[0][0], fontSize=size, fillColor=colour, textAnchor=anchor
        )
    total = text_width(text, font, size)
    start = {"start": x, "middle": x - total / 2, "end": x - total}[anchor]
    group = Group()
    for run_font, run in runs:
        group.add(String(start, y, run, fontName=run_font, fontSize=size, fillColor=colour))
        start += text_width(run, run_font, size)
    return group


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Write `text` on a canvas from (x, y), with CJK runs in the fallback font when needed."""
    for run_font, run in font_runs(text, font):
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, run)
        x += text_width(run, run_font, size)


def lighter(colour: str, amount: float) -> Color:
    """A colour mixed with white (amount 0: the colour, 1: white)."""
    base = colors.HexColor(colour)
    return Color(
        base.red + (1 - base.red) * amount,
        base.green + (1 - base.green) * amount,
        base.blue + (1 - base.blue) * amount,
    )


def rect(
    x: float,
    y: float,
    width: float,
    height: float,
    fill: Color | None,
    stroke: Color | None = None,
    stroke_width: float = 0.5,
) -> Rect:
    """A filled rectangle, stroked only when `stroke` is given."""
    shape = Rect(x, y, width, height)
    shape.fillColor = fill
    shape.strokeColor = stroke
    shape.strokeWidth = stroke_width
    return shape
