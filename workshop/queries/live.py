"""Reads the phones' operations need: where a zone's cards already sit, and who a phone's
participant may already be in the registry."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from workshop.domain.board_layout import CARD_GAP
from workshop.domain.likeness import CLOSE_ENOUGH, closeness
from workshop.domain.placement import CARD_CHROME, CHARS_PER_LINE, LINE_HEIGHT, estimated_height
from workshop.domain.records import (
    Organisation,
    OrganisationId,
    Person,
    PersonId,
    WorkshopId,
    ZoneId,
)
from workshop.domain.text import fold, sort_key
from workshop.storage.footprints import FootprintCache, footprints_of
from workshop.storage.store import Store

# A one-line text's height is computed in SQL (estimated_height's rule); only texts with line
# breaks are read, and measured in Python.
_LINES = f"max(1, (length({{text}}) + {CHARS_PER_LINE - 1}) / {CHARS_PER_LINE})"
_HEIGHT_SQL = f"({CARD_CHROME} + {LINE_HEIGHT} * {_LINES})"


# Two cards of one column closer than this, one above the other, leave no room for any card
# between them (a gap on each side of the smallest card): placement may take them as one.
_NOTHING_FITS = 2 * CARD_GAP + estimated_height("")


def _footprints(store: Store) -> FootprintCache:
    return footprints_of(store.db, _HEIGHT_SQL, estimated_height, _NOTHING_FITS)


def zone_footprints(store: Store, zone_id: ZoneId) -> list[tuple[float, float, float]]:
    """Each card of a zone as (x, top, bottom) (read once, then kept up to date in memory:
    see workshop/storage/footprints.py)."""
    return _footprints(store).zone(zone_id)


def zone_spans(store: Store, zone_id: ZoneId) -> list[tuple[float, float, float]]:
    """What placing a new card needs, as `zone_footprints` but with the cards stacked in a
    column without room between them taken as one (x, top, bottom): the same free slot for any
    card, found in time that does not grow with the cards stacked (kept in memory too)."""
    return _footprints(store).spans(zone_id)


def keep_footprints(store: Store) -> None:
    """Keep the zones' footprints in memory from now on (outside a transaction: the phones'
    batches run inside one, where the triggers that keep them right cannot be made)."""
    _footprints(store).install()


# --- who a phone participant may be -------------------------------------------------------

MAX_MATCHES = 4


def organisations_like(
    store: Store, typed: str, *, exclude: OrganisationId | None = None
) -> list[Organisation]:
    """The registry's organisations close to a typed name but not it ("Mairie" beside
    "Commune de Vatan"), closest first: the facilitator is asked, nothing is merged."""
    scored = [
        (closeness(typed, name), sort_key(name), organisation_id)
        for organisation_id, name in store.db.execute("SELECT id, name FROM organisations")
        if organisation_id != exclude
    ]
    close = sorted((-score, key, oid) for score, key, oid in scored if is_close_score(score))
    return [store.organisations.get(OrganisationId(oid)) for _, _, oid in close[:MAX_MATCHES]]


def is_close_score(score: float) -> bool:
    return CLOSE_ENOUGH <= score < 1.0


_PEOPLE_SQL = """
SELECT p.id, p.first_name, p.last_name, a.person_id IS NOT NULL FROM people p
LEFT JOIN attendance a ON a.person_id = p.id AND a.workshop_id = ?
WHERE p.id != ?
ORDER BY p.id
"""


@lru_cache(maxsize=16384)
def _name_forms(first: str, last: str) -> tuple[str, str, str]:
    """A person's first name, and full name either way, folded: the forms a typed name is
    compared with (kept: each phone that joins compares its name with everyone's)."""
    return fold(first), fold(f"{first} {last}"), fold(f"{last} {first}")


def people_like(
    store: Store,
    person: Person,
    workshop_id: WorkshopId,
    organisations: Sequence[OrganisationId] = (),
) -> list[Person]:
    """Who a person named on a phone may already be, by the desk's rule (case and accents
    ignored): someone of the same first name (or the full name typed) in their organisation,
    on the workshop's check-in list, or in one of the `organisations` close to theirs.

    Their own organisation first, then the close ones, then the check-in list; the
    facilitator confirms."""
    typed = fold(" ".join(person.first_name.split()))
    if not typed:
        return []
    rows = [
        (person_id, registered)
        for person_id, first, last, registered in store.db.execute(
            _PEOPLE_SQL, [workshop_id, person.id]
        )
        if typed in _name_forms(first, last)
    ]
    close = set(organisations)
    ranked: list[tuple[int, Person]] = []
    for person_id, registered in rows:  # on the check-in list (not the whole list read)
        candidate = store.people.get(PersonId(person_id))
        if (
            person.organisation_id is not None
            and candidate.organisation_id == person.organisation_id
        ):
            ranked.append((0, candidate))
        elif candidate.organisation_id in close:
            ranked.append((1, candidate))
        elif registered:
            ranked.append((2, candidate))
    ranked.sort(key=lambda pair: pair[0])
    return [candidate for _, candidate in ranked[:MAX_MATCHES]]
