"""Fixtures of the window tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


@pytest.fixture
def named_application(qapp: QApplication) -> Iterator[None]:
    """QSettings are stored under the app's name, as in the real application, and start empty
    (Qt keeps the settings path of the first test); the windows closed by qtbot saved their
    state: none is left for the next test."""
    qapp.setOrganizationName("Catalyse")
    qapp.setApplicationName("Catalyse")
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def shown_window(named_application: None, context: Any, qtbot: Any) -> Any:
    """The main window on the demo database, shown and active (its keys work)."""
    from ui.main_window import MainWindow

    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main
