"""A hidden screen gathers what changed and refreshes once when shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.refresh import STALE_ROWS_KEPT, Refresher
from workshop.domain.changes import Area, Changes


def test_a_hidden_screen_gets_the_rows_then_its_areas_whole_after_many(
    context: AppContext, qtbot: Any
) -> None:
    """Hidden while a few cards are written, a screen is told those rows when shown; hidden
    while thousands are, it is told its area changed (rows unknown: it reads it whole)."""
    screen = QWidget()
    qtbot.addWidget(screen)
    told: list[Changes] = []
    Refresher(context, screen, {Area.BOARD}, lambda changes, _by: told.append(changes))
    context.notify(Changes.of_rows([("cards", 1), ("cards", 2)]))
    screen.show()
    assert told[-1].rows == {("cards", 1), ("cards", 2)} and told[-1].touches(Area.BOARD)
    screen.hide()
    for n in range(STALE_ROWS_KEPT + 10):
        context.notify(Changes.of_rows([("cards", n)]))
    assert len(told) == 1
    screen.show()
    assert len(told) == 2 and told[-1].rows is None and told[-1].touches(Area.BOARD)
