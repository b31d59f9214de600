"""Every workshop of the database rolled up: who came and how often, the alliances by SDG and by
the catalysts' four needs, the commitments by resource kind and status, quarter by quarter.

A handful of aggregate queries (one per table of the roll-up), whatever the database holds: the
Territoire screen, its PDF for funders and its workbook read the same `TerritoryRollup`.

An alliance and its commitments belong to the quarter of their workshop's date. With a period,
only the workshops held in it count (a workshop with no date, or an alliance with no workshop,
is then left out); with none, everything counts (undated commitments apart, "sans date").
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from workshop.domain.records import OrganisationId, WorkshopId
from workshop.domain.text import sort_key
from workshop.domain.totals import (
    SUMMED_STATUSES,
    CommitmentTotals,
    ResourceTotal,
    summed_unit,
)
from workshop.domain.vocabulary import (
    CatalystNeed,
    CommitmentStatus,
    Lang,
    OrganisationKind,
    ResourceKind,
)
from workshop.errors import InvalidInput
from workshop.storage.store import Store

__all__ = [
    "EngagedOrganisation",
    "KindCount",
    "NeedCount",
    "Period",
    "Quarter",
    "QuarterTotals",
    "SdgCount",
    "TerritoryRollup",
    "WorkshopLine",
    "territory_rollup",
]


@dataclass(frozen=True)
class Period:
    """The dates a roll-up covers, both included (None: open on that side)."""

    start: dt.date | None = None
    end: dt.date | None = None

    def __bool__(self) -> bool:
        return self.start is not None or self.end is not None

    def check(self, lang: Lang = "fr") -> Period:
        """The period, or InvalidInput when it ends before it starts."""
        if self.start and self.end and self.end < self.start:
            raise InvalidInput(
                "La fin de la période est avant son début."
                if lang == "fr"
                else "The period ends before it starts.",
                "period",
            )
        return self


@dataclass(frozen=True, order=True)
class Quarter:
    """A quarter of a year: 'T2 2026' in French, 'Q2 2026' in English."""

    year: int
    number: int  # 1 to 4

    @classmethod
    def of(cls, date: dt.date) -> Quarter:
        return cls(date.year, (date.month - 1) // 3 + 1)

    def label(self, lang: Lang = "fr") -> str:
        return f"{'T' if lang == 'fr' else 'Q'}{self.number} {self.year}"


def quarter_label(quarter: Quarter | None, lang: Lang = "fr") -> str:
    """A quarter's label, or 'sans date' for the commitments of no dated workshop."""
    if quarter is None:
        return "sans date" if lang == "fr" else "undated"
    return quarter.label(lang)


@dataclass(frozen=True)
class WorkshopLine:
    """One workshop of the roll-up with its own figures."""

    id: WorkshopId
    title: str
    date: dt.date | None
    territory: str
    registered: int
    present: int
    organisations: int
    alliances: int
    commitments: int
    needs: tuple[CatalystNeed, ...]


@dataclass(frozen=True)
class EngagedOrganisation:
    """An organisation engaged in the workshops: in how many (through its people present, the
    cards it wrote, the alliances it joins), with its cards and alliances counted."""

    id: OrganisationId
    name: str
    kind: OrganisationKind
    workshops: int  # distinct workshops it was engaged in
    present: int  # workshops where one of its people was present
    cards: int
    alliances: int


@dataclass(frozen=True)
class KindCount:
    """The organisations engaged of one kind, and how many workshop engagements they add up."""

    kind: OrganisationKind
    organisations: int
    engagements: int


@dataclass(frozen=True)
class SdgCount:
    """An SDG: the alliances and the workshops that target it."""

    number: int
    alliances: int
    workshops: int


@dataclass(frozen=True)
class NeedCount:
    """One of the catalysts' four needs (None: not tagged) and the alliances and workshops
    tagged with it."""

    need: CatalystNeed | None
    alliances: int
    workshops: int


