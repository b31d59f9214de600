"""The Territoire screen's map opened on a large registry.

`map_open_s` times opening the map: building the panel (its three queries, the filters, the
projection and spreading, 5,000 discs with their tooltips), showing it and painting it, the
median of three openings, on a database of 5,000 organisations with a point (in 300 communes
of the demo's territory, so most discs share a commune's centre and are spread) and 300
alliances of 3 to 8 partners over 50 workshops, with 2 people each present at a workshop.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure, figure
from workshop.domain.vocabulary import OrganisationKind, PartnerRole
from workshop.storage.store import Store

ORGANISATIONS = 5_000
COMMUNES = 300
ALLIANCES = 300
WORKSHOPS = 50
RUNS = 3
TERRITORY = "demo-val-de-lise"
BOX = (1.4, 46.95, 1.8, 47.2)  # longitude, latitude: west, south, east, north


def make_map_database(path: Path, seed: int = 15) -> None:
    """The database described above (the same for a given seed)."""
    rng = random.Random(seed)
    kinds = [k.value for k in OrganisationKind]
    west, south, east, north = BOX
    communes = [
        (f"99{c:03d}", f"Commune {c}", rng.uniform(west, east), rng.uniform(south, north))
        for c in range(COMMUNES)
    ]
    with Store.open(path) as store, store.atomic():
        conn = store.db.conn
        conn.executemany(
            "INSERT INTO workshops (id, title, date, territory_code) VALUES (?, ?, ?, ?)",
            (
                (w, f"Atelier {w:02d}", f"2025-{1 + w % 12:02d}-10", TERRITORY)
                for w in range(1, WORKSHOPS + 1)
            ),
        )
        rows = []
        for n in range(1, ORGANISATIONS + 1):
            code, name, lon, lat = communes[min(int(rng.expovariate(1 / 40)), COMMUNES - 1)]
            rows.append(
                (
                    n,
                    f"Organisation {n:04d}",
                    kinds[n % len(kinds)],
                    json.dumps(rng.sample(range(1, 18), 2)),
                    code,
                    name,
                    lon,
                    lat,
                )
            )
        conn.executemany(
            "INSERT INTO organisations (id, name, kind, sdgs, commune_code, commune_name,"
            " longitude, latitude) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany(
            "INSERT INTO people (id, first_name, last_name, organisation_id) VALUES (?, ?, ?, ?)",
            (
                (n, f"Prénom{n}", f"Nom{n}", 1 + (n - 1) // 2)
                for n in range(1, 2 * ORGANISATIONS + 1)
            ),
        )
        conn.executemany(
            "INSERT INTO attendance (workshop_id, person_id, present) VALUES (?, ?, 1)",
            ((1 + n % WORKSHOPS, n) for n in range(1, 2 * ORGANISATIONS + 1)),
        )
        partner = 0
        for a in range(1, ALLIANCES + 1):
            conn.execute(
                "INSERT INTO alliances (id, workshop_id, name, sdgs) VALUES (?, ?, ?, ?)",
                [a, 1 + a % WORKSHOPS, f"Alliance {a}", json.dumps([1 + a % 17])],
            )
            for i, organisation in enumerate(
                rng.sample(range(1, ORGANISATIONS + 1), rng.randint(3, 8))
            ):
                partner += 1
                role = PartnerRole.PILOTE if i == 0 else PartnerRole.PARTENAIRE
                conn.execute(
                    "INSERT INTO partners (id, alliance_id, organisation_id, role)"
                    " VALUES (?, ?, ?, ?)",
                    [partner, a, organisation, role.value],
                )


def run() -> list[Figure]:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from ui.context import AppContext
    from ui.territory.map_panel import TerritoryMapPanel

    class PaintSeen(QObject):
        """Notes that the map's viewport got its paint event (processed when events return)."""

        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    with tempfile.TemporaryDirectory() as name:
        database = Path(name) / "map.sqlite"
        make_map_database(database)
        timings = []
        with Store.open(database) as store:
            context = AppContext(store)
            for _ in range(RUNS):
                begin = time.perf_counter()
                panel = TerritoryMapPanel(context)
                painted = PaintSeen(panel)
                panel.view.viewport().installEventFilter(painted)
                panel.resize(1366, 700)
                panel.show()
                while not painted.seen:
                    app.processEvents()
                app.processEvents()  # the paint event seen is processed: the map is on screen
                timings.append(time.perf_counter() - begin)
                assert len(panel.scene.points) == ORGANISATIONS
                assert len(panel.drawn.links) > ALLIANCES * 3 and panel.drawn.outline
                panel.close()
                panel.deleteLater()
                app.processEvents()
        return [figure("map_open_s", round(statistics.median(timings), 3), "s", 1)]


if __name__ == "__main__":
    print(run())
