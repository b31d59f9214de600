"""The report's "Sondages" section: each poll's question and results (a bar per choice with its
count and share, or the cloud's most given words)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import Flowable

from workshop.domain.polls import PollKind
from workshop.domain.vocabulary import Lang
from workshop.queries.polls import PollResults
from workshop.report.text_fit import rect
from workshop.report.typography import typography

if TYPE_CHECKING:
    from workshop.report.document import Writer
    from workshop.report.editable import EditableReport

_LABELS: dict[str, tuple[str, str]] = {
    "title": ("Sondages", "Polls"),
    "choice": ("Choix", "Choice"),
    "phones": ("Tél.", "Phones"),
    "hands": ("À la main", "By hand"),
    "total": ("Total", "Total"),
    "share": ("Part", "Share"),
    "word": ("Mot", "Word"),
    "given": ("Réponses", "Answers"),
    "answers_one": ("1 réponse", "1 answer"),
    "answers_many": ("{n} réponses", "{n} answers"),
    "no_answer": ("Aucune réponse.", "No answer."),
    "words_note": (
        "{answers} ; les {n} mots les plus donnés (accents et majuscules confondus, mots "
        "outils écartés).",
        "{answers}; the {n} words given most (accents and case ignored, stop-words left out).",
    ),
}
TOP_WORDS = 20  # the words of a cloud the report lists
BAR_WIDTH = 110.0
BAR_COLOUR = colors.HexColor("#1565C0")


def label(key: str, lang: Lang, **values: object) -> str:
    fr, en = _LABELS[key]
    text = fr if lang == "fr" else en
    text = text.format(**values) if values else text
    return typography(text, lang) if lang == "fr" else text


def _bar(share: float) -> Drawing:
    """A bar as long as a choice's share of the answers (its figure is in the next column)."""
    drawing = Drawing(BAR_WIDTH, 9)
    drawing.add(rect(0, 1, BAR_WIDTH, 7, colors.HexColor("#ECEFF1")))
    if share > 0:
        drawing.add(rect(0, 1, BAR_WIDTH * share, 7, BAR_COLOUR))
    return drawing


def _answers(n: int, lang: Lang) -> str:
    return label("answers_one", lang) if n == 1 else label("answers_many", lang, n=n)


def _percent(share: float, lang: Lang) -> str:
    value = round(100 * share)
    return f"{value}\u202f%" if lang == "fr" else f"{value}%"


def _poll(writer: Writer, results: PollResults) -> list[Flowable]:
    lang = writer.lang
    flowables: list[Flowable] = [*writer.heading(results.poll.question, "h2")]
    if results.total == 0:
        return [*flowables, writer.intro(label("no_answer", lang))]
    if results.poll.kind is PollKind.CHOICE:
        rows = [
            [
                writer.cell(r.choice.label),
                _bar(results.share(r)),
                str(r.phones),
                str(r.by_hand),
                str(r.total),
                _percent(results.share(r), lang),
            ]
            for r in sorted(results.choices, key=lambda r: -r.total)
        ]
        return [
            *flowables,
            writer.intro(_answers(results.total, lang)),
            writer.table(
                [
                    label("choice", lang),
                    "",
                    label("phones", lang),
                    label("hands", lang),
                    label("total", lang),
                    label("share", lang),
                ],
                rows,
                writer.widths([170, 120, 40, 50, 40, 40]),
                extra=[("ALIGN", (2, 1), (-1, -1), "RIGHT")],
            ),
        ]
    top = results.cloud[:TOP_WORDS]
    rows = [[writer.cell(w.text), str(w.count)] for w in top]
    return [
        *flowables,
        writer.intro(label("words_note", lang, answers=_answers(results.total, lang), n=len(top))),
        writer.table(
            [label("word", lang), label("given", lang)],
            rows,
            writer.widths([300, 80]),
            extra=[("ALIGN", (1, 1), (1, -1), "RIGHT")],
        ),
    ]


def polls_section(writer: Writer, polls: tuple[PollResults, ...]) -> list[Flowable]:
    """The section (nothing when the workshop ran no poll)."""
    if not polls:
        return []
    flowables: list[Flowable] = [*writer.heading(label("title", writer.lang), key="polls")]
    for results in polls:
        flowables += _poll(writer, results)
    return flowables


def editable_polls_section(report: EditableReport, polls: tuple[PollResults, ...]) -> None:
    """The same section in the editable report (.docx): each poll's table of results."""
    if not polls:
        return
    lang = report.lang
    report.doc.heading(label("title", lang), 1)
    for results in polls:
        report.doc.heading(report.text(results.poll.question), 2)
        if results.total == 0:
            report.doc.note(label("no_answer", lang))
        elif results.poll.kind is PollKind.CHOICE:
            report.doc.note(_answers(results.total, lang))
            report.doc.table(
                [label(k, lang) for k in ("choice", "phones", "hands", "total", "share")],
                [
                    [
                        report.text(r.choice.label),
                        str(r.phones),
                        str(r.by_hand),
                        str(r.total),
                        _percent(results.share(r), lang),
                    ]
                    for r in sorted(results.choices, key=lambda r: -r.total)
                ],
                [0.48, 0.12, 0.14, 0.12, 0.14],
            )
        else:
            top = results.cloud[:TOP_WORDS]
            report.doc.note(
                label("words_note", lang, answers=_answers(results.total, lang), n=len(top))
            )
            report.doc.table(
                [label("word", lang), label("given", lang)],
                [[report.text(w.text), str(w.count)] for w in top],
                [0.7, 0.3],
            )
