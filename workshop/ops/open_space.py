"""Forum ouvert (open space) operations: the grid's slots and rooms, the topics proposed (at
the desk or from a phone), where each is placed, who joins each session; one undoable step each.

A cell of the grid (a slot and a room) holds one topic: placing a topic on a taken cell swaps
the two. A participant is in one session per slot: joining a placed topic leaves the others of
its slot. A host is a person of the registry (picked, or typed and found by the registry's
rule for names) or, when the registry does not know the name typed, that name as is: a name
typed for a host never adds a person to the registry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from workshop.domain.open_space import (
    HOST_NAME_CHARS,
    MAX_ROOMS,
    MAX_SLOTS,
    ROOM_NAME_CHARS,
    TOPIC_TITLE_CHARS,
    Room,
    RoomId,
    SlotId,
    TimeSlot,
    Topic,
    TopicId,
    TopicMember,
)
from workshop.domain.records import PersonId, WorkshopId
from workshop.domain.text import fold
from workshop.domain.validation import one_line
from workshop.domain.vocabulary import Lang
from workshop.domain.wording import worded
from workshop.errors import InvalidInput, NotFound
from workshop.ops import Applied, operation
from workshop.ops.live import Author, LiveRefused, phone_person
from workshop.queries.names import people_named
from workshop.storage.store import Store

_MESSAGES: dict[str, tuple[str, str]] = {
    "missing_workshop": ("Cet atelier n'existe plus.", "This workshop no longer exists."),
    "missing_slot": ("Ce créneau n'existe plus.", "This time slot no longer exists."),
    "missing_room": ("Cette salle n'existe plus.", "This room no longer exists."),
    "missing_topic": ("Ce sujet n'existe plus.", "This topic no longer exists."),
    "missing_person": ("Cette personne n'existe plus.", "This person no longer exists."),
    "slot_order": (
        "Le créneau doit finir après son début.",
        "The time slot must end after it starts.",
    ),
    "slot_overlap": (
        "Ce créneau chevauche celui de {other}.",
        "This time slot overlaps the one of {other}.",
    ),
    "too_many_slots": (
        "Une grille compte au plus {n} créneaux.",
        "A grid has at most {n} time slots.",
    ),
    "too_many_rooms": ("Une grille compte au plus {n} salles.", "A grid has at most {n} rooms."),
    "room_name": ("Donnez un nom à la salle.", "Give the room a name."),
    "room_taken": ("Une salle porte déjà ce nom.", "A room already has this name."),
    "title": ("Donnez un titre au sujet.", "Give the topic a title."),
    "other_workshop": (
        "Ce créneau ou cette salle est celui d'un autre atelier.",
        "This slot or room belongs to another workshop.",
    ),
}


def _refuse(code: str, field: str, lang: Lang, **values: object) -> InvalidInput:
    return InvalidInput(worded(_MESSAGES, code, lang, **values), field)


def _bounded(text: str, limit: int, field: str, lang: Lang) -> str:
    cleaned, too_long = one_line(text, limit, lang)
    if too_long:
        raise InvalidInput(too_long, field)
    return cleaned


def _check_workshop(store: Store, workshop_id: WorkshopId, lang: Lang) -> None:
    if store.workshops.count("id = ?", [workshop_id]) == 0:
        raise _refuse("missing_workshop", "workshop", lang)


def _slot(store: Store, slot_id: SlotId, lang: Lang) -> TimeSlot:
    try:
        return store.open_space.slots.get(slot_id)
    except NotFound as error:
        raise _refuse("missing_slot", "slot", lang) from error


def _room(store: Store, room_id: RoomId, lang: Lang) -> Room:
    try:
        return store.open_space.rooms.get(room_id)
    except NotFound as error:
        raise _refuse("missing_room", "room", lang) from error


def _topic(store: Store, topic_id: TopicId, lang: Lang) -> Topic:
    try:
        return store.open_space.topics.get(topic_id)
    except NotFound as error:
        raise _refuse("missing_topic", "topic", lang) from error


# ---- the grid: time slots ------------------------------------------------------------------


def _checked_slot(store: Store, slot: TimeSlot, lang: Lang) -> None:
    if slot.end_time <= slot.start_time:
        raise _refuse("slot_order", "end_time", lang)
    for other in store.open_space.slots.of_workshop(slot.workshop_id):
        if other.id != slot.id and (
            slot.start_time < other.end_time and other.start_time < slot.end_time
        ):
            label = f"{other.start_time:%H:%M}\u2013{other.end_time:%H:%M}"
            raise _refuse("slot_overlap", "start_time", lang, other=label)


def add_slot(
    store: Store, workshop_id: WorkshopId, start: dt.time, end: dt.time, *, lang: Lang = "fr"
) -> Applied[TimeSlot]:
    """The facilitator adds a time slot (a row of the grid); slots never overlap."""
    _check_workshop(store, workshop_id, lang)
    existing = store.open_space.slots.of_workshop(workshop_id)
    if len(existing) >= MAX_SLOTS:
        raise _refuse("too_many_slots", "slot", lang, n=MAX_SLOTS)
    slot = TimeSlot(workshop_id=workshop_id, start_time=start, end_time=end)
    _checked_slot(store, slot, lang)
    position = max((s.position for s in existing), default=-1) + 1
    with operation(store) as op:
        saved = store.open_space.slots.add(dataclasses.replace(slot, position=position))
    return op.applied(saved)


def edit_slot(
    store: Store, slot_id: SlotId, start: dt.time, end: dt.time, *, lang: Lang = "fr"
) -> Applied[TimeSlot]:
    """The facilitator changes when a slot starts and ends (its sessions stay in it)."""
    slot = dataclasses.replace(_slot(store, slot_id, lang), start_time=start, end_time=end)
    _checked_slot(store, slot, lang)
    with operation(store) as op:
        store.open_space.slots.update(slot)
    return op.applied(slot)


def _unplace(store: Store, topics: list[Topic]) -> None:
    for topic in topics:
        store.open_space.topics.update(dataclasses.replace(topic, slot_id=None, room_id=None))


def remove_slot(store: Store, slot_id: SlotId, *, lang: Lang = "fr") -> Applied[TimeSlot]:
    """The facilitator removes a slot; its topics go back to the topics not placed yet."""
    slot = _slot(store, slot_id, lang)
    with operation(store) as op:
        _unplace(store, store.open_space.topics.in_slot(slot_id))
        store.open_space.slots.delete(slot_id)
    return op.applied(slot)


# ---- the grid: rooms -----------------------------------------------------------------------


def _room_name(store: Store, workshop_id: WorkshopId, name: str, room_id: int, lang: Lang) -> str:
    cleaned = _bounded(name, ROOM_NAME_CHARS, "name", lang)
    if not cleaned:
        raise _refuse("room_name", "name", lang)
    for other in store.open_space.rooms.of_workshop(workshop_id):
        if other.id != room_id and fold(other.name) == fold(cleaned):
            raise _refuse("room_taken", "name", lang)
    return cleaned


def add_room(
    store: Store, workshop_id: WorkshopId, name: str, *, lang: Lang = "fr"
) -> Applied[Room]:
    """The facilitator adds a room (a column of the grid), last."""
    _check_workshop(store, workshop_id, lang)
    existing = store.open_space.rooms.of_workshop(workshop_id)
    if len(existing) >= MAX_ROOMS:
        raise _refuse("too_many_rooms", "room", lang, n=MAX_ROOMS)
    cleaned = _room_name(store, workshop_id, name, 0, lang)
    position = max((r.position for r in existing), default=-1) + 1
    with operation(store) as op:
        room = store.open_space.rooms.add(
            Room(workshop_id=workshop_id, name=cleaned, position=position)
        )
    return op.applied(room)


def rename_room(store: Store, room_id: RoomId, name: str, *, lang: Lang = "fr") -> Applied[Room]:
    room = _room(store, room_id, lang)
    renamed = dataclasses.replace(
        room, name=_room_name(store, room.workshop_id, name, room.id, lang)
    )
    with operation(store) as op:
        if renamed != room:
            store.open_space.rooms.update(renamed)
    return op.applied(renamed)


def remove_room(store: Store, room_id: RoomId, *, lang: Lang = "fr") -> Applied[Room]:
    """The facilitator removes a room; its topics go back to the topics not placed yet."""
    room = _room(store, room_id, lang)
    with operation(store) as op:
        _unplace(store, store.open_space.topics.find("room_id = ?", [room_id]))
        store.open_space.rooms.delete(room_id)
    return op.applied(room)


# ---- topics --------------------------------------------------------------------------------


def _host(
    store: Store,
    workshop_id: WorkshopId,
    typed: str,
    person_id: PersonId | None,
    lang: Lang,
) -> tuple[PersonId | None, str]:
    """The host as kept: a registry person (picked, or the one person a typed name designates,
    those present at the workshop first), else the name as typed ("" for no host)."""
    if person_id is not None:
        if store.people.count("id = ?", [person_id]) == 0:
            raise _refuse("missing_person", "host", lang)
        return person_id, ""
    name = _bounded(typed, HOST_NAME_CHARS, "host", lang)
    if not name:
        return None, ""
    named = people_named(store, name)
    if len(named) > 1:
        present = {a.person_id for a in store.attendance.of_workshop(workshop_id) if a.present}
        named = [p for p in named if p.id in present]
    if len(named) == 1:
        return named[0].id, ""
    return None, name


def _title(title: str, lang: Lang) -> str:
    cleaned = _bounded(title, TOPIC_TITLE_CHARS, "title", lang)
    if not cleaned:
        raise _refuse("title", "title", lang)
    return cleaned


def propose_topic(
    store: Store,
    workshop_id: WorkshopId,
    title: str,
    host: str = "",
    host_person_id: PersonId | None = None,
    *,
    device: str = "",
    lang: Lang = "fr",
) -> Applied[Topic]:
    """A topic is proposed (by the facilitator, or from a phone: `device`), not placed yet."""
    _check_workshop(store, workshop_id, lang)
    cleaned = _title(title, lang)
    person_id, host_name = _host(store, workshop_id, host, host_person_id, lang)
    existing = store.open_space.topics.of_workshop(workshop_id)
    position = max((t.position for t in existing), default=-1) + 1
    with operation(store) as op:
        topic = store.open_space.topics.add(
            Topic(
                workshop_id=workshop_id,
                title=cleaned,
                host_person_id=person_id,
                host_name=host_name,
                device=device,
                position=position,
            )
        )
    return op.applied(topic)


def edit_topic(
    store: Store,
    topic_id: TopicId,
    title: str,
    host: str = "",
    host_person_id: PersonId | None = None,
    *,
    lang: Lang = "fr",
) -> Applied[Topic]:
    """The facilitator corrects a topic's title or host (its place and members stay)."""
    topic = _topic(store, topic_id, lang)
    person_id, host_name = _host(store, topic.workshop_id, host, host_person_id, lang)
    edited = dataclasses.replace(
        topic, title=_title(title, lang), host_person_id=person_id, host_name=host_name
    )
    with operation(store) as op:
        if edited != topic:
            store.open_space.topics.update(edited)
    return op.applied(edited)


