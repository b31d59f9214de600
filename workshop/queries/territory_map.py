"""The territory map's content, read in three queries whatever the number of organisations.

Every organisation, with its point when it has one and the workshops it took part in (someone
of it present, a card of it or of one of its people, a partner of one of the workshop's
alliances); every alliance with its partners, the pilots first; the workshops to filter by.
The map (workshop/domain/territory_map.py) selects and projects from there.
"""

from __future__ import annotations

import datetime as dt
import json

from workshop.domain.records import AllianceId, OrganisationId, WorkshopId
from workshop.domain.territory_map import MapActor, MapAlliance, MapContent, MapWorkshop
from workshop.domain.vocabulary import OrganisationKind, PartnerRole
from workshop.storage.store import Store

_ACTORS = """
WITH took_part(organisation_id, workshop_id) AS (
    SELECT p.organisation_id, a.workshop_id FROM attendance a JOIN people p ON p.id = a.person_id
    WHERE a.present AND p.organisation_id IS NOT NULL
    UNION SELECT organisation_id, workshop_id FROM cards WHERE organisation_id IS NOT NULL
    UNION SELECT p.organisation_id, c.workshop_id FROM cards c JOIN people p ON p.id = c.person_id
    WHERE c.organisation_id IS NULL AND p.organisation_id IS NOT NULL
    UNION SELECT pa.organisation_id, al.workshop_id FROM partners pa
    JOIN alliances al ON al.id = pa.alliance_id WHERE al.workshop_id IS NOT NULL
)
SELECT o.id, o.name, o.kind, o.sdgs, o.commune_code, o.commune_name, o.longitude, o.latitude,
    group_concat(t.workshop_id)
FROM organisations o LEFT JOIN took_part t ON t.organisation_id = o.id
GROUP BY o.id ORDER BY o.id
"""

_PARTNERS = """
SELECT al.id, al.name, al.workshop_id, al.sdgs, pa.organisation_id, pa.role
FROM alliances al LEFT JOIN partners pa ON pa.alliance_id = al.id
ORDER BY al.id, CASE pa.role WHEN 'pilote' THEN 0 ELSE 1 END, pa.id
"""


def _numbers(text: str | None) -> tuple[int, ...]:
    """A JSON list of SDG numbers as the store writes it ("[3, 11]"), read without the JSON
    parser for the usual case (a tenth of the map's reading time over 5,000 organisations)."""
    if not text or text == "[]":
        return ()
    try:
        return tuple(int(n) for n in text[1:-1].split(","))
    except ValueError:
        return tuple(json.loads(text))


def map_content(store: Store) -> MapContent:
    """Every organisation and alliance of the database, for the map and its filters."""
    db = store.db
    kinds = {k.value: k for k in OrganisationKind}
    actors = tuple(
        MapActor(
            id=OrganisationId(row[0]),
            name=row[1],
            kind=kinds.get(row[2]) or OrganisationKind(row[2]),
            sdgs=_numbers(row[3]),
            workshops=frozenset(WorkshopId(int(w)) for w in row[8].split(","))
            if row[8]
            else frozenset(),
            commune_code=row[4] or "",
            commune_name=row[5] or "",
            longitude=row[6],
            latitude=row[7],
        )
        for row in db.execute(_ACTORS).fetchall()
    )
    alliances: list[MapAlliance] = []
    partners: list[tuple[OrganisationId, PartnerRole]] = []
    current: tuple[int, str, int | None, str] | None = None
    for row in [*db.execute(_PARTNERS).fetchall(), None]:
        if current is not None and (row is None or row[0] != current[0]):
            alliances.append(
                MapAlliance(
                    id=AllianceId(current[0]),
                    name=current[1],
                    workshop_id=WorkshopId(current[2]) if current[2] is not None else None,
                    sdgs=_numbers(current[3]),
                    partners=tuple(partners),
                )
            )
            partners = []
        if row is None:
            break
        current = (row[0], row[1], row[2], row[3])
        if row[4] is not None:
            partners.append((OrganisationId(row[4]), PartnerRole(row[5])))
    workshops = tuple(
        MapWorkshop(
            WorkshopId(row[0]), row[1], dt.date.fromisoformat(row[2]) if row[2] else None, row[3]
        )
        for row in db.execute(
            "SELECT id, title, date, territory_code FROM workshops"
            " ORDER BY date IS NULL, date DESC, id DESC"
        ).fetchall()
    )
    return MapContent(actors, tuple(alliances), workshops)
