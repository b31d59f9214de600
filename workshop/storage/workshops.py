"""Repositories of workshops and their attendance (émargement)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from sqlite_utils import Database

from workshop.domain.records import Attendance, PersonId, Workshop, WorkshopFigures, WorkshopId
from workshop.storage.repository import Repository
from workshop.storage.rows import from_row


class WorkshopRepository(Repository[Workshop]):
    """Workshops, newest first."""

    table = "workshops"
    record_type = Workshop

    def all(self) -> list[Workshop]:
        return self.find(order_by="date IS NULL, date DESC, id DESC")

    def figures(self, workshop_id: WorkshopId) -> WorkshopFigures:
        """People registered and present, organisations present, cards, alliances, commitments."""
        row = self._db.execute(
            """SELECT
                (SELECT count(*) FROM attendance WHERE workshop_id = :w),
                (SELECT count(*) FROM attendance WHERE workshop_id = :w AND present),
                (SELECT count(DISTINCT p.organisation_id) FROM attendance a
                    JOIN people p ON p.id = a.person_id
                    WHERE a.workshop_id = :w AND a.present AND p.organisation_id IS NOT NULL),
                (SELECT count(*) FROM cards WHERE workshop_id = :w),
                (SELECT count(*) FROM alliances WHERE workshop_id = :w),
                (SELECT count(*) FROM commitments c JOIN partners pa ON pa.id = c.partner_id
                    JOIN alliances al ON al.id = pa.alliance_id WHERE al.workshop_id = :w)""",
            {"w": workshop_id},
        ).fetchone()
        return WorkshopFigures(
            people=row[0],
            present=row[1],
            organisations=row[2],
            cards=row[3],
            alliances=row[4],
            commitments=row[5],
        )

    def duplicate(self, workshop_id: WorkshopId, title: str) -> Workshop:
        """A copy of a workshop's details, agenda and board zones, with no cards or people."""
        original = self.get(workshop_id)
        with self._db.atomic():
            copy = self.add(
                dataclasses.replace(
                    original, id=WorkshopId(0), title=title, origin="", timer_state=""
                )
            )
            self._db.execute(
                """INSERT INTO zones (workshop_id, name, x, y, width, height, colour, position)
                   SELECT ?, name, x, y, width, height, colour, position FROM zones
                   WHERE workshop_id = ?""",
                [copy.id, workshop_id],
            )
        return copy


class AttendanceRepository:
    """Who is registered for a workshop and who checked in."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def of_workshop(self, workshop_id: WorkshopId) -> list[Attendance]:
        return [
            from_row(Attendance, row)
            for row in self._db.query(
                "SELECT * FROM attendance WHERE workshop_id = ? ORDER BY person_id", [workshop_id]
            )
        ]

    def get(self, workshop_id: WorkshopId, person_id: PersonId) -> Attendance | None:
        rows = list(
            self._db.query(
                "SELECT * FROM attendance WHERE workshop_id = ? AND person_id = ?",
                [workshop_id, person_id],
            )
        )
        return from_row(Attendance, rows[0]) if rows else None

    def present_among(
        self, workshop_id: WorkshopId, person_ids: Sequence[PersonId]
    ) -> set[PersonId]:
        """Which of these people are checked in at the workshop (read in one statement per
        500 of them: the phones' cards of a moment are many people's)."""
        present: set[PersonId] = set()
        for start in range(0, len(person_ids), 500):
            chunk = list(person_ids[start : start + 500])
            marks = ", ".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT person_id FROM attendance WHERE workshop_id = ? AND present "
                f"AND person_id IN ({marks})",
                [workshop_id, *chunk],
            ).fetchall()
            present.update(PersonId(int(row[0])) for row in rows)
        return present

    def register(self, workshop_id: WorkshopId, person_ids: list[PersonId]) -> None:
        """Register people for a workshop (those already registered are left as they are)."""
        with self._db.atomic():
            self._db.conn.executemany(
                "INSERT OR IGNORE INTO attendance (workshop_id, person_id) VALUES (?, ?)",
                [(workshop_id, p) for p in person_ids],
            )

    def set_present(
        self,
        workshop_id: WorkshopId,
        person_id: PersonId,
        present: bool,
        at: dt.datetime | None = None,
        via: str = "",
    ) -> Attendance:
        """Check a person in (registering them if needed) or out; `via` says how ("" at the
        desk, "phone" from a phone)."""
        when = (at or dt.datetime.now()).isoformat(timespec="seconds") if present else None
        with self._db.atomic():
            self._db.execute(
                """INSERT INTO attendance
                       (workshop_id, person_id, present, checked_in_at, checked_in_via)
                   VALUES (?, ?, ?, ?, ?) ON CONFLICT (workshop_id, person_id)
                   DO UPDATE SET present = excluded.present,
                                 checked_in_at = excluded.checked_in_at,
                                 checked_in_via = excluded.checked_in_via""",
                [workshop_id, person_id, int(present), when, via if present else ""],
            )
        found = self.get(workshop_id, person_id)
        assert found is not None
        return found
