"""Tables operations (world café, ateliers en sous-groupes), one undoable transaction each.

The facilitator makes tables (each gets its own zone of the board, laid out in a grid),
names them, gives each a host, and seats the people present: by hand, at random or mixing
organisation kinds. Between rounds, hosts stay and the others move to meet new people; the
facilitator can go back to a round. In plenary, the tables' cards are gathered in one zone,
grouped per table under the table's name. A table's host can post from a phone in the
table's name (`accept_table_card`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence

from workshop.domain.board_layout import (
    CARD_WIDTH,
    CLUSTER_LABEL,
    CLUSTER_MARGIN,
    Box,
    arrange,
)
from workshop.domain.placement import estimated_height
from workshop.domain.records import Card, CardId, Cluster, PersonId, WorkshopId, Zone
from workshop.domain.seating import (
    BreakoutTable,
    Seating,
    SplitMode,
    TableId,
    grid_place,
    rotate,
    split_at_random,
    split_mixed,
)
from workshop.domain.text import fold
from workshop.domain.validation import clean_text
from workshop.domain.vocabulary import Lang
from workshop.domain.wording import worded
from workshop.errors import InvalidInput, NotFound
from workshop.ops import Applied, operation
from workshop.ops.board import clean_tags
from workshop.ops.live import Author, CardRequest, LiveRefused, accept_phone_card, phone_person
from workshop.queries.tables import hosted_table, present_guests
from workshop.storage.store import Store
from workshop.storage.tables import Tables

MAX_TABLES = 40
MAX_TABLE_NAME = 60
TABLE_COLUMNS = 4  # the tables' zones, 4 a row: readable on a projector when zoomed on a row
TABLE_ZONE_WIDTH = 420.0
TABLE_ZONE_HEIGHT = 480.0
TABLE_ZONE_GAP = 30.0
TABLE_GRID_MARGIN = 80.0  # between the board's other zones and the tables' grid
TABLE_COLOURS = ("#E3F2FD", "#E8F5E9", "#FFF8E1", "#F3E5F5", "#FDECEA", "#E0F7FA")
PLENARY_COLOUR = "#FFFDE7"
PLENARY_NAME = ("Plénière : les tables", "Plenary: the tables")
TABLE_NAME = ("Table {n}", "Table {n}")

_MESSAGES: dict[str, tuple[str, str]] = {
    "workshop_missing": ("Cet atelier n'existe plus.", "This workshop no longer exists."),
    "table_missing": ("Cette table n'existe plus.", "This table no longer exists."),
    "count": (
        "Un atelier a de 1 à {n} tables.",
        "A workshop has 1 to {n} tables.",
    ),
    "name_empty": ("Donnez un nom à la table.", "The table needs a name."),
    "name_long": (
        "Le nom d'une table tient en {n} caractères au plus.",
        "A table's name holds {n} characters at most.",
    ),
    "name_taken": (
        "Une autre table s'appelle déjà « {name} ».",
        "Another table is already called “{name}”.",
    ),
    "not_present": (
        "Cette personne n'est pas pointée présente à l'atelier.",
        "This person is not checked in at the workshop.",
    ),
    "no_tables": (
        "Créez d'abord des tables.",
        "Make some tables first.",
    ),
    "nobody": (
        "Personne n'est pointé présent : pointez les présents avant de répartir.",
        "Nobody is checked in: check people in before splitting them.",
    ),
    "first_round": ("C'est déjà le premier tour.", "This is already the first round."),
    "round_empty": (
        "Personne n'est assis dans ce tour : répartissez d'abord les participants.",
        "Nobody is seated in this round: split the participants first.",
    ),
    "no_cards": (
        "Les tables n'ont encore aucune carte à rassembler.",
        "The tables have no cards to gather yet.",
    ),
    "mode": ("Mode de répartition inconnu.", "Unknown way of splitting."),
}


def _refuse(code: str, field: str, lang: Lang, **values: object) -> InvalidInput:
    return InvalidInput(worded(_MESSAGES, code, lang, **values), field)


def _workshop(store: Store, workshop_id: WorkshopId, lang: Lang) -> None:
    if not store.workshops.count("id = ?", [workshop_id]):
        raise _refuse("workshop_missing", "workshop", lang)


def _table(store: Store, table_id: TableId, lang: Lang) -> BreakoutTable:
    try:
        return Tables(store.db).tables.get(table_id)
    except NotFound as error:
        raise _refuse("table_missing", "table", lang) from error


def _name(store: Store, workshop_id: WorkshopId, name: str, lang: Lang, table_id: int = 0) -> str:
    name = clean_text(name)
    if not name:
        raise _refuse("name_empty", "name", lang)
    if len(name) > MAX_TABLE_NAME:
        raise _refuse("name_long", "name", lang, n=MAX_TABLE_NAME)
    for other in Tables(store.db).tables.of_workshop(workshop_id):
        if other.id != table_id and fold(other.name) == fold(name):
            raise _refuse("name_taken", "name", lang, name=other.name)
    return name


def _present(store: Store, workshop_id: WorkshopId, person_id: PersonId, lang: Lang) -> None:
    attendance = store.attendance.get(workshop_id, person_id)
    if attendance is None or not attendance.present:
        raise _refuse("not_present", "person", lang)


def _grid_origin(store: Store, workshop_id: WorkshopId, tables: Sequence[BreakoutTable]) -> Box:
    """Where the tables' grid starts: where its first table is, or below the board's zones."""
    zones = {z.id: z for z in store.board.zones.of_workshop(workshop_id)}
    placed = [zones[t.zone_id] for t in tables if t.zone_id in zones]
    if placed:
        first = min(placed, key=lambda z: (z.y, z.x))
        return Box(first.x, first.y, 0.0, 0.0)
    if not zones:
        return Box(0.0, 0.0, 0.0, 0.0)
    left = min(z.x for z in zones.values())
    bottom = max(z.y + z.height for z in zones.values())
    return Box(left, bottom + TABLE_GRID_MARGIN, 0.0, 0.0)


def _table_zone(
    store: Store,
    workshop_id: WorkshopId,
    name: str,
    position: int,
    origin: Box,
    tables: Sequence[BreakoutTable],
) -> Zone:
    """The zone of the table at `position` of the grid: under the tables of the rows above."""
    column, row = grid_place(position, TABLE_COLUMNS)
    zones = {z.id: z for z in store.board.zones.of_workshop(workshop_id)}
    above = [
        zones[t.zone_id]
        for t in tables
        if t.zone_id in zones and grid_place(t.position, TABLE_COLUMNS)[1] < row
    ]
    y = max((z.y + z.height for z in above), default=origin.y - TABLE_ZONE_GAP)
    y = y + TABLE_ZONE_GAP if above or row else origin.y
    return Zone(
        workshop_id=workshop_id,
        name=name,
        x=origin.x + column * (TABLE_ZONE_WIDTH + TABLE_ZONE_GAP),
        y=y,
        width=TABLE_ZONE_WIDTH,
        height=TABLE_ZONE_HEIGHT,
        colour=TABLE_COLOURS[position % len(TABLE_COLOURS)],
        position=max((z.position for z in zones.values()), default=-1) + 1,
    )


def add_tables(
    store: Store, workshop_id: WorkshopId, count: int = 1, *, lang: Lang = "fr"
) -> Applied[list[BreakoutTable]]:
    """The facilitator adds `count` tables ("Table 1", "Table 2"… after the last number
    used), each with its own zone of the board, laid out in a grid under the other zones."""
    _workshop(store, workshop_id, lang)
    repos = Tables(store.db)
    tables = repos.tables.of_workshop(workshop_id)
    if not 1 <= count <= MAX_TABLES - len(tables):
        raise _refuse("count", "count", lang, n=MAX_TABLES)
    taken = {fold(t.name) for t in tables}
    template = TABLE_NAME[0] if lang == "fr" else TABLE_NAME[1]
    made: list[BreakoutTable] = []
    with operation(store) as op:
        origin = _grid_origin(store, workshop_id, tables)
        number = 1
        for _ in range(count):
            while fold(template.format(n=number)) in taken:
                number += 1
            name = template.format(n=number)
            taken.add(fold(name))
            position = max((t.position for t in tables), default=-1) + 1
            zone = store.board.zones.add(
                _table_zone(store, workshop_id, name, position, origin, tables)
            )
            table = repos.tables.add(
                BreakoutTable(
                    workshop_id=workshop_id, name=name, zone_id=zone.id, position=position
                )
            )
            tables.append(table)
            made.append(table)
    return op.applied(made)


def rename_table(
    store: Store, table_id: TableId, name: str, *, lang: Lang = "fr"
) -> Applied[BreakoutTable]:
    """The facilitator renames a table (its zone on the board takes the name too)."""
    table = _table(store, table_id, lang)
    name = _name(store, table.workshop_id, name, lang, table.id)
    renamed = dataclasses.replace(table, name=name)
    with operation(store) as op:
        if renamed != table:
            Tables(store.db).tables.update(renamed)
            if table.zone_id is not None:
                zones = store.board.zones.find("id = ?", [table.zone_id])
                if zones and zones[0].name != name:
                    store.board.zones.update(dataclasses.replace(zones[0], name=name))
    return op.applied(renamed)


def remove_table(store: Store, table_id: TableId, *, lang: Lang = "fr") -> Applied[BreakoutTable]:
    """The facilitator removes a table: its people are no longer seated, its zone goes and its
    cards stay on the board, in no zone (undo puts everything back)."""
    table = _table(store, table_id, lang)
    with operation(store) as op:
        Tables(store.db).tables.delete(table.id)
        if table.zone_id is not None:
            store.board.zones.delete(table.zone_id)
    return op.applied(table)


def set_table_host(
    store: Store, table_id: TableId, person_id: PersonId | None, *, lang: Lang = "fr"
) -> Applied[BreakoutTable]:
    """The facilitator (or the person, from a phone) makes someone present the host of a
    table (None: no host): the host sits at the table in the current round, and stays there
    when the others move; they host no other table."""
    table = _table(store, table_id, lang)
    if person_id is not None:
        _present(store, table.workshop_id, person_id, lang)
    repos = Tables(store.db)
    after = dataclasses.replace(table, host_person_id=person_id)
    with operation(store) as op:
        if person_id is not None:
            for other in repos.tables.of_workshop(table.workshop_id):
                if other.id != table.id and other.host_person_id == person_id:
                    repos.tables.update(dataclasses.replace(other, host_person_id=None))
            current = repos.rounds.current(table.workshop_id)
            seating = repos.seats.of_round(table.workshop_id, current)
            if seating.get(person_id) != table.id:
                repos.seats.seat(table.workshop_id, current, person_id, table.id)
        if after != table:
            repos.tables.update(after)
    return op.applied(after)


def seat_person(
    store: Store,
    workshop_id: WorkshopId,
    person_id: PersonId,
    table_id: TableId | None,
    *,
    lang: Lang = "fr",
) -> Applied[TableId | None]:
    """The facilitator seats someone present at a table for the current round (None: at no
    table). A host moved to another table no longer hosts their former one."""
    _workshop(store, workshop_id, lang)
    _present(store, workshop_id, person_id, lang)
    repos = Tables(store.db)
    if table_id is not None:
        table = _table(store, table_id, lang)
        if table.workshop_id != workshop_id:
            raise _refuse("table_missing", "table", lang)
    current = repos.rounds.current(workshop_id)
    with operation(store) as op:
        for hosted in repos.tables.of_workshop(workshop_id):
            if hosted.host_person_id == person_id and hosted.id != table_id:
                repos.tables.update(dataclasses.replace(hosted, host_person_id=None))
        if table_id is None:
            repos.seats.unseat(workshop_id, current, person_id)
        elif repos.seats.of_round(workshop_id, current).get(person_id) != table_id:
            repos.seats.seat(workshop_id, current, person_id, table_id)
    return op.applied(table_id)


def _ready(store: Store, workshop_id: WorkshopId, lang: Lang) -> list[BreakoutTable]:
    _workshop(store, workshop_id, lang)
    tables = Tables(store.db).tables.of_workshop(workshop_id)
    if not tables:
        raise _refuse("no_tables", "tables", lang)
    return tables


def _hosts(tables: Sequence[BreakoutTable]) -> dict[TableId, PersonId]:
    return {t.id: t.host_person_id for t in tables if t.host_person_id is not None}


def split_into_tables(
    store: Store,
    workshop_id: WorkshopId,
    mode: SplitMode,
    seed: int,
    *,
    lang: Lang = "fr",
) -> Applied[Seating]:
    """The facilitator seats everyone present for the current round, at random or mixing
    organisation kinds (hosts at their own table); the same `seed` gives the same tables."""
    if not isinstance(mode, SplitMode):
        raise _refuse("mode", "mode", lang)
    tables = _ready(store, workshop_id, lang)
    guests = present_guests(store, workshop_id)
    if not guests:
        raise _refuse("nobody", "attendance", lang)
    ids = [t.id for t in tables]
    split = split_at_random if mode is SplitMode.RANDOM else split_mixed
    seating = split(guests, ids, _hosts(tables), seed)
    repos = Tables(store.db)
    with operation(store) as op:
        repos.seats.replace_round(workshop_id, repos.rounds.current(workshop_id), seating)
    return op.applied(seating)


def next_round(
    store: Store, workshop_id: WorkshopId, seed: int, *, lang: Lang = "fr"
) -> Applied[int]:
    """The facilitator calls the next round: hosts stay, the others move so that each meets as
    many new people as possible (a round already made, after going back, is shown again as
    it was). The result is the round now shown."""
    tables = _ready(store, workshop_id, lang)
    repos = Tables(store.db)
    current = repos.rounds.current(workshop_id)
    rounds = repos.seats.rounds(workshop_id)
    if current not in rounds:
        raise _refuse("round_empty", "round", lang)
    following = current + 1
    with operation(store) as op:
        if following not in rounds:
            history = [repos.seats.of_round(workshop_id, r) for r in rounds if r <= current]
            guests = present_guests(store, workshop_id)
            seating = rotate(
                history,
                [g.person_id for g in guests],
                [t.id for t in tables],
                _hosts(tables),
                seed,
                {g.person_id: g.organisation_id for g in guests},
            )
            repos.seats.replace_round(workshop_id, following, seating)
        repos.rounds.set_current(workshop_id, following)
    return op.applied(following)


def previous_round(store: Store, workshop_id: WorkshopId, *, lang: Lang = "fr") -> Applied[int]:
    """The facilitator goes back to the round before (its seats as they were; the later
    rounds are kept, "Tour suivant" shows them again)."""
    _workshop(store, workshop_id, lang)
    repos = Tables(store.db)
    current = repos.rounds.current(workshop_id)
    if current <= 1:
        raise _refuse("first_round", "round", lang)
    with operation(store) as op:
        repos.rounds.set_current(workshop_id, current - 1)
    return op.applied(current - 1)


def _plenary_zone(
    store: Store, workshop_id: WorkshopId, tables: Sequence[BreakoutTable], lang: Lang
) -> Zone:
    """The plenary's zone: the one made before, or a new one under the tables' grid, as wide."""
    repos = Tables(store.db)
    zones = {z.id: z for z in store.board.zones.of_workshop(workshop_id)}
    known = repos.rounds.plenary_zone(workshop_id)
    if known is not None and known in zones:
        return zones[known]
    table_zones = [zones[t.zone_id] for t in tables if t.zone_id in zones]
    around = table_zones or list(zones.values())
    left = min((z.x for z in around), default=0.0)
    right = max((z.x + z.width for z in around), default=TABLE_ZONE_WIDTH)
    bottom = max((z.y + z.height for z in around), default=-TABLE_GRID_MARGIN)
    columns = min(TABLE_COLUMNS, len(tables))
    width = max(right - left, columns * (TABLE_ZONE_WIDTH + TABLE_ZONE_GAP) - TABLE_ZONE_GAP)
    zone = store.board.zones.add(
        Zone(
            workshop_id=workshop_id,
            name=PLENARY_NAME[0] if lang == "fr" else PLENARY_NAME[1],
            x=left,
            y=bottom + TABLE_GRID_MARGIN,
            width=width,
            height=TABLE_ZONE_HEIGHT,
            colour=PLENARY_COLOUR,
            position=max((z.position for z in zones.values()), default=-1) + 1,
        )
    )
    repos.rounds.set_plenary_zone(workshop_id, zone.id)
    return zone


def gather_in_plenary(
    store: Store,
    workshop_id: WorkshopId,
    sizes: Mapping[CardId, tuple[float, float]] | None = None,
    *,
    lang: Lang = "fr",
) -> Applied[list[Cluster]]:
    """Back in plenary: every table's cards (those in its zone, and those its host posted)
    go to one plenary zone, grouped per table under a group named after the table, table after
    table; the zone grows to hold them. The result is the groups made (sizes: the cards'
    width and height as drawn)."""
    tables = _ready(store, workshop_id, lang)
    repos = Tables(store.db)
    known = repos.rounds.plenary_zone(workshop_id)
    posted = repos.cards.of_tables([t.id for t in tables])
    by_zone = {t.zone_id: t.id for t in tables if t.zone_id is not None}
    cards_of: dict[TableId, list[Card]] = {t.id: [] for t in tables}
    for card in store.board.cards.of_workshop(workshop_id):
        if known is not None and card.zone_id == known:
            continue
        owner = by_zone.get(card.zone_id) if card.zone_id is not None else None
        owner = owner or posted.get(card.id)
        if owner is not None:
            cards_of[owner].append(card)
    if not any(cards_of.values()):
        raise _refuse("no_cards", "cards", lang)
    sizes = sizes or {}
    made: list[Cluster] = []
    with operation(store) as op:
        zone = _plenary_zone(store, workshop_id, tables, lang)
        groups: dict[CardId, int] = {}
        boxes: list[tuple[CardId, Box]] = []
        present = store.board.cards.in_zone(zone.id)
        for card in present:
            if card.cluster_id is not None:
                groups[card.id] = card.cluster_id
        # what is already in the plenary stays first, in its order; the tables come after
        offset = max((c.y for c in present), default=zone.y) + 1.0
        for n, table in enumerate(tables):
            cards = sorted(cards_of[table.id], key=lambda c: (round(c.y / 40), c.x, c.id))
            if not cards:
                continue
            cluster = store.board.clusters.add(Cluster(workshop_id=workshop_id, label=table.name))
            store.board.cards.set_cluster([c.id for c in cards], cluster.id)
            made.append(cluster)
            for i, card in enumerate(cards):
                width, height = sizes.get(card.id, (CARD_WIDTH, estimated_height(card.text)))
                # reading order = table order, then the table's own order
                boxes.append((card.id, Box(zone.x + i, offset + n * 10_000.0 + i, width, height)))
                groups[card.id] = cluster.id
        for card in present:
            width, height = sizes.get(card.id, (CARD_WIDTH, estimated_height(card.text)))
            boxes.append((card.id, Box(card.x, card.y, width, height)))
        heights = {card_id: box.height for card_id, box in boxes}
        placed = arrange(zone, boxes, groups=groups)
        store.board.cards.move_many((card_id, x, y, zone.id) for card_id, x, y in placed)
        bottom = max((y + heights[c] for c, _, y in placed), default=zone.y)
        store.board.zones.grow_to_hold({zone.id: bottom + CLUSTER_MARGIN + CLUSTER_LABEL})
    return op.applied(made)


def accept_table_card(
    store: Store,
    workshop_id: WorkshopId,
    author: Author,
    table_id: TableId,
    request: CardRequest,
    *,
    at: dt.datetime | None = None,
    lang: Lang = "fr",
) -> Applied[Card]:
    """A table's host posts a card from their phone for the table: it lands in the table's
    zone, in the table's name (no person on it: the table speaks), tagged with the table.
    Only the table's host may (`not_host`)."""
    table = _phone_table(store, workshop_id, table_id, lang)
    person = phone_person(store, author)
    if person is None or table.host_person_id != person.id:
        raise LiveRefused("not_host", "table_id", lang)
    if table.zone_id is None:
        raise LiveRefused("invalid", "table_id", lang)
    with operation(store) as op:
        posted = accept_phone_card(
            store,
            workshop_id,
            author,
            dataclasses.replace(request, zone_id=table.zone_id),
            at=at,
            lang=lang,
        ).result
        card = dataclasses.replace(
            posted,
            person_id=None,
            organisation_id=None,
            tags=clean_tags([table.name[:30]], lang),
        )
        store.board.cards.update(card)
        Tables(store.db).cards.add(card.id, table.id)
    return op.applied(card)


