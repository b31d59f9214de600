"""Organisation names close enough to ask the facilitator about, and those that are not."""

from __future__ import annotations

import pytest

from workshop.domain.likeness import closeness, is_close


@pytest.mark.parametrize(
    ("typed", "existing"),
    [
        ("Mairie", "Commune de Vatan"),
        ("Mairie de Vatan", "Commune de Vatan"),
        ("Mairie", "Mairie de Châteauroux"),
        ("CCAS", "Centre communal d'action sociale de Vatan"),
        ("Mairie de Chateaurou", "Mairie de Châteauroux"),
    ],
)
def test_a_town_hall_an_acronym_or_a_typo_is_offered_as_a_match(typed: str, existing: str) -> None:
    """ "Mairie" beside "Commune de Vatan", an acronym, a typo: worth asking about."""
    assert is_close(typed, existing)


@pytest.mark.parametrize(
    ("typed", "existing"),
    [
        ("Ville de Vatan", "Mairie de Châteauroux"),
        ("Coop", "SCOP Cuisine Commune"),
        ("Mairie", "SCOP Cuisine Commune"),
        ("Boulangerie Martin", "Association Toute Nouvelle"),
    ],
)
def test_unrelated_names_are_not_offered(typed: str, existing: str) -> None:
    """Two communes, a word that only qualifies a name ("Cuisine Commune"), or names sharing
    no word are not offered as the same organisation."""
    assert not is_close(typed, existing)


def test_the_same_name_folded_is_not_a_close_match_but_the_same() -> None:
    """ "mairie de chateauroux" is "Mairie de Châteauroux" itself: the exact rule takes it."""
    assert closeness("mairie de chateauroux", "Mairie de Châteauroux") == 1.0
    assert not is_close("mairie de chateauroux", "Mairie de Châteauroux")
