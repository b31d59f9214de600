"""Exporting the registry: one row per person with their organisation, formula-safe."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from workshop.domain.records import Organisation, Person
from workshop.exporting.stakeholders import export_stakeholders, stakeholder_headers
from workshop.storage.store import Store


def test_csv_export_has_every_person_and_lonely_organisations(store: Store, tmp_path: Path) -> None:
    """People come with their organisation's fields; an organisation without people has a row."""
    mairie = store.organisations.add(Organisation(name="Mairie de Montlouvier", siren="793012550"))
    store.organisations.add(Organisation(name="Collectif Sans Membre"))
    store.people.add(
        Person(first_name="Hélène", last_name="Durand", organisation_id=mairie.id, email="h@d.fr")
    )
    store.people.add(Person(first_name="=1+1", last_name="@SUM(A1)", email="x@y.fr"))
    out = tmp_path / "annuaire.csv"
    assert export_stakeholders(store, out) == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel shows the accents
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == stakeholder_headers()
    structure = rows[0].index("Structure")
    helene = next(r for r in rows if r[0] == "Hélène")
    assert helene[structure] == "Mairie de Montlouvier"
    assert helene[rows[0].index("SIREN")] == "793012550"
    assert helene[rows[0].index("Base légale")] == "Intérêt légitime"
    formula = next(r for r in rows if r[2] == "x@y.fr")
    assert formula[:2] == ["'=1+1", "'@SUM(A1)"]
    lonely = rows[-1]
    assert lonely[structure] == "Collectif Sans Membre" and lonely[0] == ""


def test_xlsx_export_of_the_demo(demo_store: Any, tmp_path: Path) -> None:
    """The demo registry exports to .xlsx with one row per person, plus organisations alone."""
    out = tmp_path / "annuaire.xlsx"
    count = export_stakeholders(demo_store, out, lang="en")
    people = demo_store.people.count()
    alone = demo_store.organisations.count(
        "id NOT IN (SELECT organisation_id FROM people WHERE organisation_id IS NOT NULL)"
    )
    assert count == people + alone
    sheet = load_workbook(out, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("First name", "Last name", "E-mail")
    assert len(rows) == count + 1


def test_people_are_listed_by_organisation_with_accents_ignored(store: Store) -> None:
    """People of "Épicerie" come between "Crèche" and "Fabrique", not after "Zèbre"."""
    from workshop.exporting.stakeholders import stakeholder_rows

    for name in ("Zèbre", "Fabrique", "Épicerie", "Crèche"):
        organisation = store.organisations.add(Organisation(name=name))
        store.people.add(Person(last_name=f"De {name}", organisation_id=organisation.id))
    store.people.add(Person(last_name="Sans structure"))
    names = [row[1] for row in stakeholder_rows(store)]
    assert names == ["De Crèche", "De Épicerie", "De Fabrique", "De Zèbre", "Sans structure"]


def test_the_export_has_each_organisations_commune_and_point(store: Store, tmp_path: Path) -> None:
    """An organisation's address, postcode, commune, INSEE code and point have their columns,
    which the import recognises again."""
    from workshop.importing import Field, guess_mapping
    from workshop.ops.registry import add_organisation

    add_organisation(store, Organisation(name="Mairie", commune_code="41018", address="Place"))
    out = tmp_path / "annuaire.csv"
    export_stakeholders(store, out)
    header, row = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    cells = dict(zip(header, row, strict=True))
    assert (cells["Adresse"], cells["Code postal"], cells["Commune"]) == ("Place", "41000", "Blois")
    assert cells["Code commune (INSEE)"] == "41018" and float(cells["Latitude"]) > 47
    mapped = {f: header[c] for f, c in guess_mapping(header).columns.items()}
    assert mapped[Field.COMMUNE_CODE] == "Code commune (INSEE)"
    assert (mapped[Field.POSTCODE], mapped[Field.COMMUNE]) == ("Code postal", "Commune")
    assert stakeholder_headers("en")[header.index("Commune")] == "Town (commune)"
