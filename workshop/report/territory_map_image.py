"""The territory map as a PNG (Pillow), for the editable report: the PDF's map, pixel for point.

The same selection, fitting, colours and numbers as workshop/report/territory_map.py draws with
reportlab: the neighbouring territories (pale, dashed, named), the outline, the alliances' links,
the discs coloured by kind and numbered when the PDF numbers them, in the report's bold face.
Drawn at twice the size and reduced (antialiased); the PNG holds no date nor metadata, so the
same content gives the same bytes.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import Color

from workshop.domain.communes import Territory
from workshop.domain.records import OrganisationId
from workshop.domain.territory_map import MapPicture, MapSelection
from workshop.domain.vocabulary import Lang
from workshop.report.fonts import _SHIPPED, register_fonts
from workshop.report.styles import INK, MUTED
from workshop.report.territory_map import (
    LINK_COLOUR,
    NEIGHBOUR_DASH,
    NEIGHBOUR_FILL,
    NEIGHBOUR_NAME_SIZE,
    NEIGHBOUR_STROKE,
    OUTLINE_FILL,
    OUTLINE_STROKE,
    fitted_picture,
    is_light,
    neighbour_name_lines,
    numbering,
    quoted_names,
    text,
)

DPI = 200  # pixels per inch of the PNG at its size in the document
SUPERSAMPLE = 2  # drawn this many times larger, then reduced: smooth edges
WHITE = (255, 255, 255)


@dataclass(frozen=True)
class MapImage:
    """The map as a PNG, the picture it draws (its kinds, its links) and its size in points."""

    png: bytes
    picture: MapPicture
    numbers: dict[OrganisationId, int]  # the discs' numbers (empty: not numbered)
    width: float
    height: float


def _rgb(colour: Color) -> tuple[int, int, int]:
    return round(colour.red * 255), round(colour.green * 255), round(colour.blue * 255)


def _hex(colour: str) -> tuple[int, int, int]:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return red, green, blue


@cache
def _face(bold: bool = True) -> bytes:
    """The TrueType file of the report's bold (or regular) face (DejaVu Sans, shipped)."""
    fonts = register_fonts()
    filename = _SHIPPED[fonts.bold if bold else fonts.regular]
    return resources.files("catalyse_assets").joinpath("fonts", filename).read_bytes()


@cache
def _font(size: float, bold: bool = True) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(_face(bold)), size)


def _dashed(
    draw: ImageDraw.ImageDraw,
    ring: list[tuple[float, float]],
    dash: tuple[float, float],
    fill: tuple[int, int, int],
    width: int,
) -> None:
    """The closed `ring` stroked in dashes of `dash` (on, off) pixels, continued from one edge
    to the next as reportlab's dash array is."""
    on, off = dash
    period, phase = on + off, 0.0  # how far along the current period the pen is
    for (x1, y1), (x2, y2) in zip(ring, [*ring[1:], ring[0]], strict=True):
        length = math.hypot(x2 - x1, y2 - y1)
        done = 0.0
        while done < length:
            step = min((on if phase < on else period) - phase, length - done)
            if phase < on:
                a, b = done / length, (done + step) / length
                start = (x1 + (x2 - x1) * a, y1 + (y2 - y1) * a)
                end = (x1 + (x2 - x1) * b, y1 + (y2 - y1) * b)
                draw.line([start, end], fill=fill, width=width)
            done += step
            phase = (phase + step) % period


