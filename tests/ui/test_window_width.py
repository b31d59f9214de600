"""At 1366x768 (a common laptop and projector size) the window never grows past the screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.main_window import SCREENS, MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

WIDTH, HEIGHT = 1366, 768
NAMES = [name for name, _module, _class in SCREENS]
DIGITS = [getattr(Qt.Key, f"Key_{position + 1}") for position in range(len(SCREENS))]


@pytest.fixture
def window(shown_window: MainWindow) -> MainWindow:
    """The main window on the demo database, 1366x768, shown and active."""
    shown_window.resize(WIDTH, HEIGHT)
    return shown_window


def _open_phone_panel(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.live_dock.isVisible() and window.live_dock.panel is not None)


def _go_to(window: MainWindow, qtbot: QtBot, name: str) -> QWidget:
    if QApplication.activeWindow() is not window:  # a stray window took the focus: click back
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, DIGITS[NAMES.index(name)], Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen_name() == name
    QApplication.processEvents()  # let the layouts settle
    return window.current_screen()


def test_on_a_small_screen_the_first_window_takes_the_whole_screen(
    context: AppContext, qtbot: QtBot, named_application: None
) -> None:
    """On a first start on a laptop-sized screen the window opens as large as the screen."""
    main = MainWindow(context)
    qtbot.addWidget(main)
    available = main.screen().availableSize()
    assert available.width() < 1600  # the offscreen test screen is 800 x 600
    assert main.size() == available


def test_no_screen_widens_the_window_with_the_phone_panel_open(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Ctrl+Shift+P then Ctrl+1…Ctrl+5: on every screen the window stays within 1366x768."""
    _open_phone_panel(window, qtbot)
    widths = {}
    for name in NAMES:
        _go_to(window, qtbot, name)
        widths[name] = window.width()
        assert window.height() <= HEIGHT, name
    assert all(width <= WIDTH for width in widths.values()), widths
    assert window.minimumSizeHint().width() <= WIDTH
    assert window.live_dock.isVisible()


@pytest.mark.parametrize(
    "name",
    [
        "workshops",
        "stakeholders",
        "board",
        "alliances",
        "report",
    ],
)
def test_each_screen_fits_beside_the_phone_panel(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    """With the phone panel open, each screen fits its room: no sideways scrolling, nothing cut."""
    _open_phone_panel(window, qtbot)
    screen = _go_to(window, qtbot, name)
    assert screen.minimumSizeHint().width() <= WIDTH
    frame = window.screen_frame(name)
    room = frame.viewport().width()
    assert screen.minimumSizeHint().width() <= room, (name, screen.minimumSizeHint(), room)
    assert not frame.horizontalScrollBar().isVisible()


def test_the_report_buttons_are_all_visible_beside_the_phone_panel(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the Report screen with the phone panel open, every button shows whole, even once
    an export adds "Ouvrir le PDF"."""
    _open_phone_panel(window, qtbot)
    screen: Any = _go_to(window, qtbot, "report")
    frame = window.screen_frame("report")
    target = tmp_path / "compte-rendu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    screen.export_button.click()
    assert target.is_file()
    QApplication.processEvents()
    visible = frame.viewport().rect()
    for button in (
        screen.refresh_button,
        screen.open_button,
        screen.sheets_button,
        screen.export_button,
        screen.print_button,
    ):
        assert button.isVisible(), button.text()
        top_left = button.mapTo(frame.viewport(), QPoint(0, 0))
        assert visible.contains(top_left), button.text()
        assert visible.contains(top_left + QPoint(button.width() - 1, button.height() - 1)), (
            button.text()
        )
        assert button.width() >= button.minimumSizeHint().width(), button.text()
    assert window.width() <= WIDTH
