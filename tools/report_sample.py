"""A large synthetic workshop (deterministic), for the report's benchmarks and stress tests.

It holds the hard cases on purpose: a 500-character card, a 200-character organisation name,
markup in a name, and names in Cyrillic, Arabic and Chinese.
"""

from __future__ import annotations

import datetime as dt
import random

from workshop.domain.records import (
    Alliance,
    Card,
    Cluster,
    Commitment,
    Organisation,
    Partner,
    Person,
    Vote,
    Workshop,
)
from workshop.domain.vocabulary import (
    RESOURCE_UNITS,
    AllianceStatus,
    CommitmentStatus,
    OrganisationKind,
    PartnerRole,
    PartnershipType,
    ResourceKind,
)
from workshop.storage.store import Store

MARKUP_NAME = '<b>Dupont & Fils</b> <img src="x">'
LONG_NAME = ("Association intercommunale pour le développement durable " * 4)[:200]
LONG_CARD = (
    "Créer une cuisine centrale partagée entre les communes, les établissements scolaires, "
    "les EHPAD et les associations d'aide alimentaire, approvisionnée par les producteurs "
) * 3
FIRST = ["Camille", "Léa", "Hugo", "Chloé", "Noah", "Inès", "Jules", "Zoé", "Adam", "Maëlys"]
LAST = ["Martin", "Bernard", "Dubois", "Lefèvre", "Girard", "Mercier", "Faure", "Rousseau"]
SPECIAL_PEOPLE = [("Иван", "Петров"), ("ليلى", "حداد"), ("李", "伟"), ("Þóra", "Ægisdóttir")]
WORDS = [
    "circuit",
    "court",
    "cantine",
    "locale",
    "solidarité",
    "mobilité",
    "logement",
    "emploi",
    "insertion",
    "jardin",
    "partagé",
    "énergie",
    "rénovation",
    "données",
    "observatoire",
    "tiers-lieu",
    "formation",
    "jeunesse",
    "eau",
    "biodiversité",
    "numérique",
    "accès",
    "droits",
    "santé",
    "culture",
    "marché",
    "producteurs",
]


def make_large_workshop(
    store: Store,
    *,
    people: int = 120,
    organisations: int = 60,
    cards: int = 1000,
    alliances: int = 15,
    commitments: int = 300,
    seed: int = 17,
) -> Workshop:
    """Add one workshop of the given size (every person present but a few) and return it."""
    rng = random.Random(seed)
    with store.db.atomic():
        workshop = store.workshops.add(
            Workshop(
                title="Grand atelier du territoire : transitions et coopérations",
                date=dt.date(2026, 11, 26),
                start_time=dt.time(9),
                end_time=dt.time(17, 30),
                place="Halle aux grains",
                territory="Pays de Lise",
                facilitator="Claire Fontaine",
                question="Comment coopérer pour des transitions justes sur le territoire ?",
                sdgs=(2, 7, 11, 13, 17),
            )
        )
        kinds = list(OrganisationKind)
        orgs = []
        for n in range(organisations):
            name = {0: MARKUP_NAME, 1: LONG_NAME, 2: "北京合作社 — coopérative"}.get(
                n,
                f"{rng.choice(['Association', 'Collectif', 'Société', 'Commune de'])} "
                f"{rng.choice(WORDS).capitalize()} {n:02d}",
            )
            orgs.append(
                store.organisations.add(Organisation(name=name, kind=kinds[n % len(kinds)]))
            )
        persons = []
        for n in range(people):
            first, last = (
                SPECIAL_PEOPLE[n]
                if n < len(SPECIAL_PEOPLE)
                else (rng.choice(FIRST), f"{rng.choice(LAST)}-{n}")
            )
            persons.append(
                store.people.add(
                    Person(
                        first_name=first,
                        last_name=last,
                        organisation_id=orgs[n % organisations].id,
                        email=f"personne{n}@exemple.fr",
                        phone=f"06 00 00 {n // 100:02d} {n % 100:02d}",
                    )
                )
            )
        store.attendance.register(workshop.id, [p.id for p in persons])
        for person in persons[: people - people // 10]:
            store.attendance.set_present(workshop.id, person.id, True, dt.datetime(2026, 11, 26, 9))
        zones = store.board.zones.apply_template(workshop.id, "co_construction")
        clusters = [
            store.board.clusters.add(Cluster(workshop_id=workshop.id, label=f"Piste {w}"))
            for w in WORDS[:8]
        ]
        card_rows = []
        for n in range(cards):
            zone = zones[n % len(zones)]
            text = (
                LONG_CARD
                if n == 0
                else " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 30)))
            )
            card_rows.append(
                Card(
                    workshop_id=workshop.id,
                    text=text.capitalize(),
                    zone_id=zone.id,
                    cluster_id=clusters[n % len(clusters)].id if n % 7 == 0 else None,
                    person_id=persons[n % people].id,
                    x=zone.x + 20 + (n // len(zones)) % 2 * 200,
                    y=zone.y + 70 + (n // len(zones)) // 2 * 150,
                    sdgs=tuple(sorted(rng.sample(range(1, 18), rng.randint(0, 2)))),
                )
            )
        store.board.cards.add_many(card_rows)
        saved_cards = store.board.cards.of_workshop(workshop.id)
        store.board.votes.add_many(
            Vote(card_id=rng.choice(saved_cards[:200]).id, person_id=p.id)
            for p in persons
            for _ in range(3)
        )
        partners = []
        for n in range(alliances):
            alliance = store.alliances.add(
                Alliance(
                    workshop_id=workshop.id,
                    name=f"Alliance {rng.choice(WORDS)} et {rng.choice(WORDS)} n° {n + 1}",
                    objective=" ".join(rng.choice(WORDS) for _ in range(25)).capitalize(),
                    sdgs=tuple(sorted(rng.sample(range(1, 18), 3))),
                    partnership_type=list(PartnershipType)[n % 4],
                    status=list(AllianceStatus)[n % 3],
                )
            )
            members = rng.sample(range(organisations), rng.randint(4, 7))
            for index, member in enumerate(members):
                contact = next((p for p in persons if p.organisation_id == orgs[member].id), None)
                partners.append(
                    store.partners.add(
                        Partner(
                            alliance_id=alliance.id,
                            organisation_id=orgs[member].id,
                            role=PartnerRole.PILOTE
                            if index == 0
                            else rng.choice(list(PartnerRole)),
                            contact_person_id=contact.id if contact else None,
                        )
                    )
                )
        resources = list(ResourceKind)
        store.commitments.add_many(
            Commitment(
                partner_id=partners[n % len(partners)].id,
                description=" ".join(
                    rng.choice(WORDS) for _ in range(rng.randint(4, 20))
                ).capitalize(),
                resource_kind=(kind := resources[n % len(resources)]),
                quantity=float(rng.choice([1, 2, 5, 10, 40, 150, 2500, 12000])),
                unit=RESOURCE_UNITS[kind][0],
                due_date=dt.date(2027, 1 + n % 12, 1 + n % 28),
                status=list(CommitmentStatus)[n % 4],
            )
            for n in range(commitments)
        )
    return workshop
