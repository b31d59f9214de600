"""Importing where organisations are: postcode and town columns of a registration file,
SIRENE's commune and address columns; a commune not sure is pointed out, never guessed."""

from __future__ import annotations

from pathlib import Path

from workshop.importing import Field, guess_mapping, import_rows, read_table
from workshop.storage.store import Store

REGISTRATION = (
    "Structure;Code postal;Ville;Adresse\n"
    "Épicerie du Centre;41000;Blois;4 rue Denis Papin\n"
    "Mairie;;Saint-Aubin;\n"
    "Ferme des Lilas;41000;Vendôme;\n"
    "Café associatif;41 100;VENDOME;\n"
    "Amicale;41000;Montlouvier;\n"
)

SIRENE = (
    "siren,siret,denominationUniteLegale,numeroVoieEtablissement,indiceRepetitionEtablissement,"
    "typeVoieEtablissement,libelleVoieEtablissement,codePostalEtablissement,"
    "libelleCommuneEtablissement,codeCommuneEtablissement\n"
    "552100554,55210055400013,BOULANGERIE DU CHATEAU,4,B,AV,DU PRESIDENT WILSON,41000,BLOIS,"
    "41018\n"
    "443098215,44309821500017,JARDINS DU VAL,3,,RUE,DES LILAS,41100,MONTLOUVIER,41018\n"
)


def _import(store: Store, tmp_path: Path, text: str, name: str = "inscrits.csv") -> object:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    table = read_table(path)
    return import_rows(store, table, guess_mapping(table.headers))


def test_registration_columns_fill_the_commune_and_the_unsure_rows_are_pointed_out(
    store: Store, tmp_path: Path
) -> None:
    """The postcode, town and address columns give Blois and Vendôme with their centre; a town
    several communes share, or that no commune of the postcode's département is, is noted for
    its row and kept as the territory, with no commune saved; a postcode that is not the
    commune's is noted and left out; the same file again changes nothing."""
    headers = ["Structure", "CP", "Commune", "Adresse", "Zip code", "City", "Address"]
    mapping = guess_mapping(headers).columns
    assert {f: headers[c] for f, c in mapping.items()} == {
        Field.ORGANISATION: "Structure",
        Field.POSTCODE: "CP",
        Field.COMMUNE: "Commune",
        Field.ADDRESS: "Adresse",
    }
    report = _import(store, tmp_path, REGISTRATION)
    by_name = {o.name: o for o in store.organisations.all()}
    epicerie = by_name["Épicerie du Centre"]
    assert (epicerie.commune_code, epicerie.commune_name, epicerie.postcode) == (
        "41018",
        "Blois",
        "41000",
    )
    assert epicerie.address == "4 rue Denis Papin" and epicerie.latitude is not None
    for vendome in ("Café associatif", "Ferme des Lilas"):
        org = by_name[vendome]
        assert (org.commune_name, org.postcode) == ("Vendôme", "41100")
    for unsure, town in (("Mairie", "Saint-Aubin"), ("Amicale", "Montlouvier")):
        org = by_name[unsure]
        assert (org.commune_code, org.commune_name, org.latitude) == ("", "", None)
        assert org.territory == town
    assert [(n.row, n.text) for n in report.notes] == [
        (
            3,
            "plusieurs communes s'appellent « Saint-Aubin » : ajoutez le code postal au fichier "
            "ou choisissez la commune dans la fiche de la structure",
        ),
        (4, "le code postal 41000 n'est pas celui de Vendôme : non repris"),
        (
            6,
            "aucune commune « Montlouvier » au code postal 41000 : gardée comme territoire, la "
            "commune est à choisir dans la fiche de la structure",
        ),
    ]
    again = _import(store, tmp_path, REGISTRATION)
    assert again.organisations.unchanged == 5 and not again.changed


def test_sirene_commune_and_address_columns_are_imported(store: Store, tmp_path: Path) -> None:
    """SIRENE's commune code, town, postcode and street parts give the commune and one address
    line; a commune code that is another town's is noted and not taken."""
    report = _import(store, tmp_path, SIRENE, "sirene.csv")
    boulangerie = store.organisations.find("siren = ?", ["552100554"])[0]
    assert (boulangerie.commune_code, boulangerie.commune_name) == ("41018", "Blois")
    assert boulangerie.address == "4 bis AVENUE DU PRESIDENT WILSON"
    jardins = store.organisations.find("siren = ?", ["443098215"])[0]
    assert jardins.commune_code == "" and jardins.territory == "MONTLOUVIER"
    assert [n.row for n in report.notes] == [3, 3]
    assert report.notes[0].text == (
        "le code commune 41018 est celui de Blois, pas de « MONTLOUVIER » : commune non reprise"
    )
    assert report.ignored_columns == []
