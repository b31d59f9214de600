"""A workshop handed over: a bundle of 120 people, 60 organisations and 1,000 cards (with its
alliances and commitments) read and merged into a database of 100,000 people."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure, figure

PEOPLE = 120
ORGANISATIONS = 60
CARDS = 1_000
ALLIANCES = 12
REGISTRY_PEOPLE = int(os.environ.get("SHARE_IMPORT_PEOPLE", "100000"))
REGISTRY_ORGANISATIONS = REGISTRY_PEOPLE // 5
SHARED = 20  # organisations (and their people) the receiving database already knows
RUNS = 3
TARGET_S = 3.0


def build_source(path: Path) -> Path:
    """The sending database: one workshop with its board, registry, alliances and commitments;
    the bundle written beside it (with contacts, as a catalyst handing over its partners)."""
    from workshop.domain.records import Workshop
    from workshop.exporting.share import write_share
    from workshop.storage.store import Store

    with Store.open(path) as store:
        workshop = store.workshops.add(Workshop(title="Forum des partenariats", date=None))
        db = store.db
        with store.atomic():
            db.conn.executemany(
                "INSERT INTO organisations (name, kind, siren, territory, commune_code,"
                " commune_name, postcode) VALUES (?, 'association', ?, 'Val de Lise', ?, ?, ?)",
                [
                    (f"Structure partagée {n}", f"{800000000 + n}", "41018", "Blois", "41000")
                    for n in range(ORGANISATIONS)
                ],
            )
            orgs = [r[0] for r in db.execute("SELECT id FROM organisations ORDER BY id")]
            db.conn.executemany(
                "INSERT INTO people (first_name, last_name, organisation_id, email, phone)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        f"Prénom{n}",
                        f"Nom{n}",
                        orgs[n % ORGANISATIONS],
                        f"personne{n}@partage.example.fr",
                        f"06 00 00 {n // 100:02d} {n % 100:02d}",
                    )
                    for n in range(PEOPLE)
                ],
            )
            people = [r[0] for r in db.execute("SELECT id FROM people ORDER BY id")]
            db.conn.executemany(
                "INSERT INTO attendance (workshop_id, person_id, present) VALUES (?, ?, 1)",
                [(workshop.id, p) for p in people],
            )
            zones = [
                r[0]
                for r in db.execute("SELECT id FROM zones WHERE workshop_id = ?", [workshop.id])
            ] or [None]
            db.conn.executemany(
                "INSERT INTO cards (workshop_id, zone_id, text, person_id, organisation_id,"
                " x, y, sdgs) VALUES (?, ?, ?, ?, ?, ?, ?, '[2, 12]')",
                [
                    (
                        workshop.id,
                        zones[n % len(zones)],
                        f"Idée {n} : mutualiser la logistique des invendus",
                        people[n % PEOPLE],
                        orgs[n % ORGANISATIONS],
                        (n % 40) * 220.0,
                        (n // 40) * 160.0,
                    )
                    for n in range(CARDS)
                ],
            )
            for a in range(ALLIANCES):
                alliance = db.execute(
                    "INSERT INTO alliances (workshop_id, name, objective) VALUES (?, ?, ?)",
                    [workshop.id, f"Alliance {a}", "Zéro invendu sur le territoire"],
                ).lastrowid
                for k in range(5):
                    organisation = orgs[(a * 5 + k) % ORGANISATIONS]
                    partner = db.execute(
                        "INSERT INTO partners (alliance_id, organisation_id) VALUES (?, ?)",
                        [alliance, organisation],
                    ).lastrowid
                    db.execute(
                        "INSERT INTO commitments (partner_id, description, resource_kind,"
                        " quantity, unit) VALUES (?, 'Un local le samedi', 'materiel', 1,"
                        " 'jours')",
                        [partner],
                    )
        bundle = path.with_suffix(".catalyse")
        write_share(store, workshop.id, bundle, contacts=True, basis="consent")
    return bundle


def build_registry(path: Path) -> None:
    """The receiving database: 100,000 people in 20,000 organisations (bulk inserts), of which
    the first SHARED organisations and their people are the bundle's own."""
    from workshop.storage.store import Store

    with Store.open(path) as store, store.atomic():
        db = store.db
        db.conn.executemany(
            "INSERT INTO organisations (name, kind, siren, territory) VALUES (?, ?, ?, ?)",
            [
                (
                    f"Structure partagée {n}" if n < SHARED else f"Organisation {n}",
                    "entreprise" if n % 3 else "association",
                    f"{800000000 + n}" if n < SHARED else "",
                    "Val de Lise",
                )
                for n in range(REGISTRY_ORGANISATIONS)
            ],
        )
        first = db.execute("SELECT min(id) FROM organisations").fetchone()[0]
        db.conn.executemany(
            "INSERT INTO people (first_name, last_name, organisation_id, email) VALUES"
            " (?, ?, ?, ?)",
            [
                (
                    f"Prénom{n}",
                    f"Nom{n}",
                    first + n % REGISTRY_ORGANISATIONS,
                    f"personne{n}@partage.example.fr" if n < SHARED else f"p{n}@example.org",
                )
                for n in range(REGISTRY_PEOPLE)
            ],
        )


def measure(folder: Path, runs: int = RUNS) -> tuple[float, dict[str, int]]:
    """The median time to read the bundle and merge it into a fresh copy of the registry, and
    what the last import counted."""
    from workshop.importing.share import import_share, read_bundle
    from workshop.storage.store import Store

    bundle = build_source(folder / "envoi.sqlite")
    registry = folder / "registre.sqlite"
    build_registry(registry)
    samples: list[float] = []
    counted: dict[str, int] = {}
    for run in range(runs):
        target = folder / f"reception{run}.sqlite"
        shutil.copyfile(registry, target)
        with Store.open(target) as store:
            start = time.perf_counter()
            preview = import_share(store, read_bundle(bundle, "en")).result
            samples.append(time.perf_counter() - start)
            counted = {
                "organisations_created": len(preview.organisations["created"]),
                "organisations_matched": len(preview.organisations["matched"])
                + len(preview.organisations["updated"]),
                "people_created": len(preview.people["created"]),
                "people_matched": len(preview.people["matched"]) + len(preview.people["updated"]),
                "cards": store.db.execute("SELECT count(*) FROM cards").fetchone()[0],
            }
        target.unlink()
    return statistics.median(samples), counted


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        seconds, counted = measure(Path(folder))
    assert counted["cards"] == CARDS, counted
    assert counted["organisations_matched"] == SHARED, counted
    assert counted["people_matched"] == SHARED, counted
    return [figure("share_import_s", round(seconds, 3), "s", TARGET_S)]


if __name__ == "__main__":
    import json

    started = dt.datetime.now()
    for line in run():
        print(json.dumps(line, ensure_ascii=False), flush=True)
    print(f"({(dt.datetime.now() - started).total_seconds():.1f} s in all)", file=sys.stderr)
