"""The report's "Forum ouvert" section: each session's slot, room, topic, host and participants,
then the topics proposed but never placed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Paragraph

from workshop.domain.open_space import slot_label
from workshop.domain.vocabulary import Lang
from workshop.queries.open_space import OpenSpaceGrid, TopicView
from workshop.report.fonts import markup
from workshop.report.typography import typography

if TYPE_CHECKING:
    from workshop.report.document import Writer
    from workshop.report.editable import EditableReport

_LABELS: dict[str, tuple[str, str]] = {
    "title": ("Forum ouvert", "Open space"),
    "note": (
        "{sessions} sur {slots} créneau(x) et {rooms} salle(s) ; chaque session avec son hôte "
        "et les participants inscrits.",
        "{sessions} over {slots} time slot(s) and {rooms} room(s); each session with its host "
        "and the participants who joined it.",
    ),
    "session_one": ("1 session", "1 session"),
    "session_many": ("{n} sessions", "{n} sessions"),
    "slot": ("Créneau", "Time slot"),
    "room": ("Salle", "Room"),
    "topic": ("Sujet", "Topic"),
    "host": ("Hôte", "Host"),
    "people": ("Participants", "Participants"),
    "count": ("Pers.", "People"),
    "waiting": ("Sujets proposés non programmés", "Topics proposed but not scheduled"),
}
NBSP = "\u00a0"
MAX_NAMES_CHARACTERS = 1500  # of one session's names: a row always fits a page


def label(key: str, lang: Lang, **values: object) -> str:
    fr, en = _LABELS[key]
    text = fr if lang == "fr" else en
    text = text.format(**values) if values else text
    return typography(text, lang) if lang == "fr" else text


def _who(writer: Writer, view: TopicView) -> Paragraph:
    """A session's participants as one paragraph: a name is never broken nor hyphenated."""
    text = ", ".join(name.replace(" ", NBSP, 1) for name in view.members)
    if len(text) > MAX_NAMES_CHARACTERS:
        text = text[:MAX_NAMES_CHARACTERS].rstrip() + "…"
    return Paragraph(markup(writer.cell(text)), writer.list_style)


def open_space_section(writer: Writer, grid: OpenSpaceGrid | None) -> list[Flowable]:
    """The section (nothing when the workshop proposed no topic)."""
    lang = writer.lang
    if grid is None or not grid.topics:
        return []
    sessions = grid.placed()
    count = (
        label("session_one", lang)
        if len(sessions) == 1
        else label("session_many", lang, n=len(sessions))
    )
    flowables: list[Flowable] = [
        *writer.heading(label("title", lang), key="open_space"),
        writer.intro(
            label("note", lang, sessions=count, slots=len(grid.slots), rooms=len(grid.rooms))
        ),
    ]
    if sessions:
        rows = [
            [
                slot_label(slot),
                writer.cell(room.name),
                writer.cell(view.topic.title),
                writer.cell(view.host),
                _who(writer, view),
                str(len(view.members)),
            ]
            for slot, room, view in sessions
        ]
        flowables.append(
            writer.table(
                [
                    label("slot", lang),
                    label("room", lang),
                    label("topic", lang),
                    label("host", lang),
                    label("people", lang),
                    label("count", lang),
                ],
                rows,
                writer.widths([62, 70, 120, 90, 170, 34]),
                extra=[("ALIGN", (-1, 1), (-1, -1), "RIGHT")],
            )
        )
    waiting = grid.waiting()
    if waiting:
        rows = [
            [writer.cell(v.topic.title), writer.cell(v.host), _who(writer, v), str(len(v.members))]
            for v in waiting
        ]
        flowables += [
            *writer.heading(label("waiting", lang), "h2"),
            writer.table(
                [
                    label("topic", lang),
                    label("host", lang),
                    label("people", lang),
                    label("count", lang),
                ],
                rows,
                writer.widths([170, 110, 180, 34]),
                extra=[("ALIGN", (-1, 1), (-1, -1), "RIGHT")],
            ),
        ]
    return flowables


def editable_open_space_section(report: EditableReport, grid: OpenSpaceGrid | None) -> None:
    """The same section in the editable report (.docx)."""
    lang = report.lang
    if grid is None or not grid.topics:
        return
    sessions = grid.placed()
    count = (
        label("session_one", lang)
        if len(sessions) == 1
        else label("session_many", lang, n=len(sessions))
    )
    report.doc.heading(label("title", lang), 1)
    report.doc.note(
        label("note", lang, sessions=count, slots=len(grid.slots), rooms=len(grid.rooms))
    )
    if sessions:
        report.doc.table(
            [label(k, lang) for k in ("slot", "room", "topic", "host", "people", "count")],
            [
                [
                    slot_label(slot),
                    report.text(room.name),
                    report.text(view.topic.title),
                    report.text(view.host),
                    report.text(", ".join(view.members)),
                    str(len(view.members)),
                ]
                for slot, room, view in sessions
            ],
            [0.12, 0.13, 0.22, 0.17, 0.3, 0.06],
        )
    waiting = grid.waiting()
    if waiting:
        report.doc.heading(label("waiting", lang), 2)
        report.doc.table(
            [label(k, lang) for k in ("topic", "host", "people", "count")],
            [
                [
                    report.text(v.topic.title),
                    report.text(v.host),
                    report.text(", ".join(v.members)),
                    str(len(v.members)),
                ]
                for v in waiting
            ],
            [0.34, 0.22, 0.36, 0.08],
        )
