"""Importing into the registry: matching, updating, rejecting rows, one transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from workshop.domain.records import Organisation, Person, Workshop, WorkshopId
from workshop.domain.vocabulary import DataBasis, OrganisationKind, ResourceKind
from workshop.errors import CatalyseError
from workshop.importing import (
    Field,
    FormulaCells,
    Mapping,
    guess_mapping,
    import_rows,
    import_table,
    read_table,
)
from workshop.ops import revert
from workshop.storage.store import Store

SAMPLES = Path(__file__).parent / "samples"


def _import(store: Store, name: str, **kwargs: Any) -> Any:
    table = read_table(SAMPLES / name)
    return import_rows(store, table, guess_mapping(table.headers), **kwargs)


def test_eventbrite_import_creates_people_and_organisations(store: Store) -> None:
    """Three attendees and their organisations are created; the rows left out are named."""
    report = _import(store, "eventbrite_attendees.csv")
    assert (report.people.created, report.organisations.created) == (3, 3)
    assert [(r.row, r.reason) for r in report.rejected] == [
        (5, "adresse e-mail invalide « jean.dupont@@exemple »"),
        (
            6,
            '« =HYPERLINK("http://evil") » dans la colonne « Job Title » '
            "ressemble à une formule de tableur",
        ),
        (7, "inscription annulée (« Not Attending »)"),
    ]
    camille = store.people.by_email("camille.lefevre@mairie-saint-aubin.fr")
    assert camille is not None and camille.phone == "06 11 22 33 44"
    mairie = store.organisations.get(camille.organisation_id or 0)
    assert mairie.name == "Commune de Saint-Aubin-sur-Lise"
    assert mairie.kind is OrganisationKind.COLLECTIVITE
    assert store.people.count() == 3


def test_importing_the_same_file_twice_changes_nothing(store: Store) -> None:
    """Each sample imported a second time reports everything unchanged and adds no record."""
    for path in sorted(SAMPLES.iterdir()):
        first = _import(store, path.name)
        people, orgs = store.people.count(), store.organisations.count()
        again = _import(store, path.name)
        assert again.people.created == again.people.updated == 0, path.name
        assert again.organisations.created == again.organisations.updated == 0, path.name
        assert again.people.unchanged == first.people.total, path.name
        assert again.organisations.unchanged == first.organisations.total, path.name
        assert not again.changed
        assert (store.people.count(), store.organisations.count()) == (people, orgs)


def test_people_match_by_email_ignoring_case_and_are_updated(store: Store) -> None:
    """A known e-mail in other capitals updates that person instead of adding one."""
    org = store.organisations.add(Organisation(name="Boulangerie Martin & Fils"))
    store.people.add(
        Person(first_name="Sophie", last_name="Martin", email="sophie.martin@boulangerie-martin.fr")
    )
    report = _import(store, "eventbrite_attendees.csv")
    assert report.people.updated == 1 and report.people.created == 2
    sophie = store.people.by_email("sophie.martin@boulangerie-martin.fr")
    assert sophie is not None
    assert sophie.title == "Gérante"
    assert sophie.organisation_id == org.id  # "… SARL" matched the known name
    assert report.organisations.updated == 1  # its town was filled in
    assert store.organisations.get(org.id).territory == "Saint-Aubin-sur-Lise"


def test_organisations_match_by_name_ignoring_accents_case_and_legal_form(store: Store) -> None:
    """The registry's "ZERO GACHIS LISE" is HelloAsso's "Association Zéro Gâchis Lise"."""
    known = store.organisations.add(Organisation(name="ZERO GACHIS LISE", sector="Environnement"))
    _import(store, "helloasso_participants.csv")
    names = [o.name for o in store.organisations.all()]
    assert names.count("ZERO GACHIS LISE") == 1
    assert "Association Zéro Gâchis Lise" not in names
    elise = store.people.by_email("elise.moreau@zerogachis-lise.fr")
    assert elise is not None and elise.organisation_id == known.id
    assert store.organisations.get(known.id).sector == "Environnement"


def test_organisations_match_by_siren_and_an_empty_cell_erases_nothing(store: Store) -> None:
    """A SIRENE row finds an organisation by SIREN under another name and fills the gaps."""
    known = store.organisations.add(
        Organisation(name="Mairie de Montlouvier", siren="793012550", notes="Accueil le mardi")
    )
    report = _import(store, "sirene_33_colonnes.csv")
    montlouvier = store.organisations.get(known.id)
    assert montlouvier.name == "Mairie de Montlouvier"
    assert montlouvier.siret == "79301255000018"
    assert montlouvier.sector == "84.11Z"
    assert montlouvier.notes == "Accueil le mardi"
    assert report.organisations.updated == 1
    assert [r.reason for r in report.rejected] == ["SIREN invalide « 123456789 »"]
    scop = store.organisations.find("siren = ?", ["502114333"])[0]
    assert scop.kind is OrganisationKind.ENTREPRISE_ESS


def test_same_name_with_another_siren_is_another_organisation(store: Store) -> None:
    """Two bodies sharing a name but not a SIREN are not merged."""
    store.organisations.add(Organisation(name="Commune de Montlouvier", siren="812345676"))
    _import(store, "sirene_33_colonnes.csv")
    assert store.organisations.count("name LIKE '%montlouvier%'") == 2


def test_rna_file_creates_associations_with_their_number(store: Store) -> None:
    """RNA rows become associations with their W number, object and town; a bad number is named."""
    report = _import(store, "rna_waldec.csv")
    amicale = store.organisations.find("rna = ?", ["W451000777"])[0]
    assert amicale.kind is OrganisationKind.ASSOCIATION
    assert amicale.territory == "MONTLOUVIER"
    assert "concours de pêche" in amicale.notes
    assert [(r.row, r.reason) for r in report.rejected] == [(4, "numéro RNA invalide « W45BAD »")]
    assert store.people.count() == 0


def test_google_forms_consent_and_kind(store: Store) -> None:
    """A ticked consent box records consent on the form's date; "Fondation" sets the kind."""
    report = _import(store, "google_forms_inscriptions.csv")
    marc = store.people.by_email("marc.lambert@fondation-terres.org")
    assert marc is not None
    assert marc.data_basis is DataBasis.CONSENT
    assert marc.consent_date is not None and marc.consent_date.isoformat() == "2026-03-04"
    fondation = store.organisations.get(marc.organisation_id or 0)
    assert fondation.kind is OrganisationKind.FONDATION
    assert report.rejected[0].row == 4  # the empty answer