@dataclass(frozen=True)
class QuarterTotals:
    """The commitments of one quarter (None: of no dated workshop), by kind, unit and status."""

    quarter: Quarter | None
    totals: CommitmentTotals


@dataclass(frozen=True)
class TerritoryRollup:
    """Everything the Territoire screen and its exports show, for one period."""

    period: Period
    workshops: tuple[WorkshopLine, ...] = ()
    people_present: int = 0  # distinct people present at one workshop or more
    organisations: tuple[EngagedOrganisation, ...] = ()  # most engaged first
    kinds: tuple[KindCount, ...] = ()  # in the vocabulary's order, kinds with none left out
    sdgs: tuple[SdgCount, ...] = ()  # SDGs with an alliance or a workshop, in their order
    needs: tuple[NeedCount, ...] = ()  # the four needs, then "not tagged"
    alliances: int = 0
    commitments: CommitmentTotals = field(default_factory=CommitmentTotals)
    quarters: tuple[QuarterTotals, ...] = ()  # in time order, the undated last

    @property
    def first_date(self) -> dt.date | None:
        dates = [w.date for w in self.workshops if w.date]
        return min(dates) if dates else None

    @property
    def last_date(self) -> dt.date | None:
        dates = [w.date for w in self.workshops if w.date]
        return max(dates) if dates else None

    @property
    def participations(self) -> int:
        """Presences added up over the workshops (a person at three workshops counts three)."""
        return sum(w.present for w in self.workshops)

    @property
    def commitment_count(self) -> int:
        return sum(self.commitments.count(s) for s in SUMMED_STATUSES) + self.commitments.dropped

    @property
    def returning(self) -> int:
        """Organisations engaged in two workshops or more."""
        return sum(1 for o in self.organisations if o.workshops >= 2)

    def count(self, status: CommitmentStatus) -> int:
        """Commitments of one status (abandoned ones too)."""
        if status == CommitmentStatus.ABANDONNE:
            return self.commitments.dropped
        return self.commitments.count(status)

    def __bool__(self) -> bool:
        return bool(self.workshops or self.alliances or self.organisations)


# --- the queries ------------------------------------------------------------------------


def _scope(period: Period) -> tuple[str, list[object]]:
    """The workshops of the period, as a condition on `w` (a workshops row)."""
    if not period:
        return "1", []
    clauses: list[str] = ["w.date IS NOT NULL"]
    params: list[object] = []
    if period.start:
        clauses.append("w.date >= ?")
        params.append(period.start.isoformat())
    if period.end:
        clauses.append("w.date <= ?")
        params.append(period.end.isoformat())
    return " AND ".join(clauses), params


def _alliance_scope(period: Period) -> tuple[str, list[object]]:
    """The alliances of the period, as a condition on `al` (their workshop being `w`, LEFT
    JOINed): every alliance when there is no period."""
    if not period:
        return "1", []
    where, params = _scope(period)
    return f"al.workshop_id IS NOT NULL AND {where}", params


def territory_rollup(store: Store, period: Period | None = None) -> TerritoryRollup:
    """Every workshop of the database (or those of `period`) rolled up."""
    period = period or Period()
    db = store.db
    where, params = _scope(period)
    in_alliances, alliance_params = _alliance_scope(period)

    organisations, engaged = _engagements(store, where, params, in_alliances, alliance_params)
    workshops = _workshops(store, where, params, engaged)
    people_present = db.execute(
        f"""SELECT COUNT(DISTINCT a.person_id) FROM attendance a
            JOIN workshops w ON w.id = a.workshop_id WHERE a.present = 1 AND {where}""",
        params,
    ).fetchone()[0]
    kinds = _kinds(organisations)
    alliances = db.execute(
        f"""SELECT COUNT(*) FROM alliances al LEFT JOIN workshops w ON w.id = al.workshop_id
            WHERE {in_alliances}""",
        alliance_params,
    ).fetchone()[0]
    sdgs = _sdgs(store, where, params, in_alliances, alliance_params)
    needs = _needs(store, where, params, in_alliances, alliance_params)
    overall, quarters = _commitments(store, in_alliances, alliance_params)
    return TerritoryRollup(
        period=period,
        workshops=tuple(workshops),
        people_present=int(people_present),
        organisations=tuple(organisations),
        kinds=tuple(kinds),
        sdgs=tuple(sdgs),
        needs=tuple(needs),
        alliances=int(alliances),
        commitments=overall,
        quarters=tuple(quarters),
    )


