"""The domain's closed lists (DOMAIN.md), with their French and English labels."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

Lang = Literal["fr", "en"]


class LabelledEnum(StrEnum):
    """A closed list whose members carry a French and an English label."""

    def label(self, lang: Lang = "fr") -> str:
        fr, en = _LABELS[type(self).__name__][self.value]
        return fr if lang == "fr" else en


class OrganisationKind(LabelledEnum):
    COLLECTIVITE = "collectivite"
    INTERCOMMUNALITE = "intercommunalite"
    ETABLISSEMENT_PUBLIC = "etablissement_public"
    ASSOCIATION = "association"
    FONDATION = "fondation"
    ENTREPRISE = "entreprise"
    ENTREPRISE_ESS = "entreprise_ess"
    ACADEMIQUE = "academique"
    CITOYEN = "citoyen"
    RESEAU = "reseau"


class PartnerRole(LabelledEnum):
    PILOTE = "pilote"
    PARTENAIRE = "partenaire"
    FINANCEUR = "financeur"
    SOUTIEN = "soutien"
    CATALYSEUR = "catalyseur"


class ResourceKind(LabelledEnum):
    FINANCIER = "financier"
    HUMAIN = "humain"
    COMPETENCES = "competences"
    MATERIEL = "materiel"
    RESEAU = "reseau"
    DONNEES = "donnees"
    COMMUNICATION = "communication"


class CommitmentStatus(LabelledEnum):
    PROPOSE = "propose"
    CONFIRME = "confirme"
    REALISE = "realise"
    ABANDONNE = "abandonne"


class AllianceStatus(LabelledEnum):
    IDEE = "idee"
    EN_CONSTRUCTION = "en_construction"
    FORMALISEE = "formalisee"


class PartnershipType(LabelledEnum):
    MECENAT = "mecenat"
    PRATIQUES_RESPONSABLES = "pratiques_responsables"
    COOPERATION_ECONOMIQUE = "cooperation_economique"
    INNOVATION_SOCIETALE = "innovation_societale"


class DataBasis(LabelledEnum):
    CONSENT = "consent"
    LEGITIMATE_INTEREST = "legitimate_interest"


class CatalystNeed(LabelledEnum):
    """The four needs of a territory a catalyst answers (a tag on workshops and alliances)."""

    DIALOGUE_TERRITORIAL = "dialogue_territorial"
    ACCOMPAGNEMENT_PARTENARIATS = "accompagnement_partenariats"
    EXPERIMENTATION_COLLECTIVE = "experimentation_collective"
    TIERS_LIEUX = "tiers_lieux"


class Method(LabelledEnum):
    """A co-construction method a workshop runs (it may run several, in its agenda's order)."""

    CO_CONSTRUCTION = "co_construction"
    TABLES = "tables"
    OFFERS_NEEDS = "offers_needs"
    OPEN_SPACE = "open_space"
    POLL = "poll"


# Colour strip of a card or a node, by organisation kind (readable on white and on a projector).
KIND_COLOURS: dict[OrganisationKind, str] = {
    OrganisationKind.COLLECTIVITE: "#1F6FB2",
    OrganisationKind.INTERCOMMUNALITE: "#4A90D9",
    OrganisationKind.ETABLISSEMENT_PUBLIC: "#5B5EA6",
    OrganisationKind.ASSOCIATION: "#2E9E5B",
    OrganisationKind.FONDATION: "#8E44AD",
    OrganisationKind.ENTREPRISE: "#D35400",
    OrganisationKind.ENTREPRISE_ESS: "#C0392B",
    OrganisationKind.ACADEMIQUE: "#16A085",
    OrganisationKind.CITOYEN: "#F1A90F",
    OrganisationKind.RESEAU: "#7F8C8D",
}

# Units offered for a commitment's quantity, the first one being the usual one.
RESOURCE_UNITS: dict[ResourceKind, tuple[str, ...]] = {
    ResourceKind.FINANCIER: ("€",),
    ResourceKind.HUMAIN: ("heures", "personnes", "jours"),
    ResourceKind.COMPETENCES: ("jours", "heures"),
    ResourceKind.MATERIEL: ("objets", "m²", "jours"),
    ResourceKind.RESEAU: ("mises en relation",),
    ResourceKind.DONNEES: ("études", "jeux de données"),
    ResourceKind.COMMUNICATION: ("actions", "publications"),
}

_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "OrganisationKind": {
        "collectivite": ("Collectivité territoriale", "Local government"),
        "intercommunalite": ("Intercommunalité (EPCI)", "Inter-municipal body"),
        "etablissement_public": ("Établissement public / État", "Public body / State"),
        "association": ("Association", "Association"),
        "fondation": ("Fondation / fonds de dotation", "Foundation / endowment fund"),
        "entreprise": ("Entreprise", "Company"),
        "entreprise_ess": ("Entreprise de l'ESS", "Social economy enterprise"),
        "academique": ("Acteur académique / recherche", "Academic / research"),
        "citoyen": ("Citoyen·ne / collectif informel", "Citizen / informal group"),
        "reseau": ("Réseau / tête de réseau", "Network"),
    },
    "PartnerRole": {
        "pilote": ("Pilote", "Lead"),
        "partenaire": ("Partenaire", "Partner"),
        "financeur": ("Financeur", "Funder"),
        "soutien": ("Soutien", "Supporter"),
        "catalyseur": ("Catalyseur", "Catalyst"),
    },
    "ResourceKind": {
        "financier": ("Financier", "Financial"),
        "humain": ("Humain / bénévolat", "People / volunteering"),
        "competences": ("Compétences", "Skills"),
        "materiel": ("Matériel / locaux", "Equipment / premises"),
        "reseau": ("Réseau / mise en relation", "Network / introductions"),
        "donnees": ("Données / études", "Data / studies"),
        "communication": ("Communication", "Communication"),
    },
    "CommitmentStatus": {
        "propose": ("Proposé", "Proposed"),
        "confirme": ("Confirmé", "Confirmed"),
        "realise": ("Réalisé", "Done"),
        "abandonne": ("Abandonné", "Dropped"),
    },
    "AllianceStatus": {
        "idee": ("Idée", "Idea"),
        "en_construction": ("En construction", "Being built"),
        "formalisee": ("Formalisée", "Formalised"),
    },
    "PartnershipType": {
        "mecenat": ("Mécénat", "Corporate sponsorship"),
        "pratiques_responsables": ("Pratiques responsables", "Responsible practices"),
        "cooperation_economique": ("Coopération économique", "Economic cooperation"),
        "innovation_societale": ("Innovation sociétale", "Societal innovation"),
    },
    "DataBasis": {
        "consent": ("Consentement", "Consent"),
        "legitimate_interest": ("Intérêt légitime", "Legitimate interest"),
    },
    "CatalystNeed": {
        "dialogue_territorial": ("Dialogue territorial", "Territorial dialogue"),
        "accompagnement_partenariats": (
            "Accompagnement des partenariats",
            "Partnership support",
        ),
        "experimentation_collective": ("Expérimentation collective", "Collective experiment"),
        "tiers_lieux": ("Tiers-lieux", "Third places"),
    },
    "Method": {
        "co_construction": ("Co-construction sur le tableau", "Co-construction on the board"),
        "tables": ("Tables (world café, sous-groupes)", "Tables (world café, breakouts)"),
        "offers_needs": ("Ce que j'apporte / ce que je cherche", "What I bring / what I seek"),
        "open_space": ("Forum ouvert", "Open space"),
        "poll": ("Sondage rapide et nuage de mots", "Quick poll and word cloud"),
    },
}
