"""The moderation inbox: contributions waiting for the facilitator to accept, edit or reject.

The inbox is the database's `live_inbox` table, not memory: an item is written in the same
transaction as the phone's request (the server's batch), before the phone is told "reçu", so a
crash or a restart of the laptop loses nothing people were told would be read. An item goes when
the facilitator accepts it (in the acceptance's transaction: undoing the acceptance puts it
back) or rejects it, when its phone withdraws it, when the facilitator ends the live session
discarding what waits, and when its author's data is erased (`workshop.ops.gdpr`).

Backups copy the database, hence the inbox too: that is accepted, because an item holds only
what a participant sent to be shown on the board (a text, a first name and an organisation, the
same as a card), the backups are as private as the database file, and items last minutes (they
are moderated during the workshop, or discarded when the session ends).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workshop.domain.records import PersonId, WorkshopId
from workshop.domain.vocabulary import OrganisationKind, ResourceKind
from workshop.ops.live import Author, CardRequest, CommitmentRequest
from workshop.storage.live import InboxRow, LiveInboxRows
from workshop.storage.store import Store

__all__ = ["Author", "Inbox", "Pending"]


@dataclass(frozen=True, kw_only=True)
class Pending:
    """One contribution in the inbox: a card or a commitment proposal."""

    id: int
    author: Author
    request: CardRequest | CommitmentRequest
    received_at: dt.datetime
    workshop_id: WorkshopId = WorkshopId(0)  # noqa: RUF009

    @property
    def is_card(self) -> bool:
        return isinstance(self.request, CardRequest)

    @property
    def text(self) -> str:
        if isinstance(self.request, CardRequest):
            return self.request.text
        return self.request.description


def author_json(author: Author) -> str:
    return json.dumps(
        {
            "first_name": author.first_name,
            "organisation": author.organisation,
            "organisation_kind": author.organisation_kind.value
            if author.organisation_kind
            else None,
            "person_id": author.person_id,
            "device": author.device,
        },
        ensure_ascii=False,
    )


def author_of(text: str) -> Author:
    data: dict[str, Any] = json.loads(text or "{}")
    kind = data.get("organisation_kind")
    person_id = data.get("person_id")
    return Author(
        first_name=str(data.get("first_name", "")),
        organisation=str(data.get("organisation", "")),
        organisation_kind=OrganisationKind(kind) if kind else None,
        person_id=PersonId(int(person_id)) if person_id is not None else None,
        device=str(data.get("device", "")),
    )


def request_json(request: CardRequest | CommitmentRequest) -> str:
    if isinstance(request, CardRequest):
        data: dict[str, Any] = dataclasses.asdict(request)
    else:
        data = {
            "request_id": request.request_id,
            "alliance_id": request.alliance_id,
            "description": request.description,
            "resource_kind": request.resource_kind.value,
            "quantity": request.quantity,
            "due_date": request.due_date.isoformat() if request.due_date else None,
            "unit": request.unit,
        }
    return json.dumps(data, ensure_ascii=False)


def request_of(kind: str, text: str) -> CardRequest | CommitmentRequest:
    data: dict[str, Any] = json.loads(text or "{}")
    if kind == "card":
        return CardRequest(
            request_id=str(data.get("request_id", "")),
            zone_id=int(data.get("zone_id", 0)),
            text=str(data.get("text", "")),
        )
    quantity = data.get("quantity")
    due = data.get("due_date")
    return CommitmentRequest(
        request_id=str(data.get("request_id", "")),
        alliance_id=int(data.get("alliance_id", 0)),
        description=str(data.get("description", "")),
        resource_kind=ResourceKind(str(data.get("resource_kind"))),
        quantity=float(quantity) if quantity is not None else None,
        due_date=dt.date.fromisoformat(due) if due else None,
        unit=str(data.get("unit", "")),
    )


def _pending(row: InboxRow) -> Pending:
    return Pending(
        id=row.id,
        author=author_of(row.author),
        request=request_of(row.kind, row.request),
        received_at=row.received_at,
        workshop_id=row.workshop_id,
    )


class Inbox:
    """The contributions waiting for moderation in the current workshop, oldest first.

    It reads and writes the store and workshop its callables give at each call (the
    application may open another file or show another workshop meanwhile).
    """

    def __init__(
        self, store: Callable[[], Store], workshop_id: Callable[[], WorkshopId | None]
    ) -> None:
        self._store = store
        self._workshop_id = workshop_id

    def _rows(self) -> LiveInboxRows:
        return LiveInboxRows(self._store().db)

    def add(
        self, author: Author, request: CardRequest | CommitmentRequest, now: dt.datetime
    ) -> Pending:
        """Store a contribution (in the caller's transaction, if any) for the current workshop."""
        workshop_id = self._workshop_id()
        if workshop_id is None:
            raise ValueError("no workshop is open")
        row = InboxRow(
            id=0,
            workshop_id=workshop_id,
            kind="card" if isinstance(request, CardRequest) else "commitment",
            author=author_json(author),
            request=request_json(request),
            received_at=now.replace(microsecond=0),
            device=author.device,
        )
        item_id = self._rows().add(row)
        return _pending(dataclasses.replace(row, id=item_id))

    def items(self) -> list[Pending]:
        workshop_id = self._workshop_id()
        if workshop_id is None:
            return []
        return [_pending(row) for row in self._rows().of_workshop(workshop_id)]

    def of_device(self, device: str) -> list[Pending]:
        """What one phone sent that still waits (its "Mes contributions")."""
        workshop_id = self._workshop_id()
        if workshop_id is None or not device:
            return []
        return [_pending(row) for row in self._rows().of_device(workshop_id, device)]

    def get(self, item_id: int) -> Pending | None:
        row = self._rows().get(item_id)
        return _pending(row) if row else None

    def take(self, item_id: int) -> Pending | None:
        """Remove an item (rejected, or withdrawn by its phone) and return it."""
        item = self.get(item_id)
        if item is not None:
            self._rows().delete(item_id)
        return item

    def put_back(self, item: Pending) -> None:
        """Return an item taken by mistake, keeping its place (its id)."""
        self._rows().add(
            InboxRow(
                id=item.id,
                workshop_id=item.workshop_id,
                kind="card" if item.is_card else "commitment",
                author=author_json(item.author),
                request=request_json(item.request),
                received_at=item.received_at,
                device=item.author.device,
            )
        )

    def edit_text(self, item_id: int, text: str) -> Pending | None:
        """Replace the text (the facilitator's correction, or the phone's own edit)."""
        item = self.get(item_id)
        if item is None:
            return None
        if isinstance(item.request, CardRequest):
            request: CardRequest | CommitmentRequest = dataclasses.replace(item.request, text=text)
        else:
            request = dataclasses.replace(item.request, description=text)
        self._rows().set_request(item_id, request_json(request))
        return dataclasses.replace(item, request=request)

    def rebind(self, dropped: PersonId, kept: PersonId) -> None:
        """The waiting contributions of a phone's person merged into another now carry theirs."""
        for item in self.items():
            if item.author.person_id == dropped:
                author = dataclasses.replace(item.author, person_id=kept)
                self._rows().set_author(item.id, author_json(author))

    def discard(self) -> int:
        """Erase every item of the current workshop (its session ends without them)."""
        workshop_id = self._workshop_id()
        return self._rows().delete_workshop(workshop_id) if workshop_id is not None else 0

    def signature(self) -> tuple[int, int, int]:
        """Changes when an item comes or goes (a cheap check before redrawing a list)."""
        workshop_id = self._workshop_id()
        return self._rows().signature(workshop_id) if workshop_id is not None else (0, 0, 0)

    def __len__(self) -> int:
        workshop_id = self._workshop_id()
        return self._rows().count(workshop_id) if workshop_id is not None else 0
