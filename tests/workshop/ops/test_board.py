"""Board operations: each one action, one transaction, checked first, undone and redone."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest

from tests.sql_count import counting
from workshop.domain.board_layout import ZONE_PADDING
from workshop.domain.records import Card, CardId, ClusterId, Workshop, ZoneId
from workshop.domain.text import strip_accents
from workshop.domain.vocabulary import OrganisationKind
from workshop.errors import InvalidInput
from workshop.ops import Applied, revert
from workshop.ops import board as ops
from workshop.ops.board import CardAuthor, CardMove
from workshop.ops.registry import UnknownOrganisation
from workshop.storage.store import Store

TABLES = (
    "zones",
    "cards",
    "clusters",
    "votes",
    "vote_rounds",
    "organisations",
    "people",
    "alliance_cards",
    "commitments",
)


def _dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row a board operation may touch, as the file holds it."""
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}


def _once(store: Store, action: Callable[[Store], Applied[Any]]) -> Applied[Any]:
    """Run an operation, checking that it is one transaction."""
    with counting(store) as counted:
        applied = action(store)
    assert counted.transactions == 1
    assert applied.undo is not None
    return applied


def _undo_redo(
    store: Store,
    applied: Applied[Any],
    before: dict[str, Any],
    undone_check: Callable[[], object] = lambda: None,
) -> None:
    """Undo gives back the file as it was before; redo as it was after."""
    after = _dump(store)
    assert after != before
    undone = revert(store, applied.undo)  # type: ignore[arg-type]
    assert _dump(store) == before
    undone_check()
    assert undone.undo is not None
    revert(store, undone.undo)
    assert _dump(store) == after


def _refused(store: Store, action: Callable[[Store], object], field: str) -> InvalidInput:
    """The action is refused for a field, and nothing is written."""
    before = _dump(store)
    with pytest.raises(InvalidInput) as caught:
        action(store)
    assert caught.value.field == field
    assert str(caught.value)
    assert _dump(store) == before
    return caught.value


def _zones(store: Store) -> list[Any]:
    return store.board.zones.of_workshop(store.demo_id)  # type: ignore[attr-defined]


def _cards(store: Store) -> list[Card]:
    return store.board.cards.of_workshop(store.demo_id)  # type: ignore[attr-defined]


def _new(store: Store, text: str = "Une navette solidaire", **fields: Any) -> Card:
    zone = _zones(store)[0]
    values: dict[str, Any] = {"zone_id": zone.id, "x": zone.x + 20, "y": zone.y + 70}
    values.update(fields)
    return Card(workshop_id=store.demo_id, text=text, **values)  # type: ignore[attr-defined]


# ---- cards ----------------------------------------------------------------------------------


def test_add_card_puts_a_card_in_its_zone_undone_and_redone(demo_store: Store) -> None:
    """A new card is saved in its zone; undo takes it away, redo puts it back with its id."""
    before = _dump(demo_store)
    applied = _once(demo_store, lambda s: ops.add_card(s, _new(s, "  Une idée  ")))
    card = demo_store.board.cards.get(applied.result.id)
    assert card.text == "Une idée" and card.zone_id == _zones(demo_store)[0].id
    assert card.created_at is not None
    _undo_redo(demo_store, applied, before)
    assert demo_store.board.cards.get(card.id) == card


def test_a_card_below_its_zone_grows_the_zone_and_undo_shrinks_it(demo_store: Store) -> None:
    """A card added past its zone's bottom makes the zone taller; undo gives its height back."""
    zone = _zones(demo_store)[0]
    low = _new(demo_store, y=zone.y + zone.height - 30)
    before = _dump(demo_store)
    applied = _once(demo_store, lambda s: ops.add_card(s, low, height=120))
    grown = demo_store.board.zones.get(zone.id).height
    assert grown >= zone.height - 30 + 120 + ZONE_PADDING
    undone = revert(demo_store, applied.undo)  # type: ignore[arg-type]
    assert demo_store.board.zones.get(zone.id).height == zone.height
    assert _dump(demo_store) == before
    revert(demo_store, undone.undo)  # type: ignore[arg-type]
    assert demo_store.board.zones.get(zone.id).height == grown


