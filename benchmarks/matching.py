"""Offers and needs benchmark: every match among 300 organisations, from the store."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure, figure

ORGANISATIONS = 300
RUNS = 7
NEEDS = [
    "des bénévoles pour la distribution du samedi",
    "un local de stockage au frais",
    "un financement pour lancer le projet",
    "des compétences juridiques et comptables",
    "une étude de faisabilité",
    "de la visibilité dans la presse locale",
    "des mises en relation avec les producteurs",
    "un camion le week-end",
]


def build(path: Path, seed: int = 14) -> int:
    """A workshop and 300 organisations offering two or three kinds and seeking one or two, with
    SDGs and a third of them checked in; the workshop's id."""
    from workshop.domain.records import Organisation, Person, Workshop
    from workshop.domain.vocabulary import OrganisationKind, ResourceKind
    from workshop.storage.store import Store

    rng = random.Random(seed)
    store = Store.open(path)
    try:
        workshop = store.workshops.add(Workshop(title="Forum des partenariats"))
        kinds, resources = list(OrganisationKind), list(ResourceKind)
        store.organisations.add_many(
            Organisation(
                name=f"Structure {n}",
                kind=kinds[n % len(kinds)],
                offers=tuple(rng.sample(resources, rng.randint(2, 3))),
                needs=" et ".join(rng.sample(NEEDS, rng.randint(1, 2))),
                sdgs=tuple(sorted(rng.sample(range(1, 18), rng.randint(1, 4)))),
            )
            for n in range(ORGANISATIONS)
        )
        orgs = store.organisations.all()
        store.people.add_many(
            Person(first_name="P", last_name=str(o.id), organisation_id=o.id) for o in orgs
        )
        people = store.people.all()
        store.attendance.register(workshop.id, [p.id for p in people])
        for person in people[::3]:
            store.attendance.set_present(workshop.id, person.id, True)
        return workshop.id
    finally:
        store.close()


def run() -> list[Figure]:
    from workshop.queries.matching import offer_matches
    from workshop.storage.store import Store

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "offres.sqlite"
        workshop_id = build(path)
        store = Store.open(path)
        try:
            samples = []
            for _ in range(RUNS):
                start = time.thread_time()
                found = offer_matches(store, workshop_id)
                samples.append(time.thread_time() - start)
            assert len(found.stances) == ORGANISATIONS and found.matches
        finally:
            store.close()
    return [figure("match_offers_ms", round(statistics.median(samples) * 1000, 3), "ms", 100)]


if __name__ == "__main__":
    import json

    for line in run():
        print(json.dumps(line, ensure_ascii=False))
