"""The board drawn from its data for paper: each zone a coloured block of wrapped card boxes.

A zone becomes a heading band and rows of cards, each row its own Drawing, so that a zone
of hundreds of cards flows across pages; the rows share the zone's colour and form one block.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing
from reportlab.lib import colors

from workshop.domain.records import Card
from workshop.domain.vocabulary import KIND_COLOURS, Lang
from workshop.report.data import ReportData
from workshop.report.styles import (
    INK,
    MUTED,
    RULE,
    SECONDARY_LEADING,
    SECONDARY_SIZE,
    TABLE_LEADING,
    TABLE_SIZE,
    styles,
)
from workshop.report.text_fit import label, rect, truncate, wrap
from workshop.report.typography import typography
from workshop.storage.board import VoteTally

COLUMNS = 3
PAD = 7.0
GAP = 6.0
TEXT_SIZE = TABLE_SIZE  # a card reads as a table cell does
LEADING = TABLE_LEADING
MAX_LINES = 7  # on the board's overview; the appendix gives FULL_LINES
FULL_LINES = 40  # a card of a thousand words still fits on a page (cut with '…' beyond)
SMALL = SECONDARY_SIZE  # author and cluster
SMALL_LEADING = SECONDARY_LEADING
AUTHOR_LINES = 2  # "Zoé Laurent (Restos du Cœur – antenne de Bourg-Lise)" whole, most often
NO_KIND = "#B0B8BF"
# Where a card's votes came from, in the report's language: (singular, plural) per source.
_SOURCES: dict[str, dict[Lang, tuple[str, str]]] = {
    "participants": {  # a participant's own vote: from their phone, or clicked in their name
        "fr": ("{n} vote nominatif", "{n} votes nominatifs"),
        "en": ("{n} named vote", "{n} named votes"),
    },
    "room": {"fr": ("{n} de la salle", "{n} de la salle"), "en": ("{n} from the room",) * 2},
    "paper": {
        "fr": ("{n} gommette", "{n} gommettes"),
        "en": ("{n} sticker dot", "{n} sticker dots"),
    },
}


def vote_sources(tally: VoteTally | None, lang: Lang) -> str:
    """Where a card's votes came from ("2 votes nominatifs · 3 de la salle · 5 gommettes")."""
    if tally is None:
        return ""
    parts = []
    for key, n in (
        ("participants", tally.participants),
        ("room", tally.room),
        ("paper", tally.paper),
    ):
        if n:
            one, many = _SOURCES[key][lang]
            parts.append((one if n == 1 else many).format(n=n))
    return " · ".join(parts)


def zone_blocks(
    data: ReportData,
    width: float,
    no_zone_name: str,
    lang: Lang,
    *,
    max_lines: int = MAX_LINES,
) -> list[Drawing]:
    """Every zone (in board order) as a heading band followed by its card rows; a card longer
    than `max_lines` lines ends with '…' (FULL_LINES: the cards in full, for an appendix)."""
    by_zone: dict[int | None, list[Card]] = {}
    for card in data.cards:
        by_zone.setdefault(card.zone_id, []).append(card)
    drawings: list[Drawing] = []
    for zone in data.zones:
        cards = by_zone.get(zone.id, [])
        drawings += _zone(data, zone.name, zone.colour, cards, width, lang, max_lines)
    stray = [c for c in data.cards if c.zone_id not in {z.id for z in data.zones}]
    if stray:
        drawings += _zone(data, no_zone_name, "#F4F6F8", stray, width, lang, max_lines)
    return drawings