def test_add_card_refuses_empty_long_or_misplaced_cards(demo_store: Store) -> None:
    """A blank or overlong text, an SDG 18, or a zone of another workshop are refused."""
    other = demo_store.workshops.add(Workshop(title="Autre"))
    foreign = ops.add_zone(demo_store, other.id, "Ailleurs").result
    _refused(demo_store, lambda s: ops.add_card(s, _new(s, "   ")), "text")
    _refused(demo_store, lambda s: ops.add_card(s, _new(s, "x" * 501)), "text")
    _refused(demo_store, lambda s: ops.add_card(s, _new(s, sdgs=(18,))), "sdgs")
    _refused(demo_store, lambda s: ops.add_card(s, _new(s, zone_id=foreign.id)), "zone")
    nan = float("nan")
    _refused(demo_store, lambda s: ops.add_card(s, _new(s, x=nan)), "position")


def test_an_unknown_organisation_typed_as_author_is_refused_not_dropped(
    demo_store: Store,
) -> None:
    """Typing an organisation the registry lacks, with no kind chosen, refuses the card and says
    why: the card is not saved without its author."""
    author = CardAuthor(typed="Ferme des Quatre Vents")
    error = _refused(demo_store, lambda s: ops.add_card(s, _new(s), author), "author")
    assert isinstance(error, UnknownOrganisation)
    assert "Ferme des Quatre Vents" in str(error)


def test_an_unknown_organisation_is_added_with_the_kind_chosen(demo_store: Store) -> None:
    """With a kind chosen, the new organisation is added and authors the card; one undo removes
    both the card and the organisation."""
    author = CardAuthor(typed="Ferme des Quatre Vents", kind=OrganisationKind.ENTREPRISE)
    before = _dump(demo_store)
    applied = _once(demo_store, lambda s: ops.add_card(s, _new(s), author))
    organisation = demo_store.organisations.by_name("Ferme des Quatre Vents")
    assert organisation is not None and organisation.kind is OrganisationKind.ENTREPRISE
    assert applied.result.organisation_id == organisation.id
    undone = revert(demo_store, applied.undo)  # type: ignore[arg-type]
    assert demo_store.organisations.by_name("Ferme des Quatre Vents") is None
    assert _dump(demo_store) == before
    revert(demo_store, undone.undo)  # type: ignore[arg-type]
    assert demo_store.organisations.by_name("Ferme des Quatre Vents") == organisation


def test_an_author_typed_loosely_finds_the_organisation_and_adds_the_person(
    demo_store: Store,
) -> None:
    """ "Zoé Nouvelle · EPICERIE…" finds "Épicerie…" (case and accents ignored) and adds Zoé
    Nouvelle to it, no organisation added."""
    organisations = demo_store.organisations.all()
    organisation = next(o for o in organisations if strip_accents(o.name) != o.name)
    typed = f"Zoé Nouvelle · {strip_accents(organisation.name).upper()}"
    applied = _once(demo_store, lambda s: ops.add_card(s, _new(s), CardAuthor(typed=typed)))
    card = applied.result
    assert card.organisation_id == organisation.id
    person = demo_store.people.get(card.person_id)
    assert (person.first_name, person.last_name) == ("Zoé", "Nouvelle")
    assert person.organisation_id == organisation.id
    assert demo_store.organisations.all() == organisations


def test_a_participant_named_alone_is_the_author(demo_store: Store) -> None:
    """Typing a participant's name without their organisation makes them the author."""
    person = next(p for p in demo_store.people.all() if p.organisation_id)
    typed = f"{person.first_name} {person.last_name}"
    applied = ops.add_card(demo_store, _new(demo_store), CardAuthor(typed=typed))
    assert (applied.result.person_id, applied.result.organisation_id) == (
        person.id,
        person.organisation_id,
    )


def test_duplicate_cards_copies_them_beside_ungrouped(demo_store: Store) -> None:
    """Duplicated cards are copies 24 points lower right, in no cluster; undo removes them."""
    originals = _cards(demo_store)[:2]
    before = _dump(demo_store)
    applied = _once(demo_store, lambda s: ops.duplicate_cards(s, [c.id for c in originals]))
    copies = applied.result
    assert [c.text for c in copies] == [c.text for c in originals]
    assert [(c.x, c.y) for c in copies] == [(c.x + 24, c.y + 24) for c in originals]
    assert all(c.cluster_id is None and c.id not in {o.id for o in originals} for c in copies)
    _undo_redo(demo_store, applied, before)
    _refused(demo_store, lambda s: ops.duplicate_cards(s, []), "cards")


