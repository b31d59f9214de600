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

from workshop.report.fonts import clean, font_runs

ELLIPSIS = "…"
_SPACES = re.compile("[ ]+")


@cache
def _char_widths(font: str) -> tuple[dict[int, float], float]:
    face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]
    return face.charWidths, face.defaultWidth


def text_width(text: str, font: str, size: float) -> float:
    """The width of `text` in points (reportlab's own measure, with its tables looked up once)."""
    total = 0.0
    for run_font, run in font_runs(text, font):
        widths, default = _char_widths(run_font)
        total += sum(widths.get(ord(char), default) for char in run)
    return 0.001 * size * total


def _fit_prefix(text: str, font: str, size: float, width: float) -> int:
    """How many leading characters of `text` fit in `width` points."""
    budget = width * 1000 / size
    used = 0.0
    index = 0
    for run_font, run in font_runs(text, font):
        widths, default = _char_widths(run_font)
        for char in run:
            used += widths.get(ord(char), default)
            if used > budget:
                return index
            index += 1
    return len(text)


def truncate(text: str, font: str, size: float, width: float) -> str:
    """One line of at most `width` points, ending with an ellipsis when cut."""
    text = " ".join(clean(text).split())
    if text_width(text, font, size) <= width:
        return text
    room = width - text_width(ELLIPSIS, font, size)
    return text[: _fit_prefix(text, font, size, room)].rstrip() + ELLIPSIS


def wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Lines of at most `width` points (long words broken), at most `max_lines`, with '…'."""
    lines: list[str] = []
    space = text_width(" ", font, size)
    for paragraph in clean(text).split("\n"):
        line, line_width = "", 0.0
        for word in _SPACES.split(paragraph.strip(" ")):  # no-break spaces hold words
            word_width = text_width(word, font, size)
            if line and line_width + space + word_width <= width:
                line, line_width = f"{line} {word}", line_width + space + word_width
                continue
            if line:
                lines.append(line)
            while word_width > width and len(word) > 1:  # a word longer than the box
                cut = max(1, _fit_prefix(word, font, size, width))
                lines.append(word[:cut])
                word = word[cut:]
                word_width = text_width(word, font, size)
            line, line_width = word, word_width
            if len(lines) > max_lines:
                break
        if line:
            lines.append(line)
        if len(lines) > max_lines:
            break
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = truncate(lines[-1].rstrip() + ELLIPSIS, font, size, width)
    return lines


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
