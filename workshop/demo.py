"""A realistic French demo workshop, for trying Catalyse and for its tests and benchmarks."""

from __future__ import annotations

import datetime as dt
import unicodedata

from workshop.demo_follow_up import FOLLOW_UP_TITLE, build_follow_up
from workshop.domain.records import (
    AgendaStep,
    Alliance,
    Card,
    Commitment,
    Organisation,
    OrganisationId,
    PartnerId,
    Person,
    PersonId,
    Workshop,
)
from workshop.domain.vocabulary import (
    AllianceStatus,
    CommitmentStatus,
    DataBasis,
    PartnershipType,
)
from workshop.domain.vocabulary import (
    CatalystNeed as N,
)
from workshop.domain.vocabulary import (
    OrganisationKind as K,
)
from workshop.domain.vocabulary import (
    PartnerRole as Role,
)
from workshop.domain.vocabulary import (
    ResourceKind as Res,
)
from workshop.ops import Applied, operation
from workshop.ops import alliances as alliance_ops
from workshop.ops import attendance as attendance_ops
from workshop.ops import board as board_ops
from workshop.ops import registry as registry_ops
from workshop.ops import workshops as workshop_ops
from workshop.storage.store import Store

DEMO_TITLE = "Alimentation durable en Val de Lise : atelier de co-construction"

ORGANISATIONS: list[tuple[str, K, str, str]] = [
    ("Commune de Saint-Aubin-sur-Lise", K.COLLECTIVITE, "Administration", "Saint-Aubin-sur-Lise"),
    ("Commune de Montlouvier", K.COLLECTIVITE, "Administration", "Montlouvier"),
    ("Département de la Lise", K.COLLECTIVITE, "Action sociale", "Lise"),
    ("Région Centre-Val de Loire", K.COLLECTIVITE, "Développement économique", "Région"),
    ("Communauté de communes du Val de Lise", K.INTERCOMMUNALITE, "Aménagement", "Val de Lise"),
    ("Agglomération de Bourg-Lise", K.INTERCOMMUNALITE, "Mobilités", "Bourg-Lise"),
    ("Chambre d'agriculture de la Lise", K.ETABLISSEMENT_PUBLIC, "Agriculture", "Lise"),
    ("France Travail Val de Lise", K.ETABLISSEMENT_PUBLIC, "Emploi", "Val de Lise"),
    ("CCI de la Lise", K.ETABLISSEMENT_PUBLIC, "Commerce", "Lise"),
    ("Les Jardins de Cocagne du Val", K.ASSOCIATION, "Insertion", "Saint-Aubin-sur-Lise"),
    ("Épicerie solidaire L'Escale", K.ASSOCIATION, "Aide alimentaire", "Montlouvier"),
    ("Restos du Cœur – antenne de Bourg-Lise", K.ASSOCIATION, "Aide alimentaire", "Bourg-Lise"),
    ("Association Zéro Gâchis Lise", K.ASSOCIATION, "Environnement", "Bourg-Lise"),
    ("Les Amis du Marché Paysan", K.ASSOCIATION, "Circuits courts", "Saint-Aubin-sur-Lise"),
    ("Fondation Terres Solidaires", K.FONDATION, "Philanthropie", "National"),
    ("Fonds de dotation Lise Avenir", K.FONDATION, "Philanthropie", "Lise"),
    ("Boulangerie Martin & Fils", K.ENTREPRISE, "Artisanat", "Saint-Aubin-sur-Lise"),
    ("Supermarché Lise Distribution", K.ENTREPRISE, "Grande distribution", "Bourg-Lise"),
    ("Transports Rivière", K.ENTREPRISE, "Logistique", "Montlouvier"),
    ("Crédit Coopératif – agence de Bourg-Lise", K.ENTREPRISE, "Banque", "Bourg-Lise"),
    ("SCIC Les Paniers du Val", K.ENTREPRISE_ESS, "Circuits courts", "Val de Lise"),
    ("SCOP Cuisine Commune", K.ENTREPRISE_ESS, "Restauration collective", "Bourg-Lise"),
    ("Mutuelle Entraide Lise", K.ENTREPRISE_ESS, "Santé", "Lise"),
    ("Université de Bourg-Lise – laboratoire TERRA", K.ACADEMIQUE, "Recherche", "Bourg-Lise"),
    ("Lycée agricole de Montlouvier", K.ACADEMIQUE, "Enseignement", "Montlouvier"),
    (
        "Collectif des habitants du quartier des Tilleuls",
        K.CITOYEN,
        "Vie de quartier",
        "Bourg-Lise",
    ),
    ("Conseil citoyen de Saint-Aubin", K.CITOYEN, "Participation", "Saint-Aubin-sur-Lise"),
    ("Réseau des AMAP de la Lise", K.RESEAU, "Circuits courts", "Lise"),
    ("Pôle ESS Val de Lise", K.RESEAU, "Économie sociale", "Val de Lise"),
]