def test_edit_card_changes_text_sdgs_and_author(demo_store: Store) -> None:
    """A card's text, SDGs and author change in one step; undo puts all three back."""
    card = _cards(demo_store)[0]
    organisation = next(o for o in demo_store.organisations.all() if o.id != card.organisation_id)
    before = _dump(demo_store)
    applied = _once(
        demo_store,
        lambda s: ops.edit_card(
            s,
            card.id,
            text="Texte corrigé",
            sdgs=[13, 2, 13],
            author=CardAuthor(organisation_id=organisation.id),
        ),
    )
    edited = demo_store.board.cards.get(card.id)
    assert (edited.text, edited.sdgs) == ("Texte corrigé", (2, 13))
    assert (edited.person_id, edited.organisation_id) == (None, organisation.id)
    _undo_redo(demo_store, applied, before)
    cleared = ops.edit_card(demo_store, card.id, author=CardAuthor()).result
    assert (cleared.person_id, cleared.organisation_id) == (None, None)


def test_edit_card_refuses_blank_text_and_unknown_things(demo_store: Store) -> None:
    """A blank text, an SDG 0, an unknown organisation typed or a deleted card are refused."""
    card = _cards(demo_store)[0]
    _refused(demo_store, lambda s: ops.edit_card(s, card.id, text=" "), "text")
    _refused(demo_store, lambda s: ops.edit_card(s, card.id, sdgs=[0]), "sdgs")
    nobody = CardAuthor(typed="Structure inconnue")
    _refused(demo_store, lambda s: ops.edit_card(s, card.id, author=nobody), "author")
    _refused(demo_store, lambda s: ops.edit_card(s, CardId(99999), text="x"), "card")


def test_delete_cards_takes_their_votes_and_undo_brings_everything_back(
    demo_store: Store,
) -> None:
    """Deleted cards go with their votes and alliance links; undo brings all of it back."""
    voted = {v.card_id for v in demo_store.board.votes.all()}
    ids = [c.id for c in _cards(demo_store) if c.id in voted][:2]
    before = _dump(demo_store)
    applied = _once(demo_store, lambda s: ops.delete_cards(s, ids))
    assert applied.result == 2
    assert demo_store.board.cards.count(f"id IN ({ids[0]}, {ids[1]})") == 0
    assert demo_store.board.votes.count(f"card_id IN ({ids[0]}, {ids[1]})") == 0
    _undo_redo(demo_store, applied, before)
    _refused(demo_store, lambda s: ops.delete_cards(s, [CardId(99999)]), "card")


def test_move_cards_moves_several_and_grows_their_zone(demo_store: Store) -> None:
    """Cards moved together change place and zone at once; a zone grows to hold one put low."""
    first, second = _cards(demo_store)[:2]
    target = _zones(demo_store)[-1]
    low = target.y + target.height + 200
    moves = [
        CardMove(first.id, target.x + 20, target.y + 80, target.id, 100),
        CardMove(second.id, target.x + 20, low, target.id, 100),
    ]
    before = _dump(demo_store)
    applied = _once(demo_store, lambda s: ops.move_cards(s, moves))
    assert demo_store.board.cards.get(second.id).zone_id == target.id
    assert (demo_store.board.cards.get(first.id).x, demo_store.board.cards.get(second.id).y) == (
        target.x + 20,
        low,
    )
    assert demo_store.board.zones.get(target.id).height >= low + 100 - target.y
    _undo_redo(demo_store, applied, before)


def test_move_cards_refuses_a_zone_of_another_workshop_or_no_card(demo_store: Store) -> None:
    """Moving into another workshop's zone, off the board, or nothing at all is refused."""
    card = _cards(demo_store)[0]
    other = demo_store.workshops.add(Workshop(title="Autre"))
    foreign = ops.add_zone(demo_store, other.id, "Ailleurs").result
    elsewhere = [CardMove(card.id, 0, 0, foreign.id)]
    _refused(demo_store, lambda s: ops.move_cards(s, elsewhere), "zone")
    _refused(demo_store, lambda s: ops.move_cards(s, []), "cards")
    infinite = [CardMove(card.id, float("inf"), 0, None)]
    _refused(demo_store, lambda s: ops.move_cards(s, infinite), "position")


# ---- clusters -------------------------------------------------------------------------------


