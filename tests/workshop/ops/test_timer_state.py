"""The board timer's state kept in the workshop across a restart."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import pytest

from workshop.errors import InvalidInput
from workshop.ops.workshops import TimerState, save_timer_state, timer_state_of


def test_a_saved_timer_state_is_read_back_and_counts_on_while_running(demo_store: Any) -> None:
    """The phase and time left saved are read back; a running one has counted on since."""
    state = TimerState(
        phase=1, title="Les défis du territoire", remaining=1440.0, running=True, saved_at=1000.0
    )
    save_timer_state(demo_store, demo_store.demo_id, state)
    read = timer_state_of(demo_store.workshops.get(demo_store.demo_id))
    assert read == state
    assert read is not None and read.left_at(1060.0) == 1380.0
    paused = TimerState(phase=1, title="x", remaining=75.0, running=False, saved_at=1000.0)
    assert paused.left_at(5000.0) == 75.0


def test_a_meaningless_timer_state_is_refused_and_nothing_written(demo_store: Any) -> None:
    """A state with no finite time left is refused with a message; the workshop is unchanged."""
    before = demo_store.workshops.get(demo_store.demo_id)
    bad = TimerState(phase=0, title="Accueil", remaining=math.inf, running=False, saved_at=1.0)
    with pytest.raises(InvalidInput) as refused:
        save_timer_state(demo_store, demo_store.demo_id, bad, lang="en")
    assert refused.value.field == "timer_state" and "timer" in str(refused.value)
    assert demo_store.workshops.get(demo_store.demo_id) == before


def test_an_unreadable_saved_state_is_ignored(demo_store: Any) -> None:
    """A workshop whose saved timer text cannot be read starts its timer afresh."""
    workshop = demo_store.workshops.get(demo_store.demo_id)
    assert timer_state_of(dataclasses.replace(workshop, timer_state="{not json")) is None
    assert timer_state_of(dataclasses.replace(workshop, timer_state='{"phase": 1}')) is None
    assert timer_state_of(workshop) is None


def test_saving_the_workshop_form_keeps_the_timer_the_board_saved_since(demo_store: Any) -> None:
    """A workshop edited in a form read before the timer was saved keeps the timer's state."""
    from workshop.ops.workshops import update_workshop

    form_record = demo_store.workshops.get(demo_store.demo_id)
    state = TimerState(
        phase=2, title="Ce que chacun apporte", remaining=600.0, running=True, saved_at=2000.0
    )
    save_timer_state(demo_store, demo_store.demo_id, state)
    update_workshop(demo_store, dataclasses.replace(form_record, place="Mairie"))
    saved = demo_store.workshops.get(demo_store.demo_id)
    assert saved.place == "Mairie" and timer_state_of(saved) == state


def test_a_duplicated_workshop_starts_its_timer_afresh(demo_store: Any) -> None:
    """A copy of a workshop whose timer ran has its own timer at its first phase."""
    from workshop.ops.workshops import duplicate_workshop

    state = TimerState(
        phase=3, title="Pistes d'action", remaining=60.0, running=True, saved_at=2000.0
    )
    save_timer_state(demo_store, demo_store.demo_id, state)
    copy = duplicate_workshop(demo_store, demo_store.demo_id, "Atelier bis").result
    assert timer_state_of(demo_store.workshops.get(copy.id)) is None
    assert timer_state_of(demo_store.workshops.get(demo_store.demo_id)) == state
