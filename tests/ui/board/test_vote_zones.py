"""A dot vote started on the board may be limited to one zone (the phones vote on it alone)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_vote_started_on_one_zone_is_limited_to_it(board: Any, context: Any, qtbot: Any) -> None:
    """ "Sur :" lists every zone after "Toutes les zones"; picking one by keyboard and starting
    the vote limits the round to it; while it runs the choice is locked."""
    store = context.store
    zones = sorted(
        store.board.zones.of_workshop(board.workshop_id), key=lambda z: (z.position, z.id)
    )
    combo = board.vote_panel.zone_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Toutes les zones",
        *[z.name for z in zones],
    ]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == zones[1].name
    board.vote_panel.round_button.setFocus()
    qtbot.keyClick(board.vote_panel.round_button, Qt.Key.Key_Space)
    current = store.board.rounds.current(board.workshop_id)
    assert current is not None and current.zone_ids == (zones[1].id,)
    assert not combo.isEnabled()


def test_a_vote_on_every_zone_is_the_default(board: Any, context: Any) -> None:
    """Without a choice the vote covers every zone, as before."""
    board.votes.start(3)
    current = context.store.board.rounds.current(board.workshop_id)
    assert current is not None and current.zone_ids == ()