def test_excel_file_rejects_a_bad_siret_and_keeps_the_other_rows(store: Store) -> None:
    """A wrong or Excel-mangled SIRET rejects its row only; a phone that lost its 0 is fixed."""
    report = _import(store, "excel_point_virgule.csv")
    assert [(r.row, r.reason) for r in report.rejected] == [
        (4, "SIRET invalide « 12345678901234 »"),
        (6, "SIRET abîmé par le tableur « 4,43098E+13 » (colonne à mettre au format texte)"),
    ]
    assert report.people.created == 3
    noel = store.people.by_email("noel.berard@oeuvres-val.fr")
    assert noel is not None and noel.phone == "06 12 34 56 78"
    assert store.people.find("last_name = 'Durand'") == []


def test_people_without_email_are_matched_by_name_in_their_organisation(store: Store) -> None:
    """A list with no e-mail column can be imported twice without duplicating anyone."""
    table = read_table(SAMPLES / "tabulations.tsv")
    mapping = guess_mapping(table.headers)
    del mapping.columns[Field.EMAIL]
    assert import_rows(store, table, mapping).people.created == 1
    assert import_rows(store, table, mapping).people.unchanged == 1
    assert store.people.count() == 1


def test_with_a_workshop_everyone_named_is_registered(store: Store) -> None:
    """--workshop registers the file's people, once, however often the file is imported."""
    workshop = store.workshops.add(Workshop(title="Atelier"))
    report = _import(store, "helloasso_participants.csv", workshop_id=workshop.id)
    assert report.registered == 3
    assert len(store.attendance.of_workshop(workshop.id)) == 3
    assert _import(store, "helloasso_participants.csv", workshop_id=workshop.id).registered == 0
    with pytest.raises(CatalyseError, match="no workshop with id 999"):
        _import(store, "helloasso_participants.csv", workshop_id=WorkshopId(999))