def test_group_cards_makes_a_labelled_cluster_and_undo_ungroups(demo_store: Store) -> None:
    """Grouped cards share a new cluster with the label typed; undo gives them none again."""
    ids = [c.id for c in _cards(demo_store)[:3]]
    before = _dump(demo_store)
    applied = _once(
        demo_store, lambda s: ops.group_cards(s, s.demo_id, ids, "  Circuits   courts ")
    )
    cluster = applied.result
    assert cluster.label == "Circuits courts"
    assert {demo_store.board.cards.get(i).cluster_id for i in ids} == {cluster.id}
    _undo_redo(demo_store, applied, before)
    _refused(demo_store, lambda s: ops.group_cards(s, s.demo_id, ids, " "), "label")
    _refused(demo_store, lambda s: ops.group_cards(s, s.demo_id, [], "x"), "cards")


def test_ungroup_and_rename_cluster(demo_store: Store) -> None:
    """A cluster renamed keeps its cards; ungrouping frees them; each is undone in one step."""
    ids = [c.id for c in _cards(demo_store)[:2]]
    cluster = ops.group_cards(demo_store, demo_store.demo_id, ids, "Avant").result  # type: ignore[attr-defined]
    before = _dump(demo_store)
    renamed = _once(demo_store, lambda s: ops.rename_cluster(s, cluster.id, "Après"))
    assert demo_store.board.clusters.get(cluster.id).label == "Après"
    _undo_redo(demo_store, renamed, before)
    _refused(demo_store, lambda s: ops.rename_cluster(s, cluster.id, ""), "label")
    before = _dump(demo_store)
    applied = _once(demo_store, lambda s: ops.ungroup(s, [cluster.id]))
    assert {demo_store.board.cards.get(i).cluster_id for i in ids} == {None}
    _undo_redo(demo_store, applied, before)
    _refused(demo_store, lambda s: ops.ungroup(s, [ClusterId(9999)]), "cluster")


# ---- dot votes ------------------------------------------------------------------------------


def _voter(store: Store) -> Any:
    return store.people.all()[0]


def test_a_vote_round_starts_and_ends_each_undoable(demo_store: Store) -> None:
    """Starting a vote opens a round of N votes each; ending it closes it; undo reverses each."""
    workshop_id = demo_store.demo_id  # type: ignore[attr-defined]
    before = _dump(demo_store)
    started = _once(demo_store, lambda s: ops.start_vote_round(s, workshop_id, 2))
    current = demo_store.board.rounds.current(workshop_id)
    assert current == started.result and current.votes_per_person == 2
    _undo_redo(demo_store, started, before)
    before = _dump(demo_store)
    ended = _once(demo_store, lambda s: ops.end_vote_round(s, workshop_id))
    assert demo_store.board.rounds.current(workshop_id) is None
    assert ended.result.ended_at is not None
    _undo_redo(demo_store, ended, before)


def test_a_vote_round_needs_one_to_twenty_votes_and_a_running_round_to_end(
    demo_store: Store,
) -> None:
    """0 or 21 votes per person are refused; ending when no vote runs is refused."""
    workshop_id = demo_store.demo_id  # type: ignore[attr-defined]
    _refused(demo_store, lambda s: ops.start_vote_round(s, workshop_id, 0), "votes_per_person")
    _refused(demo_store, lambda s: ops.start_vote_round(s, workshop_id, 21), "votes_per_person")
    _refused(demo_store, lambda s: ops.end_vote_round(s, workshop_id), "vote_round")


def test_cast_vote_counts_a_dot_up_to_the_limit(demo_store: Store) -> None:
    """A participant's dots count on the card; past their N votes the next one is refused."""
    workshop_id = demo_store.demo_id  # type: ignore[attr-defined]
    card = _cards(demo_store)[0]
    person = _voter(demo_store)
    _refused(demo_store, lambda s: ops.cast_vote(s, card.id, person.id), "vote_round")
    round_ = ops.start_vote_round(demo_store, workshop_id, 2).result
    before = _dump(demo_store)
    applied = _once(demo_store, lambda s: ops.cast_vote(s, card.id, person.id))
    assert demo_store.board.votes.used(round_.id, person.id) == 1
    _undo_redo(demo_store, applied, before)
    ops.cast_vote(demo_store, card.id, person.id)
    error = _refused(demo_store, lambda s: ops.cast_vote(s, card.id, person.id), "person")
    assert "déjà utilisé ses 2 votes" in str(error) and person.first_name in str(error)
    english = _refused(
        demo_store, lambda s: ops.cast_vote(s, card.id, person.id, lang="en"), "person"
    )
    assert "already used their 2 votes" in str(english)


