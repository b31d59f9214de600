"""The one fold: searching and sorting ignore case and accents the same way everywhere."""

from __future__ import annotations

from workshop.domain.text import fold, sort_key


def test_sort_key_ignores_accents_and_case() -> None:
    """'Épicerie' sorts between 'ecole' and 'Fondation', as a reader expects."""
    names = ["Zoo", "Épicerie", "Fondation", "ecole"]
    assert sorted(names, key=sort_key) == ["ecole", "Épicerie", "Fondation", "Zoo"]


def test_letters_unicode_does_not_decompose_are_folded() -> None:
    """ "soren oster" finds "Søren Øster"; "oeuvre" finds "Œuvre"; "strasse" finds "Straße"."""
    assert fold("Søren Øster") == "soren oster"
    assert fold("Œuvre d'Orient") == "oeuvre d'orient"
    assert fold("Straße") == "strasse"
    assert fold("Łódź") == "lodz"


def test_the_report_and_the_screens_sort_oe_alike() -> None:
    """ "Œuvre" sorts among the O's, not after Z, in every list."""
    names = ["Zèbre", "Œuvre", "Oasis", "Orange"]
    assert sorted(names, key=sort_key) == ["Oasis", "Œuvre", "Orange", "Zèbre"]
