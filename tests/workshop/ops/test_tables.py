"""Tables (world café, sous-groupes): tables with their zones, hosts, splits, rotations, plenary."""

from __future__ import annotations

from collections import Counter

import pytest

from workshop.domain.changes import Area
from workshop.domain.records import (
    Card,
    Organisation,
    Person,
    PersonId,
    Workshop,
    WorkshopId,
)
from workshop.domain.seating import SplitMode, met_pairs
from workshop.domain.vocabulary import OrganisationKind
from workshop.errors import InvalidInput
from workshop.ops import revert
from workshop.ops.live import Author, CardRequest, welcome_phone_participant
from workshop.ops.tables import (
    accept_table_card,
    add_tables,
    gather_in_plenary,
    next_round,
    previous_round,
    remove_table,
    rename_table,
    seat_person,
    set_table_host,
    split_into_tables,
)
from workshop.ops.workshops import create_workshop
from workshop.queries.tables import tables_overview, who_sat_where
from workshop.storage.store import Store

KINDS = [
    OrganisationKind.ASSOCIATION,
    OrganisationKind.COLLECTIVITE,
    OrganisationKind.ENTREPRISE,
]


@pytest.fixture
def room(store: Store) -> tuple[WorkshopId, list[PersonId]]:
    """A workshop with 12 people present: 6 from associations, 3 communes, 3 companies."""
    workshop = create_workshop(store, Workshop(title="World café mobilités")).result
    people = []
    for n in range(12):
        kind = KINDS[0] if n < 6 else KINDS[1] if n < 9 else KINDS[2]
        org = store.organisations.add(Organisation(name=f"Structure {n}", kind=kind))
        person = store.people.add(
            Person(first_name=f"P{n:02}", last_name="Test", organisation_id=org.id)
        )
        store.attendance.set_present(workshop.id, person.id, True)
        people.append(person.id)
    return workshop.id, people


def test_tables_get_their_own_zones_in_a_grid_and_undo_removes_them(
    store: Store, room: tuple[WorkshopId, list[PersonId]]
) -> None:
    """Five new tables are named Table 1…5, each with its zone, four a row, in one undo."""
    workshop_id, _ = room
    template = store.board.zones.of_workshop(workshop_id)
    applied = add_tables(store, workshop_id, 5)
    tables = applied.result
    assert [t.name for t in tables] == [f"Table {n}" for n in range(1, 6)]
    assert applied.changes.touches(Area.METHODS, Area.BOARD)
    zones = {z.id: z for z in store.board.zones.of_workshop(workshop_id)}
    boxes = [zones[t.zone_id] for t in tables if t.zone_id is not None]
    assert [z.name for z in boxes] == [t.name for t in tables]
    assert len({z.y for z in boxes[:4]}) == 1 and boxes[4].y > boxes[0].y + boxes[0].height
    assert boxes[4].x == boxes[0].x
    assert boxes[0].y > max(z.y + z.height for z in template)  # under the board's own zones
    revert(store, applied.undo)  # type: ignore[arg-type]
    assert tables_overview(store, workshop_id).tables == ()
    assert store.board.zones.of_workshop(workshop_id) == template


def test_renaming_a_table_renames_its_zone_and_a_name_taken_is_refused(
    store: Store, room: tuple[WorkshopId, list[PersonId]]
) -> None:
    """A table renamed "Mobilité douce" shows that name on its zone; a second one cannot."""
    workshop_id, _ = room
    first, second = add_tables(store, workshop_id, 2).result
    rename_table(store, first.id, "  Mobilité   douce ")
    zone = store.board.zones.get(first.zone_id)  # type: ignore[arg-type]
    assert zone.name == "Mobilité douce"
    with pytest.raises(InvalidInput, match="s'appelle déjà") as refused:
        rename_table(store, second.id, "mobilite DOUCE")
    assert refused.value.field == "name"
    with pytest.raises(InvalidInput):
        rename_table(store, second.id, "   ")


def test_a_random_split_is_even_and_the_same_seed_gives_the_same_tables(
    store: Store, room: tuple[WorkshopId, list[PersonId]]
) -> None:
    """Twelve people at five tables sit 3, 3, 2, 2, 2; the same draw again changes nothing."""
    workshop_id, people = room
    add_tables(store, workshop_id, 5)
    seating = split_into_tables(store, workshop_id, SplitMode.RANDOM, seed=7).result
    assert set(seating) == set(people)
    assert sorted(Counter(seating.values()).values()) == [2, 2, 2, 3, 3]
    again = split_into_tables(store, workshop_id, SplitMode.RANDOM, seed=7)
    assert again.result == seating
    other = split_into_tables(store, workshop_id, SplitMode.RANDOM, seed=8).result
    assert other != seating


