"""Workshop operations: create, edit, duplicate, delete, agenda and SDGs, each one undoable step."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.sql_count import counting
from workshop.domain.changes import Area
from workshop.domain.records import AgendaStep, Workshop, WorkshopId
from workshop.errors import InvalidInput
from workshop.ops import revert
from workshop.ops.workshops import (
    create_workshop,
    delete_workshop,
    duplicate_workshop,
    set_agenda,
    set_target_sdgs,
    update_workshop,
)
from workshop.storage.store import Store


def _zone_names(store: Store, workshop_id: WorkshopId) -> list[str]:
    return [zone.name for zone in store.board.zones.of_workshop(workshop_id)]


def _draft(**fields: Any) -> Workshop:
    values: dict[str, Any] = {
        "title": "Forum mobilités",
        "date": dt.date(2026, 3, 12),
        "start_time": dt.time(9, 0),
        "end_time": dt.time(12, 0),
        "agenda": (AgendaStep(title="Accueil", minutes=20),),
        "sdgs": (11, 3),
    }
    values.update(fields)
    return Workshop(**values)


def test_a_created_workshop_has_its_template_zones_in_one_transaction(store: Store) -> None:
    """Creating a workshop adds it and its board's zones from the template, in one transaction."""
    with counting(store) as counted:
        applied = create_workshop(store, _draft(), "swot")
    assert counted.transactions == 1
    workshop = applied.result
    assert store.workshops.get(workshop.id).title == "Forum mobilités"
    assert store.workshops.get(workshop.id).sdgs == (3, 11)
    assert _zone_names(store, workshop.id) == ["Forces", "Faiblesses", "Opportunités", "Menaces"]
    assert applied.changes.touches(Area.WORKSHOPS, Area.BOARD)


def test_undoing_a_creation_removes_the_workshop_and_its_zones_and_redo_restores_them(
    store: Store,
) -> None:
    """Undo removes the new workshop with its zones; redo brings both back with the same ids."""
    applied = create_workshop(store, _draft(), "co_construction")
    workshop_id = applied.result.id
    zones = store.board.zones.of_workshop(workshop_id)
    assert applied.undo is not None
    undone = revert(store, applied.undo)
    assert store.workshops.all() == []
    assert store.board.zones.count() == 0
    assert undone.undo is not None
    revert(store, undone.undo)
    assert store.workshops.get(workshop_id).title == "Forum mobilités"
    assert store.board.zones.of_workshop(workshop_id) == zones


@pytest.mark.parametrize(
    ("draft", "template", "field"),
    [
        (_draft(title="   "), "blank", "title"),
        (_draft(start_time=dt.time(14, 0), end_time=dt.time(10, 0)), "blank", "time"),
        (_draft(sdgs=(18,)), "blank", "sdgs"),
        (_draft(agenda=(AgendaStep(title="", minutes=10),)), "blank", "agenda"),
        (_draft(agenda=(AgendaStep(title="Accueil", minutes=0),)), "blank", "agenda"),
        (_draft(), "kanban", "template"),
    ],
)
def test_a_workshop_that_cannot_be_saved_is_refused_for_its_field(
    store: Store, draft: Workshop, template: str, field: str
) -> None:
    """A blank title, an end before the start, SDG 18, a bad agenda or template write nothing."""
    with pytest.raises(InvalidInput) as caught:
        create_workshop(store, draft, template)
    assert caught.value.field == field
    assert store.workshops.count() == 0
    assert store.board.zones.count() == 0


def test_a_refusal_speaks_english_when_asked(store: Store) -> None:
    """The message of a refused workshop is in English with lang="en"."""
    with pytest.raises(InvalidInput, match="needs a title"):
        create_workshop(store, _draft(title=""), lang="en")


def test_an_edit_is_saved_and_undone_in_one_step(store: Store) -> None:
    """Saving edited details is one transaction; undo puts the previous details back."""
    workshop = create_workshop(store, _draft(), "blank").result
    edited = Workshop(**{**workshop.__dict__, "title": "Forum des mobilités", "place": "Rodez"})
    with counting(store) as counted:
        applied = update_workshop(store, edited)
    assert counted.transactions == 1
    assert store.workshops.get(workshop.id).place == "Rodez"
    assert applied.undo is not None
    undone = revert(store, applied.undo)
    assert store.workshops.get(workshop.id).title == "Forum mobilités"
    assert store.workshops.get(workshop.id).place == ""
    assert undone.undo is not None
    revert(store, undone.undo)
    assert store.workshops.get(workshop.id).title == "Forum des mobilités"


def test_an_edit_without_a_title_writes_nothing(store: Store) -> None:
    """An edit that blanks the title is refused and the workshop keeps its title."""
    workshop = create_workshop(store, _draft(), "blank").result
    with pytest.raises(InvalidInput) as caught:
        update_workshop(store, Workshop(**{**workshop.__dict__, "title": ""}))
    assert caught.value.field == "title"
    assert store.workshops.get(workshop.id).title == "Forum mobilités"


