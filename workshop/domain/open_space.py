"""Forum ouvert (open space): the grid of time slots x rooms, the topics, who joined each.

A topic is proposed by the facilitator or from a phone, hosted by a person of the workshop (or
a name typed that the registry does not know), and placed in one cell of the grid (a slot and
a room) or not placed yet. A cell holds one topic at most. A participant attends one session
per slot: joining a placed topic leaves the others of its slot.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NewType

from workshop.domain.records import PersonId, WorkshopId

SlotId = NewType("SlotId", int)
RoomId = NewType("RoomId", int)
TopicId = NewType("TopicId", int)
TopicMemberId = NewType("TopicMemberId", int)

# The most characters a topic's title, a host's typed name and a room's name hold.
TOPIC_TITLE_CHARS = 160
HOST_NAME_CHARS = 120
ROOM_NAME_CHARS = 80
# A grid larger than this is not an open space a room can read on a projector.
MAX_SLOTS = 12
MAX_ROOMS = 16


@dataclass(frozen=True, kw_only=True)
class TimeSlot:
    """A time slot of the grid (a row): when it starts and ends, in the day's order."""

    id: SlotId = SlotId(0)
    workshop_id: WorkshopId
    start_time: dt.time
    end_time: dt.time
    position: int = 0


@dataclass(frozen=True, kw_only=True)
class Room:
    """A room (or a corner of the hall) of the grid (a column)."""

    id: RoomId = RoomId(0)
    workshop_id: WorkshopId
    name: str
    position: int = 0


@dataclass(frozen=True, kw_only=True)
class Topic:
    """A topic proposed for a session: its title, its host (a person of the registry, or a
    name typed as is), where it is placed (both None: not placed yet), and whether it came
    from a phone (`device`: the phone's key, "" at the desk)."""

    id: TopicId = TopicId(0)
    workshop_id: WorkshopId
    title: str
    host_person_id: PersonId | None = None
    host_name: str = ""  # a host the registry does not know, as typed ("" with a person)
    slot_id: SlotId | None = None
    room_id: RoomId | None = None
    device: str = ""
    position: int = 0

    @property
    def placed(self) -> bool:
        return self.slot_id is not None and self.room_id is not None


@dataclass(frozen=True, kw_only=True)
class TopicMember:
    """A participant who joined a topic's session."""

    id: TopicMemberId = TopicMemberId(0)
    topic_id: TopicId
    person_id: PersonId


def slot_label(slot: TimeSlot) -> str:
    """ "14:00–14:45": how a slot is named on the grid, in the report and on the phones."""
    return f"{slot.start_time:%H:%M}\u2013{slot.end_time:%H:%M}"
