"""The phones' tables: the moderation inbox (`live_inbox`) and which phone posted what.

A phone is named by a hash of its token (`device`), never by the token itself nor by a person:
the ownership of a card says "this phone may still edit it", not who wrote it (an anonymous
workshop's cards carry no name anywhere in the database).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from workshop.domain.records import CardId, PersonId, WorkshopId, ZoneId


@dataclass(frozen=True, kw_only=True)
class InboxRow:
    """One contribution waiting for moderation, as stored (author and request as JSON)."""

    id: int
    workshop_id: WorkshopId
    kind: str  # "card" or "commitment"
    author: str
    request: str
    received_at: dt.datetime
    device: str = ""


@dataclass(frozen=True, kw_only=True)
class OwnedCard:
    """A card a phone posted, and whether the phone may still change it (the facilitator has
    not moved, edited, grouped or linked it since)."""

    card_id: CardId
    zone_id: ZoneId | None
    text: str
    editable: bool


_INBOX_COLUMNS = "id, workshop_id, kind, author, request, received_at, device"


def _inbox_row(row: Sequence[Any]) -> InboxRow:
    return InboxRow(
        id=int(row[0]),
        workshop_id=WorkshopId(int(row[1])),
        kind=str(row[2]),
        author=str(row[3]),
        request=str(row[4]),
        received_at=dt.datetime.fromisoformat(str(row[5])),
        device=str(row[6] or ""),
    )


class LiveInboxRows:
    """The `live_inbox` table: written in the phone's transaction, read back after a restart."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, row: InboxRow) -> int:
        """Store an item (with its id when it is not 0: put back where it was)."""
        values = [
            row.workshop_id,
            row.kind,
            row.author,
            row.request,
            row.received_at.isoformat(),
            row.device,
        ]
        if row.id:
            cursor = self._db.execute(
                f"INSERT INTO live_inbox ({_INBOX_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [row.id, *values],
            )
        else:
            cursor = self._db.execute(
                "INSERT INTO live_inbox (workshop_id, kind, author, request, received_at, device)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                values,
            )
        return int(cursor.lastrowid or row.id)

    def of_workshop(self, workshop_id: WorkshopId) -> list[InboxRow]:
        rows = self._db.execute(
            f"SELECT {_INBOX_COLUMNS} FROM live_inbox WHERE workshop_id = ? ORDER BY id",
            [workshop_id],
        ).fetchall()
        return [_inbox_row(row) for row in rows]

    def of_device(self, workshop_id: WorkshopId, device: str) -> list[InboxRow]:
        rows = self._db.execute(
            f"SELECT {_INBOX_COLUMNS} FROM live_inbox WHERE device = ? AND workshop_id = ? "
            "ORDER BY id",
            [device, workshop_id],
        ).fetchall()
        return [_inbox_row(row) for row in rows]

    def get(self, item_id: int) -> InboxRow | None:
        row = self._db.execute(
            f"SELECT {_INBOX_COLUMNS} FROM live_inbox WHERE id = ?", [item_id]
        ).fetchone()
        return _inbox_row(row) if row else None

    def count(self, workshop_id: WorkshopId) -> int:
        row = self._db.execute(
            "SELECT count(*) FROM live_inbox WHERE workshop_id = ?", [workshop_id]
        ).fetchone()
        return int(row[0])

    def signature(self, workshop_id: WorkshopId) -> tuple[int, int, int]:
        """What changes when an item comes, goes or is edited (count, last id, total of ids)."""
        row = self._db.execute(
            "SELECT count(*), coalesce(max(id), 0), coalesce(sum(id), 0) FROM live_inbox "
            "WHERE workshop_id = ?",
            [workshop_id],
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def delete(self, item_id: int) -> bool:
        cursor = self._db.execute("DELETE FROM live_inbox WHERE id = ?", [item_id])
        return cursor.rowcount > 0

    def set_request(self, item_id: int, request: str) -> None:
        self._db.execute("UPDATE live_inbox SET request = ? WHERE id = ?", [request, item_id])

    def set_author(self, item_id: int, author: str) -> None:
        self._db.execute("UPDATE live_inbox SET author = ? WHERE id = ?", [author, item_id])

    def delete_workshop(self, workshop_id: WorkshopId) -> int:
        """Erase every item of a workshop (its live session ended without them); how many."""
        cursor = self._db.execute("DELETE FROM live_inbox WHERE workshop_id = ?", [workshop_id])
        return cursor.rowcount

    def delete_person(self, person_id: PersonId) -> int:
        """Erase every item a person sent (the erasure of their data); how many."""
        cursor = self._db.execute(
            "DELETE FROM live_inbox WHERE json_extract(author, '$.person_id') = ?", [person_id]
        )
        return cursor.rowcount


_OWNED_CARDS_SQL = """
SELECT c.id, c.zone_id, c.text,
       c.text = l.text AND c.x = l.x AND c.y = l.y AND c.zone_id IS l.zone_id
       AND c.cluster_id IS NULL
       AND NOT EXISTS (SELECT 1 FROM alliance_cards a WHERE a.card_id = c.id)
       AND NOT EXISTS (SELECT 1 FROM commitments m WHERE m.card_id = c.id)
FROM live_cards l JOIN cards c ON c.id = l.card_id
WHERE l.device = ? AND c.workshop_id = ?
ORDER BY c.id
"""


class LiveOwners:
    """Which phone posted which card or commitment (`live_cards`, `live_commitments`)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add_card(
        self, card_id: CardId, device: str, text: str, zone_id: ZoneId | None, x: float, y: float
    ) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO live_cards (card_id, device, text, zone_id, x, y) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [card_id, device, text, zone_id, x, y],
        )

    def set_card_text(self, card_id: CardId, text: str) -> None:
        self._db.execute("UPDATE live_cards SET text = ? WHERE card_id = ?", [text, card_id])

    def cards_of(self, device: str, workshop_id: WorkshopId) -> list[OwnedCard]:
        rows = self._db.execute(_OWNED_CARDS_SQL, [device, workshop_id]).fetchall()
        return [
            OwnedCard(
                card_id=CardId(int(row[0])),
                zone_id=ZoneId(int(row[1])) if row[1] is not None else None,
                text=str(row[2]),
                editable=bool(row[3]),
            )
            for row in rows
        ]

    def card(self, card_id: CardId, device: str, workshop_id: WorkshopId) -> OwnedCard | None:
        """One card of a phone (None: not this phone's, or gone)."""
        sql = _OWNED_CARDS_SQL.replace("WHERE l.device", "WHERE l.card_id = ? AND l.device")
        row = self._db.execute(sql, [card_id, device, workshop_id]).fetchone()
        if row is None:
            return None
        return OwnedCard(
            card_id=CardId(int(row[0])),
            zone_id=ZoneId(int(row[1])) if row[1] is not None else None,
            text=str(row[2]),
            editable=bool(row[3]),
        )

    def add_commitment(self, commitment_id: int, device: str) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO live_commitments (commitment_id, device) VALUES (?, ?)",
            [commitment_id, device],
        )

    def commitments_of(self, device: str, workshop_id: WorkshopId) -> list[tuple[str, str]]:
        """The (description, status) of the commitments a phone proposed, oldest first."""
        rows = self._db.execute(
            "SELECT m.description, m.status FROM live_commitments l "
            "JOIN commitments m ON m.id = l.commitment_id "
            "JOIN partners p ON p.id = m.partner_id JOIN alliances a ON a.id = p.alliance_id "
            "WHERE l.device = ? AND a.workshop_id = ? ORDER BY m.id",
            [device, workshop_id],
        ).fetchall()
        return [(str(row[0]), str(row[1])) for row in rows]