def test_a_duplicate_copies_details_agenda_and_zones_but_no_cards(demo_store: Any) -> None:
    """The copy has the original's agenda and zones, none of its cards, in one transaction."""
    original = demo_store.workshops.get(demo_store.demo_id)
    with counting(demo_store) as counted:
        applied = duplicate_workshop(demo_store, original.id, "Copie")
    assert counted.transactions == 1
    copy = applied.result
    assert copy.title == "Copie" and copy.agenda == original.agenda
    assert _zone_names(demo_store, copy.id) == _zone_names(demo_store, original.id)
    assert demo_store.board.cards.of_workshop(copy.id) == []
    assert applied.undo is not None
    undone = revert(demo_store, applied.undo)
    assert [w.id for w in demo_store.workshops.all()] == [original.id]
    assert undone.undo is not None
    revert(demo_store, undone.undo)
    assert demo_store.workshops.get(copy.id).title == "Copie"


def test_a_duplicate_needs_a_title_and_an_existing_workshop(demo_store: Any) -> None:
    """A blank title or a workshop that is gone is refused and nothing is copied."""
    with pytest.raises(InvalidInput):
        duplicate_workshop(demo_store, demo_store.demo_id, "  ")
    with pytest.raises(InvalidInput):
        duplicate_workshop(demo_store, WorkshopId(9999), "Copie")
    assert len(demo_store.workshops.all()) == 1


def test_deleting_a_workshop_and_undoing_brings_everything_back(demo_store: Any) -> None:
    """Deleting removes the board and attendance; undo restores them and the alliances' link."""
    workshop_id = demo_store.demo_id
    cards = demo_store.board.cards.of_workshop(workshop_id)
    attendance = demo_store.attendance.of_workshop(workshop_id)
    alliances = demo_store.alliances.of_workshop(workshop_id)
    assert cards and attendance and alliances
    with counting(demo_store) as counted:
        applied = delete_workshop(demo_store, workshop_id)
    assert counted.transactions == 1
    assert demo_store.workshops.all() == []
    assert demo_store.board.cards.count() == 0
    assert demo_store.attendance.of_workshop(workshop_id) == []
    assert applied.changes.touches(Area.BOARD, Area.ATTENDANCE)
    assert applied.undo is not None
    undone = revert(demo_store, applied.undo)
    assert demo_store.board.cards.of_workshop(workshop_id) == cards
    assert demo_store.attendance.of_workshop(workshop_id) == attendance
    assert demo_store.alliances.of_workshop(workshop_id) == alliances
    assert undone.undo is not None
    revert(demo_store, undone.undo)
    assert demo_store.workshops.all() == []


def test_deleting_a_workshop_that_is_gone_is_refused(store: Store) -> None:
    """Deleting a workshop that no longer exists says so and writes nothing."""
    with pytest.raises(InvalidInput) as caught:
        delete_workshop(store, WorkshopId(42))
    assert caught.value.field == "workshop"


def test_the_agenda_is_replaced_in_one_undoable_step(store: Store) -> None:
    """A new agenda is saved in one transaction; undo puts the previous steps back."""
    workshop = create_workshop(store, _draft(), "blank").result
    steps = (AgendaStep(title=" Défis ", minutes=30), AgendaStep(title="Pistes", minutes=40))
    with counting(store) as counted:
        applied = set_agenda(store, workshop.id, steps)
    assert counted.transactions == 1
    assert [s.title for s in store.workshops.get(workshop.id).agenda] == ["Défis", "Pistes"]
    assert applied.undo is not None
    undone = revert(store, applied.undo)
    assert store.workshops.get(workshop.id).agenda == workshop.agenda
    assert undone.undo is not None
    revert(store, undone.undo)
    assert len(store.workshops.get(workshop.id).agenda) == 2


def test_an_agenda_step_of_no_minutes_is_refused(store: Store) -> None:
    """A step of 0 minutes is refused and the agenda stays as it was."""
    workshop = create_workshop(store, _draft(), "blank").result
    with pytest.raises(InvalidInput) as caught:
        set_agenda(store, workshop.id, [AgendaStep(title="Accueil", minutes=0)])
    assert caught.value.field == "agenda"
    assert store.workshops.get(workshop.id).agenda == workshop.agenda


def test_target_sdgs_are_saved_in_order_and_undone(store: Store) -> None:
    """The chosen SDGs are kept sorted without repeats; undo puts the previous ones back."""
    workshop = create_workshop(store, _draft(), "blank").result
    with counting(store) as counted:
        applied = set_target_sdgs(store, workshop.id, [13, 7, 13])
    assert counted.transactions == 1
    assert store.workshops.get(workshop.id).sdgs == (7, 13)
    assert applied.undo is not None
    undone = revert(store, applied.undo)
    assert store.workshops.get(workshop.id).sdgs == (3, 11)
    assert undone.undo is not None
    revert(store, undone.undo)
    assert store.workshops.get(workshop.id).sdgs == (7, 13)


def test_an_sdg_that_does_not_exist_is_refused(store: Store) -> None:
    """SDG 0 is refused and the workshop's SDGs stay as they were."""
    workshop = create_workshop(store, _draft(), "blank").result
    with pytest.raises(InvalidInput) as caught:
        set_target_sdgs(store, workshop.id, [0, 5])
    assert caught.value.field == "sdgs"
    assert store.workshops.get(workshop.id).sdgs == (3, 11)