def _workshops(
    store: Store, where: str, params: list[object], engaged: dict[int, int]
) -> list[WorkshopLine]:
    """The workshops in date order, with their figures (`engaged`: organisations by workshop)."""
    rows = store.db.execute(
        f"""SELECT w.id, w.title, w.date, w.territory, w.needs,
                (SELECT COUNT(*) FROM attendance a WHERE a.workshop_id = w.id),
                (SELECT COUNT(*) FROM attendance a WHERE a.workshop_id = w.id AND a.present = 1),
                (SELECT COUNT(*) FROM alliances al WHERE al.workshop_id = w.id),
                (SELECT COUNT(*) FROM commitments c JOIN partners pa ON pa.id = c.partner_id
                    JOIN alliances al ON al.id = pa.alliance_id WHERE al.workshop_id = w.id)
            FROM workshops w WHERE {where}
            ORDER BY w.date IS NULL, w.date, w.id""",
        params,
    ).fetchall()
    return [
        WorkshopLine(
            id=WorkshopId(row[0]),
            title=row[1],
            date=dt.date.fromisoformat(row[2]) if row[2] else None,
            territory=row[3],
            needs=_needs_of(row[4]),
            registered=row[5],
            present=row[6],
            organisations=engaged.get(row[0], 0),
            alliances=row[7],
            commitments=row[8],
        )
        for row in rows
    ]


def _needs_of(text: str | None) -> tuple[CatalystNeed, ...]:
    """A workshop's stored needs, in the vocabulary's order (an unknown value left out)."""
    try:
        values = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(n for n in CatalystNeed if isinstance(values, list) and n.value in values)


# An organisation engaged in a workshop, and how: one of its people present, a card it (or one
# of its people) wrote, a partnership in one of the workshop's alliances. {where} is the scope of
# the workshops (`w`); an alliance's partner is engaged in its workshop (NULL: none).
_ENGAGED = """
    SELECT p.organisation_id AS org, a.workshop_id AS workshop, 'present' AS how
        FROM attendance a JOIN people p ON p.id = a.person_id
        JOIN workshops w ON w.id = a.workshop_id
        WHERE a.present = 1 AND p.organisation_id IS NOT NULL AND {where}
    UNION ALL
    SELECT COALESCE(c.organisation_id, p.organisation_id), c.workshop_id, 'card'
        FROM cards c LEFT JOIN people p ON p.id = c.person_id
        JOIN workshops w ON w.id = c.workshop_id
        WHERE COALESCE(c.organisation_id, p.organisation_id) IS NOT NULL AND {where}
    UNION ALL
    SELECT pa.organisation_id, al.workshop_id, 'partner'
        FROM partners pa JOIN alliances al ON al.id = pa.alliance_id
        LEFT JOIN workshops w ON w.id = al.workshop_id
        WHERE {alliances}
"""


def _engaged(where: str, in_alliances: str) -> str:
    """The engagements' query: its parameters are the workshops' twice, then the alliances'."""
    return _ENGAGED.format(where=where, alliances=in_alliances)