def territory_map_image(
    selection: MapSelection,
    territory: Territory | None,
    width: float,
    max_height: float,
    *,
    dpi: int = DPI,
) -> MapImage:
    """The map fitted in `width` x `max_height` points, as the PDF fits it, drawn as a PNG of
    `dpi` pixels per inch: the outline, the links, then the discs (numbered up to the PDF's
    limit)."""
    numbers, radius = numbering(selection)
    drawn, scale = fitted_picture(selection, territory, width, max_height, radius)
    left, top, w, h = drawn.bounds
    height = h * scale
    offset = (width - w * scale) / 2
    k = dpi / 72 * SUPERSAMPLE  # pixels per point while drawing

    def at(x: float, y: float) -> tuple[float, float]:  # both y axes point down: no flip
        return (offset + (x - left) * scale) * k, (y - top) * scale * k

    def pixels(points: float) -> int:
        return max(1, round(points * k))

    size = (max(1, round(width * k)), max(1, round(height * k)))
    image = Image.new("RGB", size, WHITE)
    draw = ImageDraw.Draw(image)
    for neighbour in drawn.neighbours:
        for ring in neighbour.rings:
            points = [at(x, y) for x, y in ring]
            draw.polygon(points, fill=_rgb(NEIGHBOUR_FILL))
            dash = (NEIGHBOUR_DASH[0] * k, NEIGHBOUR_DASH[1] * k)
            _dashed(draw, points, dash, _rgb(NEIGHBOUR_STROKE), pixels(0.5))
    regular = register_fonts().regular
    for neighbour in drawn.neighbours:
        x, y = at(*neighbour.label)
        lines = neighbour_name_lines(neighbour, scale, regular)
        leading = NEIGHBOUR_NAME_SIZE * 1.2 * k
        first = y - (len(lines) - 1) * leading / 2 + NEIGHBOUR_NAME_SIZE * 0.36 * k  # y down
        for index, line in enumerate(lines):
            draw.text(
                (x, first + index * leading),
                line,
                fill=_rgb(MUTED),
                font=_font(NEIGHBOUR_NAME_SIZE * k, bold=False),
                anchor="ms",
            )
    for ring in drawn.outline:
        points = [at(x, y) for x, y in ring]
        draw.polygon(points, fill=_rgb(OUTLINE_FILL))
        draw.line([*points, points[0]], fill=_rgb(OUTLINE_STROKE), width=pixels(0.9), joint="curve")
    for link in drawn.links:
        a, b = drawn.point(link.source), drawn.point(link.target)
        draw.line([at(a.x, a.y), at(b.x, b.y)], fill=_rgb(LINK_COLOUR), width=pixels(0.7))
    stroke = 0.6  # points of white around a disc, centred on its edge as reportlab strokes it
    for point in drawn.points:
        x, y = at(point.x, point.y)
        outer = (radius + stroke / 2) * k
        draw.ellipse(
            (x - outer, y - outer, x + outer, y + outer),
            fill=_hex(point.colour),
            outline=WHITE,
            width=pixels(stroke),
        )
        number = numbers.get(point.actor.id)
        if number is not None:
            text_size = 6.6 if number < 10 else 5.8
            ink = _rgb(INK) if is_light(point.colour) else WHITE
            # the PDF's baseline is 0.36 of the size under the centre (its y up, Pillow's down)
            baseline = y + text_size * 0.36 * k
            draw.text((x, baseline), str(number), fill=ink, font=_font(text_size * k), anchor="ms")
    final = (max(1, round(width * dpi / 72)), max(1, round(height * dpi / 72)))
    reduced = image.resize(final, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    reduced.save(out, "PNG")  # IHDR, IDAT, IEND: no date, no text chunk
    return MapImage(out.getvalue(), drawn, dict(numbers), width, height)


def description(image: MapImage, territory: Territory | None, lang: Lang) -> str:
    """The picture's text for a screen reader: what it shows, how many discs and lines."""
    numbered = text("picture_numbered", lang) if image.numbers else ""
    links = text("picture_links", lang, n=len(image.picture.links)) if image.picture.links else ""
    count = len(image.picture.points)
    if territory is None:
        return text("picture_no_outline", lang, count=count, numbered=numbered, links=links)
    names = [n.name for n in image.picture.neighbours]
    around = text("picture_neighbours", lang, names=quoted_names(names, lang)) if names else ""
    return text(
        "picture",
        lang,
        territory=territory.name,
        count=count,
        numbered=numbered,
        links=links,
        around=around,
    )
