"""Repository of the reminders (relances) made for commitments."""

from __future__ import annotations

from collections.abc import Iterable

from workshop.domain.records import CommitmentId, Reminder
from workshop.storage.repository import Repository


class ReminderRepository(Repository[Reminder]):
    """Reminders, oldest first."""

    table = "reminders"
    record_type = Reminder

    def of_commitment(self, commitment_id: CommitmentId) -> list[Reminder]:
        return self.find("commitment_id = ?", [commitment_id], order_by="made_at, id")

    def last_of(self, commitment_ids: Iterable[CommitmentId]) -> dict[CommitmentId, Reminder]:
        """The latest reminder of each of these commitments that has one."""
        ids = list(commitment_ids)
        if not ids:
            return {}
        latest: dict[CommitmentId, Reminder] = {}
        for start in range(0, len(ids), 500):  # SQLite's bound on parameters
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for reminder in self.find(f"commitment_id IN ({marks})", chunk, "made_at, id"):
                latest[reminder.commitment_id] = reminder
        return latest

    def counts(self, commitment_ids: Iterable[CommitmentId]) -> dict[CommitmentId, int]:
        """How many reminders each of these commitments had (those with none are left out)."""
        ids = list(commitment_ids)
        counted: dict[CommitmentId, int] = {}
        for start in range(0, len(ids), 500):  # SQLite's bound on parameters
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for commitment_id, n in self._db.execute(
                f"SELECT commitment_id, count(*) FROM reminders WHERE commitment_id IN ({marks})"
                " GROUP BY commitment_id",
                chunk,
            ).fetchall():
                counted[CommitmentId(commitment_id)] = n
        return counted
