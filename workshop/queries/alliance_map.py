"""The alliance map of a workshop, read from the store and laid out by domain/alliance_map.py."""

from __future__ import annotations

from workshop.domain.alliance_map import MapLayout, records_map
from workshop.domain.records import OrganisationId, WorkshopId
from workshop.storage.store import Store


def workshop_map(store: Store, workshop_id: WorkshopId) -> MapLayout:
    """The map of a workshop: its alliances, their partners, and the organisations present."""
    alliances = store.alliances.of_workshop(workshop_id)
    partners = [p for a in alliances for p in store.partners.of_alliance(a.id)]
    registered = [
        OrganisationId(r[0])
        for r in store.db.execute(
            "SELECT DISTINCT p.organisation_id FROM attendance a JOIN people p "
            "ON p.id = a.person_id WHERE a.workshop_id = ? AND p.organisation_id IS NOT NULL",
            [workshop_id],
        ).fetchall()
    ]
    ids = sorted({p.organisation_id for p in partners} | set(registered))
    organisations = {
        o.id: o
        for o in store.organisations.find(
            f"id IN ({','.join('?' * len(ids))})" if ids else "0", ids
        )
    }
    return records_map(alliances, partners, organisations, registered)