def remove_topic(store: Store, topic_id: TopicId, *, lang: Lang = "fr") -> Applied[Topic]:
    """The facilitator withdraws a topic (its members with it; undo puts all back)."""
    topic = _topic(store, topic_id, lang)
    with operation(store) as op:
        store.open_space.topics.delete(topic_id)
    return op.applied(topic)


def place_topic(
    store: Store,
    topic_id: TopicId,
    slot_id: SlotId | None,
    room_id: RoomId | None,
    *,
    lang: Lang = "fr",
) -> Applied[list[Topic]]:
    """The facilitator puts a topic in a cell of the grid (None, None: takes it off the grid).

    A topic already in that cell takes the moved topic's former place (a swap). The result is
    the topics written (the one moved first).
    """
    topic = _topic(store, topic_id, lang)
    if (slot_id is None) != (room_id is None):
        raise _refuse("missing_slot" if slot_id is None else "missing_room", "cell", lang)
    if slot_id is not None and room_id is not None:
        slot, room = _slot(store, slot_id, lang), _room(store, room_id, lang)
        if topic.workshop_id not in (slot.workshop_id, room.workshop_id) or (
            slot.workshop_id != room.workshop_id
        ):
            raise _refuse("other_workshop", "cell", lang)
    if (topic.slot_id, topic.room_id) == (slot_id, room_id):
        with operation(store) as op:
            pass
        return op.applied([topic])
    moved = dataclasses.replace(topic, slot_id=slot_id, room_id=room_id)
    written = [moved]
    with operation(store) as op:
        occupant = (
            store.open_space.topics.in_cell(slot_id, room_id)
            if slot_id is not None and room_id is not None
            else None
        )
        if occupant is not None:
            # off the cell first (one topic per cell), then into the moved topic's old place
            store.open_space.topics.update(
                dataclasses.replace(occupant, slot_id=None, room_id=None)
            )
        store.open_space.topics.update(moved)
        if occupant is not None:
            swapped = dataclasses.replace(occupant, slot_id=topic.slot_id, room_id=topic.room_id)
            if not topic.placed:
                swapped = dataclasses.replace(swapped, slot_id=None, room_id=None)
            store.open_space.topics.update(swapped)
            written.append(swapped)
    return op.applied(written)


