"""Checks of identifiers, e-mails and phones, and the name key that matches organisations."""

from __future__ import annotations

import pytest

from workshop.domain.records import Organisation, Person
from workshop.domain.validation import (
    MESSAGES,
    check_email,
    check_phone,
    check_rna,
    check_siren,
    check_siret,
    normalise_email,
    normalise_name,
    normalise_phone,
    normalise_rna,
    organisation_problems,
    person_problems,
)


@pytest.mark.parametrize("value", ["", "732829320", "732 829 320", "552 100 554", "356000000"])
def test_valid_sirens_pass(value: str) -> None:
    """Real SIRENs (spaces allowed) and an empty field are accepted."""
    assert check_siren(value) is None


def test_siren_with_a_typo_is_refused_with_a_french_message() -> None:
    """A SIREN whose Luhn key fails gets a French message next to the field; English on request."""
    assert "clé de contrôle" in (check_siren("732829321") or "")
    assert "check digit" in (check_siren("732829321", lang="en") or "")


@pytest.mark.parametrize("value", ["12345678", "1234567890", "73282932A"])
def test_siren_of_wrong_length_or_with_letters_is_refused(value: str) -> None:
    """A SIREN that is not exactly 9 digits is refused with the format message."""
    assert check_siren(value) == MESSAGES["siren_format"][0]


def test_siret_rules() -> None:
    """SIRETs pass their Luhn key; La Poste's pass its own rule; a wrong key is refused."""
    assert check_siret("73282932000074") is None
    assert check_siret("732 829 320 00074") is None
    assert check_siret("73282932000075") == MESSAGES["siret_key"][0]
    assert check_siret("7328293200007") == MESSAGES["siret_format"][0]
    assert check_siret("35600000000048") is None  # La Poste's head office, Luhn-valid
    assert check_siret("35600000049837") is None  # a post office: digit sum multiple of 5
    assert check_siret("35600000049838") == MESSAGES["siret_key"][0]


def test_siret_must_start_with_the_organisations_siren() -> None:
    """A SIRET that belongs to another SIREN is pointed out."""
    assert check_siret("73282932000074", siren="552100554") == MESSAGES["siret_siren"][0]
    assert check_siret("73282932000074", siren="732829320") is None


def test_rna_numbers() -> None:
    """RNA numbers are W plus 9 characters; lower case and spaces are tolerated."""
    assert check_rna("W751234567") is None
    assert check_rna("w2A1 000 123") is None
    assert normalise_rna("w75 123 4567") == "W751234567"
    assert check_rna("W12345") == MESSAGES["rna_format"][0]
    assert check_rna("751234567") == MESSAGES["rna_format"][0]


@pytest.mark.parametrize(
    "value", ["", "a@b.fr", "prenom.nom@exemple.fr", "Jean-Luc+atelier@mairie-lise.gouv.fr"]
)
def test_plausible_emails_pass(value: str) -> None:
    """Usual addresses are accepted."""
    assert check_email(value) is None


@pytest.mark.parametrize(
    "value", ["jean", "jean@", "@exemple.fr", "jean@exemple", "jean dupont@exemple.fr", "a@@b.fr"]
)
def test_implausible_emails_are_refused(value: str) -> None:
    """Addresses a mail would never reach are refused with a message."""
    assert check_email(value) == MESSAGES["email_format"][0]


def test_email_is_trimmed_and_its_domain_lowercased() -> None:
    """What people paste ("mailto:", spaces, capitals in the domain) is tidied."""
    assert normalise_email("  mailto:Jean.Dupont@Exemple.FR ") == "Jean.Dupont@exemple.fr"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0612345678", "06 12 34 56 78"),
        ("06.12.34.56.78", "06 12 34 56 78"),
        ("+33 6 12 34 56 78", "06 12 34 56 78"),
        ("+33 (0)1 23 45 67 89", "01 23 45 67 89"),
        ("0033612345678", "06 12 34 56 78"),
        ("33612345678", "06 12 34 56 78"),
        ("612345678", "06 12 34 56 78"),
        ("+32 2 123 45 67", "+3221234567"),
    ],
)
def test_phone_numbers_are_written_the_french_way(raw: str, expected: str) -> None:
    """French numbers in any usual writing come out as "06 12 34 56 78"; foreign ones as +digits."""
    assert check_phone(raw) is None
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize("raw", ["12", "06 12 34", "0012", "appeler l'accueil", "00 00 00 00 00"])
def test_unrecognisable_phone_numbers_are_refused_and_left_as_typed(raw: str) -> None:
    """A value that is not a phone number gets the message and is kept as typed."""
    assert check_phone(raw) == MESSAGES["phone_format"][0]
    assert normalise_phone(raw) == raw


@pytest.mark.parametrize(
    "variant",
    [
        "Boulangerie Martin",
        "SARL Boulangerie Martin",
        "boulangerie martin (S.A.R.L.)",
        "BOULANGERIE MARTIN SAS",
        "Boulangerie  Martin, EURL",
    ],
)
def test_organisation_names_match_whatever_their_legal_form_case_or_punctuation(
    variant: str,
) -> None:
    """Spellings of one organisation's name share one key."""
    assert normalise_name(variant) == "boulangerie martin"


def test_name_key_ignores_accents_and_association_words() -> None:
    """ "Association Zéro Gâchis" and "zero gachis (assoc.)" are the same organisation."""
    assert normalise_name("Association Zéro Gâchis loi 1901") == normalise_name(
        "zero gachis (assoc.)"
    )
    assert normalise_name("Martin & Fils") == normalise_name("MARTIN ET FILS")
    assert normalise_name("Œuvre") == "oeuvre"


def test_name_made_only_of_legal_words_is_kept() -> None:
    """A name that is nothing but a legal form is not reduced to nothing."""
    assert normalise_name("SAS") == "sas"
    assert normalise_name("Boulangerie Martin") != normalise_name("Boulangerie Dupont")


def test_record_problems_name_each_field_to_fix() -> None:
    """A side form gets one message per wrong field, and none for a correct record."""
    org = Organisation(name=" ", siren="732829321", siret="73282932000074", rna="W12")
    problems = organisation_problems(org)
    assert set(problems) == {"name", "siren", "rna"}  # the SIRET is checked on its own
    assert problems["siren"] == MESSAGES["siren_key"][0]
    ok = Organisation(name="Danone", siren="552032534", siret="55203253400646")
    assert organisation_problems(ok) == {}
    assert (
        organisation_problems(Organisation(name="X", siren="732829320", siret="55203253400646"))[
            "siret"
        ]
        == MESSAGES["siret_siren"][0]
    )
    assert person_problems(Person()) == {"last_name": MESSAGES["person_nameless"][0]}
    bad = person_problems(Person(last_name="Durand", email="durand@", phone="12"), lang="en")
    assert bad == {"email": MESSAGES["email_format"][1], "phone": MESSAGES["phone_format"][1]}
