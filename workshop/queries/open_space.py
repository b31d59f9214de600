"""The open space as screens, the projector, the phones and the report show it: the grid, each
topic with its host's name and its members' names."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.domain.open_space import Room, RoomId, SlotId, TimeSlot, Topic, TopicId
from workshop.domain.records import Organisation, Person, PersonId, WorkshopId
from workshop.domain.text import sort_key
from workshop.storage.store import Store


@dataclass(frozen=True)
class TopicView:
    """A topic with the names shown for its host and its members (sorted)."""

    topic: Topic
    host: str  # "Prénom Nom (Organisation)", the name typed, or ""
    people: tuple[tuple[PersonId, str], ...]  # the members: (id, name), by name

    @property
    def members(self) -> tuple[str, ...]:
        return tuple(name for _, name in self.people)

    @property
    def member_ids(self) -> frozenset[PersonId]:
        return frozenset(person_id for person_id, _ in self.people)


@dataclass(frozen=True)
class OpenSpaceGrid:
    """A workshop's open space: slots (rows), rooms (columns), the topics placed in cells and
    those waiting."""

    slots: tuple[TimeSlot, ...]
    rooms: tuple[Room, ...]
    topics: tuple[TopicView, ...]

    @property
    def empty(self) -> bool:
        return not (self.slots or self.rooms or self.topics)

    def cell(self, slot_id: SlotId, room_id: RoomId) -> TopicView | None:
        for view in self.topics:
            if view.topic.slot_id == slot_id and view.topic.room_id == room_id:
                return view
        return None

    def waiting(self) -> list[TopicView]:
        """The topics not placed in a cell yet, in the order they were proposed."""
        return [v for v in self.topics if not v.topic.placed]

    def placed(self) -> list[tuple[TimeSlot, Room, TopicView]]:
        """The sessions, slot by slot and room by room."""
        sessions = []
        for slot in self.slots:
            for room in self.rooms:
                view = self.cell(slot.id, room.id)
                if view is not None:
                    sessions.append((slot, room, view))
        return sessions

    def topic(self, topic_id: TopicId) -> TopicView | None:
        return next((v for v in self.topics if v.topic.id == topic_id), None)


def person_name(person: Person, organisation: Organisation | None = None) -> str:
    name = " ".join(part for part in (person.first_name, person.last_name) if part)
    return f"{name} ({organisation.name})" if organisation else name


def open_space_grid(store: Store, workshop_id: WorkshopId) -> OpenSpaceGrid:
    """Read a workshop's open space (a few queries)."""
    repos = store.open_space
    topics = repos.topics.of_workshop(workshop_id)
    members = repos.members.of_workshop(workshop_id)
    person_ids = {t.host_person_id for t in topics if t.host_person_id is not None}
    person_ids |= {m.person_id for m in members}
    people = _by_ids(store, sorted(person_ids))
    organisation_ids = sorted({p.organisation_id for p in people.values() if p.organisation_id})
    organisations = (
        {
            o.id: o
            for o in store.organisations.find(
                f"id IN ({','.join('?' * len(organisation_ids))})", organisation_ids
            )
        }
        if organisation_ids
        else {}
    )

    def label(person_id: PersonId) -> str:
        person = people.get(person_id)
        if person is None:
            return ""
        organisation = organisations.get(person.organisation_id) if person.organisation_id else None
        return person_name(person, organisation)

    by_topic: dict[TopicId, list[PersonId]] = {}
    for member in members:
        by_topic.setdefault(member.topic_id, []).append(member.person_id)
    views = tuple(
        TopicView(
            topic=topic,
            host=label(topic.host_person_id) if topic.host_person_id else topic.host_name,
            people=tuple(
                sorted(
                    ((p, label(p)) for p in by_topic.get(topic.id, [])),
                    key=lambda item: (sort_key(item[1]), item[0]),
                )
            ),
        )
        for topic in topics
    )
    return OpenSpaceGrid(
        slots=tuple(repos.slots.of_workshop(workshop_id)),
        rooms=tuple(repos.rooms.of_workshop(workshop_id)),
        topics=views,
    )


def _by_ids(store: Store, ids: list[PersonId]) -> dict[PersonId, Person]:
    found: dict[PersonId, Person] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for person in store.people.find(f"id IN ({','.join('?' * len(chunk))})", chunk):
            found[person.id] = person
    return found


def present_people(store: Store, workshop_id: WorkshopId) -> list[tuple[PersonId, str]]:
    """The people checked in at a workshop, as (id, "Prénom Nom (Organisation)"), by name."""
    ids = sorted(a.person_id for a in store.attendance.of_workshop(workshop_id) if a.present)
    people = _by_ids(store, ids)
    organisation_ids = sorted({p.organisation_id for p in people.values() if p.organisation_id})
    organisations = (
        {
            o.id: o
            for o in store.organisations.find(
                f"id IN ({','.join('?' * len(organisation_ids))})", organisation_ids
            )
        }
        if organisation_ids
        else {}
    )
    named = [
        (
            person.id,
            person_name(
                person,
                organisations.get(person.organisation_id) if person.organisation_id else None,
            ),
        )
        for person in people.values()
    ]
    return sorted(named, key=lambda item: sort_key(item[1]))
