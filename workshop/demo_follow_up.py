"""The demo's second workshop: the follow-up of the Val de Lise workshop, run as a world café
(four tables with a host each, two rounds) and as "ce que j'apporte / ce que je cherche" (what
the organisations bring and seek, on the board), so that a newcomer sees both methods at work.

It is made of the screens' operations, inside the demo's own operation (one step to undo).
"""

from __future__ import annotations

import datetime as dt

from workshop.domain.records import (
    AgendaStep,
    Card,
    OrganisationId,
    Person,
    Workshop,
)
from workshop.domain.seating import SplitMode
from workshop.domain.vocabulary import Method
from workshop.ops import attendance as attendance_ops
from workshop.ops import board as board_ops
from workshop.ops import tables as table_ops
from workshop.ops import workshops as workshop_ops
from workshop.queries.tables import tables_overview
from workshop.storage.store import Store

FOLLOW_UP_TITLE = "Val de Lise, suite : tables et ressources pour les alliances"
SEED = 2027  # the tables drawn for the demo (the same every time)

TABLES = (
    "Logistique des invendus",
    "Cantines et producteurs",
    "Épiceries de village",
    "Paniers solidaires",
)

# What each organisation brings and seeks, as said on the board (the registry's "Peut
# apporter" boxes add theirs): the matches are read from these words.
BRINGS: tuple[tuple[str, str], ...] = (
    ("Association Zéro Gâchis Lise", "Nos bénévoles peuvent tenir les collectes du samedi"),
    ("Transports Rivière", "Un camion frigorifique et un local de stockage le week-end"),
    ("Fondation Terres Solidaires", "Un financement d'amorçage pour un projet alimentaire"),
    ("Université de Bourg-Lise – laboratoire TERRA", "Des données et une étude sur les cantines"),
    ("CCI de la Lise", "Notre réseau de commerçants et une mise en relation"),
    ("Commune de Montlouvier", "Une salle communale prêtée le mardi (locaux)"),
)
SEEKS: tuple[tuple[str, str], ...] = (
    ("Épicerie solidaire L'Escale", "Un local de stockage pour les paniers du samedi"),
    ("SCIC Les Paniers du Val", "Un financement pour la légumerie partagée"),
    ("Restos du Cœur – antenne de Bourg-Lise", "Des bénévoles pour les livraisons du samedi"),
    ("SCOP Cuisine Commune", "Des données sur les repas servis dans les cantines"),
    ("Les Amis du Marché Paysan", "De la communication pour faire connaître le marché"),
)
# What each table wrote in the first round (its host summed it up for the next one).
TABLE_CARDS: tuple[tuple[str, ...], ...] = (
    (
        "Une tournée de collecte commune aux trois supermarchés",
        "Un planning partagé des invendus, mis à jour chaque matin",
    ),
    (
        "Un contrat d'un an entre deux cantines et cinq maraîchers",
        "Des menus écrits avec les producteurs, saison par saison",
    ),
    (
        "Un point relais dans le café de Montlouvier",
        "Une commande groupée par village, livrée le vendredi",
    ),
    (
        "Des paniers à trois prix selon le quotient familial",
        "Une carte de fidélité solidaire acceptée au marché",
    ),
)


def build_follow_up(
    store: Store, first: Workshop, people: list[Person], organisations: dict[str, OrganisationId]
) -> Workshop:
    """The follow-up workshop, inside the demo's operation (see the module)."""
    workshop = workshop_ops.create_workshop(
        store,
        Workshop(
            title=FOLLOW_UP_TITLE,
            date=(first.date or dt.date(2026, 11, 26)) + dt.timedelta(days=63),
            start_time=dt.time(14, 0),
            end_time=dt.time(17, 30),
            place="Tiers-lieu La Grange, Montlouvier",
            territory=first.territory,
            territory_code=first.territory_code,
            facilitator=first.facilitator,
            question="Qui apporte quoi pour lancer nos trois alliances d'ici l'été ?",
            sdgs=(2, 12, 17),
            agenda=(
                AgendaStep(title="Accueil et émargement", minutes=15),
                AgendaStep(title="Où en sont nos engagements de novembre", minutes=20),
            ),
            previous_workshop_id=first.id,
            methods=(Method.OFFERS_NEEDS, Method.TABLES),
        ),
        template="blank",
    ).result
    invited = people[:32]
    attendance_ops.register_people(store, workshop.id, [p.id for p in invited])
    for index, person in enumerate(invited):
        if index % 8 != 5:  # 28 came
            attendance_ops.check_in(
                store, workshop.id, person.id, at=dt.datetime(2027, 1, 28, 13, 40 + index % 20)
            )
    zones = {zone.name: zone for zone in store.board.zones.of_workshop(workshop.id)}
    for zone_name, sayings in (("Ce que nous apportons", BRINGS), ("Ce que nous cherchons", SEEKS)):
        zone = zones[zone_name]
        for n, (name, text) in enumerate(sayings):
            board_ops.add_card(
                store,
                Card(
                    workshop_id=workshop.id,
                    zone_id=zone.id,
                    text=text,
                    organisation_id=organisations[name],
                    person_id=next(
                        (p.id for p in invited if p.organisation_id == organisations[name]), None
                    ),
                    x=zone.x + 20 + (n % 2) * 200,
                    y=zone.y + 70 + (n // 2) * 150,
                    created_at=dt.datetime(2027, 1, 28, 14, 20 + n),
                ),
            )
    tables = table_ops.add_tables(store, workshop.id, len(TABLES)).result
    present = [p for index, p in enumerate(invited) if index % 8 != 5]
    for table, name, host in zip(tables, TABLES, present[1::7], strict=False):
        table_ops.rename_table(store, table.id, name)
        table_ops.set_table_host(store, table.id, host.id)
    table_ops.split_into_tables(store, workshop.id, SplitMode.MIXED, SEED)
    views = tables_overview(store, workshop.id).tables
    for view, texts in zip(views, TABLE_CARDS, strict=True):
        zone_id = view.table.zone_id
        assert zone_id is not None
        zone = store.board.zones.get(zone_id)
        for n, text in enumerate(texts):
            author = view.members[(n + 1) % len(view.members)]
            board_ops.add_card(
                store,
                Card(
                    workshop_id=workshop.id,
                    zone_id=zone_id,
                    text=text,
                    person_id=author.person_id,
                    organisation_id=author.organisation_id,
                    x=zone.x + 20 + (n % 2) * 200,
                    y=zone.y + 70,
                    created_at=dt.datetime(2027, 1, 28, 15, 0 + n),
                ),
            )
    table_ops.next_round(store, workshop.id, SEED)  # the second round: hosts stay
    return workshop
