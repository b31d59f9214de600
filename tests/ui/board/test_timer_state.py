"""The board timer across a restart, and its alarm at 0:00 on the laptop and the projector."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from workshop.ops.workshops import TimerState, save_timer_state, timer_state_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def reopen(context: Any, db_path: Path, qtbot: Any) -> Iterator[Any]:
    """Close the file and open it again as a restarted app would (a new store, context and
    board screen), after `meanwhile(store)` if given (what happened while it was closed)."""
    from ui.board.screen import BoardScreen
    from ui.context import AppContext
    from workshop.storage.store import Store

    stores: list[Any] = []
    screens: list[Any] = []

    def open_board(meanwhile: Any = None) -> Any:
        context.store.close()
        store = Store.open(db_path)
        stores.append(store)
        if meanwhile is not None:
            meanwhile(store)
        screen = BoardScreen(AppContext(store))
        qtbot.addWidget(screen)
        screen.resize(1366, 680)
        screen.show()
        screens.append(screen)
        return screen

    yield open_board
    for screen in screens:  # a clock left running would save, seconds later, into a closed file
        screen.timer_keeper.workshop_id = None
        screen.timer.pause()
    for store in stores:
        store.close()


@pytest.fixture
def silent(monkeypatch: Any) -> list[int]:
    """The alarm's chime is counted instead of played."""
    from ui.board import alarm

    rung: list[int] = []
    monkeypatch.setattr(alarm, "play_chime", lambda: rung.append(1) is None)
    return rung


def test_a_running_phase_resumes_after_a_restart_with_the_time_gone_by(
    board: Any, context: Any, reopen: Any, qtbot: Any
) -> None:
    """Phase 2 started, the app closed and opened six minutes later: the timer is still on
    phase 2, running, with six minutes less (not back at phase 1, 20:00)."""
    face = board.timer_widget
    next_button = next(b for b in face.buttons if b.text() == "Phase suivante")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(face.start_button, Qt.MouseButton.LeftButton)
    assert board.timer.running and board.timer.index == 1
    workshop_id = board.workshop_id
    saved = timer_state_of(context.store.workshops.get(workshop_id))
    assert saved is not None and saved.running and saved.phase == 1
    # The app is closed now and opened again six minutes later.
    board.close()
    six_minutes_ago = dataclasses.replace(saved, saved_at=saved.saved_at - 360)
    again = reopen(lambda store: save_timer_state(store, workshop_id, six_minutes_ago))
    assert again.timer.index == 1 and again.timer.running
    assert again.timer_widget.phase_label.text().startswith("Phase 2/6")
    assert 30 * 60 - 363 <= again.timer.remaining() <= 30 * 60 - 359
    assert again.timer_widget.time_label.text() in ("24:00", "23:59", "23:58")


def test_a_paused_timer_comes_back_paused_with_its_time(
    board: Any, context: Any, reopen: Any, qtbot: Any
) -> None:
    """A timer paused at 12:34 of phase 3 shows 12:34, paused, after a restart."""
    board.timer.go_to(2)
    board.timer.start()
    board.timer.add(-(30 * 60 - 754))
    board.timer.pause()
    board.close()
    again = reopen()
    assert again.timer.index == 2 and not again.timer.running
    assert again.timer_widget.time_label.text() == "12:34"


def test_at_zero_the_alarm_rings_and_the_laptop_and_projector_flash(
    context: Any, reopen: Any, qtbot: Any, silent: list[int]
) -> None:
    """When the phase reaches 0:00 the chime rings once, the laptop's timer flashes and the
    whole projection flashes amber, the clock shown large there too."""
    workshop_id = context.current_workshop_id
    nearly = TimerState(
        phase=0, title="Accueil et émargement", remaining=0.4, running=True, saved_at=time.time()
    )
    board = reopen(lambda store: save_timer_state(store, workshop_id, nearly))
    board.toggle_projector()
    projector = board.projector
    qtbot.waitExposed(projector)
    assert projector.timer_face.isVisible()
    with qtbot.waitSignal(board.timer_keeper.alarm.rang, timeout=3000):
        pass
    assert silent == [1]
    assert board.timer_widget.flashing and projector.flashing
    corner = projector.grab().toImage().pixelColor(3, 3)
    assert corner == QColor("#FF8F00")
    assert projector.view.backgroundBrush().color() == QColor("#FF8F00")  # around the board
    assert projector.timer_face.time_label.text() in ("0:00", "−0:01")
    projector.close()


def test_editing_the_agenda_keeps_the_running_phase_and_its_time(board: Any, context: Any) -> None:
    """A step added to the agenda mid-session leaves the running phase and its time as they
    were (it used to send the timer back to phase 1, stopped)."""
    from workshop.domain.records import AgendaStep
    from workshop.ops.workshops import set_agenda

    board.timer.go_to(1)
    board.timer.start()
    board.timer.add(-18 * 60)
    workshop = context.store.workshops.get(board.workshop_id)
    agenda = (AgendaStep(title="Brise-glace", minutes=10), *workshop.agenda)
    context.apply("déroulé", lambda store: set_agenda(store, workshop.id, agenda))
    assert board.timer.phase is not None and board.timer.phase.title == "Les défis du territoire"
    assert board.timer.running and board.timer.index == 2
    assert board.timer_widget.phase_label.text().startswith("Phase 3/7")
    assert 11 * 60 + 55 <= board.timer.remaining() <= 12 * 60