# ---- templates and zones --------------------------------------------------------------------


def test_apply_template_lays_its_zones_on_an_empty_board(demo_store: Store) -> None:
    """A SWOT template lays four zones on an empty board; undo removes them."""
    workshop = demo_store.workshops.add(Workshop(title="Vierge"))
    before = _dump(demo_store)
    applied = _once(demo_store, lambda s: ops.apply_template(s, workshop.id, "swot"))
    names = [z.name for z in demo_store.board.zones.of_workshop(workshop.id)]
    assert names == ["Forces", "Faiblesses", "Opportunités", "Menaces"]
    _undo_redo(demo_store, applied, before)


def test_apply_template_refuses_an_unknown_one_or_a_board_with_zones(demo_store: Store) -> None:
    """An unknown template, or one on a board that already has zones, is refused."""
    workshop_id = demo_store.demo_id  # type: ignore[attr-defined]
    _refused(demo_store, lambda s: ops.apply_template(s, workshop_id, "kanban"), "template")
    _refused(demo_store, lambda s: ops.apply_template(s, workshop_id, "swot"), "template")


def test_add_zone_goes_right_of_the_others(demo_store: Store) -> None:
    """A new zone goes to the right of the rightmost one, last in order; undo removes it."""
    workshop_id = demo_store.demo_id  # type: ignore[attr-defined]
    zones = _zones(demo_store)
    before = _dump(demo_store)
    applied = _once(demo_store, lambda s: ops.add_zone(s, workshop_id, " Nouvelle  zone "))
    zone = applied.result
    assert zone.name == "Nouvelle zone"
    assert zone.x > max(z.x + z.width for z in zones)
    assert zone.position == max(z.position for z in zones) + 1
    _undo_redo(demo_store, applied, before)
    _refused(demo_store, lambda s: ops.add_zone(s, workshop_id, "  "), "name")


def test_rename_recolour_resize_a_zone(demo_store: Store) -> None:
    """A zone is renamed, recoloured and resized, each one undoable step."""
    zone = _zones(demo_store)[0]
    for action, check in (
        (lambda s: ops.rename_zone(s, zone.id, "Nos défis"), lambda z: z.name == "Nos défis"),
        (lambda s: ops.recolour_zone(s, zone.id, "#123abc"), lambda z: z.colour == "#123ABC"),
        (
            lambda s: ops.resize_zone(s, zone.id, 600.4, 900.6),
            lambda z: (z.width, z.height) == (600, 901),
        ),
    ):
        before = _dump(demo_store)
        applied = _once(demo_store, action)
        assert check(demo_store.board.zones.get(zone.id))
        _undo_redo(demo_store, applied, before)


def test_zone_edits_refuse_blank_names_bad_colours_and_tiny_sizes(demo_store: Store) -> None:
    """A blank name, a colour not written #RRGGBB, a zone smaller than 220 × 160 are refused."""
    zone = _zones(demo_store)[0]
    _refused(demo_store, lambda s: ops.rename_zone(s, zone.id, ""), "name")
    _refused(demo_store, lambda s: ops.recolour_zone(s, zone.id, "red"), "colour")
    _refused(demo_store, lambda s: ops.resize_zone(s, zone.id, 100, 900), "size")
    _refused(demo_store, lambda s: ops.rename_zone(s, ZoneId(9999), "x"), "zone")


def test_remove_zone_keeps_its_cards_and_undo_puts_them_back_in_it(demo_store: Store) -> None:
    """Removing a zone leaves its cards on the board in no zone; undo puts them back in it."""
    zone = _zones(demo_store)[0]
    inside = [c.id for c in demo_store.board.cards.in_zone(zone.id)]
    before = _dump(demo_store)
    applied = _once(demo_store, lambda s: ops.remove_zone(s, zone.id))
    assert {demo_store.board.cards.get(i).zone_id for i in inside} == {None}

    def back_in_zone() -> None:
        assert [c.id for c in demo_store.board.cards.in_zone(zone.id)] == inside

    _undo_redo(demo_store, applied, before, back_in_zone)
    _refused(demo_store, lambda s: ops.remove_zone(s, ZoneId(9999)), "zone")


