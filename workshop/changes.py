"""What an operation touched, so that each screen refreshes only what it shows."""

from __future__ import annotations

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


@dataclass(frozen=True)
class Changes:
    """The areas one user action changed (Anki's OpChanges)."""

    areas: frozenset[Area] = frozenset()

    @classmethod
    def of(cls, *areas: Area) -> Changes:
        return cls(frozenset(areas))

    @classmethod
    def everything(cls) -> Changes:
        return cls(frozenset(Area))

    def touches(self, *areas: Area) -> bool:
        return not self.areas.isdisjoint(areas)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas)
