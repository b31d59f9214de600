"""Table cards: one A4 landscape page per table, put on the table (or folded as a tent card):
the table's name in large letters, its host, who sits there this round, the workshop's
question. Every user text is escaped; two builds of the same data are byte-identical."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepInFrame,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from workshop.domain.records import Workshop, WorkshopId
from workshop.domain.vocabulary import Lang
from workshop.queries.tables import TablesOverview, TableView, tables_overview
from workshop.report.fonts import markup, register_fonts
from workshop.report.i18n import format_date
from workshop.report.pages import make_private, metadata
from workshop.report.styles import fit_paragraph
from workshop.report.typography import typography
from workshop.storage.store import Store

PAGE = landscape(A4)
MARGIN = 14 * mm
GREY = colors.HexColor("#5F6B76")
INK = colors.HexColor("#1B2631")
ACCENT = colors.HexColor("#1F6FB2")
QUESTION_FILL = colors.HexColor("#F0F3F6")
MEMBER_COLUMNS = 2

_LABELS: dict[str, tuple[str, str]] = {
    "cards": ("Cartes de table", "Table cards"),
    "host": ("Hôte : {name}", "Host: {name}"),
    "no_host": ("Hôte : à désigner", "Host: to be chosen"),
    "round": ("Autour de la table, tour {round}", "Around the table, round {round}"),
    "nobody": (
        "Personne n'est encore assis à cette table.",
        "Nobody sits at this table yet.",
    ),
    "question": ("La question de l'atelier", "The workshop's question"),
}


def _label(key: str, lang: Lang) -> str:
    fr, en = _LABELS[key]
    return typography(fr, lang) if lang == "fr" else en


def _card(
    view: TableView, overview: TablesOverview, workshop: Workshop, lang: Lang, fonts: Any
) -> list[Any]:
    width = PAGE[0] - 2 * MARGIN
    head = ParagraphStyle("head", fontName=fonts.regular, fontSize=11, leading=14, textColor=GREY)
    name = ParagraphStyle(
        "name", fontName=fonts.bold, fontSize=84, leading=94, textColor=INK, alignment=1
    )
    host = ParagraphStyle(
        "host", fontName=fonts.bold, fontSize=24, leading=30, textColor=ACCENT, alignment=1
    )
    section = ParagraphStyle(
        "section", fontName=fonts.bold, fontSize=13, leading=17, textColor=GREY
    )
    member = ParagraphStyle("member", fontName=fonts.regular, fontSize=16, leading=20)
    question = ParagraphStyle(
        "question", fontName=fonts.italic, fontSize=18, leading=23, textColor=INK
    )
    story: list[Any] = [
        fit_paragraph(
            f"{workshop.title} · {format_date(workshop.date, lang)}"
            if workshop.date
            else workshop.title,
            width,
            lang,
            style=head,
            max_lines=1,
        ),
        Spacer(0, 10 * mm),
        fit_paragraph(view.table.name, width, lang, style=name, max_lines=2),
        Spacer(0, 3 * mm),
        fit_paragraph(
            _label("host", lang).format(name=view.host.label)
            if view.host
            else _label("no_host", lang),
            width,
            lang,
            style=host,
            max_lines=2,
        ),
        Spacer(0, 8 * mm),
        Paragraph(markup(_label("round", lang).format(round=overview.round)), section),
        Spacer(0, 2 * mm),
    ]
    guests = view.guests
    if guests:
        column = width / MEMBER_COLUMNS
        rows = (len(guests) + MEMBER_COLUMNS - 1) // MEMBER_COLUMNS
        cells = [
            [
                fit_paragraph(guests[r + c * rows].label, column, lang, style=member, max_lines=2)
                if r + c * rows < len(guests)
                else ""
                for c in range(MEMBER_COLUMNS)
            ]
            for r in range(rows)
        ]
        table = Table(cells, colWidths=[column] * MEMBER_COLUMNS)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(KeepInFrame(width, 70 * mm, [table], mode="shrink"))
    else:
        story.append(Paragraph(markup(_label("nobody", lang)), member))
    if workshop.question.strip():
        box = Table(
            [
                [Paragraph(markup(_label("question", lang)), section)],
                [
                    fit_paragraph(
                        workshop.question, width - 12 * mm, lang, style=question, max_lines=4
                    )
                ],
            ],
            colWidths=[width],
        )
        box.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), QUESTION_FILL),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
                    ("TOPPADDING", (0, 0), (-1, 0), 4 * mm),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 5 * mm),
                ]
            )
        )
        story.extend([Spacer(0, 8 * mm), box])
    return story


def build_table_cards(
    workshop: Workshop, overview: TablesOverview, out: Path | BinaryIO, lang: Lang = "fr"
) -> int:
    """Write one card per table (in the order of the tables); the number of cards."""
    fonts = register_fonts()
    story: list[Any] = []
    for n, view in enumerate(overview.tables):
        if n:
            story.append(PageBreak())
        story.extend(_card(view, overview, workshop, lang, fonts))
    if isinstance(out, Path):
        make_private(out)  # it holds names: its owner only, as the database
    document = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=metadata(f"{_label('cards', lang)} – {workshop.title}"),
        author=metadata(workshop.facilitator or "Catalyse"),
        subject=_label("cards", lang),
        lang=lang,
        invariant=True,
    )
    document.build(story or [Paragraph("", ParagraphStyle("empty"))])
    return len(overview.tables)


def write_table_cards(
    store: Store, workshop_id: WorkshopId, out: Path | BinaryIO, lang: Lang = "fr"
) -> int:
    """Write the table cards of a workshop's current round; the number of cards."""
    return build_table_cards(
        store.workshops.get(workshop_id), tables_overview(store, workshop_id), out, lang
    )