def test_arrange_zone_lays_its_cards_in_rows(demo_store: Store) -> None:
    """Arranging a zone puts its cards in rows that do not overlap; undo puts them back."""
    zone = _zones(demo_store)[0]
    cards = demo_store.board.cards.in_zone(zone.id)
    ops.move_cards(demo_store, [CardMove(cards[0].id, cards[1].x + 5, cards[1].y + 5, zone.id)])
    sizes = {c.id: (180.0, 120.0) for c in cards}
    before = _dump(demo_store)
    applied = _once(demo_store, lambda s: ops.arrange_zone(s, zone.id, sizes))
    placed = {(c.x, c.y) for c in demo_store.board.cards.in_zone(zone.id)}
    assert len(placed) == len(cards)
    rows = sorted({y for _, y in placed})
    assert all(b - a >= 120 for a, b in itertools.pairwise(rows))
    _undo_redo(demo_store, applied, before)
    _refused(demo_store, lambda s: ops.arrange_zone(s, ZoneId(9999)), "zone")


# ---- the board as a live tool: groups, zones moved, colours and tags -------------------------


def _diagonal(store: Store) -> tuple[Any, list[Card], dict[CardId, tuple[float, float]]]:
    """A zone arranged in rows of two, with its cards' sizes (its first and fourth cards then
    sit diagonally)."""
    zone = _zones(store)[0]
    cards = store.board.cards.in_zone(zone.id)
    assert len(cards) >= 4
    sizes = {c.id: (180.0, 90.0) for c in _cards(store)}
    ops.arrange_zone(store, zone.id, sizes)
    return zone, sorted(store.board.cards.in_zone(zone.id), key=lambda c: (c.y, c.x)), sizes


def _box(card: Card, sizes: dict[CardId, tuple[float, float]]) -> Any:
    from workshop.domain.board_layout import Box

    return Box(card.x, card.y, *sizes[card.id])


def test_grouping_two_diagonal_cards_gathers_them_under_their_name_clear_of_the_others(
    demo_store: Store,
) -> None:
    """Two diagonal cards grouped sit side by side in their zone; the group's frame holds no
    other card and its name's row, above them, is on no card; one undo puts all back."""
    from workshop.domain.board_layout import CLUSTER_LABEL, Box, group_frame

    zone, cards, sizes = _diagonal(demo_store)
    first, fourth = cards[0], cards[3]
    assert first.x != fourth.x and first.y != fourth.y
    before = _dump(demo_store)
    applied = _once(
        demo_store,
        lambda s: ops.group_cards(s, s.demo_id, [first.id, fourth.id], "Mobilité", sizes=sizes),
    )
    members = [demo_store.board.cards.get(i) for i in (first.id, fourth.id)]
    assert {m.zone_id for m in members} == {zone.id}
    assert members[0].y == members[1].y  # side by side
    frame = group_frame([_box(m, sizes) for m in members])
    label = Box(frame.x, frame.y, frame.width, CLUSTER_LABEL)
    assert frame.y >= zone.y and frame.x >= zone.x and frame.x + frame.width <= zone.x + zone.width
    others = [c for c in _cards(demo_store) if c.id not in (first.id, fourth.id)]
    assert not any(frame.intersects(_box(c, sizes)) for c in others)
    assert not any(label.intersects(_box(c, sizes)) for c in _cards(demo_store))
    _undo_redo(demo_store, applied, before)


def test_arranging_a_zone_keeps_each_group_together_under_its_name(demo_store: Store) -> None:
    """After "Ranger la zone", a group's frame still holds only its cards, name above them."""
    from workshop.domain.board_layout import group_frame

    zone, cards, sizes = _diagonal(demo_store)
    ids = [cards[1].id, cards[2].id]
    demo_store.board.cards.set_cluster(ids, None)
    cluster = ops.group_cards(demo_store, demo_store.demo_id, ids, "Groupe").result  # type: ignore[attr-defined]
    ops.arrange_zone(demo_store, zone.id, sizes)
    members = [demo_store.board.cards.get(i) for i in ids]
    assert {m.cluster_id for m in members} == {cluster.id}
    frame = group_frame([_box(m, sizes) for m in members])
    others = [c for c in _cards(demo_store) if c.id not in ids]
    assert not any(frame.intersects(_box(c, sizes)) for c in others)


