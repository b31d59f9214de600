"""Board test fixtures: the board screen shown on the demo workshop."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def board(context: Any, qtbot: Any) -> Any:
    """The board screen on the demo workshop, shown at a laptop's size."""
    from ui.board.screen import BoardScreen

    screen = BoardScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1400, 900)
    screen.show()
    qtbot.waitExposed(screen)
    screen.view.fit_all()
    return screen


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
