"""The Méthodes screen, shown at a laptop's size, for the tests of its tabs."""

from __future__ import annotations

from typing import Any

import pytest

from ui.methods.screen import MethodsScreen


@pytest.fixture
def methods_screen(context: Any, qtbot: Any) -> MethodsScreen:
    methods = MethodsScreen(context)
    qtbot.addWidget(methods)
    methods.resize(1300, 700)
    methods.show()
    qtbot.waitExposed(methods)
    return methods
