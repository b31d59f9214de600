"""What an operation touched, so that each screen refreshes only what it shows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Area(StrEnum):
    WORKSHOPS = "workshops"
    ORGANISATIONS = "organisations"
    PEOPLE = "people"
    ATTENDANCE = "attendance"
    BOARD = "board"
    ALLIANCES = "alliances"
    COMMITMENTS = "commitments"
    METHODS = "methods"  # tables and seating, open-space topics, polls and their answers
    # Not data: the application showed another workshop, or opened another file.
    CURRENT_WORKSHOP = "current_workshop"
    FILE = "file"


# Which area each table's rows belong to: an operation's changes are the areas of the tables
# it wrote, so no operation can forget to say what it touched.
TABLE_AREAS: dict[str, Area] = {
    "workshops": Area.WORKSHOPS,
    "decisions": Area.WORKSHOPS,  # a workshop's decisions and follow-ups (the report shows them)
    "organisations": Area.ORGANISATIONS,
    "people": Area.PEOPLE,
    "attendance": Area.ATTENDANCE,
    "zones": Area.BOARD,
    "clusters": Area.BOARD,
    "cards": Area.BOARD,
    "votes": Area.BOARD,
    "vote_rounds": Area.BOARD,
    "paper_dots": Area.BOARD,  # sticker dots counted on a card for a vote round
    "alliances": Area.ALLIANCES,
    "alliance_cards": Area.ALLIANCES,
    "partners": Area.ALLIANCES,
    "commitments": Area.COMMITMENTS,
    "reminders": Area.COMMITMENTS,  # the relances made for a commitment (its history)
    "commitment_changes": Area.COMMITMENTS,  # its history: status and due date changes
    "breakout_tables": Area.METHODS,  # the tables of a world café or of sous-groupes
    "seats": Area.METHODS,  # who sits at which table, round by round
    "table_rounds": Area.METHODS,  # the round shown now, the plenary's zone
    "table_cards": Area.METHODS,  # the cards a table's host posted for the table
    "open_space_slots": Area.METHODS,  # forum ouvert: the grid's time slots
    "open_space_rooms": Area.METHODS,  # … its rooms
    "open_space_topics": Area.METHODS,  # … the topics proposed and where each is placed
    "open_space_members": Area.METHODS,  # … who joined each topic's session
    "polls": Area.METHODS,  # quick polls and word clouds
    "poll_choices": Area.METHODS,  # a poll's choices, with the counts typed by hand
    "poll_answers": Area.METHODS,  # the answers, from phones or typed by hand
}


@dataclass(frozen=True)
class Changes:
    """The areas one user action changed (Anki's OpChanges), and, when known, the rows.

    `rows` holds the (table, rowid) pairs written, so that a screen can refresh just those
    (a phone's new card); None when they are not known (another file, a whole import…).
    """

    areas: frozenset[Area] = frozenset()
    rows: frozenset[tuple[str, int]] | None = field(default=None, compare=False)

    @classmethod
    def of(cls, *areas: Area) -> Changes:
        return cls(frozenset(areas))

    @classmethod
    def of_tables(cls, tables: Iterable[str]) -> Changes:
        """The areas of the tables an operation wrote."""
        return cls(frozenset(TABLE_AREAS[t] for t in tables if t in TABLE_AREAS))

    @classmethod
    def of_rows(cls, rows: Iterable[tuple[str, int]]) -> Changes:
        """The areas of the rows an operation wrote, with the rows themselves."""
        written = frozenset(rows)
        return cls(cls.of_tables(table for table, _ in written).areas, written)

    @classmethod
    def everything(cls) -> Changes:
        return cls(frozenset(Area))

    @property
    def empty(self) -> bool:
        return not self.areas

    def touches(self, *areas: Area) -> bool:
        return not self.areas.isdisjoint(areas)

    def only_rows_of(self, table: str, area: Area) -> list[int] | None:
        """The ids of `table` written when they are all this change wrote in `area` (else None:
        refresh the whole area)."""
        if self.rows is None:
            return None
        in_area = {(t, rowid) for t, rowid in self.rows if TABLE_AREAS.get(t) == area}
        if any(t != table for t, _ in in_area):
            return None
        return sorted(rowid for _, rowid in in_area)

    def __or__(self, other: Changes) -> Changes:
        rows = None if self.rows is None or other.rows is None else self.rows | other.rows
        return Changes(self.areas | other.areas, rows)
