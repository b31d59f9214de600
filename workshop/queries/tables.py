"""What the tables method shows: the tables of a round with who sits there, who is not seated
yet, and, for the sign-in list and the report, who sat where in every round."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from workshop.domain.records import OrganisationId, PersonId, WorkshopId
from workshop.domain.seating import BreakoutTable, Guest, Seating, TableId
from workshop.domain.text import sort_key
from workshop.domain.vocabulary import OrganisationKind
from workshop.storage.store import Store
from workshop.storage.tables import Tables

_KINDS = {kind.value: kind for kind in OrganisationKind}


@dataclass(frozen=True, kw_only=True)
class Sitter:
    """Someone present at the workshop, as a table shows them."""

    person_id: PersonId
    name: str
    organisation_id: OrganisationId | None = None
    organisation: str = ""
    kind: OrganisationKind | None = None

    @property
    def label(self) -> str:
        """ "First Last (Organisation)", or the name alone."""
        return f"{self.name} ({self.organisation})" if self.organisation else self.name

    def guest(self) -> Guest:
        return Guest(self.person_id, self.organisation_id, self.kind)


@dataclass(frozen=True, kw_only=True)
class TableView:
    """A table in one round: the record, its host, who sits there (the host first), its cards."""

    table: BreakoutTable
    host: Sitter | None = None
    members: tuple[Sitter, ...] = ()
    cards: int = 0

    @property
    def guests(self) -> tuple[Sitter, ...]:
        """Who sits there besides the host."""
        return tuple(
            m for m in self.members if self.host is None or m.person_id != self.host.person_id
        )


@dataclass(frozen=True, kw_only=True)
class TablesOverview:
    """A workshop's tables as its screen shows them, for the current round."""

    workshop_id: WorkshopId
    round: int = 1
    rounds: tuple[int, ...] = ()  # the rounds that have seats
    tables: tuple[TableView, ...] = ()
    unseated: tuple[Sitter, ...] = ()  # present, at no table in this round
    present: tuple[Sitter, ...] = ()
    plenary_zone_id: int | None = None

    def table_of(self, person_id: PersonId) -> TableView | None:
        return next(
            (t for t in self.tables if any(m.person_id == person_id for m in t.members)), None
        )


@dataclass(frozen=True, kw_only=True)
class RoundSeating:
    """One round as the report prints it: each table with its host and who sat there."""

    round: int
    tables: tuple[TableView, ...] = ()


@dataclass(frozen=True, kw_only=True)
class WhoSatWhere:
    """Every round of a workshop's tables (empty when it had none)."""

    rounds: tuple[RoundSeating, ...] = ()
    by_person: dict[PersonId, tuple[str, ...]] = field(default_factory=dict)  # table per round

    @property
    def empty(self) -> bool:
        return not self.rounds


_SITTERS_SQL = """
SELECT p.id, p.first_name, p.last_name, o.id, o.name, o.kind
FROM attendance a
JOIN people p ON p.id = a.person_id
LEFT JOIN organisations o ON o.id = p.organisation_id
WHERE a.workshop_id = ? AND (a.present = 1 OR p.id IN (
    SELECT person_id FROM seats WHERE workshop_id = a.workshop_id
    UNION SELECT host_person_id FROM breakout_tables WHERE workshop_id = a.workshop_id
))
"""


def _sitters(store: Store, workshop_id: WorkshopId) -> tuple[list[Sitter], set[PersonId]]:
    """Everyone present (or seated once), in alphabetical order, and who is present."""
    rows = store.db.execute(_SITTERS_SQL, [workshop_id]).fetchall()
    present = {
        PersonId(row[0])
        for row in store.db.execute(
            "SELECT person_id FROM attendance WHERE workshop_id = ? AND present = 1", [workshop_id]
        ).fetchall()
    }
    sitters = [
        Sitter(
            person_id=PersonId(person_id),
            name=f"{first or ''} {last or ''}".strip(),
            organisation_id=OrganisationId(org_id) if org_id is not None else None,
            organisation=org_name or "",
            kind=_KINDS.get(kind) if kind else None,
        )
        for person_id, first, last, org_id, org_name, kind in rows
    ]
    sitters.sort(key=lambda s: (sort_key(s.name), s.person_id))
    return sitters, present


