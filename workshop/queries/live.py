"""Reads the phones' operations need: where a zone's cards already sit."""

from __future__ import annotations

from workshop.domain.records import ZoneId
from workshop.storage.store import Store


def zone_footprints(store: Store, zone_id: ZoneId) -> list[tuple[float, float, str]]:
    """Each card of a zone as (x, y, text): what placing a new card needs, read in one query."""
    rows = store.db.execute("SELECT x, y, text FROM cards WHERE zone_id = ?", [zone_id])
    return [(float(x), float(y), str(text)) for x, y, text in rows.fetchall()]
