"""A workshop's catalyst needs are ticked in its form with the keyboard and saved with it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.workshops.screen import WorkshopsScreen
from workshop.domain.records import Workshop
from workshop.domain.vocabulary import CatalystNeed
from workshop.storage.store import Store


@pytest.fixture
def screen(store: Store, qapp: object, qtbot: QtBot) -> Iterator[WorkshopsScreen]:
    store.workshops.add(Workshop(title="Atelier du Val", needs=(CatalystNeed.TIERS_LIEUX,)))
    widget = WorkshopsScreen(AppContext(store))
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    yield widget


def test_needs_are_ticked_by_keyboard_saved_and_undone(
    screen: WorkshopsScreen, qtbot: QtBot
) -> None:
    """The form shows the workshop's needs; Down and Space tick another, saving stores both in
    the four needs' order, and undo brings the one need back on screen."""
    picker = screen.form.needs_picker
    assert picker.selected() == (CatalystNeed.TIERS_LIEUX,)
    picker.setFocus()
    first = picker.box(CatalystNeed.DIALOGUE_TERRITORIAL)
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    second = picker.box(CatalystNeed.ACCOMPAGNEMENT_PARTENARIATS)
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Space)
    assert screen.status_label.text() == "Modifications non enregistrées"
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    context = screen.context
    stored = context.store.workshops.all()[0]
    assert stored.needs == (CatalystNeed.ACCOMPAGNEMENT_PARTENARIATS, CatalystNeed.TIERS_LIEUX)
    context.undo_stack.undo()
    assert picker.selected() == (CatalystNeed.TIERS_LIEUX,)