def _zone(
    data: ReportData,
    name: str,
    colour: str,
    cards: list[Card],
    width: float,
    lang: Lang,
    max_lines: int,
) -> list[Drawing]:
    fonts = styles().fonts
    fill = _colour(colour)
    head = Drawing(width, 24)
    head.add(rect(0, 0, width, 24, fill))
    head.add(rect(0, 23, width, 1.2, INK))
    title = truncate(typography(name, lang), fonts.bold, 11, width - 2 * PAD - 60)
    head.add(label(PAD, 8, title, fonts.bold, 11, INK))
    head.add(label(width - PAD, 8, str(len(cards)), fonts.regular, 9, MUTED, "end"))
    drawings = [head]
    ordered = sorted(cards, key=lambda c: (c.y, c.x, c.id))
    card_width = (width - 2 * PAD - (COLUMNS - 1) * GAP) / COLUMNS
    for start in range(0, len(ordered), COLUMNS):
        row = ordered[start : start + COLUMNS]
        drawings.append(_row(data, row, card_width, width, fill, lang, max_lines))
    foot = Drawing(width, PAD)
    foot.add(rect(0, 0, width, PAD, fill))
    drawings.append(foot)
    return drawings


def _row(
    data: ReportData,
    cards: list[Card],
    card_width: float,
    width: float,
    fill: colors.Color,
    lang: Lang,
    max_lines: int,
) -> Drawing:
    fonts = styles().fonts
    text_width = card_width - 14 - 12
    laid_out = []
    for card in cards:
        cluster = data.cluster_label(card.cluster_id)
        text = typography(card.text, lang)
        lines = wrap(text, fonts.regular, TEXT_SIZE, text_width, max_lines, lang)
        author = typography(data.card_author(card), lang)
        by = wrap(author, fonts.regular, SMALL, card_width - 12, AUTHOR_LINES, lang, fill=False)
        sources = vote_sources(data.vote_sources.get(card.id), lang)
        sources = truncate(sources, fonts.italic, SMALL, card_width - 12) if sources else ""
        laid_out.append((card, cluster, lines, by, sources))
    tallest = max(
        len(lines) * LEADING
        + (SMALL_LEADING if cluster else 0)
        + (len(by) + (1 if sources else 0)) * SMALL_LEADING
        for _, cluster, lines, by, sources in laid_out
    )
    card_height = 5 + tallest + 6
    drawing = Drawing(width, card_height + GAP)
    drawing.add(rect(0, 0, width, card_height + GAP, fill))
    for index, (card, cluster, lines, by, sources) in enumerate(laid_out):
        x = PAD + index * (card_width + GAP)
        organisation = data.card_organisation(card)
        strip = KIND_COLOURS[organisation.kind] if organisation else NO_KIND
        drawing.add(rect(x, 0, card_width, card_height, colors.white, RULE))
        drawing.add(rect(x, 0, 3.5, card_height, colors.HexColor(strip)))
        y = card_height - 4 - TEXT_SIZE
        if cluster:
            tag = truncate("▸ " + typography(cluster, lang), fonts.italic, SMALL, text_width)
            drawing.add(label(x + 8, y + 1, tag, fonts.italic, SMALL, MUTED))
            y -= SMALL_LEADING
        for line in lines:
            drawing.add(label(x + 8, y, line, fonts.regular, TEXT_SIZE, INK))
            y -= LEADING
        for n, line in enumerate(reversed(by)):  # the author's lines sit at the card's foot
            drawing.add(label(x + 8, 4 + n * SMALL_LEADING, line, fonts.regular, SMALL, MUTED))
        if sources:  # where the votes came from, just above the author
            y_sources = 4 + len(by) * SMALL_LEADING
            drawing.add(label(x + 8, y_sources, sources, fonts.italic, SMALL, MUTED))
        votes = data.votes.get(card.id, 0)
        if votes:
            cx, cy = x + card_width - 8, card_height - 8
            drawing.add(Circle(cx, cy, 7, fillColor=INK, strokeColor=None))
            drawing.add(label(cx, cy - 2.8, str(votes), fonts.bold, SMALL, colors.white, "middle"))
    return drawing


def _colour(value: str) -> colors.Color:
    try:
        return colors.HexColor(value)
    except (ValueError, TypeError):
        return colors.HexColor("#F4F6F8")
