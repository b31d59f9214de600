"""The projection shows the instructions of the method the running agenda step belongs to."""

from __future__ import annotations

from typing import Any

import pytest

from workshop.domain.methods import GUIDES
from workshop.domain.vocabulary import Method
from workshop.ops import workshops as workshop_ops

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_projection_shows_the_current_steps_method_instructions(
    board: Any, context: Any, qtbot: Any
) -> None:
    """With tables and open space, a step of no method shows the first method's instructions;
    going to "Proposer des sujets" shows open space's."""
    workshop_id = board.workshop_id
    methods = [Method.TABLES, Method.OPEN_SPACE]
    context.apply("Méthodes", lambda s: workshop_ops.set_workshop_methods(s, workshop_id, methods))
    board.toggle_projector()
    projector = board.projector
    qtbot.waitExposed(projector)
    timer = board.timer
    titles = [step.title for step in timer.phases]
    assert "Proposer des sujets" in titles  # the agenda got open space's steps
    timer.go_to(0)  # the demo's own first step: no method's
    tables = GUIDES[Method.TABLES].instructions_in("fr")
    assert projector.instructions.isVisible() and tables in projector.instructions.text()
    timer.go_to(titles.index("Proposer des sujets"))
    assert "Forum ouvert" in projector.instructions.text()
    assert GUIDES[Method.OPEN_SPACE].instructions_in("fr") in projector.instructions.text()
    projector.close()


def test_a_workshop_with_no_method_shows_no_instructions(
    board: Any, context: Any, qtbot: Any
) -> None:
    """The board alone (no method chosen): the projection has no instructions line."""
    workshop_id = board.workshop_id
    context.apply("Méthodes", lambda s: workshop_ops.set_workshop_methods(s, workshop_id, []))
    board.toggle_projector()
    projector = board.projector
    qtbot.waitExposed(projector)
    assert projector.workshop is not None and projector.workshop.methods == ()
    assert not projector.instructions.isVisible()
    projector.close()