# ---- who joins a session -------------------------------------------------------------------


def join_topic(
    store: Store, topic_id: TopicId, person_id: PersonId, *, lang: Lang = "fr"
) -> Applied[TopicMember]:
    """A participant joins a topic's session (and leaves the other sessions of its slot)."""
    topic = _topic(store, topic_id, lang)
    if store.people.count("id = ?", [person_id]) == 0:
        raise _refuse("missing_person", "person", lang)
    members = store.open_space.members
    with operation(store) as op:
        if topic.slot_id is not None:
            for other in store.open_space.topics.in_slot(topic.slot_id):
                left = members.find_member(other.id, person_id) if other.id != topic_id else None
                if left is not None:
                    members.delete(left.id)
        member = members.find_member(topic_id, person_id) or members.add(
            TopicMember(topic_id=topic_id, person_id=person_id)
        )
    return op.applied(member)


def leave_topic(
    store: Store, topic_id: TopicId, person_id: PersonId, *, lang: Lang = "fr"
) -> Applied[bool]:
    """A participant leaves a topic's session; False when they had not joined it."""
    _topic(store, topic_id, lang)
    member = store.open_space.members.find_member(topic_id, person_id)
    with operation(store) as op:
        if member is not None:
            store.open_space.members.delete(member.id)
    return op.applied(member is not None)


