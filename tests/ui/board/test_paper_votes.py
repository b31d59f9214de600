"""Votes without phones on the board: sticker dots typed card by card, the room's votes by click
or key, a vote hidden on the board and the projector until the facilitator reveals it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from ui.board.voting import counting_order
from workshop.queries.votes import latest_tallies
from workshop.storage.board import VoteTally

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _votes(board: Any, card_id: int) -> int:
    return int(board.scene.card_items[card_id].view.votes)


def test_the_facilitator_types_the_dots_of_each_card_in_reading_order(
    board: Any, context: Any, qtbot: Any
) -> None:
    """Ctrl+Shift+D counts: digits set the selected card's dots, Enter and Tab go to the next card
    zone by zone, Shift+Tab back, Backspace clears, Escape ends; each count is one undo step."""
    board.votes.start(3)
    order = counting_order(board.scene.contents, board.vote_panel.round)
    first, second, third = (view.card.id for view in order[:3])
    zones = [z.id for z in sorted(board.scene.contents.zones, key=lambda z: (z.position, z.id))]
    assert order[0].card.zone_id == zones[0]  # the first zone's cards first
    qtbot.keyClick(
        board.view,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    counter = board.vote_panel.counter
    assert counter.isVisible() and counter.hasFocus()
    assert board.selected_card_ids() == [first]  # the card counted is highlighted
    assert "Carte 1 sur" in counter.position.text()
    qtbot.keyClicks(counter, "12")
    assert "12" in counter.count.text()
    qtbot.keyClick(counter, Qt.Key.Key_Return)
    assert _votes(board, first) == 12
    assert board.selected_card_ids() == [second]
    qtbot.keyClicks(counter, "4")
    qtbot.keyClick(counter, Qt.Key.Key_Tab)  # Tab keeps the focus on the count
    assert counter.hasFocus() and board.selected_card_ids() == [third]
    assert _votes(board, second) == 4
    qtbot.keyClick(counter, Qt.Key.Key_Backtab)
    assert board.selected_card_ids() == [second] and "4" in counter.count.text()
    qtbot.keyClick(counter, Qt.Key.Key_Backspace)  # nothing typed: the card's count goes
    assert _votes(board, second) == 0
    qtbot.keyClicks(counter, "7")
    qtbot.keyClick(counter, Qt.Key.Key_Escape)  # what was typed is kept, the count ends
    assert not counter.isVisible() and _votes(board, second) == 7
    assert latest_tallies(context.store, board.workshop_id)[first] == VoteTally(0, 0, 12)
    context.undo_stack.undo()
    assert _votes(board, second) == 0
    assert context.undo_stack.undoText() == "Effacer les gommettes"


def test_counting_without_a_vote_starts_one(board: Any, context: Any, qtbot: Any) -> None:
    """With no vote yet on a fresh workshop, counting the dots starts one first."""
    from workshop.domain.records import Card, Workshop
    from workshop.ops import board as board_ops
    from workshop.ops import workshops as workshop_ops

    new = workshop_ops.create_workshop(context.store, Workshop(title="Au papier")).result
    zone = context.store.board.zones.of_workshop(new.id)[0]
    board_ops.add_card(
        context.store, Card(workshop_id=new.id, text="Une idée", zone_id=zone.id, x=20, y=60)
    )
    context.set_current_workshop(new.id)
    board.vote_panel.count_button.click()
    assert context.store.board.rounds.latest(new.id) is not None
    counter = board.vote_panel.counter
    qtbot.keyClicks(counter, "5")
    qtbot.keyClick(counter, Qt.Key.Key_Return)  # the last card: the count is over
    assert not counter.isVisible()
    assert [v.votes for v in board.scene.contents.cards] == [5]


def test_room_votes_by_click_and_by_key_with_no_voter(board: Any, context: Any, qtbot: Any) -> None:
    """ "La salle" in the voter list: a click is a vote of the room; + and - on a selected card
    add or take back one; each is undone."""
    board.votes.start(3)
    panel = board.vote_panel
    panel.participant_combo.setCurrentIndex(panel.participant_combo.findText("La salle (sans nom)"))
    assert panel.room_chosen() and panel.participant() is None
    item = next(iter(board.scene.card_items.values()))
    card_id = item.card_id
    point = board.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(board.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseClick(board.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert _votes(board, card_id) == 2
    panel.vote_mode_box.setChecked(False)
    board.scene.clearSelection()
    board.scene.card_items[card_id].setSelected(True)
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Plus)
    assert _votes(board, card_id) == 3
    qtbot.keyClick(board.view, Qt.Key.Key_Minus)
    assert _votes(board, card_id) == 2
    context.undo_stack.undo()
    assert _votes(board, card_id) == 3
    tally = latest_tallies(context.store, board.workshop_id)[card_id]
    assert tally == VoteTally(0, 3, 0)
    assert "3 de la salle" in panel.results.item(0).toolTip()


def test_a_hidden_vote_shows_no_counts_until_revealed(board: Any, context: Any, qtbot: Any) -> None:
    """A vote started hidden shows no counts on the board, the projector nor the ranking;
    Ctrl+Shift+V, even on the projection, reveals them everywhere."""
    panel = board.vote_panel
    panel.hidden_box.setChecked(True)
    board.votes.start(3)
    card_id = next(iter(board.scene.card_items))
    panel.participant_combo.setCurrentIndex(0)  # the room
    assert board.votes.vote_for(card_id)
    assert _votes(board, card_id) >= 1
    assert not any(i.show_votes for i in board.scene.card_items.values())
    assert not panel.totals_box.isEnabled()
    assert panel.results.count() == 1 and "Votes cachés" in panel.results.item(0).text()
    board.toggle_projector()
    projector = board.projector
    qtbot.addWidget(projector)
    assert projector.votes_hidden.isVisibleTo(projector)
    qtbot.keyClick(  # on the projection itself, covering the laptop's only screen
        projector,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert all(i.show_votes for i in board.scene.card_items.values())
    assert not projector.votes_hidden.isVisibleTo(projector)
    assert panel.results.item(0).data(Qt.ItemDataRole.UserRole) == card_id
    context.undo_stack.undo()  # hidden again
    assert not any(i.show_votes for i in board.scene.card_items.values())
    projector.close()
    focus = board.window().focusWidget()  # back on the laptop, the board's keys work at once
    assert focus is not None and board.isAncestorOf(focus)
