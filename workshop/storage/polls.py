"""Repositories of the quick polls: polls, their choices and their answers."""

from __future__ import annotations

from sqlite_utils import Database

from workshop.domain.polls import Answer, Choice, Poll, PollId
from workshop.domain.records import WorkshopId
from workshop.storage.repository import Repository


class PollRepository(Repository[Poll]):
    table = "polls"
    record_type = Poll

    def of_workshop(self, workshop_id: WorkshopId) -> list[Poll]:
        return self.find("workshop_id = ?", [workshop_id], order_by="position, id")

    def open_one(self, workshop_id: WorkshopId) -> Poll | None:
        """The poll open now for the phones (None: none is)."""
        found = self.find("workshop_id = ? AND is_open = 1", [workshop_id])
        return found[0] if found else None


class ChoiceRepository(Repository[Choice]):
    table = "poll_choices"
    record_type = Choice

    def of_poll(self, poll_id: PollId) -> list[Choice]:
        return self.find("poll_id = ?", [poll_id], order_by="position, id")


class AnswerRepository(Repository[Answer]):
    table = "poll_answers"
    record_type = Answer

    def of_poll(self, poll_id: PollId) -> list[Answer]:
        return self.find("poll_id = ?", [poll_id])

    def of_device(self, poll_id: PollId, device: str) -> Answer | None:
        found = self.find("poll_id = ? AND device = ?", [poll_id, device]) if device else []
        return found[0] if found else None


class Polls:
    """The polls' repositories side by side (store.polls.polls, store.polls.answers…)."""

    def __init__(self, db: Database) -> None:
        self.polls = PollRepository(db)
        self.choices = ChoiceRepository(db)
        self.answers = AnswerRepository(db)