def test_a_zone_moved_takes_its_cards_along_in_one_undo_step(demo_store: Store) -> None:
    """Moving a zone moves its cards by as much; undo puts the zone and the cards back."""
    zone = _zones(demo_store)[0]
    cards = demo_store.board.cards.in_zone(zone.id)
    before = _dump(demo_store)
    applied = _once(demo_store, lambda s: ops.move_zone(s, zone.id, zone.x + 100, zone.y + 40))
    assert demo_store.board.zones.get(zone.id).x == zone.x + 100
    for card in cards:
        moved = demo_store.board.cards.get(card.id)
        assert (moved.x, moved.y) == (card.x + 100, card.y + 40)
    _undo_redo(demo_store, applied, before)
    _refused(demo_store, lambda s: ops.move_zone(s, zone.id, float("nan"), 0), "position")


def test_cards_get_a_colour_and_tags_by_hand_kept_and_undone(demo_store: Store) -> None:
    """A colour and tags chosen are kept on the cards (tags once each, no "#"); undone."""
    ids = [c.id for c in _cards(demo_store)[:2]]
    before = _dump(demo_store)
    applied = _once(demo_store, lambda s: ops.set_card_colour(s, ids, "#ffcc80"))
    assert {demo_store.board.cards.get(i).colour for i in ids} == {"#FFCC80"}
    _undo_redo(demo_store, applied, before)
    before = _dump(demo_store)
    applied = _once(
        demo_store, lambda s: ops.set_card_tags(s, ids, [" #Mobilité", "mobilite", "jeunes", ""])
    )
    assert demo_store.board.cards.get(ids[0]).tags == ("Mobilité", "jeunes")
    views = {v.card.id: v for v in demo_store.board.contents(demo_store.demo_id).cards}  # type: ignore[attr-defined]
    assert views[ids[0]].card.tags == ("Mobilité", "jeunes")
    _undo_redo(demo_store, applied, before)
    _refused(demo_store, lambda s: ops.set_card_colour(s, ids, "orange"), "colour")
    _refused(demo_store, lambda s: ops.set_card_tags(s, ids, ["x" * 31]), "tags")


def test_a_group_folds_and_takes_another_colour(demo_store: Store) -> None:
    """A group folded (or opened) and recoloured is kept so; each is one undo step."""
    ids = [c.id for c in _cards(demo_store)[:2]]
    cluster = ops.group_cards(demo_store, demo_store.demo_id, ids, "Groupe").result  # type: ignore[attr-defined]
    before = _dump(demo_store)
    applied = _once(demo_store, lambda s: ops.collapse_clusters(s, [cluster.id], True))
    assert demo_store.board.clusters.get(cluster.id).collapsed
    _undo_redo(demo_store, applied, before)
    applied = _once(demo_store, lambda s: ops.recolour_cluster(s, cluster.id, "#c5e1a5"))
    assert demo_store.board.clusters.get(cluster.id).colour == "#C5E1A5"
    _refused(demo_store, lambda s: ops.recolour_cluster(s, cluster.id, "vert"), "colour")


def test_a_card_that_became_an_alliance_or_a_commitment_shows_the_link(demo_store: Store) -> None:
    """The board reads, with each card, the alliance it seeded and the commitment it became."""
    from workshop.ops import alliances

    authored = [c for c in _cards(demo_store) if c.organisation_id or c.person_id]
    seeded, committed = authored[0], authored[1]
    alliance = alliances.seed_alliance(
        demo_store,
        demo_store.demo_id,  # type: ignore[attr-defined]
        [seeded.id],
        "Navette solidaire",
    ).result
    alliances.card_to_commitment(demo_store, committed.id, alliance.id)
    views = {v.card.id: v for v in demo_store.board.contents(demo_store.demo_id).cards}  # type: ignore[attr-defined]
    assert [(link.kind, link.alliance_id) for link in views[seeded.id].links] == [
        ("alliance", alliance.id)
    ]
    commitment = [link for link in views[committed.id].links if link.kind == "commitment"]
    assert commitment and commitment[0].alliance_name == "Navette solidaire"
    assert commitment[0].partner_name
    plain = [v for v in views.values() if v.card.id not in (seeded.id, committed.id)]
    assert any(not v.links for v in plain)