def _engagements(
    store: Store,
    where: str,
    params: list[object],
    in_alliances: str,
    alliance_params: list[object],
) -> tuple[list[EngagedOrganisation], dict[int, int]]:
    """The organisations engaged, most engaged first, and how many each workshop had: one
    pass over the engagements grouped by organisation and workshop, added up both ways."""
    rows = store.db.execute(
        f"""WITH pairs AS MATERIALIZED (
                SELECT org, workshop, MAX(how = 'present') AS present, SUM(how = 'card') AS cards
                FROM ({_engaged(where, in_alliances)}) GROUP BY org, workshop)
            SELECT 0, o.id, o.name, o.kind, e.workshops, e.present, e.cards
                FROM (SELECT org, COUNT(workshop) AS workshops,
                        SUM(CASE WHEN workshop IS NULL THEN 0 ELSE present END) AS present,
                        SUM(cards) AS cards
                      FROM pairs GROUP BY org) e
                JOIN organisations o ON o.id = e.org
            UNION ALL
            SELECT 1, workshop, NULL, NULL, COUNT(*), 0, 0 FROM pairs
                WHERE workshop IS NOT NULL GROUP BY workshop""",
        [*params, *params, *alliance_params],
    ).fetchall()
    by_workshop = {row[1]: row[4] for row in rows if row[0] == 1}
    alliances = dict(
        store.db.execute(
            f"""SELECT pa.organisation_id, COUNT(DISTINCT al.id)
                FROM partners pa JOIN alliances al ON al.id = pa.alliance_id
                LEFT JOIN workshops w ON w.id = al.workshop_id
                WHERE {in_alliances} GROUP BY pa.organisation_id""",
            alliance_params,
        ).fetchall()
    )
    kinds = {k.value: k for k in OrganisationKind}
    found = [
        EngagedOrganisation(
            id=OrganisationId(org),
            name=name,
            kind=kinds.get(kind, OrganisationKind.ASSOCIATION),
            workshops=workshops,
            present=present,
            cards=cards or 0,
            alliances=alliances.get(org, 0),
        )
        for part, org, name, kind, workshops, present, cards in rows
        if part == 0
    ]
    found.sort(key=lambda o: (-o.workshops, -o.alliances, -o.cards, sort_key(o.name), o.id))
    return found, by_workshop


def _kinds(organisations: Iterable[EngagedOrganisation]) -> list[KindCount]:
    counts: dict[OrganisationKind, list[int]] = {}
    for o in organisations:
        entry = counts.setdefault(o.kind, [0, 0])
        entry[0] += 1
        entry[1] += o.workshops
    return [KindCount(k, *counts[k]) for k in OrganisationKind if k in counts]


def _sdgs(
    store: Store,
    where: str,
    params: list[object],
    in_alliances: str,
    alliance_params: list[object],
) -> list[SdgCount]:
    alliances = dict(
        store.db.execute(
            f"""SELECT CAST(j.value AS INTEGER), COUNT(DISTINCT al.id)
                FROM alliances al LEFT JOIN workshops w ON w.id = al.workshop_id,
                json_each(al.sdgs) j WHERE {in_alliances} GROUP BY 1""",
            alliance_params,
        ).fetchall()
    )
    workshops = dict(
        store.db.execute(
            f"""SELECT CAST(j.value AS INTEGER), COUNT(DISTINCT w.id)
                FROM workshops w, json_each(w.sdgs) j WHERE {where} GROUP BY 1""",
            params,
        ).fetchall()
    )
    return [
        SdgCount(n, alliances.get(n, 0), workshops.get(n, 0))
        for n in range(1, 18)
        if alliances.get(n) or workshops.get(n)
    ]


def _needs(
    store: Store,
    where: str,
    params: list[object],
    in_alliances: str,
    alliance_params: list[object],
) -> list[NeedCount]:
    alliances = dict(
        store.db.execute(
            f"""SELECT j.value, COUNT(DISTINCT al.id)
                FROM alliances al LEFT JOIN workshops w ON w.id = al.workshop_id,
                json_each(al.needs) j WHERE {in_alliances} GROUP BY 1""",
            alliance_params,
        ).fetchall()
    )
    workshops = dict(
        store.db.execute(
            f"""SELECT j.value, COUNT(DISTINCT w.id)
                FROM workshops w, json_each(w.needs) j WHERE {where} GROUP BY 1""",
            params,
        ).fetchall()
    )
    untagged_alliances = store.db.execute(
        f"""SELECT COUNT(*) FROM alliances al LEFT JOIN workshops w ON w.id = al.workshop_id
            WHERE {in_alliances} AND json_array_length(al.needs) = 0""",
        alliance_params,
    ).fetchone()[0]
    untagged_workshops = store.db.execute(
        f"SELECT COUNT(*) FROM workshops w WHERE {where} AND json_array_length(w.needs) = 0",
        params,
    ).fetchone()[0]
    rows = [
        NeedCount(need, alliances.get(need.value, 0), workshops.get(need.value, 0))
        for need in CatalystNeed
    ]
    if untagged_alliances or untagged_workshops:
        rows.append(NeedCount(None, int(untagged_alliances), int(untagged_workshops)))
    return rows


