"""The board on paper: card texts at table size, authors whole at the secondary size."""

from __future__ import annotations

from reportlab.graphics.shapes import String

from workshop.report.board import FULL_LINES, zone_blocks
from workshop.report.data import ReportData
from workshop.report.styles import FRAME_WIDTH, INK
from workshop.report.text_fit import ELLIPSIS


def _strings(data: ReportData, **options: int) -> list[String]:
    return [
        shape
        for drawing in zone_blocks(data, FRAME_WIDTH, "Sans zone", "fr", **options)
        for shape in drawing.contents
        if isinstance(shape, String)
    ]


def test_cards_print_at_nine_points_and_their_authors_at_eight(demo_data: ReportData) -> None:
    """No card text is under 9 pt, no author or cluster line under 8 pt."""
    strings = _strings(demo_data)
    texts = [s for s in strings if s.fillColor == INK and s.fontSize < 11]  # not the zone's name
    assert texts and min(s.fontSize for s in texts) >= 9
    assert min(s.fontSize for s in strings) >= 8


def test_an_author_with_a_long_organisation_prints_whole(demo_data: ReportData) -> None:
    """'Zoé Laurent (Restos du Cœur – antenne de Bourg-Lise)' is not cut with '…'."""
    printed = " ".join(s.text for s in _strings(demo_data)).replace("\u00a0", " ")
    authors = {demo_data.card_author(c) for c in demo_data.cards}
    long = [a for a in authors if len(a) > 40]
    assert long
    for author in long:
        assert all(word in printed.split() for word in author.split())
    assert ELLIPSIS not in printed


def test_the_appendix_prints_a_long_card_in_full(demo_data: ReportData) -> None:
    """With FULL_LINES, a card of 40 sentences prints whole; the overview cuts it with '…'."""
    import dataclasses

    long = "Une cuisine centrale partagée entre les communes. " * 12
    cards = (dataclasses.replace(demo_data.cards[0], text=long), *demo_data.cards[1:])
    data = dataclasses.replace(demo_data, cards=cards)
    overview = " ".join(s.text for s in _strings(data))
    full = " ".join(s.text for s in _strings(data, max_lines=FULL_LINES))
    assert ELLIPSIS in overview
    assert full.replace("\u00a0", " ").count("communes.") == 12
