"""The sign-in sheet (feuille d'émargement): everyone registered, a photo-consent box and a
signature column, and on every page who keeps the sheet, what for, and how to have one's data
erased (a page passed round the room on its own still says it). A4 PDF."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from workshop.domain.records import PersonId, Workshop, WorkshopId
from workshop.domain.vocabulary import Lang
from workshop.queries.registry import AttendanceRow, attendance_rows
from workshop.queries.tables import who_sat_where
from workshop.report.fonts import markup, register_fonts
from workshop.report.i18n import format_date, format_time
from workshop.report.pages import make_private, metadata
from workshop.report.styles import fit_paragraph
from workshop.report.text_fit import truncate
from workshop.report.typography import typography
from workshop.storage.store import Store

MARGIN = 15 * mm
ROW_HEIGHT = 12 * mm
GREY = colors.HexColor("#5F6B76")

_LABELS: dict[str, tuple[str, str]] = {
    "sheet": ("Feuille d'émargement", "Sign-in sheet"),
    "number": ("N°", "#"),
    "last_name": ("Nom", "Last name"),
    "first_name": ("Prénom", "First name"),
    "organisation": ("Structure", "Organisation"),
    "signature": ("Signature", "Signature"),
    "table": ("Table", "Table"),
    "tables": ("Tables (tour par tour)", "Tables (round by round)"),
    "photo": ("Accord photo", "Photo consent"),
    "photo_note": (
        "Accord photo : cochez la case si vous acceptez d'apparaître sur les photos de "
        "l'atelier (compte rendu, communication des partenaires). Case vide : pas de photo "
        "de vous.",
        "Photo consent: tick the box if you agree to appear in the workshop's photos (report, "
        "partners' communication). Box left empty: no photo of you.",
    ),
    "gdpr": (
        "Données personnelles : cette feuille est conservée par {keeper}, pour attester la "
        "présence à l'atelier et en assurer le suivi. Pour consulter, corriger ou faire effacer "
        "vos données, adressez-vous à {keeper}.",
        "Personal data: this sheet is kept by {keeper} to record attendance at the workshop "
        "and follow it up. To see, correct or have your data erased, ask {keeper}.",
    ),
    "keeper": ("l'équipe d'animation de l'atelier", "the workshop's facilitators"),
    "page": ("page {page} / {pages}", "page {page} / {pages}"),
    "from_to": ("de {start} à {end}", "from {start} to {end}"),
    "registered": ("{count} personnes inscrites", "{count} people registered"),
    "walk_ins": (
        "Personnes non inscrites : ajoutez-vous en bas de liste.",
        "Not registered? Add yourself at the end of the list.",
    ),
}
BLANK_ROWS = 5
FRAME_PADDING = 6.0  # reportlab's frame keeps 6 pt free on each side
CELL_LINES = 4  # lines of a name or an organisation in its cell (a row stays one signature)
BOX = "\u2610"  # ☐, a box to tick (DejaVu Sans has it)
NOTE_SIZE = 7.5
FOOTER_LINE = 9 * mm  # the baseline of "sheet · title · date … page x / y"
BOTTOM_MARGIN = 30 * mm  # room for the GDPR line and the photo note over the footer


def _label(key: str, lang: Lang) -> str:
    fr, en = _LABELS[key]
    return typography(fr, lang) if lang == "fr" else en


def build_signin_sheet(
    workshop: Workshop,
    rows: Sequence[AttendanceRow],
    out: Path | BinaryIO,
    lang: Lang = "fr",
    tables: Mapping[PersonId, Sequence[str]] | None = None,
) -> None:
    """Write the sheet: a header (title, date, time, place), a table, "page x / y" footers.

    When people sat at tables (`tables`: each person's table, round by round), a column says
    where each one sat ("Table 2 → Table 4").

    Every user text is escaped; two builds from the same data are byte-identical.
    """
    fonts = register_fonts()
    title_style = ParagraphStyle("title", fontName=fonts.bold, fontSize=15, leading=19)
    info_style = ParagraphStyle("info", fontName=fonts.regular, fontSize=10, leading=13)
    head_style = ParagraphStyle("head", fontName=fonts.bold, fontSize=9, leading=11)
    cell_style = ParagraphStyle("cell", fontName=fonts.regular, fontSize=9, leading=11)
    box_style = ParagraphStyle(
        "box", fontName=fonts.regular, fontSize=14, leading=14, alignment=1, textColor=GREY
    )

    page_width = A4[0] - 2 * MARGIN
    when = format_date(workshop.date, lang)
    if workshop.start_time and workshop.end_time:
        when += ", " + _label("from_to", lang).format(
            start=format_time(workshop.start_time, lang), end=format_time(workshop.end_time, lang)
        )
    story: list[Any] = [
        Paragraph(markup(_label("sheet", lang)), info_style),
        fit_paragraph(
            workshop.title, page_width, lang, style=title_style, max_lines=4, padding=FRAME_PADDING
        ),
        Spacer(0, 2 * mm),
    ]
    for line in (when, workshop.place, workshop.facilitator):
        if line.strip():
            story.append(
                fit_paragraph(
                    line, page_width, lang, style=info_style, max_lines=3, padding=FRAME_PADDING
                )
            )
    story.append(
        Paragraph(
            markup(_label("registered", lang).format(count=len(rows)) + " · ")
            + markup(_label("walk_ins", lang)),
            info_style,
        )
    )
    story.append(Spacer(0, 4 * mm))

    seated = {person: " → ".join(t for t in names if t) for person, names in (tables or {}).items()}
    seated = {person: text for person, text in seated.items() if text}
    keys = ["number", "last_name", "first_name", "organisation", "photo", "signature"]
    columns = [10 * mm, 31 * mm, 26 * mm, 49 * mm, 20 * mm, A4[0] - 2 * MARGIN - 136 * mm]
    if seated:  # where each one sat: taken from the organisation's and the signature's room
        rounds = max(len(names) for names in (tables or {}).values())
        keys.insert(4, "tables" if rounds > 1 else "table")
        columns[3:4] = [37 * mm, 22 * mm]
        columns[-1] -= 10 * mm
    header = [Paragraph(markup(_label(key, lang)), head_style) for key in keys]

    def cell(text: str, column: int) -> Paragraph:
        """A name in its column: long words broken, cut with '…' and a note past CELL_LINES."""
        return fit_paragraph(
            text, columns[column], lang, style=cell_style, max_lines=CELL_LINES, padding=6
        )

    data: list[list[Any]] = [header]
    for number, row in enumerate(rows, start=1):
        entry: list[Any] = [
            str(number),
            cell(row.person.last_name.upper(), 1),
            cell(row.person.first_name, 2),
            cell(row.organisation_name, 3),
            Paragraph(BOX, box_style),
            "",
        ]
        if seated:
            entry.insert(4, cell(seated.get(row.person.id, ""), 4))
        data.append(entry)
    for number in range(len(rows) + 1, len(rows) + 1 + BLANK_ROWS):
        blank: list[Any] = [str(number), "", "", "", Paragraph(BOX, box_style), ""]
        data.append([*blank[:4], "", *blank[4:]] if seated else blank)
    table = LongTable(data, colWidths=columns, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.regular, 9),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDF2")),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F8C8D")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 1), (0, -1), "RIGHT"),
                ("TEXTCOLOR", (0, 1), (0, -1), GREY),
                # Room to sign: a one-line row is ROW_HEIGHT high, a longer name makes it grow.
                ("TOPPADDING", (0, 1), (-1, -1), (ROW_HEIGHT - 11) / 2),
                ("BOTTOMPADDING", (0, 1), (-1, -1), (ROW_HEIGHT - 11) / 2),
            ]
        )
    )
    story.append(table)

    # One line each: the footer under the notes, the keeper's name inside the GDPR line.
    footer_title = truncate(workshop.title, fonts.regular, 8, 70 * mm)
    footer_style = ParagraphStyle(
        "footer", fontName=fonts.regular, fontSize=8, leading=10, textColor=GREY
    )
    footer_left = markup(
        f"{_label('sheet', lang)} · {footer_title} · {format_date(workshop.date, lang)}"
    )
    page_label = _label("page", lang)
    note_style = ParagraphStyle(
        "note", fontName=fonts.regular, fontSize=NOTE_SIZE, leading=NOTE_SIZE + 2, textColor=GREY
    )
    keeper = " ".join(workshop.facilitator.split()) or _label("keeper", lang)
    notes = [
        markup(
            _label("gdpr", lang).format(keeper=truncate(keeper, fonts.regular, NOTE_SIZE, 60 * mm))
        ),
        markup(_label("photo_note", lang)),
    ]

    class NumberedCanvas(Canvas):
        """Draws "page x / y" once the number of pages is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(len(self._pages))
                super().showPage()
            super().save()

        def _footer(self, pages: int) -> None:
            top = FOOTER_LINE + 4 * mm
            for text in reversed(notes):  # the GDPR line, then the photo note, over the footer
                note = Paragraph(text, note_style)
                _, height = note.wrapOn(self, A4[0] - 2 * MARGIN, 30 * mm)
                note.drawOn(self, MARGIN, top)
                top += height + 1
            footer = Paragraph(footer_left, footer_style)
            footer.wrapOn(self, A4[0] - 2 * MARGIN - 22 * mm, 10 * mm)
            footer.drawOn(self, MARGIN, FOOTER_LINE)
            self.setFont(fonts.regular, 8)
            self.setFillColor(GREY)
            self.drawRightString(
                A4[0] - MARGIN,
                FOOTER_LINE,
                page_label.format(page=self.getPageNumber(), pages=pages),
            )

    if isinstance(out, Path):
        make_private(out)  # it holds names: its owner only, as the database
    document = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=metadata(f"{_label('sheet', lang)} – {workshop.title}"),
        author=metadata(workshop.facilitator or "Catalyse"),
        subject=_label("sheet", lang),
        lang=lang,
        invariant=True,
    )
    document.build(story, canvasmaker=NumberedCanvas)


def write_signin_sheet(
    store: Store, workshop_id: WorkshopId, out: Path | BinaryIO, lang: Lang = "fr"
) -> int:
    """Write a workshop's sign-in sheet; returns the number of people listed."""
    rows = attendance_rows(store, workshop_id)
    seating = who_sat_where(store, workshop_id).by_person
    build_signin_sheet(store.workshops.get(workshop_id), rows, out, lang, seating)
    return len(rows)
