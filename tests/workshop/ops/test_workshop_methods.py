"""The methods a workshop runs: chosen at creation, changed afterwards, each one undoable step."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from workshop.domain.methods import GUIDES, projected_method
from workshop.domain.records import AgendaStep, Card, Workshop
from workshop.domain.vocabulary import Method
from workshop.errors import InvalidInput
from workshop.ops import board as board_ops
from workshop.ops import revert
from workshop.ops import workshops as ops
from workshop.storage.store import Store


def _zone_names(store: Store, workshop_id: Any) -> list[str]:
    return [z.name for z in store.board.zones.of_workshop(workshop_id)]


def _titles(store: Store, workshop_id: Any) -> list[str]:
    return [step.title for step in store.workshops.get(workshop_id).agenda]


def test_a_workshop_created_with_methods_lays_their_zones_and_agenda_steps(store: Store) -> None:
    """Co-construction and offers/needs: the template's zones, then "Ce que nous apportons" and
    "Ce que nous cherchons" to their right; the agenda gets each method's steps once."""
    draft = Workshop(
        title="Forum des solidarités",
        agenda=(AgendaStep(title="Défis du territoire", minutes=30),),
        methods=(Method.CO_CONSTRUCTION, Method.OFFERS_NEEDS),
    )
    saved = ops.create_workshop(store, draft, "swot").result
    names = _zone_names(store, saved.id)
    swot = ["Forces", "Faiblesses", "Opportunités", "Menaces"]
    assert names == [*swot, "Ce que nous apportons", "Ce que nous cherchons"]
    zones = store.board.zones.of_workshop(saved.id)
    rightmost = max(z.x + z.width for z in zones[:4])
    assert all(z.x > rightmost for z in zones[4:])  # beside, never on top of the template's
    titles = _titles(store, saved.id)
    assert titles.count("Défis du territoire") == 1
    assert "Ce que j'apporte" in titles and "Rapprochements et alliances" in titles
    assert saved.methods == (Method.CO_CONSTRUCTION, Method.OFFERS_NEEDS)


def test_changing_methods_adds_beside_removes_what_is_empty_and_undoes_in_one_step(
    store: Store,
) -> None:
    """Adding open space adds its zone and steps; removing it again takes away its steps and
    its zone only while that zone is empty; undo gives the workshop back as it was."""
    saved = ops.create_workshop(store, Workshop(title="Atelier", methods=(Method.POLL,))).result
    before_zones = _zone_names(store, saved.id)
    before_titles = _titles(store, saved.id)
    assert before_titles == ["Sondage express"]
    added = ops.set_workshop_methods(store, saved.id, [Method.POLL, Method.OPEN_SPACE])
    assert _zone_names(store, saved.id) == [*before_zones, "Comptes rendus des sessions"]
    assert _titles(store, saved.id)[1:] == [s.fr for s in GUIDES[Method.OPEN_SPACE].steps]
    undone = revert(store, added.undo)  # type: ignore[arg-type]
    assert _zone_names(store, saved.id) == before_zones
    assert store.workshops.get(saved.id).methods == (Method.POLL,)
    revert(store, undone.undo)  # type: ignore[arg-type]
    zone = store.board.zones.of_workshop(saved.id)[-1]
    card = Card(workshop_id=saved.id, text="Session vélo", zone_id=zone.id, x=zone.x + 20, y=80)
    board_ops.add_card(store, card)
    ops.set_workshop_methods(store, saved.id, [Method.POLL])
    assert "Comptes rendus des sessions" in _zone_names(store, saved.id)  # it holds a card
    assert _titles(store, saved.id) == ["Sondage express"]
    assert store.board.cards.count("workshop_id = ?", [saved.id]) == 1


def test_saving_the_form_with_other_methods_lays_them_out_too(store: Store) -> None:
    """Editing the workshop's details with a method ticked adds that method's zones and steps."""
    saved = ops.create_workshop(store, Workshop(title="Atelier")).result
    edited = ops.update_workshop(store, dataclasses.replace(saved, methods=(Method.OFFERS_NEEDS,)))
    assert "Ce que nous cherchons" in _zone_names(store, saved.id)
    assert "Ce que je cherche" in [s.title for s in edited.result.agenda]


def test_an_unknown_method_is_refused_and_nothing_is_written(store: Store) -> None:
    """A method the program does not know is refused with a message, the workshop unchanged."""
    saved = ops.create_workshop(store, Workshop(title="Atelier")).result
    with pytest.raises(InvalidInput) as caught:
        ops.set_workshop_methods(store, saved.id, ["brainstorm"], lang="en")
    assert caught.value.field == "methods" and "no such method" in str(caught.value)
    assert store.workshops.get(saved.id).methods == ()


def test_the_projector_shows_the_method_of_the_step_running_or_the_first() -> None:
    """ "Proposer des sujets" is open space's step; a step of no method gives the first method."""
    methods = (Method.TABLES, Method.OPEN_SPACE)
    assert projected_method("proposer des sujets", methods) is Method.OPEN_SPACE
    assert projected_method("Pause café", methods) is Method.TABLES
    assert projected_method(None, ()) is None
