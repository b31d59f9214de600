"""A world café's board: 12 tables of 40 cards each, their zones in a grid; the board opened."""

from __future__ import annotations

import dataclasses
import os
import random
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure, figure

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TABLES = 12
CARDS_PER_TABLE = 40
PEOPLE = 96
WORDS = [
    "cantine",
    "circuit",
    "court",
    "légumerie",
    "mobilité",
    "navette",
    "bénévoles",
    "tiers-lieu",
    "épicerie",
]


def build_tables_board(path: Path, seed: int = 12) -> int:
    """A workshop of 96 people present seated at 12 tables, 40 cards in each table's zone."""
    from workshop.domain.board_layout import CARD_GAP, CARD_WIDTH, ZONE_HEADER, ZONE_PADDING
    from workshop.domain.records import Organisation, Person, Workshop
    from workshop.domain.seating import SplitMode
    from workshop.domain.vocabulary import OrganisationKind
    from workshop.ops.tables import add_tables, split_into_tables
    from workshop.ops.workshops import create_workshop
    from workshop.storage.store import Store

    rng = random.Random(seed)
    store = Store.open(path)
    try:
        workshop = create_workshop(store, Workshop(title="World café")).result
        kinds = list(OrganisationKind)
        for n in range(PEOPLE):
            org = store.organisations.add(
                Organisation(name=f"Structure {n // 2}", kind=kinds[n % len(kinds)])
            )
            person = store.people.add(
                Person(first_name=f"Prénom{n}", last_name=f"Nom{n}", organisation_id=org.id)
            )
            store.attendance.set_present(workshop.id, person.id, True)
        tables = add_tables(store, workshop.id, TABLES).result
        split_into_tables(store, workshop.id, SplitMode.MIXED, seed)
        rows = []
        pitch_y = 130.0
        for table in tables:
            assert table.zone_id is not None
            zone = store.board.zones.get(table.zone_id)
            height = ZONE_HEADER + (CARDS_PER_TABLE // 2) * pitch_y + 40
            store.board.zones.update(dataclasses.replace(zone, height=height))
            for n in range(CARDS_PER_TABLE):
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 15)))
                rows.append(
                    (
                        workshop.id,
                        zone.id,
                        text.capitalize(),
                        zone.x + ZONE_PADDING + (n % 2) * (CARD_WIDTH + CARD_GAP),
                        zone.y + ZONE_HEADER + (n // 2) * pitch_y,
                        f'["{table.name}"]',
                    )
                )
        with store.db.atomic():
            store.db.conn.executemany(
                "INSERT INTO cards (workshop_id, zone_id, text, x, y, tags, source) "
                "VALUES (?, ?, ?, ?, ?, ?, 'phone')",
                rows,
            )
        return int(workshop.id)
    finally:
        store.close()


def run() -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tables.sqlite"
        build_tables_board(path)

        from ui.board.screen import BoardScreen
        from ui.context import AppContext
        from workshop.storage.store import Store

        start = time.thread_time()  # the UI thread's CPU time: the machine is shared
        store = Store.open(path)
        context = AppContext(store)
        screen = BoardScreen(context)
        screen.resize(1400, 900)
        screen.show()
        app.processEvents()
        screen.view.viewport().repaint()
        opened = time.thread_time() - start
        assert len(screen.scene.card_items) == TABLES * CARDS_PER_TABLE
        screen.close()
        store.close()
    return [figure("board_tables_open_s", round(opened, 3), "s", 1.0)]


if __name__ == "__main__":
    import json

    for measured in run():
        print(json.dumps(measured, ensure_ascii=False))