# Where each organisation is: a commune of the demo's fictional territory (assets/data/
# demo_territory.json, never a real INSEE code) and, for some, an address. Its point is the
# commune's centre, as for any organisation saved with a commune.
PLACES: dict[str, tuple[str, str]] = {
    "Commune de Saint-Aubin-sur-Lise": ("ZL001", "1 place de la Mairie"),
    "Commune de Montlouvier": ("ZL002", "2 rue de l'Église"),
    "Département de la Lise": ("ZL010", "Hôtel du Département, 5 cours Carnot"),
    "Région Centre-Val de Loire": ("ZL010", "Antenne régionale, 12 boulevard de la Gare"),
    "Communauté de communes du Val de Lise": ("ZL001", "8 rue des Tanneurs"),
    "Agglomération de Bourg-Lise": ("ZL010", "3 esplanade de l'Europe"),
    "Chambre d'agriculture de la Lise": ("ZL011", "Maison de l'agriculture, route de Chartres"),
    "France Travail Val de Lise": ("ZL002", ""),
    "CCI de la Lise": ("ZL010", "22 rue du Commerce"),
    "Les Jardins de Cocagne du Val": ("ZL003", "Chemin du Moulin"),
    "Épicerie solidaire L'Escale": ("ZL002", "14 rue Neuve"),
    "Restos du Cœur – antenne de Bourg-Lise": ("ZL010", ""),
    "Association Zéro Gâchis Lise": ("ZL011", ""),
    "Les Amis du Marché Paysan": ("ZL001", ""),
    "Fondation Terres Solidaires": ("ZL010", ""),
    "Fonds de dotation Lise Avenir": ("ZL010", ""),
    "Boulangerie Martin & Fils": ("ZL001", "6 Grande Rue"),
    "Supermarché Lise Distribution": ("ZL011", "Zone commerciale des Prés"),
    "Transports Rivière": ("ZL005", "ZA de la Croix-Blanche"),
    "Crédit Coopératif – agence de Bourg-Lise": ("ZL010", ""),
    "SCIC Les Paniers du Val": ("ZL004", ""),
    "SCOP Cuisine Commune": ("ZL010", ""),
    "Mutuelle Entraide Lise": ("ZL010", ""),
    "Université de Bourg-Lise – laboratoire TERRA": ("ZL010", "Campus des Sciences"),
    "Lycée agricole de Montlouvier": ("ZL002", "Domaine de la Brosse"),
    "Collectif des habitants du quartier des Tilleuls": ("ZL010", ""),
    "Conseil citoyen de Saint-Aubin": ("ZL001", ""),
    "Réseau des AMAP de la Lise": ("ZL006", ""),
    "Pôle ESS Val de Lise": ("ZL003", ""),
}
DEMO_TERRITORY = "demo-val-de-lise"

FIRST_NAMES = [
    "Camille",
    "Léa",
    "Hugo",
    "Chloé",
    "Louis",
    "Manon",
    "Gabriel",
    "Inès",
    "Jules",
    "Sarah",
    "Arthur",
    "Zoé",
    "Nathan",
    "Emma",
    "Raphaël",
    "Jade",
    "Lucas",
    "Louise",
    "Mohamed",
    "Alice",
    "Théo",
    "Lina",
    "Noah",
    "Anaïs",
    "Adam",
    "Maëlys",
    "Paul",
    "Rose",
    "Yanis",
    "Clémence",
    "Étienne",
    "Océane",
    "Bastien",
    "Héloïse",
    "Mathis",
    "Fatou",
    "Quentin",
    "Agathe",
    "Thomas",
    "Nour",
    "Baptiste",
    "Margaux",
    "Amadou",
    "Solène",
]
LAST_NAMES = [
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Lefebvre",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
    "Legrand",
    "Garnier",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Muller",
    "Henry",
    "Roussel",
    "Nicolas",
    "Perrin",
    "Morin",
    "Diallo",
    "Chevalier",
]
TITLES = [
    "Chargée de mission",
    "Directeur",
    "Présidente",
    "Élu délégué",
    "Coordinatrice",
    "Bénévole",
    "Responsable RSE",
    "Chercheuse",
    "Gérant",
    "Animatrice",
]