def _phone_table(
    store: Store, workshop_id: WorkshopId, table_id: TableId, lang: Lang
) -> BreakoutTable:
    found = Tables(store.db).tables.find("id = ? AND workshop_id = ?", [table_id, workshop_id])
    if not found:
        raise LiveRefused("invalid", "table_id", lang)
    return found[0]


def host_from_phone(
    store: Store,
    workshop_id: WorkshopId,
    author: Author,
    table_id: TableId | None,
    *,
    lang: Lang = "fr",
) -> Applied[BreakoutTable | None]:
    """A participant says from their phone that they host a table (None: they no longer host
    one); a table another participant hosts is refused (`host_taken`: the facilitator changes
    hosts at the desk). The result is the table they host now."""
    person = phone_person(store, author)
    if person is None:
        raise LiveRefused("not_joined", "", lang)
    if table_id is None:
        hosted = hosted_table(store, workshop_id, person.id)
        with operation(store) as op:
            if hosted is not None:
                set_table_host(store, hosted.id, None, lang=lang)
        return op.applied(None)
    table = _phone_table(store, workshop_id, table_id, lang)
    if table.host_person_id not in (None, person.id):
        raise LiveRefused("host_taken", "table_id", lang)
    with operation(store) as op:
        hosting = set_table_host(store, table.id, person.id, lang=lang).result
    return op.applied(hosting)


__all__ = [
    "accept_table_card",
    "add_tables",
    "gather_in_plenary",
    "host_from_phone",
    "next_round",
    "previous_round",
    "remove_table",
    "rename_table",
    "seat_person",
    "set_table_host",
    "split_into_tables",
]
