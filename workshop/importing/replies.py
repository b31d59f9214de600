"""A partner's return sheet read back: what it changes on each commitment (status, done date,
new due date, comment), previewed, then applied in one undoable step."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from workshop.domain.quantities import OPEN_STATUSES, CommitmentInputError, is_far, parse_date
from workshop.domain.records import Commitment, CommitmentId
from workshop.domain.return_sheet import REFERENCE_PREFIX, RETURN_HEADERS
from workshop.domain.text import fold
from workshop.domain.validation import clean_text
from workshop.domain.vocabulary import CommitmentStatus, Lang
from workshop.domain.wording import worded
from workshop.errors import CatalyseError
from workshop.importing.reading import RawTable, read_table
from workshop.ops import Applied, operation
from workshop.ops.alliances import carry_over_commitment, update_commitments
from workshop.queries.commitments import CommitmentView, commitment_views
from workshop.storage.store import Store

__all__ = ["Reply", "ReplyPreview", "apply_replies", "preview_replies", "read_replies"]

_COLUMNS = ("reference", "status", "done", "new_due", "comment")
_HEADER_INDEX = {"reference": 0, "status": 6, "done": 7, "new_due": 8, "comment": 9}

_WORDS: dict[str, tuple[str, str]] = {
    "not_a_sheet": (
        "Ce fichier n'est pas une fiche de retour : sa première colonne doit être « Réf. ».",
        "This file is not a return sheet: its first column must be “Ref.”.",
    ),
    "unknown": ("Référence inconnue : {ref}", "Unknown reference: {ref}"),
    "status": ("Statut illisible : {value}", "Unreadable status: {value}"),
    "date": ("Date illisible : {value}", "Unreadable date: {value}"),
    "future": (
        "Date de réalisation après aujourd'hui : {value}",
        "Done after today: {value}",
    ),
    "far": (
        "Date à plus de 3 ans d'aujourd'hui, à vérifier : {value}",
        "Date more than 3 years from today, to check: {value}",
    ),
    "closed": (
        "Nouvelle échéance pour un engagement clos : {value}",
        "New due date for a closed commitment: {value}",
    ),
}


def _w(key: str, lang: Lang, **values: object) -> str:
    return worded(_WORDS, key, lang, **values)


@dataclass(frozen=True)
class Reply:
    """One row of the sheet as understood: the commitment, what changes, or why it cannot."""

    row: int  # the spreadsheet's row number
    reference: str
    view: CommitmentView | None
    status: CommitmentStatus | None = None
    done_date: dt.date | None = None
    new_due: dt.date | None = None
    comment: str = ""
    problems: tuple[str, ...] = ()

    @property
    def changes(self) -> bool:
        """Whether the row changes its commitment (and can be applied)."""
        if self.view is None or self.problems:
            return False
        c = self.view.commitment
        return bool(
            (self.status is not None and self.status != c.status)
            or (self.done_date is not None and self.done_date != c.done_date)
            or (self.new_due is not None and self.new_due != c.due_date)
            or self.comment
        )


@dataclass(frozen=True)
class ReplyPreview:
    """What the sheet would change: one Reply per filled row; the organisations it covers."""

    replies: list[Reply] = field(default_factory=list)

    @property
    def applicable(self) -> list[Reply]:
        return [r for r in self.replies if r.changes]

    @property
    def refused(self) -> list[Reply]:
        return [r for r in self.replies if r.problems]

    @property
    def organisations(self) -> list[str]:
        return sorted({r.view.organisation for r in self.replies if r.view is not None})


def read_replies(path: Path, lang: Lang = "fr") -> RawTable:
    """The sheet's cells (CSV or .xlsx, read within the import's bounds); refuses a file whose
    first column is not the reference."""
    table = read_table(path, lang)
    first = fold(table.headers[0]).strip(" .") if table.headers else ""
    if first not in {fold(h[0]).strip(" .") for h in RETURN_HEADERS.values()}:
        raise CatalyseError(_w("not_a_sheet", lang))
    return table


def _statuses() -> dict[str, CommitmentStatus]:
    words: dict[str, CommitmentStatus] = {}
    for status in CommitmentStatus:
        for text in (status.value, status.label("fr"), status.label("en")):
            words[fold(text)] = status
    return words


def _date(text: str, lang: Lang, today: dt.date, problems: list[str]) -> dt.date | None:
    """A date typed in the sheet; unreadable, or years away (2202 for 2026), the row says so."""
    try:
        date = parse_date(text.split(" ")[0], lang) if text else None
    except CommitmentInputError:
        problems.append(_w("date", lang, value=text))
        return None
    if is_far(date, today):
        problems.append(_w("far", lang, value=text))
    return date


def preview_replies(
    store: Store, table: RawTable, *, today: dt.date, lang: Lang = "fr"
) -> ReplyPreview:
    """What each filled row would change (rows left as sent, blank rows: nothing)."""
    views = {v.id: v for v in commitment_views(store)}
    statuses = _statuses()
    replies = []
    for index in range(len(table.rows)):
        cell = {name: table.cell(index, _HEADER_INDEX[name]) for name in _COLUMNS}
        reference = cell["reference"]
        if not reference:
            continue
        problems: list[str] = []
        match = re.fullmatch(rf"{REFERENCE_PREFIX}?(\d{{1,12}})", reference.strip(), re.I)
        view = views.get(CommitmentId(int(match.group(1)))) if match else None
        if view is None:
            problems.append(_w("unknown", lang, ref=reference))
        status = None
        if cell["status"]:
            status = statuses.get(fold(cell["status"]))
            if status is None:
                problems.append(_w("status", lang, value=cell["status"]))
        done = _date(cell["done"], lang, today, problems)
        if done is not None and done > today:
            problems.append(_w("future", lang, value=cell["done"]))
        new_due = _date(cell["new_due"], lang, today, problems)
        closing = status or (view.commitment.status if view else None)
        if new_due is not None and closing is not None and closing not in OPEN_STATUSES:
            problems.append(_w("closed", lang, value=cell["new_due"]))
        replies.append(
            Reply(
                row=table.row_number(index),
                reference=reference,
                view=view,
                status=status,
                done_date=done,
                new_due=new_due,
                comment=clean_text(cell["comment"]),
                problems=tuple(problems),
            )
        )
    return ReplyPreview(replies)


def apply_replies(
    store: Store, preview: ReplyPreview, *, today: dt.date, lang: Lang = "fr"
) -> Applied[list[Commitment]]:
    """Every applicable row at once, in one transaction (one undo); refused rows are skipped."""
    with operation(store) as op:
        changed = []
        for reply in preview.applicable:
            assert reply.view is not None
            commitment_id = reply.view.id
            if reply.new_due is not None:
                carry_over_commitment(store, commitment_id, reply.new_due, lang=lang)
            status = reply.status if reply.status != reply.view.commitment.status else None
            if status is not None or reply.done_date is not None or reply.comment:
                update_commitments(
                    store,
                    [commitment_id],
                    status=status,
                    done_date=reply.done_date,
                    note=reply.comment,
                    today=today,
                    lang=lang,
                )
            changed.append(store.commitments.get(commitment_id))
    return op.applied(changed)
