"""Repositories of alliances, their partners and the partners' commitments."""

from __future__ import annotations

import datetime as dt

from workshop.domain.records import (
    Alliance,
    AllianceId,
    CardId,
    Commitment,
    CommitmentChange,
    CommitmentId,
    OrganisationId,
    Partner,
    WorkshopId,
)
from workshop.storage.repository import Repository
from workshop.storage.rows import from_row, to_row

TRACKED_CHANGES = ("status", "due_date")  # a commitment's fields whose changes its history shows


class AllianceRepository(Repository[Alliance]):
    table = "alliances"
    record_type = Alliance

    def of_workshop(self, workshop_id: WorkshopId) -> list[Alliance]:
        return self.find("workshop_id = ?", [workshop_id])

    def link_cards(self, alliance_id: AllianceId, card_ids: list[CardId]) -> None:
        with self._db.atomic():
            self._db.conn.executemany(
                "INSERT OR IGNORE INTO alliance_cards (alliance_id, card_id) VALUES (?, ?)",
                [(alliance_id, c) for c in card_ids],
            )

    def linked_cards(self, alliance_id: AllianceId) -> list[CardId]:
        rows = self._db.execute(
            "SELECT card_id FROM alliance_cards WHERE alliance_id = ? ORDER BY card_id",
            [alliance_id],
        ).fetchall()
        return [CardId(r[0]) for r in rows]


class PartnerRepository(Repository[Partner]):
    table = "partners"
    record_type = Partner

    def of_alliance(self, alliance_id: AllianceId) -> list[Partner]:
        return self.find("alliance_id = ?", [alliance_id])

    def of_organisation(self, organisation_id: OrganisationId) -> list[Partner]:
        return self.find("organisation_id = ?", [organisation_id])


class CommitmentRepository(Repository[Commitment]):
    table = "commitments"
    record_type = Commitment

    def update(self, record: Commitment) -> Commitment:
        """Save a commitment, recording a change of its status or due date for its history."""
        before = self._db.execute(
            "SELECT status, due_date FROM commitments WHERE id = ?", [record.id]
        ).fetchone()
        super().update(record)
        if before is None:
            return record
        after = to_row(record)
        at = dt.datetime.now().replace(microsecond=0).isoformat()
        for old, field in zip(before, TRACKED_CHANGES, strict=True):
            if old != after[field]:
                self._db.execute(
                    "INSERT INTO commitment_changes (commitment_id, at, field, old, new)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [record.id, at, field, old, after[field]],
                )
        return record

    def changes(self, commitment_id: CommitmentId) -> list[CommitmentChange]:
        """The changes of status and due date of a commitment, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM commitment_changes WHERE commitment_id = ? ORDER BY at, id",
            [commitment_id],
        )
        names = [d[0] for d in rows.description]
        return [from_row(CommitmentChange, dict(zip(names, row, strict=True))) for row in rows]

    def of_alliance(self, alliance_id: AllianceId) -> list[Commitment]:
        return self.find(
            "partner_id IN (SELECT id FROM partners WHERE alliance_id = ?)", [alliance_id]
        )

    def of_workshop(self, workshop_id: WorkshopId) -> list[Commitment]:
        return self.find(
            "partner_id IN (SELECT p.id FROM partners p JOIN alliances a ON a.id = p.alliance_id"
            " WHERE a.workshop_id = ?)",
            [workshop_id],
            order_by="due_date IS NULL, due_date, id",
        )

    def open(self) -> list[Commitment]:
        """Commitments not yet done nor dropped, by due date."""
        return self.find(
            "status IN ('propose', 'confirme')", order_by="due_date IS NULL, due_date, id"
        )
