"""Tables (world café, ateliers en sous-groupes): the records, and who sits where.

The splits and the rotation are pure functions of who is in the room and a seed: the same
room and the same seed give the same tables (the facilitator can say "on refait le tirage"
and get another one, or print the same one again).

- `split_at_random`: everyone dealt at random, the tables as even as they can be.
- `split_mixed`: each table gets as even a mix of organisation kinds (and organisations) as
  the room allows: a kind's people are spread over the tables before a table gets a second.
- `rotate`: the next round; hosts stay at their table, the others move so that they meet as
  many people they have not sat with yet as possible (greedy, fair sizes kept).
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NewType

from workshop.domain.records import OrganisationId, PersonId, WorkshopId, ZoneId
from workshop.domain.vocabulary import OrganisationKind

TableId = NewType("TableId", int)
SeatId = NewType("SeatId", int)


@dataclass(frozen=True, kw_only=True)
class BreakoutTable:
    """A table of a workshop: its name, its host, the zone of the board it writes in."""

    id: TableId = TableId(0)
    workshop_id: WorkshopId
    name: str
    host_person_id: PersonId | None = None
    zone_id: ZoneId | None = None
    position: int = 0


@dataclass(frozen=True, kw_only=True)
class Seat:
    """Who sits at which table in one round (1, 2…)."""

    id: SeatId = SeatId(0)
    workshop_id: WorkshopId
    round: int
    table_id: TableId
    person_id: PersonId


class SplitMode(StrEnum):
    """How the facilitator splits the room into tables."""

    RANDOM = "random"
    MIXED = "mixed"  # organisation kinds mixed, as evenly as the room allows


@dataclass(frozen=True)
class Guest:
    """Someone to seat: the person, their organisation and its kind (None: not known)."""

    person_id: PersonId
    organisation_id: OrganisationId | None = None
    kind: OrganisationKind | None = None


Seating = dict[PersonId, TableId]


def _capacities(count: int, tables: Sequence[TableId]) -> dict[TableId, int]:
    """How many people each table seats when `count` are spread as evenly as can be."""
    base, extra = divmod(count, len(tables))
    return {table: base + (1 if n < extra else 0) for n, table in enumerate(tables)}


def _hosted(guests: Sequence[Guest], hosts: Mapping[TableId, PersonId]) -> Seating:
    present = {guest.person_id for guest in guests}
    return {person: table for table, person in hosts.items() if person in present}


def split_at_random(
    guests: Sequence[Guest],
    tables: Sequence[TableId],
    hosts: Mapping[TableId, PersonId],
    seed: int,
) -> Seating:
    """Everyone at a table drawn at random (hosts at their own), table sizes differing by one
    at most."""
    if not tables:
        return {}
    seating = _hosted(guests, hosts)
    others = [g.person_id for g in sorted(guests, key=lambda g: g.person_id)]
    others = [p for p in others if p not in seating]
    random.Random(seed).shuffle(others)
    sizes = dict.fromkeys(tables, 0)
    for table in seating.values():
        sizes[table] += 1
    for person in others:
        table = min(tables, key=lambda t: (sizes[t], tables.index(t)))
        seating[person] = table
        sizes[table] += 1
    return seating


def split_mixed(
    guests: Sequence[Guest],
    tables: Sequence[TableId],
    hosts: Mapping[TableId, PersonId],
    seed: int,
) -> Seating:
    """Every table gets a mix of organisation kinds: each kind's people (the largest kind
    first) are spread over the tables, and so are the people of one organisation; the tables'
    sizes differ by one at most. Hosts sit at their own table."""
    if not tables:
        return {}
    rng = random.Random(seed)
    seating = _hosted(guests, hosts)
    capacity = _capacities(len(guests), list(tables))
    order = {table: n for n, table in enumerate(tables)}
    rng.shuffle(shuffled := list(tables))
    tie = {table: n for n, table in enumerate(shuffled)}  # which table first, among equals
    sizes = dict.fromkeys(tables, 0)
    kinds: dict[TableId, dict[object, int]] = {t: defaultdict(int) for t in tables}
    organisations: dict[TableId, dict[object, int]] = {t: defaultdict(int) for t in tables}
    by_person = {guest.person_id: guest for guest in guests}
    for person, table in seating.items():
        guest = by_person[person]
        sizes[table] += 1
        kinds[table][guest.kind] += 1
        organisations[table][guest.organisation_id] += 1
    by_kind: dict[object, list[Guest]] = defaultdict(list)
    for guest in sorted(guests, key=lambda g: g.person_id):
        if guest.person_id not in seating:
            by_kind[guest.kind].append(guest)
    for group in by_kind.values():
        rng.shuffle(group)
        group.sort(key=lambda g: g.organisation_id or 0)  # one organisation's people in a row
    for _, group in sorted(by_kind.items(), key=lambda item: (-len(item[1]), str(item[0]))):
        for guest in group:
            open_tables = [t for t in tables if sizes[t] < capacity[t]] or list(tables)
            table = min(
                open_tables,
                key=lambda t: (
                    kinds[t][guest.kind],
                    organisations[t][guest.organisation_id] if guest.organisation_id else 0,
                    sizes[t],
                    tie[t],
                    order[t],
                ),
            )
            seating[guest.person_id] = table
            sizes[table] += 1
            kinds[table][guest.kind] += 1
            organisations[table][guest.organisation_id] += 1
    return seating


def met_pairs(rounds: Iterable[Seating]) -> set[frozenset[PersonId]]:
    """Every pair of people who sat at the same table in one of these rounds."""
    pairs: set[frozenset[PersonId]] = set()
    for seating in rounds:
        at: dict[TableId, list[PersonId]] = defaultdict(list)
        for person, table in seating.items():
            at[table].append(person)
        for people in at.values():
            pairs.update(frozenset((a, b)) for i, a in enumerate(people) for b in people[i + 1 :])
    return pairs


def rotate(
    history: Sequence[Seating],
    people: Sequence[PersonId],
    tables: Sequence[TableId],
    hosts: Mapping[TableId, PersonId],
    seed: int,
    organisations: Mapping[PersonId, OrganisationId | None] | None = None,
) -> Seating:
    """The next round: hosts stay at their table; everyone else goes, one after the other, to
    the table (with room left) where they meet the fewest people they sat with before (then
    the fewest of their own organisation), not the table they sat at last when another will
    do. Table sizes differ by one at most."""
    organisation = organisations or {}
    if not tables:
        return {}
    met = met_pairs(history)
    last: Seating = history[-1] if history else {}
    been: dict[PersonId, set[TableId]] = defaultdict(set)
    for seating in history:
        for person, table in seating.items():
            been[person].add(table)
    present = set(people)
    placed: Seating = {p: t for t, p in hosts.items() if p in present and t in tables}
    capacity = _capacities(len(people), list(tables))
    at: dict[TableId, list[PersonId]] = {t: [] for t in tables}
    for person, table in placed.items():
        at[table].append(person)
    movers = [p for p in sorted(present) if p not in placed]
    random.Random(seed).shuffle(movers)
    # The most constrained first: who already met the most people places before the others.
    movers.sort(key=lambda p: -sum(1 for q in present if frozenset((p, q)) in met))
    order = {table: n for n, table in enumerate(tables)}
    for person in movers:
        open_tables = [t for t in tables if len(at[t]) < capacity[t]] or list(tables)
        came_from = order[last[person]] if person in last else -1
        table = min(
            open_tables,
            key=lambda t: (
                sum(1 for q in at[t] if frozenset((person, q)) in met),
                sum(
                    1
                    for q in at[t]
                    if organisation.get(person) is not None
                    and organisation.get(q) == organisation.get(person)
                ),
                last.get(person) == t,
                t in been[person],
                len(at[t]),
                (order[t] - came_from - 1) % len(tables),  # the next table on first
            ),
        )
        placed[person] = table
        at[table].append(person)
    return placed


def grid_place(position: int, columns: int) -> tuple[int, int]:
    """The (column, row) of the table at `position` in a grid `columns` wide."""
    return position % columns, position // columns


def grid_columns(count: int) -> int:
    """How many columns the tables' zones are laid out in (4 at most: the projector's width)."""
    return max(1, min(4, math.ceil(math.sqrt(count))))
