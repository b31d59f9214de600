"""Reads the phones' operations need: where a zone's cards already sit."""

from __future__ import annotations

from workshop.domain.placement import CARD_CHROME, CHARS_PER_LINE, LINE_HEIGHT, estimated_height
from workshop.domain.records import ZoneId
from workshop.storage.store import Store

# A one-line text's height is computed in SQL (estimated_height's rule); only texts with line
# breaks are read, and measured in Python.
_LINES = f"max(1, (length(text) + {CHARS_PER_LINE - 1}) / {CHARS_PER_LINE})"
_FOOTPRINTS_SQL = f"""
SELECT x, y, CASE WHEN instr(text, char(10)) > 0 THEN text END,
       {CARD_CHROME} + {LINE_HEIGHT} * {_LINES}
FROM cards WHERE zone_id = ?
"""


def zone_footprints(store: Store, zone_id: ZoneId) -> list[tuple[float, float, float]]:
    """Each card of a zone as (x, top, bottom): what placing a new card needs, in one query."""
    rows = store.db.execute(_FOOTPRINTS_SQL, [zone_id]).fetchall()
    return [
        (x, y, y + (estimated_height(text) if text is not None else height))
        for x, y, text, height in rows
    ]
