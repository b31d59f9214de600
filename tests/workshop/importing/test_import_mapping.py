"""The column mapping guessed from French and English headers, per platform and register."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.domain.vocabulary import OrganisationKind
from workshop.importing import Field, Layout, guess_mapping, read_table

SAMPLES = Path(__file__).parent / "samples"


def _named(file: str) -> tuple[Layout, dict[Field, str]]:
    table = read_table(SAMPLES / file)
    mapping = guess_mapping(table.headers)
    return mapping.layout, {f: table.headers[i] for f, i in mapping.columns.items()}


def test_eventbrite_columns() -> None:
    """Eventbrite's English headers map to names, e-mail, phone, job title and company."""
    layout, named = _named("eventbrite_attendees.csv")
    assert layout is Layout.EVENTBRITE
    assert named[Field.FIRST_NAME] == "First Name"
    assert named[Field.LAST_NAME] == "Last Name"
    assert named[Field.EMAIL] == "Email"
    assert named[Field.ORGANISATION] == "Company"
    assert named[Field.TITLE] == "Job Title"
    assert named[Field.PHONE] == "Cell Phone"


def test_helloasso_takes_the_participant_not_the_payer() -> None:
    """HelloAsso's participant name wins over the payer's; the payer's e-mail is the fallback."""
    layout, named = _named("helloasso_participants.csv")
    assert layout is Layout.HELLOASSO
    assert named[Field.LAST_NAME] == "Nom participant"
    assert named[Field.FIRST_NAME] == "Prénom participant"
    assert named[Field.EMAIL] == "Email payeur"
    assert named[Field.ORGANISATION] == "Raison sociale"


def test_google_forms_in_french() -> None:
    """Google Forms' French headers map, the "Type de structure" apart from "Structure"."""
    layout, named = _named("google_forms_inscriptions.csv")
    assert layout is Layout.GOOGLE_FORMS
    assert named[Field.EMAIL] == "Adresse e-mail"
    assert named[Field.ORGANISATION] == "Structure"
    assert named[Field.KIND] == "Type de structure"
    assert named[Field.DATE] == "Horodateur"
    assert named[Field.CONSENT].startswith("J'accepte")
    assert named[Field.NOTES] == "Vos attentes pour l'atelier"


def test_registers_are_organisations_only() -> None:
    """SIRENE and RNA files fill organisations only; RNA makes associations."""
    table = read_table(SAMPLES / "sirene_35_colonnes.csv")
    sirene = guess_mapping(table.headers)
    assert sirene.layout is Layout.SIRENE and sirene.organisations_only
    assert table.headers[sirene.columns[Field.ORGANISATION]] == "denominationUniteLegale"
    assert table.headers[sirene.columns[Field.COMMUNE]] == "libelleCommuneEtablissement"
    assert table.headers[sirene.columns[Field.COMMUNE_CODE]] == "codeCommuneEtablissement"
    assert table.headers[sirene.columns[Field.POSTCODE]] == "codePostalEtablissement"
    assert table.headers[sirene.columns[Field.ADDRESS]] == "libelleVoieEtablissement"
    rna = guess_mapping(read_table(SAMPLES / "rna_waldec.csv").headers)
    assert rna.layout is Layout.RNA and rna.default_kind is OrganisationKind.ASSOCIATION
    assert not rna.has_person


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Nom de la structure", "Nom", "Prénom"], {Field.ORGANISATION: 0, Field.LAST_NAME: 1}),
        (["Nom complet", "Courriel", "Organisme"], {Field.FULL_NAME: 0, Field.EMAIL: 1}),
        (["E-MAIL ", "Tél.", "Fonction"], {Field.EMAIL: 0, Field.PHONE: 1, Field.TITLE: 2}),
        (["Code", "Montant"], {}),
    ],
)
def test_generic_headers(headers: list[str], expected: dict[Field, int]) -> None:
    """Usual spreadsheet headers find their field; unknown ones stay unmapped."""
    columns = guess_mapping(headers).columns
    assert {f: columns[f] for f in expected} == expected
    if not expected:
        assert columns == {}


def test_each_field_and_column_is_used_once() -> None:
    """Two e-mail columns: the participant's is used, the other left for the user to map."""
    mapping = guess_mapping(["Email payeur", "Email", "Nom"])
    assert mapping.columns[Field.EMAIL] == 1
    assert list(mapping.columns.values()).count(1) == 1
    assert Field.EMAIL.label("fr") == "E-mail" and Layout.RNA.label("en")


@pytest.mark.parametrize(
    "header",
    [
        "Ce que vous pouvez apporter",
        "Offre",
        "Ce que nous apportons",
        "What we can offer",
        "Ce que votre structure peut apporter à l'alliance",
        "Apports",
    ],
)
def test_what_an_organisation_can_offer_maps_to_its_offers(header: str) -> None:
    """ "Ce que vous pouvez apporter" and its kin fill the organisation's offers, not its name."""
    mapping = guess_mapping(["Structure", header, "Besoins"])
    assert mapping.columns == {Field.ORGANISATION: 0, Field.OFFERS: 1, Field.NEEDS: 2}
