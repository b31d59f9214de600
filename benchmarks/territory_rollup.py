"""The Territoire screen's roll-up over a catalyst's years of work.

`territory_rollup_s` times `territory_rollup` (every workshop: the organisations engaged and how
often, alliances by SDG and by need, commitments by kind, status and quarter), the median of
three runs on a database of 200 workshops over four years and 20,000 organisations with two
people each; each workshop has 150 people registered (120 present), 60 cards, 6 alliances of 5
partners committing twice (240,000 rows in all, written by bulk inserts).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure, figure
from workshop.domain.vocabulary import (
    CatalystNeed,
    CommitmentStatus,
    OrganisationKind,
    ResourceKind,
)
from workshop.queries.territory import territory_rollup
from workshop.storage.store import Store

WORKSHOPS = 200
ORGANISATIONS = 20_000
PEOPLE_PER_ORGANISATION = 2
REGISTERED = 150
PRESENT = 120
CARDS = 60
ALLIANCES = 6
PARTNERS = 5
COMMITMENTS = 2
RUNS = 3


def make_territory_database(path: Path, seed: int = 15) -> None:
    """The database described above (the same for a given seed)."""
    rng = random.Random(seed)
    kinds = [k.value for k in OrganisationKind]
    needs = [n.value for n in CatalystNeed]
    resources = [r.value for r in ResourceKind]
    statuses = [s.value for s in CommitmentStatus]
    people = ORGANISATIONS * PEOPLE_PER_ORGANISATION
    with Store.open(path) as store, store.atomic():
        conn = store.db.conn
        conn.executemany(
            "INSERT INTO organisations (id, name, kind, sdgs) VALUES (?, ?, ?, ?)",
            (
                (n, f"Organisation {n:05d}", kinds[n % len(kinds)], json.dumps([1 + n % 17]))
                for n in range(1, ORGANISATIONS + 1)
            ),
        )
        conn.executemany(
            "INSERT INTO people (id, first_name, last_name, organisation_id) VALUES (?, ?, ?, ?)",
            (
                (n, f"Prénom{n}", f"Nom{n}", 1 + (n - 1) // PEOPLE_PER_ORGANISATION)
                for n in range(1, people + 1)
            ),
        )
        start = dt.date(2023, 1, 9)
        alliance_id = partner_id = 0
        for w in range(1, WORKSHOPS + 1):
            date = start + dt.timedelta(days=w * 7)
            conn.execute(
                "INSERT INTO workshops (id, title, date, sdgs, needs) VALUES (?, ?, ?, ?, ?)",
                [
                    w,
                    f"Atelier {w:03d}",
                    date.isoformat(),
                    json.dumps(rng.sample(range(1, 18), 3)),
                    json.dumps(rng.sample(needs, rng.randint(0, 2))),
                ],
            )
            # the territory's actors come back: people drawn from half of the registry
            registered = rng.sample(range(1, people // 2 + 1), REGISTERED)
            conn.executemany(
                "INSERT INTO attendance (workshop_id, person_id, present) VALUES (?, ?, ?)",
                ((w, p, int(i < PRESENT)) for i, p in enumerate(registered)),
            )
            conn.executemany(
                "INSERT INTO cards (workshop_id, text, person_id, sdgs) VALUES (?, ?, ?, ?)",
                ((w, f"Contribution {c}", registered[c % PRESENT], "[]") for c in range(CARDS)),
            )
            for _a in range(ALLIANCES):
                alliance_id += 1
                conn.execute(
                    "INSERT INTO alliances (id, workshop_id, name, sdgs, needs)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [
                        alliance_id,
                        w,
                        f"Alliance {alliance_id}",
                        json.dumps(rng.sample(range(1, 18), 2)),
                        json.dumps(rng.sample(needs, rng.randint(0, 2))),
                    ],
                )
                partners = rng.sample(range(1, ORGANISATIONS // 2 + 1), PARTNERS)
                for organisation in partners:
                    partner_id += 1
                    conn.execute(
                        "INSERT INTO partners (id, alliance_id, organisation_id) VALUES (?, ?, ?)",
                        [partner_id, alliance_id, organisation],
                    )
                    conn.executemany(
                        "INSERT INTO commitments (partner_id, description, resource_kind,"
                        " quantity, unit, status) VALUES (?, ?, ?, ?, ?, ?)",
                        (
                            (
                                partner_id,
                                f"Engagement {c}",
                                resources[(partner_id + c) % len(resources)],
                                float(rng.randint(1, 5000)),
                                "€" if (partner_id + c) % len(resources) == 0 else "heures",
                                statuses[rng.randrange(len(statuses))],
                            )
                            for c in range(COMMITMENTS)
                        ),
                    )


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as name:
        database = Path(name) / "territory.sqlite"
        make_territory_database(database)
        timings = []
        with Store.open(database, read_only=True) as store:
            for _ in range(RUNS):
                begin = time.perf_counter()
                rollup = territory_rollup(store)
                timings.append(time.perf_counter() - begin)
        assert len(rollup.workshops) == WORKSHOPS and rollup.alliances == WORKSHOPS * ALLIANCES
        assert rollup.commitment_count == WORKSHOPS * ALLIANCES * PARTNERS * COMMITMENTS
        return [figure("territory_rollup_s", round(statistics.median(timings), 3), "s", 1)]


if __name__ == "__main__":
    print(run())
