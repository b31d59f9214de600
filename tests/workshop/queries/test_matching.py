"""Offers and needs read from the registry and the board, with attendance and alliances."""

from __future__ import annotations

import dataclasses

from workshop.domain.matching import Presence
from workshop.domain.records import Card, Organisation, Person, Workshop, Zone
from workshop.domain.vocabulary import ResourceKind as R
from workshop.ops import alliances as alliance_ops
from workshop.ops import attendance as attendance_ops
from workshop.ops import board as board_ops
from workshop.ops import registry as registry_ops
from workshop.ops import workshops as workshop_ops
from workshop.queries.matching import offer_matches


def _setup(store):
    workshop = workshop_ops.create_workshop(store, Workshop(title="Forum")).result
    add = registry_ops.add_organisation
    mairie = add(store, Organisation(name="Mairie", offers=(R.MATERIEL,), sdgs=(11,))).result
    escale = add(
        store,
        Organisation(name="L'Escale", needs="Un local pour stocker les denrées", sdgs=(11, 2)),
    ).result
    labo = add(store, Organisation(name="Labo TERRA")).result
    return workshop, mairie, escale, labo


def test_a_registry_need_meets_a_ticked_offer_and_names_what_was_said(store) -> None:
    """L'Escale's "un local" need meets the Mairie's premises, with their shared SDG."""
    workshop, _mairie, _escale, _ = _setup(store)
    found = offer_matches(store, workshop.id)
    assert [(m.giver.name, m.seeker.name, m.kinds) for m in found.matches] == [
        ("Mairie", "L'Escale", (R.MATERIEL,))
    ]
    assert found.matches[0].shared_sdgs == (11,)
    assert found.matches[0].need_sayings() == ["Un local pour stocker les denrées"]
    assert found.alliance_of(found.matches[0]) is None


def test_cards_in_offers_and_needs_zones_count_with_their_authors_attendance(store) -> None:
    """A card in "Ce que j'apporte" adds an offer to its organisation, and an organisation
    whose person checked in is marked present."""
    workshop, _mairie, escale, labo = _setup(store)
    zone = store.board.zones.add(Zone(workshop_id=workshop.id, name="Ce que j'apporte"))
    person = registry_ops.add_person(
        store, Person(first_name="Ada", last_name="Lab", organisation_id=labo.id)
    ).result
    board_ops.add_card(
        store,
        Card(workshop_id=workshop.id, zone_id=zone.id, text="Des données", person_id=person.id),
    )
    attendance_ops.check_in(store, workshop.id, person.id)
    escale_needs = dataclasses.replace(escale, needs="des études et un local")
    registry_ops.edit_organisation(store, escale_needs)
    found = offer_matches(store, workshop.id)
    pairs = [(m.giver.name, m.kinds, m.giver.presence) for m in found.matches]
    assert pairs == [
        ("Mairie", (R.MATERIEL,), Presence.ABSENT),
        ("Labo TERRA", (R.DONNEES,), Presence.PRESENT),
    ]
    assert found.matches[1].offer_sayings() == ["Des données"]


def test_a_pair_already_partners_of_an_alliance_points_to_it(store) -> None:
    """Once the two organisations are partners of one alliance, the match names it."""
    workshop, mairie, escale, _ = _setup(store)
    alliance = alliance_ops.create_alliance(
        store, dataclasses.replace(_alliance(workshop.id))
    ).result
    alliance_ops.add_partner(store, alliance.id, mairie.id)
    alliance_ops.add_partner(store, alliance.id, escale.id)
    found = offer_matches(store, workshop.id)
    assert found.alliance_of(found.matches[0]) == alliance


def _alliance(workshop_id):
    from workshop.domain.records import Alliance

    return Alliance(workshop_id=workshop_id, name="Un toit pour l'Escale")