# ---- from the phones -----------------------------------------------------------------------


def _phone_person_id(store: Store, author: Author, lang: Lang) -> PersonId:
    person = phone_person(store, author)
    if person is None:
        raise LiveRefused("not_joined", "", lang)
    return person.id


def propose_phone_topic(
    store: Store, workshop_id: WorkshopId, author: Author, title: str, *, lang: Lang = "fr"
) -> Applied[Topic]:
    """A participant proposes a topic from their phone: they host it."""
    person_id = _phone_person_id(store, author, lang)
    return propose_topic(
        store, workshop_id, title, host_person_id=person_id, device=author.device, lang=lang
    )


def join_phone_topic(
    store: Store,
    workshop_id: WorkshopId,
    author: Author,
    topic_id: TopicId,
    join: bool,
    *,
    lang: Lang = "fr",
) -> Applied[bool]:
    """A participant joins (or leaves) a session from their phone; True when they are in it."""
    person_id = _phone_person_id(store, author, lang)
    topic = _topic(store, topic_id, lang)
    if topic.workshop_id != workshop_id:
        raise _refuse("missing_topic", "topic_id", lang)
    if join:
        with operation(store) as op:
            join_topic(store, topic_id, person_id, lang=lang)
        return op.applied(True)
    with operation(store) as op:
        leave_topic(store, topic_id, person_id, lang=lang)
    return op.applied(False)
