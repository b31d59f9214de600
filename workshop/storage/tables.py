"""Repositories of the tables method: the tables, who sits where each round, the round shown."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from workshop.domain.records import CardId, PersonId, WorkshopId, ZoneId
from workshop.domain.seating import BreakoutTable, Seat, Seating, TableId
from workshop.storage.repository import Repository


class TableRepository(Repository[BreakoutTable]):
    """A workshop's tables, in the order the facilitator made them."""

    table = "breakout_tables"
    record_type = BreakoutTable

    def of_workshop(self, workshop_id: WorkshopId) -> list[BreakoutTable]:
        return self.find("workshop_id = ?", [workshop_id], order_by="position, id")


class SeatRepository(Repository[Seat]):
    """Who sits at which table, one row per person and round."""

    table = "seats"
    record_type = Seat

    def of_round(self, workshop_id: WorkshopId, round_number: int) -> Seating:
        rows = self._db.execute(
            "SELECT person_id, table_id FROM seats WHERE workshop_id = ? AND round = ?",
            [workshop_id, round_number],
        ).fetchall()
        return {PersonId(person): TableId(table) for person, table in rows}

    def rounds(self, workshop_id: WorkshopId) -> list[int]:
        """The rounds that have seats, in order."""
        rows = self._db.execute(
            "SELECT DISTINCT round FROM seats WHERE workshop_id = ? ORDER BY round", [workshop_id]
        ).fetchall()
        return [int(row[0]) for row in rows]

    def seat(
        self, workshop_id: WorkshopId, round_number: int, person_id: PersonId, table_id: TableId
    ) -> None:
        """Seat a person for a round (leaving the table they had in it)."""
        self.unseat(workshop_id, round_number, person_id)
        self._db.execute(
            "INSERT INTO seats (workshop_id, round, table_id, person_id) VALUES (?, ?, ?, ?)",
            [workshop_id, round_number, table_id, person_id],
        )

    def unseat(self, workshop_id: WorkshopId, round_number: int, person_id: PersonId) -> None:
        self._db.execute(
            "DELETE FROM seats WHERE workshop_id = ? AND round = ? AND person_id = ?",
            [workshop_id, round_number, person_id],
        )

    def replace_round(self, workshop_id: WorkshopId, round_number: int, seating: Seating) -> None:
        """The round's seats become `seating` exactly (rows kept where nothing changed)."""
        before = self.of_round(workshop_id, round_number)
        for person, table in before.items():
            if seating.get(person) != table:
                self.unseat(workshop_id, round_number, person)
        for person, table in seating.items():
            if before.get(person) != table:
                self._db.execute(
                    "INSERT INTO seats (workshop_id, round, table_id, person_id) "
                    "VALUES (?, ?, ?, ?)",
                    [workshop_id, round_number, table, person],
                )


class RoundRepository:
    """The round a workshop's tables show now, and the zone of its plenary."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def current(self, workshop_id: WorkshopId) -> int:
        row = self._db.execute(
            "SELECT current FROM table_rounds WHERE workshop_id = ?", [workshop_id]
        ).fetchone()
        return int(row[0]) if row else 1

    def plenary_zone(self, workshop_id: WorkshopId) -> ZoneId | None:
        row = self._db.execute(
            "SELECT plenary_zone_id FROM table_rounds WHERE workshop_id = ?", [workshop_id]
        ).fetchone()
        return ZoneId(row[0]) if row and row[0] is not None else None

    def _ensure(self, workshop_id: WorkshopId) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO table_rounds (workshop_id) VALUES (?)", [workshop_id]
        )

    def set_current(self, workshop_id: WorkshopId, round_number: int) -> None:
        if self.current(workshop_id) == round_number:
            return
        self._ensure(workshop_id)
        self._db.execute(
            "UPDATE table_rounds SET current = ? WHERE workshop_id = ?", [round_number, workshop_id]
        )

    def set_plenary_zone(self, workshop_id: WorkshopId, zone_id: ZoneId) -> None:
        self._ensure(workshop_id)
        self._db.execute(
            "UPDATE table_rounds SET plenary_zone_id = ? WHERE workshop_id = ?",
            [zone_id, workshop_id],
        )


class TableCardRepository:
    """Which cards a table's host posted in the table's name."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, card_id: CardId, table_id: TableId) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO table_cards (card_id, table_id) VALUES (?, ?)",
            [card_id, table_id],
        )

    def of_tables(self, table_ids: Iterable[TableId]) -> dict[CardId, TableId]:
        ids = list(table_ids)
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT card_id, table_id FROM table_cards WHERE table_id IN ({marks})", ids
        ).fetchall()
        return {CardId(card): TableId(table) for card, table in rows}


class Tables:
    """The tables method's repositories (store.tables.tables, .seats, .rounds, .cards)."""

    def __init__(self, db: Database) -> None:
        self.tables = TableRepository(db)
        self.seats = SeatRepository(db)
        self.rounds = RoundRepository(db)
        self.cards = TableCardRepository(db)
