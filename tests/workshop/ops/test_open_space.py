"""Open space operations: the grid, topics and their hosts, placing, joining, from phones."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop.domain.changes import Area
from workshop.domain.records import Organisation, Person, Workshop
from workshop.errors import InvalidInput
from workshop.ops import open_space as ops
from workshop.ops import revert
from workshop.ops.live import Author
from workshop.ops.workshops import create_workshop
from workshop.queries.open_space import open_space_grid
from workshop.storage.store import Store

T = dt.time


@pytest.fixture
def workshop(store: Store) -> Workshop:
    return create_workshop(store, Workshop(title="Forum ouvert", date=dt.date(2026, 3, 12))).result


def _person(store: Store, first: str, last: str, organisation: str = "") -> Person:
    org_id = None
    if organisation:
        org_id = store.organisations.add(Organisation(name=organisation)).id
    return store.people.add(Person(first_name=first, last_name=last, organisation_id=org_id))


def test_slots_are_refused_when_they_end_before_they_start_or_overlap(
    store: Store, workshop: Workshop
) -> None:
    """A slot ending before it starts, or overlapping another, is refused with a reason."""
    ops.add_slot(store, workshop.id, T(14), T(14, 45))
    with pytest.raises(InvalidInput, match="finir après") as ended:
        ops.add_slot(store, workshop.id, T(16), T(15))
    assert ended.value.field == "end_time"
    with pytest.raises(InvalidInput, match="14:00–14:45"):
        ops.add_slot(store, workshop.id, T(14, 30), T(15, 15), lang="fr")
    assert len(store.open_space.slots.of_workshop(workshop.id)) == 1


def test_a_typed_host_is_the_registry_person_of_that_name_else_the_name_as_typed(
    store: Store, workshop: Workshop
) -> None:
    """A host typed as a known name is that person; an unknown name is kept as typed and adds
    nobody to the registry."""
    amina = _person(store, "Amina", "Benali", "Mairie de Blois")
    known = ops.propose_topic(store, workshop.id, "Vélo au quotidien", host="amina benali").result
    assert known.host_person_id == amina.id and known.host_name == ""
    people = store.people.count()
    typed = ops.propose_topic(store, workshop.id, "Cantines bio", host="Jules  Verne").result
    assert typed.host_person_id is None and typed.host_name == "Jules Verne"
    assert store.people.count() == people
    grid = open_space_grid(store, workshop.id)
    assert [v.host for v in grid.topics] == ["Amina Benali (Mairie de Blois)", "Jules Verne"]


def test_placing_a_topic_on_a_taken_cell_swaps_the_two_and_undo_puts_them_back(
    store: Store, workshop: Workshop
) -> None:
    """A topic dropped on a cell holding another takes its place; the other goes where the
    first was; one undo restores both."""
    s1 = ops.add_slot(store, workshop.id, T(10), T(11)).result
    s2 = ops.add_slot(store, workshop.id, T(11), T(12)).result
    room = ops.add_room(store, workshop.id, "Salle du conseil").result
    a = ops.propose_topic(store, workshop.id, "Mobilité").result
    b = ops.propose_topic(store, workshop.id, "Énergie").result
    ops.place_topic(store, a.id, s1.id, room.id)
    ops.place_topic(store, b.id, s2.id, room.id)
    swap = ops.place_topic(store, a.id, s2.id, room.id)
    assert swap.changes.touches(Area.METHODS)
    grid = open_space_grid(store, workshop.id)
    assert grid.cell(s2.id, room.id).topic.title == "Mobilité"  # type: ignore[union-attr]
    assert grid.cell(s1.id, room.id).topic.title == "Énergie"  # type: ignore[union-attr]
    assert swap.undo is not None
    revert(store, swap.undo)
    grid = open_space_grid(store, workshop.id)
    assert grid.cell(s1.id, room.id).topic.title == "Mobilité"  # type: ignore[union-attr]


def test_removing_a_slot_sends_its_topics_back_to_the_waiting_list(
    store: Store, workshop: Workshop
) -> None:
    """Topics of a removed slot are not lost: they wait to be placed again."""
    slot = ops.add_slot(store, workshop.id, T(10), T(11)).result
    room = ops.add_room(store, workshop.id, "Jardin").result
    topic = ops.propose_topic(store, workshop.id, "Jardins partagés").result
    ops.place_topic(store, topic.id, slot.id, room.id)
    ops.remove_slot(store, slot.id)
    assert [v.topic.title for v in open_space_grid(store, workshop.id).waiting()] == [
        "Jardins partagés"
    ]


def test_a_participant_is_in_one_session_per_slot(store: Store, workshop: Workshop) -> None:
    """Joining a session leaves the other session of the same slot, not those of other slots."""
    s1 = ops.add_slot(store, workshop.id, T(10), T(11)).result
    s2 = ops.add_slot(store, workshop.id, T(11), T(12)).result
    r1 = ops.add_room(store, workshop.id, "A").result
    r2 = ops.add_room(store, workshop.id, "B").result
    topics = [ops.propose_topic(store, workshop.id, f"Sujet {n}").result for n in range(3)]
    ops.place_topic(store, topics[0].id, s1.id, r1.id)
    ops.place_topic(store, topics[1].id, s1.id, r2.id)
    ops.place_topic(store, topics[2].id, s2.id, r1.id)
    lea = _person(store, "Léa", "Martin")
    for topic in topics:
        ops.join_topic(store, topic.id, lea.id)
    grid = open_space_grid(store, workshop.id)
    joined = [v.topic.title for v in grid.topics if lea.id in v.member_ids]
    assert joined == ["Sujet 1", "Sujet 2"]


def test_a_phone_proposes_a_topic_it_hosts_and_joins_and_leaves_a_session(
    store: Store, workshop: Workshop
) -> None:
    """From a phone, a participant hosts the topic they propose and joins or leaves others;
    a phone not introduced is refused."""
    paul = _person(store, "Paul", "", "Coop Énergie")
    author = Author(first_name="Paul", organisation="Coop Énergie", person_id=paul.id, device="d1")
    topic = ops.propose_phone_topic(store, workshop.id, author, "Toits solaires").result
    assert topic.host_person_id == paul.id and topic.device == "d1"
    other = ops.propose_topic(store, workshop.id, "Covoiturage").result
    assert ops.join_phone_topic(store, workshop.id, author, other.id, True).result is True
    assert paul.id in open_space_grid(store, workshop.id).topic(other.id).member_ids  # type: ignore[union-attr]
    ops.join_phone_topic(store, workshop.id, author, other.id, False)
    assert not open_space_grid(store, workshop.id).topic(other.id).member_ids  # type: ignore[union-attr]
    stranger = Author(first_name="X", organisation="Y", device="d2")
    with pytest.raises(InvalidInput):
        ops.propose_phone_topic(store, workshop.id, stranger, "Rien")


def test_a_room_name_is_required_and_unique_ignoring_accents_and_case(
    store: Store, workshop: Workshop
) -> None:
    """Two rooms cannot bear the same name (accents and case ignored), nor none."""
    ops.add_room(store, workshop.id, "Médiathèque")
    with pytest.raises(InvalidInput, match="déjà"):
        ops.add_room(store, workshop.id, "mediatheque")
    with pytest.raises(InvalidInput, match="Give the room a name"):
        ops.add_room(store, workshop.id, "   ", lang="en")
