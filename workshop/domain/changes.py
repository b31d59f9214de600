"""What an operation touched, so that each screen refreshes only what it shows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Area(StrEnum):
    WORKSHOPS = "workshops"
    ORGANISATIONS = "organisations"
    PEOPLE = "people"
    ATTENDANCE = "attendance"
    BOARD = "board"
    ALLIANCES = "alliances"
    COMMITMENTS = "commitments"
    # Not data: the application showed another workshop, or opened another file.
    CURRENT_WORKSHOP = "current_workshop"
    FILE = "file"


# Which area each table's rows belong to: an operation's changes are the areas of the tables
# it wrote, so no operation can forget to say what it touched.
TABLE_AREAS: dict[str, Area] = {
    "workshops": Area.WORKSHOPS,
    "organisations": Area.ORGANISATIONS,
    "people": Area.PEOPLE,
    "attendance": Area.ATTENDANCE,
    "zones": Area.BOARD,
    "clusters": Area.BOARD,
    "cards": Area.BOARD,
    "votes": Area.BOARD,
    "vote_rounds": Area.BOARD,
    "alliances": Area.ALLIANCES,
    "alliance_cards": Area.ALLIANCES,
    "partners": Area.ALLIANCES,
    "commitments": Area.COMMITMENTS,
}


@dataclass(frozen=True)
class Changes:
    """The areas one user action changed (Anki's OpChanges)."""

    areas: frozenset[Area] = frozenset()

    @classmethod
    def of(cls, *areas: Area) -> Changes:
        return cls(frozenset(areas))

    @classmethod
    def of_tables(cls, tables: Iterable[str]) -> Changes:
        """The areas of the tables an operation wrote."""
        return cls(frozenset(TABLE_AREAS[t] for t in tables if t in TABLE_AREAS))

    @classmethod
    def everything(cls) -> Changes:
        return cls(frozenset(Area))

    @property
    def empty(self) -> bool:
        return not self.areas

    def touches(self, *areas: Area) -> bool:
        return not self.areas.isdisjoint(areas)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas)