def test_a_mixed_split_spreads_every_kind_over_the_tables(
    store: Store, room: tuple[WorkshopId, list[PersonId]]
) -> None:
    """With 3 tables, each gets 2 associations, 1 commune and 1 company."""
    workshop_id, _ = room
    tables = add_tables(store, workshop_id, 3).result
    split_into_tables(store, workshop_id, SplitMode.MIXED, seed=1)
    overview = tables_overview(store, workshop_id)
    for view in overview.tables:
        kinds = Counter(m.kind for m in view.members)
        assert kinds == {KINDS[0]: 2, KINDS[1]: 1, KINDS[2]: 1}, view.table.name
    assert [v.table.id for v in overview.tables] == [t.id for t in tables]


def test_a_host_stays_and_the_others_meet_new_people_at_the_next_round(
    store: Store, room: tuple[WorkshopId, list[PersonId]]
) -> None:
    """Round 2 keeps each host at their table, seats everyone, and pairs few who already met."""
    workshop_id, people = room
    tables = add_tables(store, workshop_id, 3).result
    for table, host in zip(tables, people[:3], strict=True):
        set_table_host(store, table.id, host)
    split_into_tables(store, workshop_id, SplitMode.RANDOM, seed=3)
    first = tables_overview(store, workshop_id)
    assert all(v.host is not None and v.members[0] == v.host for v in first.tables)
    applied = next_round(store, workshop_id, seed=3)
    assert applied.result == 2
    second = tables_overview(store, workshop_id)
    assert second.round == 2 and second.rounds == (1, 2)
    assert [v.host.person_id for v in second.tables if v.host] == people[:3]
    seated = {m.person_id for v in second.tables for m in v.members}
    assert seated == set(people) and not second.unseated
    before = met_pairs([{m.person_id: v.table.id for v in first.tables for m in v.members}])
    again = met_pairs([{m.person_id: v.table.id for v in second.tables for m in v.members}])
    # hosts are fixed, so some pairs recur; a reshuffle at random repeats about a third
    assert len(before & again) <= 4
    movers = [p for p in people[3:]]
    moved = [
        p
        for p in movers
        if first.table_of(p).table.id != second.table_of(p).table.id  # type: ignore[union-attr]
    ]
    assert len(moved) >= len(movers) - 1


def test_going_back_a_round_shows_it_as_it_was_and_next_shows_the_later_one_again(
    store: Store, room: tuple[WorkshopId, list[PersonId]]
) -> None:
    """Back to round 1 shows its tables; "next" then shows round 2 unchanged; round 1 is first."""
    workshop_id, _ = room
    add_tables(store, workshop_id, 3)
    split_into_tables(store, workshop_id, SplitMode.RANDOM, seed=1)
    one = tables_overview(store, workshop_id).tables
    next_round(store, workshop_id, seed=1)
    two = tables_overview(store, workshop_id).tables
    assert previous_round(store, workshop_id).result == 1
    assert tables_overview(store, workshop_id).tables == one
    next_round(store, workshop_id, seed=99)
    assert tables_overview(store, workshop_id).tables == two
    previous_round(store, workshop_id)
    with pytest.raises(InvalidInput, match="premier tour"):
        previous_round(store, workshop_id)


def test_seating_by_hand_moves_one_person_and_only_people_present(
    store: Store, room: tuple[WorkshopId, list[PersonId]]
) -> None:
    """A person moved by hand sits at the new table; someone not checked in is refused."""
    workshop_id, people = room
    first, second = add_tables(store, workshop_id, 2).result
    seat_person(store, workshop_id, people[0], first.id)
    set_table_host(store, first.id, people[0])
    seat_person(store, workshop_id, people[0], second.id)
    overview = tables_overview(store, workshop_id)
    assert overview.table_of(people[0]).table.id == second.id  # type: ignore[union-attr]
    assert overview.tables[0].host is None  # a host who moves no longer hosts
    absent = store.people.add(Person(first_name="Absent", last_name="Test"))
    store.attendance.register(workshop_id, [absent.id])
    with pytest.raises(InvalidInput, match="présente") as refused:
        seat_person(store, workshop_id, absent.id, first.id)
    assert refused.value.field == "person"
    with pytest.raises(InvalidInput, match="Créez d'abord"):
        split_into_tables(
            store, create_workshop(store, Workshop(title="Vide")).result.id, SplitMode.RANDOM, 1
        )


def _card(store: Store, workshop_id: WorkshopId, zone_id: int | None, text: str) -> Card:
    return store.board.cards.add(
        Card(workshop_id=workshop_id, zone_id=zone_id, text=text, x=0.0, y=0.0)  # type: ignore[arg-type]
    )


