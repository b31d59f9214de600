"""Who to remind (relancer) of what: open commitments due soon or overdue, by partner and
recipient."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from workshop.domain.quantities import OPEN_STATUSES
from workshop.domain.records import (
    Commitment,
    CommitmentId,
    OrganisationId,
    PartnerId,
    Person,
    PersonId,
    Reminder,
    Workshop,
    WorkshopId,
)
from workshop.domain.text import sort_key
from workshop.queries.commitments import CommitmentView, commitment_views
from workshop.storage.store import Store

__all__ = ["PartnerReminder", "Recipient", "grouped_reminders", "reminders_due"]

_CHUNK = 500  # SQLite's bound on parameters, with room to spare


@dataclass(frozen=True)
class Recipient:
    """The person a reminder is written to: the commitment's signatory, else the partner's
    contact in the alliance."""

    person_id: PersonId
    name: str
    email: str


@dataclass(frozen=True)
class PartnerReminder:
    """One message to write: a partner organisation's open commitments due within the window or
    overdue, all for the same recipient (None: nobody to write to is known)."""

    organisation_id: OrganisationId
    organisation: str
    recipient: Recipient | None
    commitments: tuple[CommitmentView, ...]
    workshop: Workshop | None  # the workshop of the first commitment (its facilitator signs)
    last_reminders: dict[CommitmentId, Reminder]

    def overdue(self, today: dt.date) -> int:
        return sum(view.overdue(today) for view in self.commitments)


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[start : start + _CHUNK] for start in range(0, len(ids), _CHUNK)]


def _people(store: Store, ids: set[PersonId]) -> dict[PersonId, Person]:
    found: dict[PersonId, Person] = {}
    for chunk in _chunks(sorted(ids)):
        marks = ",".join("?" * len(chunk))
        found.update((p.id, p) for p in store.people.find(f"id IN ({marks})", chunk))
    return found


def _partner_contacts(store: Store, ids: set[PartnerId]) -> dict[PartnerId, PersonId | None]:
    contacts: dict[PartnerId, PersonId | None] = {}
    for chunk in _chunks(sorted(ids)):
        marks = ",".join("?" * len(chunk))
        contacts.update(
            (p.id, p.contact_person_id) for p in store.partners.find(f"id IN ({marks})", chunk)
        )
    return contacts


def _recipient_id(
    commitment: Commitment, contacts: dict[PartnerId, PersonId | None]
) -> PersonId | None:
    return commitment.signatory_id or contacts.get(commitment.partner_id)


def reminders_due(
    store: Store, today: dt.date, days: int, *, workshop_id: WorkshopId | None = None
) -> list[PartnerReminder]:
    """The messages to write today: every open commitment (proposed or confirmed) whose due date
    is past or within `days` days, grouped by organisation and recipient, by organisation name.

    Commitments without a due date are not reminded: nothing says they are late.
    """
    views = commitment_views(
        store,
        workshop_id=workshop_id,
        statuses=OPEN_STATUSES,
        due_to=today + dt.timedelta(days=days),
    )
    return grouped_reminders(store, [v for v in views if v.commitment.due_date is not None])


def grouped_reminders(store: Store, views: Sequence[CommitmentView]) -> list[PartnerReminder]:
    """The messages reminding these commitments (chosen in the follow-up list): one per
    organisation and recipient, by organisation name, each commitment by due date."""
    contacts = _partner_contacts(store, {v.commitment.partner_id for v in views})
    wanted = {pid for v in views if (pid := _recipient_id(v.commitment, contacts)) is not None}
    people = _people(store, wanted)
    workshops = {w.id: w for w in store.workshops.all()}
    last = store.reminders.last_of(v.id for v in views)
    groups: dict[tuple[OrganisationId, PersonId | None], list[CommitmentView]] = {}
    for view in views:
        key = (view.organisation_id, _recipient_id(view.commitment, contacts))
        groups.setdefault(key, []).append(view)
    reminders = []
    for (organisation_id, person_id), group in groups.items():
        group.sort(key=lambda v: (v.commitment.due_date or dt.date.max, v.id))
        person = people.get(person_id) if person_id is not None else None
        recipient = (
            Recipient(person.id, f"{person.first_name} {person.last_name}".strip(), person.email)
            if person is not None
            else None
        )
        first = group[0]
        reminders.append(
            PartnerReminder(
                organisation_id=organisation_id,
                organisation=first.organisation,
                recipient=recipient,
                commitments=tuple(group),
                workshop=workshops.get(first.workshop_id) if first.workshop_id else None,
                last_reminders={v.id: last[v.id] for v in group if v.id in last},
            )
        )
    reminders.sort(
        key=lambda r: (sort_key(r.organisation), sort_key(r.recipient.name if r.recipient else ""))
    )
    return reminders
