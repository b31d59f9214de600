"""Repositories of the open space (forum ouvert): slots, rooms, topics and their members."""

from __future__ import annotations

from sqlite_utils import Database

from workshop.domain.open_space import (
    Room,
    SlotId,
    TimeSlot,
    Topic,
    TopicId,
    TopicMember,
)
from workshop.domain.records import PersonId, WorkshopId
from workshop.storage.repository import Repository


class SlotRepository(Repository[TimeSlot]):
    table = "open_space_slots"
    record_type = TimeSlot

    def of_workshop(self, workshop_id: WorkshopId) -> list[TimeSlot]:
        return self.find("workshop_id = ?", [workshop_id], order_by="start_time, position, id")


class RoomRepository(Repository[Room]):
    table = "open_space_rooms"
    record_type = Room

    def of_workshop(self, workshop_id: WorkshopId) -> list[Room]:
        return self.find("workshop_id = ?", [workshop_id], order_by="position, id")


class TopicRepository(Repository[Topic]):
    table = "open_space_topics"
    record_type = Topic

    def of_workshop(self, workshop_id: WorkshopId) -> list[Topic]:
        return self.find("workshop_id = ?", [workshop_id], order_by="position, id")

    def in_cell(self, slot_id: SlotId, room_id: int) -> Topic | None:
        found = self.find("slot_id = ? AND room_id = ?", [slot_id, room_id])
        return found[0] if found else None

    def in_slot(self, slot_id: SlotId) -> list[Topic]:
        return self.find("slot_id = ?", [slot_id])


class MemberRepository(Repository[TopicMember]):
    table = "open_space_members"
    record_type = TopicMember

    def of_topic(self, topic_id: TopicId) -> list[TopicMember]:
        return self.find("topic_id = ?", [topic_id])

    def of_workshop(self, workshop_id: WorkshopId) -> list[TopicMember]:
        return self.find(
            "topic_id IN (SELECT id FROM open_space_topics WHERE workshop_id = ?)", [workshop_id]
        )

    def find_member(self, topic_id: TopicId, person_id: PersonId) -> TopicMember | None:
        found = self.find("topic_id = ? AND person_id = ?", [topic_id, person_id])
        return found[0] if found else None


class OpenSpace:
    """The open space's repositories side by side (store.open_space.topics…)."""

    def __init__(self, db: Database) -> None:
        self.slots = SlotRepository(db)
        self.rooms = RoomRepository(db)
        self.topics = TopicRepository(db)
        self.members = MemberRepository(db)
