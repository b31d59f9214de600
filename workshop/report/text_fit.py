"""Drawing helpers: user text fitted into fixed boxes (wrap, hard-break, ellipsis), shapes."""

from __future__ import annotations

from typing import Literal

from reportlab.graphics.shapes import Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from workshop.report.fonts import clean, font_for

ELLIPSIS = "…"


def truncate(text: str, font: str, size: float, width: float) -> str:
    """One line of at most `width` points, ending with an ellipsis when cut."""
    text = " ".join(clean(text).split())
    if stringWidth(text, font_for(text, font), size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        candidate = text[:middle].rstrip() + ELLIPSIS
        if stringWidth(candidate, font_for(candidate, font), size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Lines of at most `width` points (long words broken), at most `max_lines`, with '…'."""
    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        words = " ".join(paragraph.split())
        if not words:
            continue
        face = font_for(words, font)
        for line in simpleSplit(words, face, size, width):
            lines += _break_long(line, face, size, width)
        if len(lines) > max_lines:
            break
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = truncate(lines[-1].rstrip() + ELLIPSIS, font, size, width)
    return lines


def _break_long(line: str, font: str, size: float, width: float) -> list[str]:
    """A line wider than the box (a word with no space) cut into pieces that fit."""
    pieces: list[str] = []
    while stringWidth(line, font, size) > width and len(line) > 1:
        low, high = 1, len(line) - 1
        while low < high:  # the longest prefix that fits (at least one character)
            middle = (low + high + 1) // 2
            if stringWidth(line[:middle], font, size) <= width:
                low = middle
            else:
                high = middle - 1
        cut = low
        pieces.append(line[:cut])
        line = line[cut:]
    pieces.append(line)
    return pieces


def label(
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    colour: Color = colors.black,
    anchor: Literal["start", "middle", "end"] = "start",
) -> String:
    """A drawing String in the shipped font, or in the CJK fallback when DejaVu lacks a glyph."""
    return String(
        x,
        y,
        text,
        fontName=font_for(text, font),
        fontSize=size,
        fillColor=colour,
        textAnchor=anchor,
    )


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
