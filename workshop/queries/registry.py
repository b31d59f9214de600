"""Queries behind the registry screen: filtered search pages and an organisation's history."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from workshop.domain.records import (
    Alliance,
    Card,
    Commitment,
    Organisation,
    OrganisationId,
    Partner,
    Person,
    Workshop,
    WorkshopId,
)
from workshop.domain.text import sort_key
from workshop.domain.vocabulary import OrganisationKind
from workshop.storage.rows import from_row
from workshop.storage.stakeholders import (
    commune_codes_named,
    index_query,
    matching_ids,
    text_match,
)
from workshop.storage.store import Store

R = TypeVar("R")

ORGANISATION_ORDER = "name COLLATE NOCASE, id"
PERSON_ORDER = "last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"


@dataclass(frozen=True)
class RegistryFilter:
    """What the user narrowed the registry to: typed words, a kind, an SDG, a territory.

    For people, kind, SDG and territory are those of their organisation.
    """

    text: str = ""
    kind: OrganisationKind | None = None
    sdg: int | None = None
    territory: str = ""


@dataclass(frozen=True)
class Page(Generic[R]):
    """The first records matching a filter, and how many match in all.

    When more than `SORT_CAP` match, `capped` is true, `total` is `SORT_CAP` (a floor),
    and the page holds the first matches found, in no particular order: sorting tens of
    thousands of rows on each keystroke would make typing lag (the screen asks to refine).
    """

    records: list[R]
    total: int
    capped: bool = False


def _organisation_conditions(store: Store, flt: RegistryFilter) -> tuple[list[str], list[Any]]:
    """SQL conditions on the organisations table (without the text search)."""
    where: list[str] = []
    params: list[Any] = []
    if flt.kind is not None:
        where.append("kind = ?")
        params.append(flt.kind.value)
    if flt.sdg is not None:
        where.append("EXISTS (SELECT 1 FROM json_each(organisations.sdgs) WHERE value = ?)")
        params.append(flt.sdg)
    if flt.territory:
        where.append("territory = ? COLLATE NOCASE")
        params.append(flt.territory)
    return where, params


SORT_CAP = 2000


class LazyPage(Generic[R]):
    """The first records matching a filter, as `Page`, each made from its row only when first
    asked for: a table shows a few dozen of its 500 rows, and sorts them by one stored text.

    `text(i, field)` and `number(i, field)` read one stored field of the i-th record (a text
    or an id) without making it.
    """

    def __init__(
        self,
        record_type: type[R],
        names: Sequence[str],
        rows: list[tuple[Any, ...]],
        total: int,
        capped: bool = False,
    ) -> None:
        self._type = record_type
        self._names = tuple(names)
        self._index = {name: i for i, name in enumerate(names)}
        self._rows = rows
        self._made: dict[int, R] = {}
        self.total = total
        self.capped = capped

    def __len__(self) -> int:
        return len(self._rows)

    def record(self, i: int) -> R:
        made = self._made.get(i)
        if made is None:
            row = dict(zip(self._names, self._rows[i], strict=True))
            made = self._made[i] = from_row(self._type, row)
        return made

    def records(self) -> list[R]:
        return [self.record(i) for i in range(len(self._rows))]

    def id(self, i: int) -> int:
        return int(self._rows[i][self._index["id"]])

    def text(self, i: int, field: str) -> str:
        value = self._rows[i][self._index[field]]
        return "" if value is None else str(value)

    def number(self, i: int, field: str) -> int | None:
        value = self._rows[i][self._index[field]]
        return None if value is None else int(value)


def _page(
    store: Store,
    record_type: type[R],
    table: str,
    where: list[str],
    params: list[Any],
    order: str,
    limit: int,
    matched: str = "",
) -> LazyPage[R]:
    """The first `limit` rows in order (unordered beyond SORT_CAP matches), their count, capped;
    only rows the FTS query `matched` finds, if given."""
    clause = " WHERE " + " AND ".join(where) if where else ""
    select = f"SELECT id FROM {table}{clause} LIMIT {SORT_CAP + 1}"
    if matched:
        # Driven by the index, in its order: the first matches without reading them all.
        select = (
            f"SELECT {table}.id FROM (SELECT rowid AS matched FROM {table}_fts"
            f" WHERE {table}_fts MATCH ?) JOIN {table} ON {table}.id = matched{clause}"
            f" ORDER BY matched LIMIT {SORT_CAP + 1}"
        )
        params = [matched, *params]
    ids = [row[0] for row in store.db.execute(select, params)]
    capped = len(ids) > SORT_CAP
    cursor = store.db.execute(
        f"SELECT * FROM {table} WHERE id IN (SELECT value FROM json_each(?)) "
        f"ORDER BY {'id' if capped else order} LIMIT ?",
        [json.dumps(ids[:limit] if capped else ids), limit],
    )
    rows = cursor.fetchall()
    names = [column[0] for column in cursor.description]
    return LazyPage(record_type, names, rows, min(len(ids), SORT_CAP), capped)


def organisations_page(
    store: Store, flt: RegistryFilter, limit: int = 500
) -> LazyPage[Organisation]:
    """Organisations matching every typed word (name, sector, territory, notes) and the filters.

    The words match as prefixes, ignoring case and accents by the one fold ("societe" finds
    "Société", "oster" finds "Øster").
    """
    where, params = _organisation_conditions(store, flt)
    query = index_query(store.db, flt.text)
    if query and not commune_codes_named(store.db, flt.text):
        return _page(
            store, Organisation, "organisations", where, params, ORGANISATION_ORDER, limit, query
        )
    condition, matched = text_match(store.db, "organisations", flt.text)
    if condition:
        where.insert(0, condition)
        params[:0] = matched
    return _page(store, Organisation, "organisations", where, params, ORGANISATION_ORDER, limit)


def find_organisations(store: Store, flt: RegistryFilter, limit: int = 500) -> Page[Organisation]:
    """The organisations of `organisations_page`, made at once."""
    page = organisations_page(store, flt, limit)
    return Page(page.records(), page.total, page.capped)


def people_page(store: Store, flt: RegistryFilter, limit: int = 500) -> LazyPage[Person]:
    """People matching every typed word (name, e-mail, notes, or their organisation's name…),
    case and accents ignored ("soren" finds "Søren Øster")."""
    where: list[str] = []
    params: list[Any] = []
    condition, matched = text_match(store.db, "people", flt.text)
    if condition:
        of_organisation, more = matching_ids(store.db, "organisations", flt.text)
        where.append(f"({condition} OR organisation_id IN ({of_organisation}))")
        params += [*matched, *more]
    org_where, org_params = _organisation_conditions(store, flt)
    if org_where:
        where.append(
            f"organisation_id IN (SELECT id FROM organisations WHERE {' AND '.join(org_where)})"
        )
        params += org_params
    return _page(store, Person, "people", where, params, PERSON_ORDER, limit)


def find_people(store: Store, flt: RegistryFilter, limit: int = 500) -> Page[Person]:
    """The people of `people_page`, made at once."""
    page = people_page(store, flt, limit)
    return Page(page.records(), page.total, page.capped)


def territories(store: Store) -> list[str]:
    """The territories named by organisations, sorted, for the territory filter."""
    rows = store.db.execute(
        "SELECT DISTINCT territory FROM organisations WHERE territory != ''"
    ).fetchall()
    return sorted((row[0] for row in rows), key=lambda t: (sort_key(t), t))


def all_organisation_names(store: Store) -> list[str]:
    """Every organisation's name in alphabetical order (case and accents ignored), to complete
    a typed name."""
    rows = store.db.execute("SELECT name FROM organisations").fetchall()
    return sorted((row[0] for row in rows), key=sort_key)


def organisation_names(store: Store, ids: Iterable[OrganisationId | None]) -> dict[int, str]:
    """The names of the given organisations, by id (one query, however many)."""
    wanted = sorted({i for i in ids if i is not None})
    rows = store.db.execute(
        "SELECT id, name FROM organisations WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(wanted)],
    )
    names: dict[int, str] = {row[0]: row[1] for row in rows}
    return names


@dataclass(frozen=True)
class PartnerHistory:
    """One alliance an organisation is a partner of, with its commitments there."""

    alliance: Alliance
    partner: Partner
    commitments: list[Commitment] = field(default_factory=list)


@dataclass(frozen=True)
class OrganisationHistory:
    """What an organisation did across workshops: attendance, cards, alliances, commitments."""

    workshops: list[tuple[Workshop, int, int]]  # workshop, people registered, people present
    cards: list[tuple[Workshop, Card]]
    partnerships: list[PartnerHistory]


def organisation_history(store: Store, organisation_id: OrganisationId) -> OrganisationHistory:
    """The organisation's workshops (with its people registered and present), cards, alliances."""
    workshops = [
        (store.workshops.get(row["workshop_id"]), row["registered"], row["present"])
        for row in store.db.query(
            """SELECT a.workshop_id, count(*) AS registered, sum(a.present) AS present
               FROM attendance a JOIN people p ON p.id = a.person_id
               JOIN workshops w ON w.id = a.workshop_id
               WHERE p.organisation_id = ? GROUP BY a.workshop_id
               ORDER BY w.date IS NULL, w.date DESC, w.id DESC""",
            [organisation_id],
        )
    ]
    cards = store.board.cards.find(
        "organisation_id = ? OR person_id IN (SELECT id FROM people WHERE organisation_id = ?)",
        [organisation_id, organisation_id],
        order_by="workshop_id DESC, id",
    )
    titles: dict[int, Workshop] = {}
    card_rows = []
    for card in cards:
        if card.workshop_id not in titles:
            titles[card.workshop_id] = store.workshops.get(card.workshop_id)
        card_rows.append((titles[card.workshop_id], card))
    partnerships = [
        PartnerHistory(
            alliance=store.alliances.get(partner.alliance_id),
            partner=partner,
            commitments=store.commitments.find("partner_id = ?", [partner.id]),
        )
        for partner in store.partners.of_organisation(organisation_id)
    ]
    return OrganisationHistory(workshops=workshops, cards=card_rows, partnerships=partnerships)


@dataclass(frozen=True)
class AttendanceRow:
    """One person registered for a workshop, with their organisation and check-in."""

    person: Person
    organisation_name: str
    organisation_kind: OrganisationKind | None
    present: bool
    checked_in_at: dt.datetime | None
    checked_in_via: str = ""  # "phone" (CHECKED_IN_BY_PHONE): they named themselves on a phone


def attendance_rows(store: Store, workshop_id: WorkshopId) -> list[AttendanceRow]:
    """Everyone registered for a workshop, by last and first name (case and accents ignored)."""
    rows = store.db.query(
        """SELECT p.*, a.present AS _present, a.checked_in_at AS _checked_in_at,
                  a.checked_in_via AS _checked_in_via, o.name AS _organisation, o.kind AS _kind
           FROM attendance a JOIN people p ON p.id = a.person_id
           LEFT JOIN organisations o ON o.id = p.organisation_id
           WHERE a.workshop_id = ?""",
        [workshop_id],
    )
    found = [
        AttendanceRow(
            person=from_row(Person, row),
            organisation_name=row["_organisation"] or "",
            organisation_kind=OrganisationKind(row["_kind"]) if row["_kind"] else None,
            present=bool(row["_present"]),
            checked_in_at=dt.datetime.fromisoformat(row["_checked_in_at"])
            if row["_checked_in_at"]
            else None,
            checked_in_via=row["_checked_in_via"],
        )
        for row in rows
    ]
    return sorted(
        found,
        key=lambda r: (sort_key(r.person.last_name), sort_key(r.person.first_name), r.person.id),
    )
