"""The board during a session: dot votes, the phase timer, projector mode, reopening."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from workshop.domain.records import AgendaStep

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_votes_are_limited_per_participant_and_undoable(board: Any, context: Any) -> None:
    """With 2 votes each, a third vote by the same person is refused with a message."""
    store = context.store
    board.votes.start(2)
    current = store.board.rounds.current(board.workshop_id)
    assert current is not None and board.vote_panel.round == current
    assert board.scene.vote_mode
    card_id = next(iter(board.scene.card_items))
    before = board.scene.card_items[card_id].view.votes
    assert board.votes.vote_for(card_id)
    assert board.votes.vote_for(card_id)
    assert not board.votes.vote_for(card_id)
    assert "déjà utilisé ses 2 votes" in board.vote_panel.status.text()
    assert board.scene.card_items[card_id].view.votes == before + 2
    assert store.board.votes.used(current.id, board.vote_panel.participant()) == 2
    context.undo_stack.undo()
    assert board.scene.card_items[card_id].view.votes == before + 1
    board.vote_panel.participant_combo.setCurrentIndex(2)  # another participant (0: the room)
    assert board.votes.vote_for(card_id)
    top = board.vote_panel.results.item(0).data(Qt.ItemDataRole.UserRole)
    assert board.scene.card_items[top].view.votes == max(
        i.view.votes for i in board.scene.card_items.values()
    )
    board.votes.end()
    assert store.board.rounds.current(board.workshop_id) is None
    assert not board.scene.vote_mode


def test_clicking_a_card_in_vote_mode_records_a_vote(board: Any, qtbot: Any) -> None:
    """While a vote runs, a click on a card puts a dot instead of selecting it."""
    board.votes.start(3)
    item = next(iter(board.scene.card_items.values()))
    before = item.view.votes
    point = board.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(board.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert board.scene.card_items[item.card_id].view.votes == before + 1
    assert not item.isSelected()


def test_vote_totals_can_be_hidden(board: Any) -> None:
    """Unticking "show totals" hides the vote counts on the cards."""
    board.vote_panel.totals_box.setChecked(False)
    assert not any(i.show_votes for i in board.scene.card_items.values())


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_timer_counts_down_the_agenda_phases(qtbot: Any) -> None:
    """The timer counts the phase down, can pause, take extra time, and signals the end."""
    from ui.board.timer import PhaseTimer, TimerWidget, format_remaining

    clock = FakeClock()
    timer = PhaseTimer(clock=clock, interval_ms=1)
    face = TimerWidget(timer)
    qtbot.addWidget(face)
    timer.set_phases([AgendaStep(title="Défis", minutes=2), AgendaStep(title="Idées", minutes=5)])
    assert face.time_label.text() == "2:00" and "Défis" in face.phase_label.text()
    timer.start()
    clock.now += 30
    with qtbot.waitSignal(timer.ticked):
        pass
    assert face.time_label.text() == "1:30"
    timer.pause()
    clock.now += 100
    assert format_remaining(timer.remaining()) == "1:30"
    timer.add(60)
    assert format_remaining(timer.remaining()) == "2:30"
    timer.start()
    clock.now += 151
    with qtbot.waitSignal(timer.phase_ended):
        pass
    assert face.flashing
    assert face.time_label.text().startswith("−0:01")
    timer.next_phase()
    assert timer.index == 1 and face.time_label.text() == "5:00" and timer.running


def test_board_timer_takes_the_workshop_agenda(board: Any, context: Any) -> None:
    """The board's phases are the workshop's agenda steps."""
    workshop = context.store.workshops.get(board.workshop_id)
    assert [p.title for p in board.timer.phases] == [s.title for s in workshop.agenda]


def test_projector_mode_focuses_a_zone_and_esc_leaves(board: Any, qtbot: Any) -> None:
    """F11 opens a full-screen projection of the current zone; Page Down moves on; Esc leaves."""
    board.toggle_projector()
    projector = board.projector
    assert projector is not None
    qtbot.waitExposed(projector)
    zones = projector.zones()
    assert projector.zone_id == zones[0].id
    assert projector.zone_title.text() == zones[0].name
    qtbot.keyClick(projector, Qt.Key.Key_PageDown)
    assert projector.zone_id == zones[1].id
    assert board.quick_entry.current_zone() == zones[1].id
    visible = projector.view.mapToScene(projector.view.viewport().rect()).boundingRect()
    assert visible.contains(board.scene.zone_rect(zones[1].id).center())
    with qtbot.waitSignal(projector.closed):
        qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert board.projector is None


def _scene_state(screen: Any) -> dict[int, tuple[float, float, str, int | None]]:
    return {
        card_id: (item.x(), item.y(), item.view.card.text, item.view.card.cluster_id)
        for card_id, item in screen.scene.card_items.items()
    }


def test_reopened_board_is_identical(board: Any, context: Any, db_path: Path, qtbot: Any) -> None:
    """After edits, closing the file and reopening shows the same cards at the same places."""
    from ui.board.screen import BoardScreen
    from ui.context import AppContext
    from workshop.storage.store import Store

    board.cards.create_card("Une idee de plus", None, board.quick_entry.current_zone())
    items = list(board.scene.card_items.values())[:2]
    for item in items:
        item.setSelected(True)
    board.cards.group_selected(label="Ensemble")
    board.zones.arrange(board.quick_entry.current_zone())
    expected = _scene_state(board)
    context.store.close()
    reopened = Store.open(db_path)
    try:
        screen = BoardScreen(AppContext(reopened))
        qtbot.addWidget(screen)
        assert _scene_state(screen) == expected
        assert set(screen.scene.cluster_items) == set(board.scene.cluster_items)
    finally:
        reopened.close()


_BOARD_SESSION = textwrap.dedent(
    """
    import json, os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from ui.board.screen import BoardScreen
    from ui.context import AppContext
    from workshop.storage.store import Store
    store = Store.open(sys.argv[1])
    board = BoardScreen(AppContext(store))
    board.show()  # a hidden board refreshes only once shown
    entry = board.quick_entry
    for n in range(3):
        entry.text_edit.setText(f"dite avant le kill {n}")
        entry.text_edit.returnPressed.emit()
    items = list(board.scene.card_items.values())[:2]
    for item in items:
        item.setSelected(True)
    board.cards.group_selected(label="Groupe du kill")
    board.cards.nudge(1, 0)
    state = {
        str(i): [item.x(), item.y(), item.view.card.text, item.view.card.cluster_id]
        for i, item in board.scene.card_items.items()
    }
    print(json.dumps(state), flush=True)
    time.sleep(60)
    """
)


def test_board_killed_mid_session_reopens_as_it_was(
    demo_store: Any, db_path: Path, qtbot: Any
) -> None:
    """A board app killed (SIGKILL) after typing, grouping and moving reopens exactly as shown."""
    import json

    from ui.board.screen import BoardScreen
    from ui.context import AppContext
    from workshop.storage.store import Store

    demo_store.close()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    process = subprocess.Popen(
        [sys.executable, "-c", _BOARD_SESSION, str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        shown = json.loads(process.stdout.readline())
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    store = Store.open(db_path)
    try:
        screen = BoardScreen(AppContext(store))
        qtbot.addWidget(screen)
        reopened = {
            str(i): [item.x(), item.y(), item.view.card.text, item.view.card.cluster_id]
            for i, item in screen.scene.card_items.items()
        }
        assert reopened == shown
        assert sum("avant le kill" in v[2] for v in reopened.values()) == 3
        assert store.check() == []
    finally:
        store.close()


def test_projector_hides_selection_marks(board: Any, qtbot: Any) -> None:
    """A card selected on the laptop has a blue frame there, and none on the projector."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor

    from ui.board.items import SELECTED

    zone_id = board.quick_entry.current_zone()
    item = next(i for i in board.scene.card_items.values() if i.view.card.zone_id == zone_id)
    item.setSelected(True)
    board.toggle_projector()
    projector = board.projector
    qtbot.waitExposed(projector)
    edge = item.scenePos() + QPointF(item.rect().width() / 2, 0.5)

    def blue_at(view: Any) -> bool:
        colour: QColor = view.viewport().grab().toImage().pixelColor(view.mapFromScene(edge))
        return colour.blue() > 150 and colour.red() < 100 and colour.green() < 140

    board.view.centerOn(item)
    assert SELECTED.blue() > 150 and blue_at(board.view)
    assert not blue_at(projector.view)
    projector.close()
