"""Reading registration cells: formulas a spreadsheet would run, what an organisation offers."""

from __future__ import annotations

import pytest

from workshop.domain.vocabulary import ResourceKind as R
from workshop.importing.values import (
    is_phone_number,
    looks_like_formula,
    parse_offers,
    without_formula_signs,
)


@pytest.mark.parametrize(
    "cell",
    [
        '=HYPERLINK("https://exemple.fr";"Mairie de Vatan")',
        "=1+1",
        "@SUM(A1:A3)",
        "+A1*B2",
        "-2+3",
        "+SUM(A1)",
        "-cmd|' /C calc'!A0",
        "+Feuil1!A1",
        "+=1",
    ],
)
def test_formulas_are_recognised(cell: str) -> None:
    """Cells starting with =, @, or + and - followed by a formula are taken for formulas."""
    assert looks_like_formula(cell)


@pytest.mark.parametrize(
    "cell",
    [
        "+33 6 12 34 56 78",
        "+33 (0)6 12 34 56 78",
        "06 12 34 56 78",
        "- Salle B12 au premier étage",
        "+ de 40 ans",
        "-Association du lac",
        "Fabre & Fils",
        "Jean-Luc",
        "=",
        "",
    ],
)
def test_phone_numbers_and_words_are_not_formulas(cell: str) -> None:
    """A telephone number, a dash before words or an ordinary name is not a formula."""
    assert not looks_like_formula(cell)


def test_a_formula_as_text_loses_its_leading_signs() -> None:
    """ "=HYPERLINK(…)" becomes "HYPERLINK(…)" and "+-A1" becomes "A1"."""
    assert without_formula_signs('=HYPERLINK("x")') == 'HYPERLINK("x")'
    assert without_formula_signs(" +-A1") == "A1"


def test_phone_numbers_need_eight_to_fifteen_digits() -> None:
    """ "+33 6 12 34 56 78" reads as a phone number, "+12" does not."""
    assert is_phone_number("+33 6 12 34 56 78")
    assert not is_phone_number("+12")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Financier, Compétences", (R.FINANCIER, R.COMPETENCES)),
        ("une salle et deux bénévoles le samedi", (R.HUMAIN, R.MATERIEL)),
        ("Relais sur nos réseaux sociaux", (R.COMMUNICATION,)),
        ("Des données sur le territoire", (R.DONNEES,)),
        ("5 000 €", (R.FINANCIER,)),
        ("Network, skills and funding", (R.FINANCIER, R.COMPETENCES, R.RESEAU)),
        ("Un coup de pouce", ()),
    ],
)
def test_offers_are_read_from_labels_and_free_answers(text: str, kinds: tuple[R, ...]) -> None:
    """A free answer or the app's own labels give the kinds of resources offered."""
    assert parse_offers(text) == kinds
