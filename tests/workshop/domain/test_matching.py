"""Offers and needs: the kinds a text names, the zones that gather them, and the ranked matches."""

from __future__ import annotations

import pytest

from workshop.domain.matching import (
    Presence,
    Side,
    Stance,
    find_matches,
    resource_kinds_in,
    zone_side,
)
from workshop.domain.records import OrganisationId
from workshop.domain.vocabulary import ResourceKind as R


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Nous cherchons des BÉNÉVOLES et un Local de stockage", (R.HUMAIN, R.MATERIEL)),
        ("un financement pour l'étude de faisabilité", (R.FINANCIER, R.DONNEES)),
        ("de la visibilité sur les réseaux sociaux", (R.COMMUNICATION,)),
        ("des mises en relation avec les producteurs", (R.RESEAU,)),
        ("Compétences juridiques", (R.COMPETENCES,)),
        ("rien de précis pour l'instant", ()),
        ("", ()),
    ],
)
def test_a_needs_text_names_its_resource_kinds_whatever_its_accents_and_case(
    text: str, kinds: tuple[R, ...]
) -> None:
    """What an organisation seeks, typed freely, is read as the domain's resource kinds."""
    assert resource_kinds_in(text) == kinds


@pytest.mark.parametrize(
    ("name", "side"),
    [
        ("Ce que j'apporte", Side.OFFER),
        ("Ce que je cherche", Side.NEED),
        ("Nos BESOINS", Side.NEED),
        ("Ressources et atouts", Side.OFFER),
        ("Ressources manquantes", Side.NEED),
        ("Défis du territoire", None),
        ("Pistes d'action", None),
    ],
)
def test_a_zone_gathers_offers_or_needs_by_its_name(name: str, side: Side | None) -> None:
    """Cards in a zone named like "Ce que je cherche" say what their organisation seeks."""
    assert zone_side(name) is side


def _stance(n: int, name: str, offers=(), needs=(), sdgs=(), presence=Presence.ABSENT) -> Stance:
    return Stance(
        organisation_id=OrganisationId(n),
        name=name,
        offers={k: ("",) for k in offers},
        needs={k: ("dit",) for k in needs},
        sdgs=frozenset(sdgs),
        presence=presence,
    )


def test_matches_pair_who_brings_with_who_seeks_shared_sdgs_first_then_attendance() -> None:
    """A pair sharing two SDGs comes before a pair sharing one, which comes before one checked
    in with none; an organisation never matches itself, and the kinds that meet are named."""
    seeker = _stance(1, "Épicerie", offers=(R.HUMAIN,), needs=(R.MATERIEL, R.HUMAIN), sdgs=(2, 12))
    two_sdgs = _stance(2, "Zéro gâchis", offers=(R.MATERIEL,), sdgs=(2, 12))
    one_sdg = _stance(3, "Amap", offers=(R.MATERIEL, R.FINANCIER), sdgs=(2,))
    present = _stance(4, "Mairie", offers=(R.MATERIEL,), presence=Presence.PRESENT)
    absent = _stance(5, "Banque", offers=(R.MATERIEL,))
    matches = find_matches([absent, present, one_sdg, seeker, two_sdgs])
    assert [(m.giver.name, m.seeker.name) for m in matches] == [
        ("Zéro gâchis", "Épicerie"),
        ("Amap", "Épicerie"),
        ("Mairie", "Épicerie"),
        ("Banque", "Épicerie"),
    ]
    assert matches[0].kinds == (R.MATERIEL,)
    assert matches[0].shared_sdgs == (2, 12)
    assert matches[0].need_sayings() == ["dit"]


def test_a_giver_who_also_seeks_what_the_seeker_brings_is_a_mutual_match() -> None:
    """Two organisations that each bring what the other seeks are marked mutual, both ways."""
    a = _stance(1, "A", offers=(R.FINANCIER,), needs=(R.HUMAIN,))
    b = _stance(2, "B", offers=(R.HUMAIN,), needs=(R.FINANCIER,))
    c = _stance(3, "C", offers=(R.HUMAIN,))
    matches = find_matches([a, b, c])
    assert {(m.giver.name, m.seeker.name, m.mutual) for m in matches} == {
        ("A", "B", True),
        ("B", "A", True),
        ("C", "A", False),
    }


def test_matches_filter_by_kind_sdg_and_attendance() -> None:
    """Filtering keeps the matches where the kind meets, the SDG is shared, both are there."""
    seeker = _stance(1, "S", needs=(R.MATERIEL, R.DONNEES), sdgs=(4,), presence=Presence.PRESENT)
    room = _stance(2, "Salle", offers=(R.MATERIEL,), presence=Presence.REGISTERED)
    lab = _stance(3, "Labo", offers=(R.DONNEES,), sdgs=(4,))
    matches = find_matches([seeker, room, lab])
    assert [m.giver.name for m in matches.filtered(R.MATERIEL)] == ["Salle"]
    assert [m.giver.name for m in matches.filtered(sdg=4)] == ["Labo"]
    assert [m.giver.name for m in matches.filtered(at_workshop=True)] == ["Salle"]
    assert len(matches.filtered()) == 2
