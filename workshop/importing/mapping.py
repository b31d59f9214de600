"""Which column holds what: the fields an import fills, and the guess from header names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from workshop.domain.text import fold
from workshop.domain.vocabulary import Lang, OrganisationKind


class Field(StrEnum):
    """A value an import can fill, for a person or their organisation."""

    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"
    EMAIL = "email"
    PHONE = "phone"
    TITLE = "title"
    NOTES = "notes"
    CONSENT = "consent"
    DATE = "date"
    STATUS = "status"
    ORGANISATION = "organisation"
    KIND = "kind"
    LEGAL_CATEGORY = "legal_category"
    SECTOR = "sector"
    TERRITORY = "territory"
    POSTCODE = "postcode"
    COMMUNE = "commune"
    COMMUNE_CODE = "commune_code"
    ADDRESS = "address"
    WEBSITE = "website"
    SIREN = "siren"
    SIRET = "siret"
    RNA = "rna"
    OFFERS = "offers"
    NEEDS = "needs"
    ORGANISATION_NOTES = "organisation_notes"

    def label(self, lang: Lang = "fr") -> str:
        fr, en = _FIELD_LABELS[self]
        return fr if lang == "fr" else en

    @property
    def is_person(self) -> bool:
        return self in PERSON_FIELDS


# Where an organisation is: never taken from a person's home ("Home City", "Home Address 1").
PLACE_FIELDS = frozenset({Field.POSTCODE, Field.COMMUNE, Field.COMMUNE_CODE, Field.ADDRESS})

PERSON_FIELDS = frozenset(
    {Field.FIRST_NAME, Field.LAST_NAME, Field.FULL_NAME, Field.EMAIL, Field.PHONE, Field.TITLE}
    | {Field.NOTES, Field.CONSENT, Field.STATUS}
)

_FIELD_LABELS: dict[Field, tuple[str, str]] = {
    Field.FIRST_NAME: ("Prénom", "First name"),
    Field.LAST_NAME: ("Nom", "Last name"),
    Field.FULL_NAME: ("Nom complet", "Full name"),
    Field.EMAIL: ("E-mail", "E-mail"),
    Field.PHONE: ("Téléphone", "Phone"),
    Field.TITLE: ("Fonction", "Role or title"),
    Field.NOTES: ("Notes sur la personne", "Notes on the person"),
    Field.CONSENT: ("Consentement", "Consent"),
    Field.DATE: ("Date d'inscription", "Registration date"),
    Field.STATUS: ("Statut de l'inscription", "Registration status"),
    Field.ORGANISATION: ("Structure", "Organisation"),
    Field.KIND: ("Type de structure", "Kind of organisation"),
    Field.LEGAL_CATEGORY: ("Catégorie juridique (code INSEE)", "Legal category (INSEE code)"),
    Field.SECTOR: ("Secteur", "Sector"),
    Field.TERRITORY: ("Territoire", "Territory"),
    Field.POSTCODE: ("Code postal", "Postcode"),
    Field.COMMUNE: ("Commune", "Town (commune)"),
    Field.COMMUNE_CODE: ("Code commune (INSEE)", "Commune code (INSEE)"),
    Field.ADDRESS: ("Adresse", "Address"),
    Field.WEBSITE: ("Site web", "Website"),
    Field.SIREN: ("SIREN", "SIREN"),
    Field.SIRET: ("SIRET", "SIRET"),
    Field.RNA: ("RNA", "RNA"),
    Field.OFFERS: ("Peut apporter", "Can offer"),
    Field.NEEDS: ("Besoins", "Needs"),
    Field.ORGANISATION_NOTES: ("Notes sur la structure", "Notes on the organisation"),
}


class Layout(StrEnum):
    """A file layout recognised from its headers (shown in the import preview)."""

    GENERIC = "generic"
    EVENTBRITE = "eventbrite"
    HELLOASSO = "helloasso"
    GOOGLE_FORMS = "google_forms"
    SIRENE = "sirene"
    RNA = "rna"

    def label(self, lang: Lang = "fr") -> str:
        fr, en = _LAYOUT_LABELS[self]
        return fr if lang == "fr" else en


_LAYOUT_LABELS: dict[Layout, tuple[str, str]] = {
    Layout.GENERIC: ("Tableau", "Spreadsheet"),
    Layout.EVENTBRITE: ("Eventbrite (participants)", "Eventbrite (attendees)"),
    Layout.HELLOASSO: ("HelloAsso", "HelloAsso"),
    Layout.GOOGLE_FORMS: ("Google Forms", "Google Forms"),
    Layout.SIRENE: ("Répertoire SIRENE (INSEE)", "SIRENE register (INSEE)"),
    Layout.RNA: ("Répertoire national des associations (RNA)", "French register of associations"),
}


@dataclass
class Mapping:
    """Which column (by index) fills which field; the UI lets the user change it.

    `default_kind` is the kind given to new organisations the file does not describe
    (association for the RNA register); `organisations_only` ignores person columns.
    """

    columns: dict[Field, int] = field(default_factory=dict)
    layout: Layout = Layout.GENERIC
    default_kind: OrganisationKind | None = None
    organisations_only: bool = False

    def column(self, f: Field) -> int | None:
        return self.columns.get(f)

    @property
    def has_person(self) -> bool:
        return not self.organisations_only and any(f in PERSON_FIELDS for f in self.columns)


def header_key(header: str) -> str:
    """A header without accents, case or punctuation ("Adresse e-mail" -> "adresse e mail")."""
    text = fold(header or "")
    return re.sub(r"[^0-9a-z]+", " ", text).strip()


# Exact header keys, strongest first within each field: score 3 for the first list, 2 for the
# second (a fallback such as the payer's e-mail when the participant's is not there).
_EXACT: dict[Field, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Field.EMAIL: (
        (
            "email",
            "e mail",
            "mail",
            "courriel",
            "adresse e mail",
            "adresse email",
            "adresse mail",
            "adresse electronique",
            "adresse courriel",
            "email address",
            "e mail address",
            "email participant",
            "e mail participant",
            "email du participant",
            "attendee email",
            "votre adresse e mail",
            "votre e mail",
            "votre email",
        ),
        ("email payeur", "email acheteur", "buyer email", "purchaser email", "email de contact"),
    ),
    Field.FIRST_NAME: (
        (
            "prenom",
            "first name",
            "firstname",
            "given name",
            "prenom participant",
            "prenom du participant",
            "attendee first name",
            "votre prenom",
        ),
        ("prenom payeur", "prenom acheteur", "buyer first name", "prenom 1"),
    ),
    Field.LAST_NAME: (
        (
            "nom",
            "last name",
            "lastname",
            "surname",
            "family name",
            "nom de famille",
            "nom participant",
            "nom du participant",
            "attendee last name",
            "votre nom",
        ),
        ("nom payeur", "nom acheteur", "buyer last name"),
    ),
    Field.FULL_NAME: (
        (
            "nom complet",
            "full name",
            "name",
            "nom et prenom",
            "prenom et nom",
            "nom prenom",
            "prenom nom",
            "attendee name",
            "participant",
            "participante",
            "participant e",
            "vos nom et prenom",
            "nom et prenom du participant",
        ),
        ("buyer name", "nom de l acheteur"),
    ),
    Field.PHONE: (
        (
            "telephone",
            "tel",
            "phone",
            "mobile",
            "portable",
            "cell phone",
            "mobile phone",
            "numero de telephone",
            "phone number",
            "telephone portable",
            "votre telephone",
            "telephone participant",
        ),
        ("work phone", "home phone", "telephone payeur", "telephone fixe"),
    ),
    Field.TITLE: (
        (
            "fonction",
            "job title",
            "title",
            "poste",
            "role",
            "qualite",
            "votre fonction",
            "fonction dans la structure",
            "position",
            "intitule du poste",
        ),
        ("metier", "profession"),
    ),
    Field.NOTES: (
        ("notes", "note", "commentaire", "commentaires", "remarques", "remarque", "message"),
        ("observations", "informations complementaires", "attentes", "vos attentes"),
    ),
    Field.CONSENT: (("consentement", "consent", "rgpd", "gdpr"), ()),
    Field.DATE: (
        (
            "horodateur",
            "timestamp",
            "date de la commande",
            "order date",
            "date d inscription",
            "registration date",
            "date inscription",
        ),
        ("date", "date de paiement", "date du paiement"),
    ),
    Field.STATUS: (
        (
            "attendee status",
            "statut de la commande",
            "statut de l inscription",
            "statut du participant",
            "order status",
            "etat de la commande",
        ),
        ("statut", "status"),
    ),
    Field.ORGANISATION: (
        (
            "structure",
            "organisation",
            "organization",
            "organisme",
            "company",
            "entreprise",
            "raison sociale",
            "nom de la structure",
            "nom de l organisation",
            "nom de l organisme",
            "nom de l entreprise",
            "votre structure",
            "votre organisation",
            "structure representee",
            "organisation representee",
            "company name",
            "organization name",
            "organisation name",
            "employeur",
            "societe",
            "denominationunitelegale",
            "etablissement",
            "collectivite",
            "association",
        ),
        ("denomination", "nom structure", "enseigne"),
    ),
    Field.KIND: (
        (
            "type de structure",
            "type d organisation",
            "type d organisme",
            "type de l organisation",
            "categorie de structure",
            "kind",
            "organisation type",
            "organization type",
            "type",
            "forme juridique",
            "statut juridique",
            "statut de la structure",
            "vous representez",
        ),
        ("categorie",),
    ),
    Field.LEGAL_CATEGORY: (("categoriejuridiqueunitelegale", "categorie juridique"), ()),
    Field.SECTOR: (
        (
            "secteur",
            "secteur d activite",
            "sector",
            "industry",
            "domaine",
            "domaine d activite",
            "activiteprincipaleunitelegale",
            "activite",
            "code naf",
            "naf",
        ),
        ("thematique", "theme"),
    ),
    Field.TERRITORY: (
        ("territoire", "territory", "territoire d action", "bassin de vie"),
        ("departement", "region", "lieu", "zone", "area"),
    ),
    Field.COMMUNE: (
        (
            "commune",
            "ville",
            "city",
            "town",
            "town commune",
            "localite",
            "libellecommuneetablissement",
            "adrs libcommune",
            "commune de la structure",
            "ville de la structure",
            "nom de la commune",
            "votre commune",
            "votre ville",
            "work city",
        ),
        (),
    ),
    Field.POSTCODE: (
        (
            "code postal",
            "cp",
            "postcode",
            "post code",
            "postal code",
            "zip",
            "zip code",
            "zipcode",
            "codepostaletablissement",
            "adrs codepostal",
            "code postal de la structure",
            "votre code postal",
            "work zip",
            "work postal code",
        ),
        (),
    ),
    Field.COMMUNE_CODE: (
        (
            "code commune",
            "code insee",
            "code commune insee",
            "commune code insee",
            "commune code",
            "code insee de la commune",
            "insee",
            "codecommuneetablissement",
            "adrs codeinsee",
            "code officiel geographique",
            "cog",
        ),
        (),
    ),
    Field.ADDRESS: (
        (
            "adresse",
            "address",
            "adresse postale",
            "adresse de la structure",
            "adresse 1",
            "adresse ligne 1",
            "rue",
            "street",
            "street address",
            "voie",
            "work address",
            "work address 1",
            "libellevoieetablissement",
            "adrs libvoie",
        ),
        (),
    ),
    Field.WEBSITE: (
        ("site web", "site internet", "website", "web", "url", "siteweb", "site"),
        ("work website", "home website"),
    ),
    Field.SIREN: (("siren", "numero siren", "n siren"), ()),
    Field.SIRET: (("siret", "numero siret", "n siret", "siret de la structure"), ()),
    Field.RNA: (
        (
            "rna",
            "numero rna",
            "n rna",
            "identifiantassociationunitelegale",
            "numero waldec",
            "waldec",
        ),
        (),
    ),
    Field.OFFERS: (
        (
            "ce que vous pouvez apporter",
            "ce que vous pourriez apporter",
            "ce que votre structure peut apporter",
            "ce que votre structure pourrait apporter",
            "ce que vous apportez",
            "ce que nous apportons",
            "ce que nous pouvons apporter",
            "ce que je peux apporter",
            "peut apporter",
            "pouvez vous apporter",
            "apports",
            "offre",
            "offres",
            "notre offre",
            "votre offre",
            "offre de la structure",
            "ressources proposees",
            "contributions",
            "what we can offer",
            "what you can offer",
            "what can you offer",
            "what we offer",
            "what you offer",
            "offer",
            "offers",
            "can offer",
            "can bring",
        ),
        ("ressources", "apport", "contribution"),
    ),
    Field.NEEDS: (("besoins", "vos besoins", "needs", "besoin", "ce que vous cherchez"), ()),
    Field.ORGANISATION_NOTES: (("objet", "objet social", "presentation de la structure"), ()),
}

# Words inside a header that point to a field (score 1), unless the header names another thing.
_CONTAINS: list[tuple[Field, tuple[str, ...]]] = [
    (Field.CONSENT, ("consent", "j accepte", "rgpd", "donnees personnelles", "i agree")),
    (Field.EMAIL, ("mail", "courriel")),
    (Field.POSTCODE, ("code postal", "postal code", "zip")),
    (Field.COMMUNE_CODE, ("code insee", "code commune")),
    (Field.PHONE, ("telephone", "phone", "portable", "mobile")),
    (Field.FIRST_NAME, ("prenom", "first name")),
    (Field.KIND, ("type de structure", "type d organisation", "forme juridique")),
    (Field.SIRET, ("siret",)),
    (Field.SIREN, ("siren",)),
    (Field.OFFERS, ("apporter", "apportons", "apportez", "offre", "offres", "offer", "can bring")),
    (
        Field.ORGANISATION,
        ("structure", "organisation", "organization", "organisme", "entreprise", "company"),
    ),
    (Field.TITLE, ("fonction", "job", "poste")),
    (Field.COMMUNE, ("commune", "ville", "city")),
    (Field.ADDRESS, ("adresse", "address")),
    (Field.WEBSITE, ("site web", "website", "site internet")),
    (Field.NEEDS, ("besoin",)),
    (Field.LAST_NAME, ("nom", "last name", "surname")),
    (Field.NOTES, ("commentaire", "remarque", "attentes")),
]

_SIRENE_COLUMNS: dict[Field, tuple[str, ...]] = {
    Field.ORGANISATION: (
        "denominationunitelegale",
        "denominationusuelle1unitelegale",
        "enseigne1etablissement",
    ),
    Field.SIREN: ("siren",),
    Field.SIRET: ("siret",),
    Field.RNA: ("identifiantassociationunitelegale",),
    Field.SECTOR: ("activiteprincipaleunitelegale", "activiteprincipaleetablissement"),
    Field.COMMUNE: ("libellecommuneetablissement",),
    Field.COMMUNE_CODE: ("codecommuneetablissement",),
    Field.POSTCODE: ("codepostaletablissement",),
    Field.ADDRESS: ("libellevoieetablissement",),
    Field.LEGAL_CATEGORY: ("categoriejuridiqueunitelegale",),
}

_RNA_COLUMNS: dict[Field, tuple[str, ...]] = {
    Field.RNA: ("id",),
    Field.SIRET: ("siret",),
    Field.ORGANISATION: ("titre",),
    Field.ORGANISATION_NOTES: ("objet",),
    Field.COMMUNE: ("adrs libcommune",),
    Field.COMMUNE_CODE: ("adrs codeinsee",),
    Field.POSTCODE: ("adrs codepostal",),
    Field.ADDRESS: ("adrs libvoie",),
    Field.WEBSITE: ("siteweb",),
}


def detect_layout(headers: list[str]) -> Layout:
    """The platform or register a file comes from, recognised from its headers."""
    keys = {header_key(h) for h in headers}
    if "siren" in keys and "denominationunitelegale" in keys:
        return Layout.SIRENE
    if {"id", "titre", "objet", "adrs libcommune"} <= keys:
        return Layout.RNA
    if {"nom participant", "prenom participant"} & keys or "email payeur" in keys:
        return Layout.HELLOASSO
    if {"first name", "last name"} <= keys and ({"order", "attendee", "ticket type"} & keys):
        return Layout.EVENTBRITE
    if "horodateur" in keys or ("timestamp" in keys and "email address" in keys):
        return Layout.GOOGLE_FORMS
    return Layout.GENERIC


def _fixed(keys: list[str], columns: dict[Field, tuple[str, ...]]) -> dict[Field, int]:
    found: dict[Field, int] = {}
    for f, names in columns.items():
        for name in names:
            if name in keys:
                found[f] = keys.index(name)
                break
    return found


def _score(key: str, f: Field) -> int:
    if f in PLACE_FIELDS and key.startswith(("home ", "domicile")):
        return 0  # the attendee's own address, not their organisation's
    strong, weak = _EXACT[f]
    if key in strong:
        return 3
    if key in weak:
        return 2
    padded = f" {key} "
    for contains_field, words in _CONTAINS:
        if any(f" {w} " in padded for w in words):
            return 1 if contains_field is f else 0
    return 0


def guess_mapping(headers: list[str]) -> Mapping:
    """The likely field of each column, from French and English header names.

    Each field gets at most one column and each column at most one field: the best
    scores first (an exact header name beats a fallback, which beats a word inside it),
    then the leftmost column. SIRENE and RNA files get their registers' fixed columns.
    """
    keys = [header_key(h) for h in headers]
    layout = detect_layout(headers)
    if layout is Layout.SIRENE:
        return Mapping(_fixed(keys, _SIRENE_COLUMNS), layout, organisations_only=True)
    if layout is Layout.RNA:
        return Mapping(
            _fixed(keys, _RNA_COLUMNS),
            layout,
            default_kind=OrganisationKind.ASSOCIATION,
            organisations_only=True,
        )
    candidates = sorted(
        (
            (-score, index, f)
            for index, key in enumerate(keys)
            if key
            for f in Field
            if (score := _score(key, f)) > 0
        ),
        key=lambda c: (c[0], c[1]),
    )
    columns: dict[Field, int] = {}
    taken: set[int] = set()
    for _, index, f in candidates:
        if f not in columns and index not in taken:
            columns[f] = index
            taken.add(index)
    if Field.FIRST_NAME in columns and Field.LAST_NAME in columns:
        columns.pop(Field.FULL_NAME, None)
    return Mapping(dict(sorted(columns.items(), key=lambda item: item[1])), layout)