def _commitments(
    store: Store, in_alliances: str, alliance_params: list[object]
) -> tuple[CommitmentTotals, list[QuarterTotals]]:
    """Commitments counted and summed by quarter, kind, unit and status (abandoned ones only
    counted), grouped in SQL; units typed another way ('euros') summed with the usual one."""
    rows = store.db.execute(
        f"""SELECT
                CASE WHEN w.date IS NULL THEN NULL ELSE CAST(substr(w.date, 1, 4) AS INTEGER) END,
                CASE WHEN w.date IS NULL THEN NULL
                     ELSE (CAST(substr(w.date, 6, 2) AS INTEGER) + 2) / 3 END,
                c.resource_kind, c.unit, c.status, COUNT(*), TOTAL(c.quantity)
            FROM commitments c JOIN partners pa ON pa.id = c.partner_id
            JOIN alliances al ON al.id = pa.alliance_id
            LEFT JOIN workshops w ON w.id = al.workshop_id
            WHERE {in_alliances}
            GROUP BY 1, 2, 3, 4, 5""",
        alliance_params,
    ).fetchall()
    kinds = {k.value: k for k in ResourceKind}
    statuses = {s.value: s for s in CommitmentStatus}
    by_quarter: dict[Quarter | None, list[tuple[ResourceKind, str, CommitmentStatus, int, float]]]
    by_quarter = {}
    for year, number, kind, unit, status, count, amount in rows:
        if kind not in kinds or status not in statuses:
            continue
        quarter = Quarter(year, number) if year is not None and number else None
        entry = (kinds[kind], summed_unit(unit), statuses[status], count, amount or 0.0)
        by_quarter.setdefault(quarter, []).append(entry)
    everything = [entry for entries in by_quarter.values() for entry in entries]
    order = sorted(by_quarter, key=lambda q: (q is None, q or Quarter(0, 0)))
    return _totals(everything), [QuarterTotals(q, _totals(by_quarter[q])) for q in order]


def _totals(
    entries: Sequence[tuple[ResourceKind, str, CommitmentStatus, int, float]],
) -> CommitmentTotals:
    """The CommitmentTotals of grouped rows: the same sums `commitment_totals` makes of the
    commitments one by one (a total never adds a proposed amount to a confirmed one)."""
    amounts: dict[tuple[ResourceKind, str], dict[CommitmentStatus, float]] = {}
    counts: dict[tuple[ResourceKind, str], dict[CommitmentStatus, int]] = {}
    for kind, unit, status, count, amount in entries:
        key = (kind, unit)
        amounts.setdefault(key, {})
        counts.setdefault(key, {})
        counts[key][status] = counts[key].get(status, 0) + count
        if status != CommitmentStatus.ABANDONNE and amount:
            amounts[key][status] = amounts[key].get(status, 0.0) + amount
    order = list(ResourceKind)
    keys = sorted(counts, key=lambda k: (order.index(k[0]), k[1]))
    return CommitmentTotals(
        tuple(
            ResourceTotal(
                kind,
                unit,
                amounts[(kind, unit)],
                {s: n for s, n in counts[(kind, unit)].items() if s != CommitmentStatus.ABANDONNE},
                counts[(kind, unit)].get(CommitmentStatus.ABANDONNE, 0),
            )
            for kind, unit in keys
        )
    )
