"""Where each zone's cards sit, kept in memory for the phones' placement of their cards.

A phone's card goes to its zone's first free slot, which needs every card of the zone; reading
them for each card cost a phone's card time in proportion to the zone's size (about 1.5 ms of
the GUI thread per card once 500 phones had posted 1,000 cards in a zone). Here a zone's
footprints are read once, then kept up to date by temporary triggers on `cards`: a card
inserted is added to its zone's list (in Python, through a function the triggers call); a card
updated or deleted drops its zones' lists, read again at their next use.

A transaction rolled back runs no trigger, so what it wrote could stay in the lists: the store
forgets every list when a transaction (or a savepoint) fails, and a list is used only while its
zone holds as many cards as the list (a count on the zone's index). The triggers are created
outside any transaction (a rollback would remove them, and with them what keeps the lists
right); until then nothing is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlite_utils import Database

INSERTED_FUNCTION = "catalyse_card_inserted"
CHANGED_FUNCTION = "catalyse_card_changed"
TRIGGER_PREFIX = "catalyse_footprints_"

Footprint = tuple[float, float, float]  # x, top, bottom


def _merged(spans: list[tuple[float, float]], apart: float) -> list[list[float]]:
    """Spans (top, bottom) of one x, sorted, those closer than `apart` made one."""
    merged: list[list[float]] = []
    for top, bottom in sorted(spans):
        if merged and top - merged[-1][1] < apart:
            merged[-1][1] = max(merged[-1][1], bottom)
        else:
            merged.append([top, bottom])
    return merged


@dataclass
class _Zone:
    """One zone's cards: each footprint, and (once asked for) the spans they make per x."""

    footprints: list[Footprint]
    spans: dict[float, list[list[float]]] | None = None

    def add(self, footprint: Footprint, apart: float) -> None:
        self.footprints.append(footprint)
        if self.spans is None:
            return
        x, top, bottom = footprint
        column = self.spans.setdefault(x, [])
        if not column or top >= column[-1][0]:  # a card below the others: the usual case
            if column and top - column[-1][1] < apart:
                column[-1][1] = max(column[-1][1], bottom)
            else:
                column.append([top, bottom])
        else:
            self.spans[x] = _merged([(t, b) for t, b in column] + [(top, bottom)], apart)


@dataclass
class FootprintCache:
    """The footprints of the zones read so far on one connection, kept right by triggers.

    `height_sql` gives in SQL a one-line text's estimated height (`{text}` stands for the text);
    `measure(text)` a text's height in Python, for texts with line breaks: the placement's rule.
    `apart` is the distance between two cards one above the other below which no card fits
    between them (two gaps and the smallest card): `spans` makes such cards one span.
    """

    db: Database
    height_sql: str
    measure: Callable[[str], float]
    apart: float = 0.0
    _zones: dict[int, _Zone] = field(default_factory=dict)
    _installed: bool = False

    def __post_init__(self) -> None:
        conn = self.db.conn
        conn.create_function(INSERTED_FUNCTION, 5, self._inserted, deterministic=False)
        conn.create_function(CHANGED_FUNCTION, 2, self._changed, deterministic=False)

    # ---- the triggers' side -------------------------------------------------------------

    def _inserted(
        self, zone_id: int | None, x: float, y: float, text: str | None, height: float
    ) -> None:
        if zone_id is None:
            return
        kept = self._zones.get(int(zone_id))
        if kept is not None:
            kept.add((x, y, y + self._height(text, height)), self.apart)

    def _changed(self, old_zone: int | None, new_zone: int | None) -> None:
        for zone_id in (old_zone, new_zone):
            if zone_id is not None:
                self._zones.pop(int(zone_id), None)

    def _height(self, text: str | None, height: float) -> float:
        return float(height) if text is None else self.measure(text)

    # ---- the placement's side -----------------------------------------------------------

    def install(self) -> None:
        """Create the triggers if they are not there yet; only outside a transaction."""
        if self._installed or self.db.conn.in_transaction:
            return
        text = "CASE WHEN instr(NEW.text, char(10)) > 0 THEN NEW.text END"
        height = self.height_sql.replace("{text}", "NEW.text")
        for statement in (
            f"CREATE TEMP TRIGGER IF NOT EXISTS {TRIGGER_PREFIX}insert AFTER INSERT ON main.cards "
            f"BEGIN SELECT {INSERTED_FUNCTION}(NEW.zone_id, NEW.x, NEW.y, {text}, {height}); END",
            f"CREATE TEMP TRIGGER IF NOT EXISTS {TRIGGER_PREFIX}update AFTER UPDATE ON main.cards "
            f"BEGIN SELECT {CHANGED_FUNCTION}(OLD.zone_id, NEW.zone_id); END",
            f"CREATE TEMP TRIGGER IF NOT EXISTS {TRIGGER_PREFIX}delete AFTER DELETE ON main.cards "
            f"BEGIN SELECT {CHANGED_FUNCTION}(OLD.zone_id, NULL); END",
        ):
            self.db.execute(statement)
        self._zones.clear()  # what was read before the triggers existed may be stale
        self._installed = True

    def _zone(self, zone_id: int) -> _Zone:
        self.install()
        kept = self._zones.get(zone_id) if self._installed else None
        if kept is not None:
            count = self.db.execute(
                "SELECT count(*) FROM cards WHERE zone_id = ?", [zone_id]
            ).fetchone()[0]
            if count == len(kept.footprints):
                return kept
            del self._zones[zone_id]  # a rolled-back insert was kept: read again
        height = self.height_sql.replace("{text}", "text")
        rows = self.db.execute(
            "SELECT x, y, CASE WHEN instr(text, char(10)) > 0 THEN text END, "
            f"{height} FROM cards WHERE zone_id = ?",
            [zone_id],
        ).fetchall()
        read = _Zone([(x, y, y + self._height(text, h)) for x, y, text, h in rows])
        if self._installed:
            self._zones[zone_id] = read
        return read

    def zone(self, zone_id: int) -> list[Footprint]:
        """Each card of the zone as (x, top, bottom), from memory when it is still right."""
        return list(self._zone(zone_id).footprints)

    def spans(self, zone_id: int) -> list[Footprint]:
        """The zone's cards as (x, top, bottom) spans: cards of one x closer than `apart` one
        above the other are one span (what placement needs, in fewer items than cards)."""
        kept = self._zone(zone_id)
        if kept.spans is None:
            by_x: dict[float, list[tuple[float, float]]] = {}
            for x, top, bottom in kept.footprints:
                by_x.setdefault(x, []).append((top, bottom))
            kept.spans = {x: _merged(spans, self.apart) for x, spans in by_x.items()}
        return [(x, top, bottom) for x, column in kept.spans.items() for top, bottom in column]

    def forget(self) -> None:
        """Read every zone again at its next use (a transaction rolled back)."""
        self._zones.clear()


_ATTRIBUTE = "_catalyse_footprints"


def footprints_of(
    db: Database, height_sql: str, measure: Callable[[str], float], apart: float
) -> FootprintCache:
    """The connection's cache (made on first use)."""
    cache = getattr(db, _ATTRIBUTE, None)
    if cache is None:
        cache = FootprintCache(db, height_sql, measure, apart)
        setattr(db, _ATTRIBUTE, cache)
    assert isinstance(cache, FootprintCache)
    return cache


def forget_footprints(db: Database) -> None:
    """After a rollback: what it took back may be in the lists (a card moved then placed
    beside, in one transaction), which the count does not tell."""
    cache = getattr(db, _ATTRIBUTE, None)
    if isinstance(cache, FootprintCache):
        cache.forget()
