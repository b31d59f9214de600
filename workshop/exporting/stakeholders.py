"""Exporting the registry to CSV or .xlsx: one row per person with their organisation."""

from __future__ import annotations

from pathlib import Path

from workshop.domain.records import Organisation, OrganisationId, Person
from workshop.domain.text import sort_key
from workshop.domain.vocabulary import Lang
from workshop.exporting.tables import Cell, write_table
from workshop.storage.store import Store

_HEADERS: list[tuple[str, str]] = [
    ("Prénom", "First name"),
    ("Nom", "Last name"),
    ("E-mail", "E-mail"),
    ("Téléphone", "Phone"),
    ("Fonction", "Role or title"),
    ("Notes sur la personne", "Notes on the person"),
    ("Base légale", "Legal basis"),
    ("Date du consentement", "Consent date"),
    ("Structure", "Organisation"),
    ("Type de structure", "Kind"),
    ("Secteur", "Sector"),
    ("Territoire", "Territory"),
    ("Adresse", "Address"),
    ("Code postal", "Postcode"),
    ("Commune", "Town (commune)"),
    ("Code commune (INSEE)", "Commune code (INSEE)"),
    ("Latitude", "Latitude"),
    ("Longitude", "Longitude"),
    ("Site web", "Website"),
    ("SIREN", "SIREN"),
    ("SIRET", "SIRET"),
    ("RNA", "RNA"),
    ("Apports", "Can bring"),
    ("Besoins", "Needs"),
    ("ODD", "SDGs"),
    ("Notes sur la structure", "Notes on the organisation"),
]


def stakeholder_headers(lang: Lang = "fr") -> list[str]:
    return [fr if lang == "fr" else en for fr, en in _HEADERS]


def _person_cells(person: Person | None, lang: Lang) -> list[Cell]:
    if person is None:
        return [""] * 8
    return [
        person.first_name,
        person.last_name,
        person.email,
        person.phone,
        person.title,
        person.notes,
        person.data_basis.label(lang),
        person.consent_date,
    ]


def _organisation_cells(org: Organisation | None, lang: Lang) -> list[Cell]:
    if org is None:
        return [""] * 18
    return [
        org.name,
        org.kind.label(lang),
        org.sector,
        org.territory,
        org.address,
        org.postcode,
        org.commune_name,
        org.commune_code,
        org.latitude,
        org.longitude,
        org.website,
        org.siren,
        org.siret,
        org.rna,
        ", ".join(kind.label(lang) for kind in org.offers),
        org.needs,
        ", ".join(str(n) for n in org.sdgs),
        org.notes,
    ]


def stakeholder_rows(store: Store, lang: Lang = "fr") -> list[list[Cell]]:
    """People (with their organisation's fields) by organisation and name, then the
    organisations nobody belongs to."""
    organisations: dict[OrganisationId | None, Organisation] = {
        o.id: o for o in store.organisations.all()
    }
    people = sorted(
        store.people.all(),
        key=lambda p: (
            p.organisation_id not in organisations,
            sort_key(organisations[p.organisation_id].name)
            if p.organisation_id in organisations
            else "",
            sort_key(p.last_name),
            sort_key(p.first_name),
            p.id,
        ),
    )
    rows = [
        _person_cells(p, lang) + _organisation_cells(organisations.get(p.organisation_id), lang)
        for p in people
    ]
    with_people = {p.organisation_id for p in people}
    alone = sorted(
        (o for o in organisations.values() if o.id not in with_people),
        key=lambda o: (sort_key(o.name), o.id),
    )
    rows += [_person_cells(None, lang) + _organisation_cells(o, lang) for o in alone]
    return rows


def export_stakeholders(store: Store, path: Path, lang: Lang = "fr") -> int:
    """Write the registry to FILE.csv (UTF-8 with BOM) or FILE.xlsx, formula-safe; row count."""
    return write_table(Path(path), stakeholder_headers(lang), stakeholder_rows(store, lang))