def test_the_plenary_gathers_each_tables_cards_under_a_group_named_after_it(
    store: Store, room: tuple[WorkshopId, list[PersonId]]
) -> None:
    """Back in plenary, the tables' cards sit in one zone, grouped per table, in one undo."""
    workshop_id, _ = room
    one, two, _three = add_tables(store, workshop_id, 3).result
    rename_table(store, two.id, "Habitat")
    for n in range(3):
        _card(store, workshop_id, one.zone_id, f"Idée {n} de la table 1")
    _card(store, workshop_id, two.zone_id, "Idée de la table Habitat")
    applied = gather_in_plenary(store, workshop_id)
    assert [c.label for c in applied.result] == ["Table 1", "Habitat"]
    plenary = tables_overview(store, workshop_id).plenary_zone_id
    assert plenary is not None
    zone = store.board.zones.get(plenary)
    cards = store.board.cards.in_zone(zone.id)
    assert len(cards) == 4
    labels = {c.id: c.label for c in store.board.clusters.of_workshop(workshop_id)}
    assert Counter(labels[c.cluster_id] for c in cards if c.cluster_id) == {
        "Table 1": 3,
        "Habitat": 1,
    }
    assert all(zone.x <= c.x and zone.y <= c.y < zone.y + zone.height for c in cards)
    assert not store.board.cards.in_zone(one.zone_id)  # type: ignore[arg-type]
    revert(store, applied.undo)  # type: ignore[arg-type]
    assert len(store.board.cards.in_zone(one.zone_id)) == 3  # type: ignore[arg-type]
    empty = create_workshop(store, Workshop(title="X")).result.id
    add_tables(store, empty, 2)
    with pytest.raises(InvalidInput, match="aucune carte"):
        gather_in_plenary(store, empty)


def test_a_host_posting_from_a_phone_writes_in_the_tables_zone_in_the_tables_name(
    store: Store, room: tuple[WorkshopId, list[PersonId]]
) -> None:
    """The host's card lands in their table's zone, with the table as its tag and no person."""
    workshop_id, _ = room
    store.organisations.add(Organisation(name="Mairie de Vatan", kind=KINDS[1]))
    author = Author(first_name="Inès", organisation="Mairie de Vatan")
    person = welcome_phone_participant(store, workshop_id, author).result.person
    author = Author(first_name="Inès", organisation="Mairie de Vatan", person_id=person.id)
    _, table = add_tables(store, workshop_id, 2).result
    set_table_host(store, table.id, person.id)
    card = accept_table_card(
        store, workshop_id, author, table.id, CardRequest(request_id="r1", zone_id=1, text="Vélo")
    ).result
    assert card.zone_id == table.zone_id
    assert card.person_id is None and card.organisation_id is None
    assert card.tags == ("Table 2",)
    assert tables_overview(store, workshop_id).tables[1].cards == 1


def test_who_sat_where_lists_each_persons_table_round_by_round(
    store: Store, room: tuple[WorkshopId, list[PersonId]]
) -> None:
    """The report's seating has one entry per round and each person's table in each."""
    workshop_id, people = room
    add_tables(store, workshop_id, 3)
    split_into_tables(store, workshop_id, SplitMode.MIXED, seed=2)
    next_round(store, workshop_id, seed=2)
    seating = who_sat_where(store, workshop_id)
    assert [r.round for r in seating.rounds] == [1, 2]
    assert all(len(seating.by_person[p]) == 2 for p in people)
    assert all(name.startswith("Table ") for p in people for name in seating.by_person[p])
    removed = remove_table(store, tables_overview(store, workshop_id).tables[0].table.id)
    assert len(tables_overview(store, workshop_id).tables) == 2
    assert removed.changes.touches(Area.METHODS)


def test_two_records_of_one_person_merged_keep_one_seat_and_the_hosting(
    store: Store, room: tuple[WorkshopId, list[PersonId]]
) -> None:
    """A phone's participant merged into the desk's record keeps one seat and hosts on."""
    from workshop.ops.merge import merge_people

    workshop_id, people = room
    first, second = add_tables(store, workshop_id, 2).result
    split_into_tables(store, workshop_id, SplitMode.RANDOM, seed=1)
    seat_person(store, workshop_id, people[0], first.id)
    seat_person(store, workshop_id, people[1], second.id)
    set_table_host(store, second.id, people[1])
    merge_people(store, people[0], people[1])
    overview = tables_overview(store, workshop_id)
    assert overview.tables[1].host is not None
    assert overview.tables[1].host.person_id == people[0]
    seated = [m.person_id for v in overview.tables for m in v.members]
    assert seated.count(people[0]) == 1 and people[1] not in seated
