"""Fixtures of the alliances screen tests."""

from __future__ import annotations

import pytest

from ui.alliances.screen import AlliancesScreen


@pytest.fixture
def screen(context, qtbot) -> AlliancesScreen:
    """The alliances screen on the demo workshop, shown at a laptop's size."""
    widget = AlliancesScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    widget.show()
    return widget
