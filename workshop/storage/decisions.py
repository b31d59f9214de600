"""Repository of the decisions and follow-ups agreed at a workshop."""

from __future__ import annotations

from workshop.domain.records import Decision, WorkshopId
from workshop.storage.repository import Repository


class DecisionRepository(Repository[Decision]):
    """A workshop's decisions in the order the facilitator gave them."""

    table = "decisions"
    record_type = Decision

    def of_workshop(self, workshop_id: WorkshopId) -> list[Decision]:
        return self.find("workshop_id = ?", [workshop_id], order_by="position, id")
