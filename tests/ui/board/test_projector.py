"""The projection: the workshop's name and question, and typing cards while it covers the
laptop's only screen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_projection_names_the_workshop_and_shows_its_question(
    board: Any, context: Any, qtbot: Any
) -> None:
    """The projection's header shows the workshop's title and question; the whole board is
    called so, not "Tableau"."""
    workshop = context.store.workshops.get(board.workshop_id)
    board.toggle_projector()
    projector = board.projector
    qtbot.waitExposed(projector)
    assert projector.workshop_title.text() == workshop.title
    assert projector.question.text() == workshop.question
    assert projector.question.isVisible() and projector.workshop_title.isVisible()
    qtbot.keyClick(projector, Qt.Key.Key_Home)
    assert projector.zone_title.text() == "Tout le tableau"
    projector.close()


def test_on_the_only_screen_cards_are_typed_on_the_projection(
    board: Any, context: Any, qtbot: Any
) -> None:
    """With one screen the projection covers the laptop: its bottom holds the quick entry, the
    cursor in it; Ctrl+L, typing and Enter add a card; closing gives the entry back."""
    entry = board.quick_entry
    board.toggle_projector()
    projector = board.projector
    qtbot.waitExposed(projector)
    assert entry.window() is projector and entry.isVisible()
    assert projector.focusWidget() is entry.author_edit
    entry.text_edit.setFocus()
    qtbot.keyClick(projector, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert projector.focusWidget() is entry.author_edit
    before = len(context.store.board.cards.of_workshop(board.workshop_id))
    qtbot.keyClick(entry.author_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(entry.text_edit, "Navette solidaire du mardi")
    qtbot.keyClick(entry.text_edit, Qt.Key.Key_Return)
    cards = context.store.board.cards.of_workshop(board.workshop_id)
    assert len(cards) == before + 1
    assert any(c.text == "Navette solidaire du mardi" for c in cards)
    with qtbot.waitSignal(projector.closed):
        projector.close()
    assert entry.window() is board.window() and entry.isVisible()
    assert board.layout().indexOf(entry) == board.layout().count() - 1


def test_with_a_second_screen_the_laptop_keeps_the_keyboard(
    board: Any, context: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """With a projector as a second screen, the quick entry stays on the laptop, whose window
    is active again: typing goes on there."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from ui.board import projector as module

    class Wall:
        def geometry(self) -> QRect:
            return QRect(0, 0, 1024, 768)

    monkeypatch.setattr(module, "projector_screen", lambda current: Wall())
    monkeypatch.setattr(module.ProjectorWindow, "setScreen", lambda self, screen: None)
    shown = module.ProjectorWindow.showFullScreen

    def shown_and_focused(window: Any) -> None:  # as a window manager gives a new window focus
        shown(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    monkeypatch.setattr(module.ProjectorWindow, "showFullScreen", shown_and_focused)
    board.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board.window())
    board.toggle_projector()
    projector = board.projector
    qtbot.waitExposed(projector)
    assert not projector.hosts_entry and board.quick_entry.window() is board.window()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board.window())
    projector.close()
