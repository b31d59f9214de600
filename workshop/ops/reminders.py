"""Recording the reminders (relances) made: one user action ("Relancer") records, on each
commitment reminded, when and to whom, in one transaction that can be undone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from workshop.domain.records import CommitmentId, Reminder
from workshop.domain.validation import TEXT_LIMITS, clean_text
from workshop.domain.vocabulary import Lang
from workshop.domain.wording import worded
from workshop.errors import InvalidInput
from workshop.ops import Applied, operation
from workshop.storage.store import Store

CHANNELS = ("eml", "mailto", "copy")

_MESSAGES: dict[str, tuple[str, str]] = {
    "channel": ("Cette façon de relancer n'existe pas.", "There is no such way to remind."),
    "missing": (
        "Un des engagements relancés n'existe plus.",
        "One of the commitments reminded no longer exists.",
    ),
}


@dataclass(frozen=True)
class Reminded:
    """One commitment reminded, and to whom."""

    commitment_id: CommitmentId
    to_name: str = ""
    to_email: str = ""


def _message(code: str, lang: Lang) -> str:
    return worded(_MESSAGES, code, lang)


def record_reminders(
    store: Store,
    reminded: Sequence[Reminded],
    *,
    made_at: dt.datetime,
    channel: str = "eml",
    lang: Lang = "fr",
) -> Applied[list[Reminder]]:
    """Record the reminders just written; refuses (writing nothing) an unknown channel or a
    commitment that is gone."""
    if channel not in CHANNELS:
        raise InvalidInput(_message("channel", lang), "channel")
    ids = sorted({r.commitment_id for r in reminded})
    known = {
        c.id
        for start in range(0, len(ids), 500)
        for c in store.commitments.find(
            f"id IN ({','.join('?' * len(ids[start : start + 500]))})", ids[start : start + 500]
        )
    }
    if len(known) != len(ids):
        raise InvalidInput(_message("missing", lang), "commitment")
    made = made_at.replace(microsecond=0)
    records = [
        Reminder(
            commitment_id=r.commitment_id,
            made_at=made,
            to_name=clean_text(r.to_name)[: TEXT_LIMITS["name"]],
            to_email=clean_text(r.to_email)[: TEXT_LIMITS["email"]],
            channel=channel,
        )
        for r in reminded
    ]
    with operation(store) as op:
        added = [store.reminders.add(record) for record in records]
    return op.applied(added)