def present_guests(store: Store, workshop_id: WorkshopId) -> list[Guest]:
    """The people present at a workshop, to seat, with their organisation and its kind."""
    sitters, present = _sitters(store, workshop_id)
    return [s.guest() for s in sitters if s.person_id in present]


def _card_counts(store: Store, tables: list[BreakoutTable]) -> dict[TableId, int]:
    zones = {t.zone_id: t.id for t in tables if t.zone_id is not None}
    counts: dict[TableId, int] = defaultdict(int)
    if zones:
        marks = ", ".join("?" * len(zones))
        for zone_id, n in store.db.execute(
            f"SELECT zone_id, count(*) FROM cards WHERE zone_id IN ({marks}) GROUP BY zone_id",
            list(zones),
        ).fetchall():
            counts[zones[zone_id]] += n
    return counts


def _views(
    tables: list[BreakoutTable],
    seating: Seating,
    by_id: dict[PersonId, Sitter],
    counts: dict[TableId, int] | None = None,
) -> tuple[TableView, ...]:
    at: dict[TableId, list[Sitter]] = defaultdict(list)
    for person, table_id in seating.items():
        if person in by_id:
            at[table_id].append(by_id[person])
    views = []
    for table in tables:
        host = by_id.get(table.host_person_id) if table.host_person_id is not None else None
        members = sorted(at[table.id], key=lambda s: (sort_key(s.name), s.person_id))
        if host is not None and host in members:
            members.remove(host)
            members.insert(0, host)
        views.append(
            TableView(
                table=table,
                host=host,
                members=tuple(members),
                cards=(counts or {}).get(table.id, 0),
            )
        )
    return tuple(views)


def tables_overview(
    store: Store, workshop_id: WorkshopId, round_number: int | None = None
) -> TablesOverview:
    """A workshop's tables in the current round (or another), with who sits at each."""
    repos = Tables(store.db)
    tables = repos.tables.of_workshop(workshop_id)
    current = round_number or repos.rounds.current(workshop_id)
    sitters, present = _sitters(store, workshop_id)
    by_id = {s.person_id: s for s in sitters}
    seating = repos.seats.of_round(workshop_id, current)
    rounds = sorted(set(repos.seats.rounds(workshop_id)) | {current})
    return TablesOverview(
        workshop_id=workshop_id,
        round=current,
        rounds=tuple(rounds),
        tables=_views(tables, seating, by_id, _card_counts(store, tables)),
        unseated=tuple(s for s in sitters if s.person_id in present and s.person_id not in seating),
        present=tuple(s for s in sitters if s.person_id in present),
        plenary_zone_id=repos.rounds.plenary_zone(workshop_id),
    )


def who_sat_where(store: Store, workshop_id: WorkshopId) -> WhoSatWhere:
    """Who sat at which table in each round: for the report and the sign-in list."""
    repos = Tables(store.db)
    tables = repos.tables.of_workshop(workshop_id)
    if not tables:
        return WhoSatWhere()
    sitters, _ = _sitters(store, workshop_id)
    by_id = {s.person_id: s for s in sitters}
    names = {t.id: t.name for t in tables}
    rounds = []
    by_person: dict[PersonId, list[str]] = defaultdict(list)
    numbers = repos.seats.rounds(workshop_id)
    for n, number in enumerate(numbers):
        seating = repos.seats.of_round(workshop_id, number)
        rounds.append(RoundSeating(round=number, tables=_views(tables, seating, by_id)))
        for person, table in seating.items():
            by_person[person].extend([""] * (n - len(by_person[person])))
            by_person[person].append(names.get(table, ""))
    return WhoSatWhere(
        rounds=tuple(rounds),
        by_person={p: tuple(t + [""] * (len(numbers) - len(t))) for p, t in by_person.items()},
    )


def hosted_table(
    store: Store, workshop_id: WorkshopId, person_id: PersonId
) -> BreakoutTable | None:
    """The table a person hosts at a workshop (None: they host none)."""
    for table in Tables(store.db).tables.of_workshop(workshop_id):
        if table.host_person_id == person_id:
            return table
    return None