def test_a_failure_midway_leaves_the_database_as_it_was(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If writing fails after the organisations went in, none of the import remains."""
    import workshop.importing.rows as rows

    real_insert = rows._insert

    def insert_then_fail(store_: Store, table: str, record_type: type, records: list[Any]) -> None:
        real_insert(store_, table, record_type, records)
        if table == "people":
            raise OSError("disk full")

    monkeypatch.setattr(rows, "_insert", insert_then_fail)
    with pytest.raises(OSError):
        _import(store, "eventbrite_attendees.csv")
    assert (store.people.count(), store.organisations.count()) == (0, 0)


def test_imported_people_are_found_by_search(store: Store) -> None:
    """Imported records reach the accent-insensitive search (the FTS index follows)."""
    _import(store, "excel_point_virgule.csv")
    assert [p.last_name for p in store.people.search("berard")] == ["Bérard"]
    assert [o.name for o in store.organisations.search("sociales")] == ["Œuvres sociales du Val"]


def test_a_mapping_without_any_column_rejects_nothing_silently(store: Store) -> None:
    """Rows with values the mapping does not use are rejected with a reason, not dropped."""
    table = read_table(SAMPLES / "tabulations.tsv")
    report = import_rows(store, table, Mapping(columns={Field.PHONE: 0}))
    assert [r.reason for r in report.rejected] == [
        "ni nom, ni e-mail, ni structure : rien à importer"
    ]
    assert report.lines()[-1] == "ligne 2 : ni nom, ni e-mail, ni structure : rien à importer"
    english = import_rows(store, table, Mapping(columns={Field.PHONE: 0}), lang="en")
    assert english.lines("en")[-1] == (
        "row 2: no name, no e-mail, no organisation: nothing to import"
    )


def test_dry_run_previews_the_counts_and_writes_nothing(store: Store) -> None:
    """The preview tells what the import would do, and the registry stays empty."""
    workshop = store.workshops.add(Workshop(title="Atelier"))
    preview = _import(store, "eventbrite_attendees.csv", workshop_id=workshop.id, dry_run=True)
    assert (preview.people.created, preview.organisations.created, preview.registered) == (3, 3, 3)
    assert len(preview.rejected) == 3
    assert (store.people.count(), store.organisations.count()) == (0, 0)
    assert store.attendance.of_workshop(workshop.id) == []


def test_undo_puts_the_registry_back_as_it_was(store: Store) -> None:
    """Undoing an import removes what it created, restores what it changed, unregisters people."""
    workshop = store.workshops.add(Workshop(title="Atelier"))
    mairie = store.organisations.add(Organisation(name="Commune de Saint-Aubin-sur-Lise"))
    camille = store.people.add(
        Person(
            first_name="Camille",
            last_name="Lefèvre",
            email="camille.lefevre@mairie-saint-aubin.fr",
            title="Élue",
        )
    )
    store.attendance.register(workshop.id, [camille.id])
    table = read_table(SAMPLES / "eventbrite_attendees.csv")
    applied = import_table(store, table, guess_mapping(table.headers), workshop_id=workshop.id)
    report = applied.result
    assert store.people.get(camille.id).title == "Chargée de mission alimentation"
    assert report.registered == 2
    assert applied.undo is not None
    revert(store, applied.undo)
    assert store.people.all() == [camille]
    assert store.organisations.all() == [mairie]
    assert [a.person_id for a in store.attendance.of_workshop(workshop.id)] == [camille.id]
    assert store.people.search("benali") == []
    again = _import(store, "eventbrite_attendees.csv", workshop_id=workshop.id)
    assert again.people.created == 2 and again.people.updated == 1


FORMULAS_CSV = (
    "Structure;Prénom;Nom;E-mail;Téléphone\n"
    '=HYPERLINK("https://exemple.fr","Mairie de Vatan");Luc;Besson;luc@vatan.fr;\n'
    "Fabre & Fils;Anne;Fabre;anne@fabre.fr;+33 6 12 34 56 78\n"
    "@SUM(A1:A2);Marc;Roy;marc@roy.fr;\n"
)


def _formulas_table(tmp_path: Path) -> Any:
    path = tmp_path / "formules.csv"
    path.write_text(FORMULAS_CSV, encoding="utf-8")
    return read_table(path)


def test_rows_with_a_formula_are_left_out_by_default(store: Store, tmp_path: Path) -> None:
    """A formula-looking organisation name leaves its row out, named with column and value."""
    table = _formulas_table(tmp_path)
    report = import_rows(store, table, guess_mapping(table.headers))
    assert [(r.row, r.reason) for r in report.rejected] == [
        (
            2,
            '« =HYPERLINK("https://exemple.fr","Mairie de Vatan") » dans la colonne '
            "« Structure » ressemble à une formule de tableur",
        ),
        (4, "« @SUM(A1:A2) » dans la colonne « Structure » ressemble à une formule de tableur"),
    ]
    assert [(c.row, c.column) for c in report.formulas] == [(2, "Structure"), (4, "Structure")]
    names = [o.name for o in store.organisations.all()]
    assert names == ["Fabre & Fils"]
    anne = store.people.by_email("anne@fabre.fr")
    assert anne is not None and anne.phone.replace(" ", "").endswith("612345678")


def test_rows_with_a_formula_can_be_imported_as_text(store: Store, tmp_path: Path) -> None:
    """Chosen "as text", the formula's leading sign is removed and the rows are counted."""
    table = _formulas_table(tmp_path)
    report = import_rows(
        store, table, guess_mapping(table.headers), formula_cells=FormulaCells.AS_TEXT
    )
    assert report.rejected == []
    assert report.formulas_as_text == 2
    names = sorted(o.name for o in store.organisations.all())
    assert names == [
        "Fabre & Fils",
        'HYPERLINK("https://exemple.fr","Mairie de Vatan")',
        "SUM(A1:A2)",
    ]
    assert not any(name.startswith(("=", "@", "+")) for name in names)
    assert "lignes importées avec une formule changée en texte : 2" in report.lines()


def test_people_without_a_name_are_rejected_not_created(store: Store, tmp_path: Path) -> None:
    """An e-mail-only row creates nobody: it is rejected with its row number, unless the
    address is someone the registry already knows by name."""
    known = store.people.add(Person(first_name="Anne", last_name="Fabre", email="anne@fabre.fr"))
    path = tmp_path / "adresses.csv"
    path.write_text(
        "E-mail;Structure;Fonction\n"
        "luc@vatan.fr;;\n"
        "ANNE@fabre.fr;Fabre & Fils;\n"
        ";Mairie de Vatan;Secrétaire\n"
        "marc@roy.fr;;\n",
        encoding="utf-8",
    )
    table = read_table(path)
    report = import_rows(store, table, guess_mapping(table.headers))
    assert [(r.row, r.reason) for r in report.rejected] == [
        (2, "personne sans prénom ni nom (luc@vatan.fr) : ajoutez son nom au fichier"),
        (4, "personne sans prénom ni nom (Secrétaire) : ajoutez son nom au fichier"),
        (5, "personne sans prénom ni nom (marc@roy.fr) : ajoutez son nom au fichier"),
    ]
    assert report.people.created == 0 and report.people.updated == 1
    assert [p.full_name for p in store.people.all()] == ["Anne Fabre"]
    assert store.people.get(known.id).organisation_id is not None
    assert [o.name for o in store.organisations.all()] == ["Fabre & Fils"]


def test_offers_are_imported_and_merged_with_what_is_known(store: Store, tmp_path: Path) -> None:
    """ "Ce que vous pouvez apporter" fills the offers, adds to known ones, and an answer
    with no recognisable resource is pointed out."""
    known = store.organisations.add(
        Organisation(name="Fabre & Fils", offers=(ResourceKind.FINANCIER,))
    )
    path = tmp_path / "offres.csv"
    path.write_text(
        "Structure;Ce que vous pouvez apporter\n"
        "Fabre & Fils;Une salle de réunion\n"
        "Mairie de Vatan;Des bénévoles, relais sur nos réseaux sociaux\n"
        "Coop des Lys;Un coup de pouce\n",
        encoding="utf-8",
    )
    table = read_table(path)
    report = import_rows(store, table, guess_mapping(table.headers))
    assert store.organisations.get(known.id).offers == (
        ResourceKind.FINANCIER,
        ResourceKind.MATERIEL,
    )
    offers = {o.name: o.offers for o in store.organisations.all()}
    assert offers["Mairie de Vatan"] == (ResourceKind.HUMAIN, ResourceKind.COMMUNICATION)
    assert offers["Coop des Lys"] == ()
    assert [(c.row, c.column, c.value) for c in report.unread_offers] == [
        (4, "Ce que vous pouvez apporter", "Un coup de pouce")
    ]
    again = import_rows(store, table, guess_mapping(table.headers))
    assert again.organisations.updated == again.organisations.created == 0