CARDS: dict[int, list[tuple[str, int]]] = {
    0: [
        ("Un habitant sur six du Val de Lise a recours à l'aide alimentaire", 11),
        ("Les producteurs locaux peinent à vendre en circuit court hors saison", 20),
        ("Les cantines achètent moins de 15 % de produits locaux", 21),
        ("Beaucoup d'invendus partent à la benne faute de logistique", 17),
        ("Les villages n'ont plus d'épicerie : il faut 20 min de voiture", 26),
    ],
    1: [
        ("Une cuisine centrale sous-utilisée l'après-midi", 22),
        ("Un réseau de 12 AMAP actives et 600 familles", 28),
        ("Des étudiants en agronomie prêts à faire des diagnostics", 24),
        ("Camions frigorifiques disponibles le week-end", 19),
        ("Des bénévoles motivés, surtout des jeunes retraités", 11),
    ],
    2: [
        ("Une plateforme logistique mutualisée pour les invendus", 13),
        ("Des paniers solidaires à prix différenciés", 21),
        ("Une légumerie pour les cantines du territoire", 22),
        ("Un marché paysan itinérant dans les villages", 14),
        ("Former les cuisiniers des cantines au fait-maison", 25),
        ("Cartographier l'offre alimentaire locale", 24),
    ],
    3: [
        ("Alliance « Zéro invendu » : distribution + associations + transport", 13),
        ("Alliance « Cantines du Val » : 100 % local dans 5 ans", 22),
        ("Alliance « Paniers pour tous »", 21),
    ],
    4: [
        ("Lise Distribution donne ses invendus trois fois par semaine", 18),
        ("La Communauté de communes met un local à disposition", 5),
        ("La Fondation finance une étude de faisabilité", 15),
    ],
}


def _email(first: str, last: str, organisation: str) -> str:
    def plain(text: str) -> str:
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return "".join(c for c in text.lower() if c.isalnum())

    return f"{plain(first)}.{plain(last)}@{plain(organisation.split()[-1])[:12]}.example.fr"


def load_demo(store: Store, *, follow_up: bool = False) -> Workshop:
    """Add the demo workshop (once: run again, it returns the one already there); with
    `follow_up`, its follow-up too (tables and offers and needs: workshop.demo_follow_up)."""
    return add_demo_workshop(store, follow_up=follow_up).result


def add_demo_workshop(store: Store, *, follow_up: bool = False) -> Applied[Workshop]:
    """The user asks for the demo workshop: one operation made of the screens' operations."""
    with operation(store) as op:
        existing = store.workshops.find("title = ?", [DEMO_TITLE])
        workshop = existing[0] if existing else _build(store)
        if follow_up and not store.workshops.find("title = ?", [FOLLOW_UP_TITLE]):
            people = [
                store.people.get(a.person_id) for a in store.attendance.of_workshop(workshop.id)
            ]
            organisations = {o.name: o.id for o in store.organisations.all()}
            build_follow_up(store, workshop, people, organisations)
    return op.applied(workshop)


