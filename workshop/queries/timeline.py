"""A commitment's history as a timeline: the idea card it came from, its alliance, its making,
the reminders sent and the changes of status and due date, oldest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop.domain.quantities import format_date
from workshop.domain.records import CommitmentId
from workshop.domain.vocabulary import CommitmentStatus, Lang
from workshop.storage.store import Store

__all__ = ["FOLLOW_UP_KINDS", "Event", "commitment_timeline", "describe"]

# What happens to a commitment after the workshop (the organisation's history shows these).
FOLLOW_UP_KINDS = frozenset({"reminder", "status", "due_date"})

# Order of events stamped the same second: where it came from first.
_ORDER = {"card": 0, "alliance": 1, "commitment": 2, "status": 3, "due_date": 3, "reminder": 3}

_CHANNELS: dict[str, tuple[str, str]] = {
    "eml": ("brouillon .eml", ".eml draft"),
    "mailto": ("messagerie", "mail program"),
    "copy": ("message copié", "message copied"),
}


@dataclass(frozen=True)
class Event:
    """One step of a commitment's life. `kind` is card, alliance, commitment, reminder,
    status or due_date; `subject` names what it is about (a card's text, an alliance's name,
    the recipient), `old` and `new` are a change's values (stored forms)."""

    at: dt.datetime | None
    kind: str
    subject: str = ""
    old: str | None = None
    new: str | None = None
    detail: str = ""


def _stamp(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _utc_stamp(text: str | None) -> dt.datetime | None:
    """A time SQLite stamped itself (strftime 'now': UTC) as the computer's local time, like
    the times the application writes (cards, reminders, changes)."""
    stamp = _stamp(text)
    if stamp is None:
        return None
    return stamp.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def commitment_timeline(store: Store, commitment_id: CommitmentId) -> list[Event]:
    """The commitment's history, oldest first (events of unknown date first)."""
    row = store.db.execute(
        """SELECT c.created_at, c.card_id, a.name, a.created_at
           FROM commitments c JOIN partners p ON p.id = c.partner_id
           JOIN alliances a ON a.id = p.alliance_id WHERE c.id = ?""",
        [commitment_id],
    ).fetchone()
    if row is None:
        return []
    created, card_id, alliance, alliance_created = row
    events = [
        Event(_utc_stamp(alliance_created), "alliance", alliance),
        Event(_utc_stamp(created), "commitment"),
    ]
    if card_id is not None:
        card = store.db.execute(
            """SELECT cards.text, cards.created_at, workshops.title FROM cards
               JOIN workshops ON workshops.id = cards.workshop_id WHERE cards.id = ?""",
            [card_id],
        ).fetchone()
        if card is not None:
            events.append(Event(_stamp(card[1]), "card", card[0], detail=card[2]))
    events += [
        Event(r.made_at, "reminder", r.to_name or r.to_email, detail=r.channel)
        for r in store.reminders.of_commitment(commitment_id)
    ]
    events += [
        Event(c.at, c.field, old=c.old, new=c.new) for c in store.commitments.changes(commitment_id)
    ]
    return sorted(events, key=lambda e: (e.at or dt.datetime.min, _ORDER.get(e.kind, 5)))


def _value(field: str, value: str | None, lang: Lang) -> str:
    if value is None or value == "":
        return "—"
    if field == "status":
        try:
            return CommitmentStatus(value).label(lang).lower()
        except ValueError:
            return value
    try:
        return format_date(dt.date.fromisoformat(value))
    except ValueError:
        return value


def describe(event: Event, lang: Lang) -> str:
    """The event as one line of text (no date: the caller shows it beside)."""
    fr = lang == "fr"
    if event.kind == "card":
        where = f" ({event.detail})" if event.detail else ""
        return (
            f"Idée au tableau{where} : « {event.subject} »"
            if fr
            else f"Idea on the board{where}: “{event.subject}”"
        )
    if event.kind == "alliance":
        return (
            f"Alliance « {event.subject} » formée" if fr else f"Alliance “{event.subject}” formed"
        )
    if event.kind == "commitment":
        return "Engagement enregistré" if fr else "Commitment recorded"
    if event.kind == "reminder":
        channel = _CHANNELS.get(event.detail, (event.detail, event.detail))[0 if fr else 1]
        to = event.subject or ("destinataire inconnu" if fr else "unknown recipient")
        return f"Relance à {to} ({channel})" if fr else f"Reminder to {to} ({channel})"
    old, new = _value(event.kind, event.old, lang), _value(event.kind, event.new, lang)
    if event.kind == "status":
        return f"Statut : {old} → {new}" if fr else f"Status: {old} → {new}"
    return f"Échéance : {old} → {new}" if fr else f"Due date: {old} → {new}"
