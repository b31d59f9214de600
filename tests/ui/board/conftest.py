"""Board test fixtures: the board screen shown on the demo workshop."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def board(context: Any, qtbot: Any) -> Iterator[Any]:
    """The board screen on the demo workshop, shown at a laptop's size."""
    from ui.board.screen import BoardScreen

    screen = BoardScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1400, 900)
    screen.show()
    qtbot.waitExposed(screen)
    screen.view.fit_all()
    yield screen
    # A clock left running would save, seconds later, into a file closed by then.
    screen.timer_keeper.workshop_id = None
    screen.timer.pause()


@pytest.fixture
def empty_board(context: Any, qtbot: Any) -> Any:
    """The board screen on a new workshop that has no zones yet (made current)."""
    from ui.board.screen import BoardScreen
    from workshop.domain.records import Workshop

    workshop = context.store.workshops.add(Workshop(title="Sans zones"))
    context.set_current_workshop(workshop.id)
    screen = BoardScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    return screen
