"""Board benchmarks on a generated 5,000-card workshop: open, repaint, drag, memory."""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import board_tables, matching
from benchmarks.figures import figure

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CARDS = 5000
COLUMNS_PER_ZONE = 10
WORDS = [
    "cantine",
    "circuit",
    "court",
    "légumerie",
    "producteurs",
    "mobilité",
    "navette",
    "bénévoles",
    "tiers-lieu",
    "épicerie",
    "solidaire",
    "jeunes",
    "formation",
    "emploi",
    "logement",
    "énergie",
    "rénovation",
    "eau",
    "forêt",
    "association",
    "commune",
    "entreprise",
    "fondation",
    "données",
    "mutualiser",
    "partager",
    "réseau",
]


def clock() -> float:
    """CPU time of the UI thread: the machine is shared, and wall time would count the others."""
    return time.thread_time()


def rss_mb() -> float:
    """Resident memory of this process, from /proc (psutil is not a dependency)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def build_large_board(path: Path, cards: int = CARDS, seed: int = 4) -> int:
    """A workshop of `cards` cards in five zones, with authors, SDGs and votes; its id."""
    from workshop.domain.board_layout import CARD_GAP, CARD_WIDTH, ZONE_HEADER, ZONE_PADDING
    from workshop.domain.records import Organisation, Person, Workshop, Zone
    from workshop.domain.vocabulary import OrganisationKind
    from workshop.storage.board import TEMPLATES
    from workshop.storage.store import Store

    rng = random.Random(seed)
    store = Store.open(path)
    try:
        workshop = store.workshops.add(Workshop(title="Grand atelier"))
        kinds = list(OrganisationKind)
        store.organisations.add_many(
            Organisation(name=f"Structure {n}", kind=kinds[n % len(kinds)]) for n in range(200)
        )
        org_ids = [o.id for o in store.organisations.all()]
        store.people.add_many(
            Person(first_name=f"Prénom{n}", last_name=f"Nom{n}", organisation_id=org_ids[n % 200])
            for n in range(400)
        )
        people = store.people.all()
        per_zone = -(-cards // 5)
        rows = -(-per_zone // COLUMNS_PER_ZONE)
        pitch_x, pitch_y = CARD_WIDTH + CARD_GAP, 330.0  # no card overlaps another
        width = 2 * ZONE_PADDING + COLUMNS_PER_ZONE * pitch_x
        zones = []
        for position, (name, colour) in enumerate(TEMPLATES["co_construction"]):
            zone = Zone(
                workshop_id=workshop.id,
                name=name,
                x=position * (width + 40),
                y=0,
                width=width,
                height=ZONE_HEADER + rows * pitch_y + 40,
                colour=colour,
                position=position,
            )
            zones.append(store.board.zones.add(zone))
        card_rows = []
        for n in range(cards):
            zone = zones[n % 5]
            slot = n // 5
            person = people[rng.randrange(len(people))]
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 25))).capitalize()
            sdgs = sorted(rng.sample(range(1, 18), rng.randint(0, 3)))
            card_rows.append(
                (
                    workshop.id,
                    zone.id,
                    text,
                    person.id,
                    person.organisation_id,
                    zone.x + ZONE_PADDING + (slot % COLUMNS_PER_ZONE) * pitch_x,
                    zone.y + ZONE_HEADER + (slot // COLUMNS_PER_ZONE) * pitch_y,
                    "[" + ",".join(map(str, sdgs)) + "]",
                )
            )
        with store.db.atomic():
            store.db.conn.executemany(
                "INSERT INTO cards (workshop_id, zone_id, text, person_id, organisation_id, "
                "x, y, sdgs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                card_rows,
            )
            card_ids = [r[0] for r in store.db.execute("SELECT id FROM cards").fetchall()]
            store.db.conn.executemany(
                "INSERT INTO votes (card_id, person_id) VALUES (?, ?)",
                [(rng.choice(card_ids), rng.choice(people).id) for _ in range(3000)],
            )
        return int(workshop.id)
    finally:
        store.close()


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _repaint(view: Any) -> None:
    view.viewport().repaint()


def _pan_and_zoom(view: Any, steps: int = 30) -> list[float]:
    """Times of repaints after a pan (two steps in three) or a zoom step."""
    samples = []
    for n in range(steps):
        t = clock()
        if n % 3 == 2:
            view.zoom_by(1.1 if n % 2 else 1 / 1.1)
        else:
            view.pan_by(40 if n % 2 else -40, 25)
        _repaint(view)
        samples.append(clock() - t)
    return samples


def run() -> list[dict[str, object]]:
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "grand.sqlite"
        build_large_board(path)

        from ui.board.screen import BoardScreen
        from ui.context import AppContext
        from workshop.storage.store import Store

        start, wall = clock(), time.perf_counter()
        store = Store.open(path)
        context = AppContext(store)
        screen = BoardScreen(context)
        screen.resize(1400, 900)
        screen.show()
        app.processEvents()
        screen.view.viewport().repaint()
        opened, opened_wall = clock() - start, time.perf_counter() - wall
        assert len(screen.scene.card_items) == CARDS

        view = screen.view
        first_zone = screen.scene.contents.zones[0]
        # As opened (a readable zoom on the board's top left), then with all 5,000 cards in view.
        samples = _pan_and_zoom(view)
        view.fit_all()
        _repaint(view)
        overview = _pan_and_zoom(view)

        view.resetTransform()
        view.centerOn(first_zone.x + 700, first_zone.y + 600)
        _repaint(view)
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        items = [
            i for i in screen.scene.card_items.values() if i.view.card.zone_id == first_zone.id
        ]
        items.sort(key=lambda i: (i.y(), i.x()))
        chosen = [i for i in items if visible.contains(i.sceneBoundingRect())][:30]
        chosen += [i for i in items if i not in chosen][: 100 - len(chosen)]
        for item in chosen:
            item.setSelected(True)
        viewport = view.viewport()
        grip = view.mapFromScene(chosen[0].sceneBoundingRect().center())

        def send(kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
            button = (
                Qt.MouseButton.NoButton
                if kind == QEvent.Type.MouseMove
                else Qt.MouseButton.LeftButton
            )
            event = QMouseEvent(
                kind,
                QPointF(pos),
                QPointF(viewport.mapToGlobal(pos)),
                button,
                buttons,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(viewport, event)

        held = Qt.MouseButton.LeftButton
        send(QEvent.Type.MouseButtonPress, grip, held)
        drag_steps: list[float] = []
        for n in range(1, 41):
            pos = QPoint(grip.x() + 3 * n, grip.y() + 2 * n)
            t = clock()
            send(QEvent.Type.MouseMove, pos, held)
            _repaint(view)
            drag_steps.append(clock() - t)
        t = clock()
        send(
            QEvent.Type.MouseButtonRelease,
            QPoint(grip.x() + 120, grip.y() + 80),
            Qt.MouseButton.NoButton,
        )
        drop = clock() - t
        assert context.undo_stack.count() == 1

        t = clock()
        screen.cards.create_card("Une idée de plus", None, first_zone.id)
        add_card = clock() - t
        memory = rss_mb()
        screen.close()
        store.close()
    return [
        figure("board_open_5000_s", round(opened, 3), "s", 1.0),
        figure("board_open_5000_wall_s", round(opened_wall, 3), "s", 1.0),
        figure("board_repaint_ms", round(_median_ms(samples), 3), "ms", 16),
        figure("board_repaint_overview_ms", round(_median_ms(overview), 3), "ms", 16),
        figure("board_drag_100_ms", round(_median_ms(drag_steps), 3), "ms", 16),
        figure("board_drop_100_ms", round(drop * 1000, 3), "ms", 200),
        figure("board_add_card_ms", round(add_card * 1000, 3), "ms", 200),
        figure("board_rss_mb", round(memory, 3), "MB", 400),
        *matching.run(),  # offers and needs matched among 300 organisations (issue 14)
        *board_tables.run(),  # a world café's board: 12 tables x 40 cards (issue 14)
    ]


if __name__ == "__main__":
    import json

    for figure in run():
        print(json.dumps(figure, ensure_ascii=False))
