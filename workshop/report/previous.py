"""The section "Suite des engagements précédents", as words and rows that the PDF and the
editable report both print: what became of each commitment of the workshop this one follows."""

from __future__ import annotations

from collections import Counter

from workshop.domain import totals
from workshop.domain.vocabulary import CommitmentStatus, Lang
from workshop.report.data import ReportData
from workshop.report.i18n import format_date, format_short_date, tr

HEADER_KEYS = ("partner", "what", "due", "status", "reminders")


def has_previous(data: ReportData) -> bool:
    return data.previous is not None and bool(data.previous_commitments)


def previous_intro(data: ReportData, lang: Lang) -> str:
    """ "Les engagements pris à l'atelier « X » du 26 novembre 2026, tels qu'ils en sont
    aujourd'hui : 2 réalisés, 5 confirmés, 7 proposés.\""""
    previous = data.previous
    assert previous is not None
    counts = Counter(v.commitment.status for v in data.previous_commitments)
    statuses = ", ".join(
        f"{counts[status]} "
        + totals.status_word(status, lang, plural=counts[status] > 1, feminine=False)
        for status in CommitmentStatus
        if counts[status]
    )
    when = (
        tr("previous_on", lang).format(date=format_date(previous.date, lang))
        if previous.date
        else ""
    )
    return tr("previous_intro", lang).format(title=previous.title, date=when, statuses=statuses)


def previous_rows(data: ReportData, lang: Lang) -> list[list[str]]:
    """One row per commitment: partner, what, due date, status now, reminders made."""
    reminded = data.previous_reminders
    return [
        [
            v.organisation,
            v.commitment.description or v.commitment.resource_kind.label(lang),
            format_short_date(v.commitment.due_date, lang),
            v.commitment.status.label(lang),
            str(reminded[v.id]) if v.id in reminded else "",
        ]
        for v in data.previous_commitments
    ]


def previous_header(lang: Lang) -> list[str]:
    return [tr(key, lang) for key in HEADER_KEYS]