def _build(store: Store) -> Workshop:
    workshop = workshop_ops.create_workshop(
        store,
        Workshop(
            title=DEMO_TITLE,
            date=dt.date(2026, 11, 26),
            start_time=dt.time(9, 0),
            end_time=dt.time(13, 0),
            place="Salle des fêtes, Saint-Aubin-sur-Lise",
            territory="Communauté de communes du Val de Lise",
            territory_code=DEMO_TERRITORY,
            facilitator="Claire Fontaine",
            question="Comment garantir à chaque habitant du Val de Lise une alimentation "
            "saine, locale et accessible ?",
            sdgs=(2, 3, 12, 17),
            needs=(N.DIALOGUE_TERRITORIAL, N.ACCOMPAGNEMENT_PARTENARIATS),
            agenda=(
                AgendaStep(title="Accueil et émargement", minutes=20),
                AgendaStep(title="Les défis du territoire", minutes=30),
                AgendaStep(title="Ce que chacun apporte", minutes=30),
                AgendaStep(title="Pistes d'action", minutes=40),
                AgendaStep(title="Formation des alliances", minutes=45),
                AgendaStep(title="Engagements et relecture", minutes=45),
            ),
        ),
    ).result
    organisations: list[Organisation] = []
    by_name: dict[str, OrganisationId] = {}
    for index, (name, kind, sector, territory) in enumerate(ORGANISATIONS):
        found = store.organisations.by_name(name)
        org = (
            found
            or registry_ops.add_organisation(
                store,
                Organisation(
                    name=name,
                    kind=kind,
                    sector=sector,
                    territory=territory,
                    commune_code=PLACES[name][0],
                    address=PLACES[name][1],
                    offers=(list(Res)[index % 7], list(Res)[(index + 3) % 7]),
                    sdgs=(2, 12) if index % 2 else (11, 17),
                ),
            ).result
        )
        organisations.append(org)
        by_name[name] = org.id

    people: list[Person] = []
    for index, first in enumerate(FIRST_NAMES):
        org = organisations[index % len(organisations)]
        last = LAST_NAMES[index]
        email = _email(first, last, org.name)
        person = (
            store.people.by_email(email)
            or registry_ops.add_person(
                store,
                Person(
                    first_name=first,
                    last_name=last,
                    organisation_id=org.id,
                    title=TITLES[index % len(TITLES)],
                    email=email,
                    phone=f"06 {12 + index:02d} {34 + index:02d} {56:02d} {78 - index:02d}",
                    data_basis=DataBasis.CONSENT if index % 3 else DataBasis.LEGITIMATE_INTEREST,
                    consent_date=dt.date(2026, 11, 2) if index % 3 else None,
                ),
            ).result
        )
        people.append(person)
    attendance_ops.register_people(store, workshop.id, [p.id for p in people])
    for index, person in enumerate(people):
        if index % 7 != 3:  # most came; a few did not
            attendance_ops.check_in(
                store, workshop.id, person.id, at=dt.datetime(2026, 11, 26, 8, 40 + index % 20)
            )

    zones = store.board.zones.of_workshop(workshop.id)  # the template's, made with the workshop
    cards_by_zone: dict[int, list[Card]] = {}
    for zone_index, texts in CARDS.items():
        zone = zones[zone_index]
        for n, (text, org_index) in enumerate(texts):
            author = _person_of(people, organisations[org_index].id)
            cards_by_zone.setdefault(zone_index, []).append(
                board_ops.add_card(
                    store,
                    Card(
                        workshop_id=workshop.id,
                        zone_id=zone.id,
                        text=text,
                        organisation_id=organisations[org_index].id,
                        person_id=author,
                        x=zone.x + 20 + (n % 2) * 200,
                        y=zone.y + 70 + (n // 2) * 150,
                        sdgs=(2,) if n % 2 else (12,),
                        created_at=dt.datetime(2026, 11, 26, 9, 30 + n),
                    ),
                ).result
            )
    ideas = cards_by_zone[2]
    board_ops.start_vote_round(store, workshop.id, len(ideas))
    for n, card in enumerate(ideas):
        for voter in people[: (6 - n) * 2]:
            board_ops.cast_vote(store, card.id, voter.id)
    board_ops.end_vote_round(store, workshop.id)

    _alliances(store, workshop, organisations, people, cards_by_zone)
    return workshop


def _person_of(people: list[Person], organisation_id: OrganisationId) -> PersonId | None:
    for person in people:
        if person.organisation_id == organisation_id:
            return person.id
    return None


def _alliances(
    store: Store,
    workshop: Workshop,
    orgs: list[Organisation],
    people: list[Person],
    cards_by_zone: dict[int, list[Card]],
) -> None:
    due = dt.date(2027, 3, 31)
    plans = [
        (
            Alliance(
                workshop_id=workshop.id,
                name="Zéro invendu en Val de Lise",
                objective="Collecter et redistribuer les invendus alimentaires des commerces "
                "vers les associations d'aide alimentaire, chaque semaine.",
                sdgs=(2, 12),
                partnership_type=PartnershipType.MECENAT,
                status=AllianceStatus.EN_CONSTRUCTION,
                needs=(N.ACCOMPAGNEMENT_PARTENARIATS,),
            ),
            cards_by_zone[3][0],
            [
                (
                    12,
                    Role.PILOTE,
                    "Coordonner les tournées de collecte",
                    Res.HUMAIN,
                    8,
                    "heures",
                    CommitmentStatus.CONFIRME,
                ),
                (
                    17,
                    Role.PARTENAIRE,
                    "Donner les invendus trois fois par semaine",
                    Res.MATERIEL,
                    150,
                    "objets",
                    CommitmentStatus.CONFIRME,
                ),
                (
                    18,
                    Role.PARTENAIRE,
                    "Prêter un camion frigorifique le samedi",
                    Res.MATERIEL,
                    40,
                    "jours",
                    CommitmentStatus.PROPOSE,
                ),
                (
                    11,
                    Role.PARTENAIRE,
                    "Mobiliser des bénévoles pour le tri",
                    Res.HUMAIN,
                    6,
                    "personnes",
                    CommitmentStatus.PROPOSE,
                ),
                (
                    15,
                    Role.FINANCEUR,
                    "Financer l'achat de caisses isothermes",
                    Res.FINANCIER,
                    4500,
                    "€",
                    CommitmentStatus.CONFIRME,
                ),
            ],
        ),
        (
            Alliance(
                workshop_id=workshop.id,
                name="Cantines du Val",
                objective="Atteindre 50 % de produits locaux dans les cantines du Val de Lise "
                "d'ici 2028, avec une légumerie partagée.",
                sdgs=(2, 3, 12),
                partnership_type=PartnershipType.COOPERATION_ECONOMIQUE,
                status=AllianceStatus.EN_CONSTRUCTION,
                needs=(N.EXPERIMENTATION_COLLECTIVE, N.TIERS_LIEUX),
            ),
            cards_by_zone[3][1],
            [
                (
                    4,
                    Role.PILOTE,
                    "Mettre à disposition un local pour la légumerie",
                    Res.MATERIEL,
                    120,
                    "m²",
                    CommitmentStatus.CONFIRME,
                ),
                (
                    21,
                    Role.PARTENAIRE,
                    "Former les équipes de cuisine au fait-maison",
                    Res.COMPETENCES,
                    10,
                    "jours",
                    CommitmentStatus.PROPOSE,
                ),
                (
                    23,
                    Role.SOUTIEN,
                    "Réaliser le diagnostic des approvisionnements",
                    Res.DONNEES,
                    1,
                    "études",
                    CommitmentStatus.PROPOSE,
                ),
                (
                    6,
                    Role.PARTENAIRE,
                    "Mettre en relation avec 30 producteurs",
                    Res.RESEAU,
                    30,
                    "mises en relation",
                    CommitmentStatus.CONFIRME,
                ),
                (
                    3,
                    Role.FINANCEUR,
                    "Cofinancer l'équipement de la légumerie",
                    Res.FINANCIER,
                    25000,
                    "€",
                    CommitmentStatus.PROPOSE,
                ),
            ],
        ),
        (
            Alliance(
                workshop_id=workshop.id,
                name="Paniers pour tous",
                objective="Proposer des paniers de produits locaux à prix différenciés selon "
                "les revenus, dans trois villages sans épicerie.",
                sdgs=(1, 2, 10),
                partnership_type=PartnershipType.INNOVATION_SOCIETALE,
                status=AllianceStatus.IDEE,
                needs=(N.EXPERIMENTATION_COLLECTIVE,),
            ),
            cards_by_zone[3][2],
            [
                (
                    20,
                    Role.PILOTE,
                    "Composer et livrer 40 paniers par semaine",
                    Res.HUMAIN,
                    12,
                    "heures",
                    CommitmentStatus.PROPOSE,
                ),
                (
                    2,
                    Role.FINANCEUR,
                    "Prendre en charge la différence de prix",
                    Res.FINANCIER,
                    12000,
                    "€",
                    CommitmentStatus.PROPOSE,
                ),
                (
                    25,
                    Role.SOUTIEN,
                    "Relayer l'offre auprès des habitants",
                    Res.COMMUNICATION,
                    4,
                    "actions",
                    CommitmentStatus.CONFIRME,
                ),
                (
                    28,
                    Role.CATALYSEUR,
                    "Animer le comité de suivi",
                    Res.HUMAIN,
                    6,
                    "heures",
                    CommitmentStatus.CONFIRME,
                ),
            ],
        ),
    ]
    for alliance, card, commitments in plans:
        saved = alliance_ops.create_alliance(store, alliance).result
        store.alliances.link_cards(saved.id, [card.id])  # the idea it grew from, no partner
        for org_index, role, what, kind, quantity, unit, status in commitments:
            org = orgs[org_index]
            contact = _person_of(people, org.id)
            alliance_ops.add_partner(store, saved.id, org.id, role, contact)
            alliance_ops.add_commitment(
                store,
                saved.id,
                org.id,
                Commitment(
                    partner_id=PartnerId(0),
                    description=what,
                    resource_kind=kind,
                    quantity=float(quantity),
                    unit=unit,
                    due_date=due,
                    status=status,
                    signatory_id=contact,
                ),
            )
