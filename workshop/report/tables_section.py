"""The report's "Tables" section: who sat at which table, round by round, the host first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Paragraph

from workshop.domain.vocabulary import Lang
from workshop.queries.tables import Sitter, WhoSatWhere
from workshop.report.fonts import markup
from workshop.report.typography import typography

if TYPE_CHECKING:
    from workshop.report.document import Writer
    from workshop.report.editable import EditableReport

_LABELS: dict[str, tuple[str, str]] = {
    "tables": ("Tables", "Tables"),
    "note": (
        "Qui était à quelle table, tour par tour ; l'hôte de chaque table est nommé à part.",
        "Who sat at which table, round by round; each table's host is named apart.",
    ),
    "round": ("Tour {n}", "Round {n}"),
    "table": ("Table", "Table"),
    "host": ("Hôte", "Host"),
    "people": ("Autour de la table", "Around the table"),
    "count": ("Pers.", "People"),
}


def label(key: str, lang: Lang) -> str:
    fr, en = _LABELS[key]
    return typography(fr, lang) if lang == "fr" else en


NBSP = "\u00a0"
MAX_NAMES_CHARACTERS = 1500  # of one table's names (a pasted text is cut: a row fits a page)


def _who(writer: Writer, guests: tuple[Sitter, ...]) -> Paragraph:
    """The people of a table as one paragraph: a name is never broken nor hyphenated."""
    text = ", ".join(
        f"{s.name.replace(' ', NBSP)} ({s.organisation})" if s.organisation else s.name
        for s in guests
    )
    if len(text) > MAX_NAMES_CHARACTERS:
        text = text[:MAX_NAMES_CHARACTERS].rstrip() + "…"
    return Paragraph(markup(writer.cell(text)), writer.list_style)


def tables_section(writer: Writer, seating: WhoSatWhere) -> list[Flowable]:
    """The section (nothing when the workshop had no tables, or nobody was seated)."""
    lang = writer.lang
    if seating.empty:
        return []
    flowables: list[Flowable] = [
        *writer.heading(label("tables", lang), key="tables"),
        writer.intro(label("note", lang)),
    ]
    widths = writer.widths([90, 110, 250, 36])
    for number in seating.rounds:
        rows = [
            [
                writer.cell(view.table.name),
                writer.cell(view.host.label if view.host else ""),
                _who(writer, view.guests),
                str(len(view.members)),
            ]
            for view in number.tables
        ]
        table = writer.table(
            [
                label("table", lang),
                label("host", lang),
                label("people", lang),
                label("count", lang),
            ],
            rows,
            widths,
        )
        title = label("round", lang).format(n=number.round)
        flowables.extend(writer.group(title, [table]) if len(seating.rounds) > 1 else [table])
    return flowables


def editable_tables_section(report: EditableReport, seating: WhoSatWhere) -> None:
    """The same section in the editable report (.docx): a heading, and a table per round."""
    if seating.empty:
        return
    lang = report.lang
    report.doc.heading(label("tables", lang), 1)
    report.doc.note(label("note", lang))
    for number in seating.rounds:
        if len(seating.rounds) > 1:
            report.doc.heading(label("round", lang).format(n=number.round), 2)
        report.doc.table(
            [
                label("table", lang),
                label("host", lang),
                label("people", lang),
                label("count", lang),
            ],
            [
                [
                    report.text(view.table.name),
                    report.text(view.host.label if view.host else ""),
                    report.text(", ".join(s.label for s in view.guests)),
                    str(len(view.members)),
                ]
                for view in number.tables
            ],
            [0.2, 0.24, 0.48, 0.08],
        )
