"""The moderation inbox: contributions waiting for the facilitator to accept, edit or reject."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from workshop.domain.records import PersonId
from workshop.ops.live import Author, CardRequest, CommitmentRequest

__all__ = ["Author", "Inbox", "Pending"]


@dataclass(frozen=True, kw_only=True)
class Pending:
    """One contribution in the inbox: a card or a commitment proposal."""

    id: int
    author: Author
    request: CardRequest | CommitmentRequest
    received_at: dt.datetime

    @property
    def is_card(self) -> bool:
        return isinstance(self.request, CardRequest)

    @property
    def text(self) -> str:
        if isinstance(self.request, CardRequest):
            return self.request.text
        return self.request.description


@dataclass
class Inbox:
    """The contributions waiting for moderation, oldest first."""

    _items: dict[int, Pending] = field(default_factory=dict)
    _next_id: int = 1

    def add(
        self, author: Author, request: CardRequest | CommitmentRequest, now: dt.datetime
    ) -> Pending:
        item = Pending(id=self._next_id, author=author, request=request, received_at=now)
        self._items[item.id] = item
        self._next_id += 1
        return item

    def items(self) -> list[Pending]:
        return list(self._items.values())

    def get(self, item_id: int) -> Pending | None:
        return self._items.get(item_id)

    def take(self, item_id: int) -> Pending | None:
        """Remove an item (accepted or rejected) and return it."""
        return self._items.pop(item_id, None)

    def put_back(self, item: Pending) -> None:
        """Return an item taken by mistake (its acceptance failed), keeping its place."""
        self._items[item.id] = item
        self._items = dict(sorted(self._items.items()))

    def edit_text(self, item_id: int, text: str) -> Pending | None:
        """Replace the text the facilitator corrected before accepting."""
        item = self._items.get(item_id)
        if item is None:
            return None
        if isinstance(item.request, CardRequest):
            request: CardRequest | CommitmentRequest = dataclasses.replace(item.request, text=text)
        else:
            request = dataclasses.replace(item.request, description=text)
        item = dataclasses.replace(item, request=request)
        self._items[item_id] = item
        return item

    def rebind(self, dropped: PersonId, kept: PersonId) -> None:
        """The waiting contributions of a phone's person merged into another now carry theirs."""
        for key, item in self._items.items():
            if item.author.person_id == dropped:
                author = dataclasses.replace(item.author, person_id=kept)
                self._items[key] = dataclasses.replace(item, author=author)

    def __len__(self) -> int:
        return len(self._items)
