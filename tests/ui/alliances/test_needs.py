"""An alliance's catalyst needs are ticked in its form with the keyboard and saved with it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.alliances.editor import AllianceEditor
from ui.context import AppContext
from workshop.domain.records import Alliance, Workshop
from workshop.domain.vocabulary import CatalystNeed
from workshop.storage.store import Store


@pytest.fixture
def editor(store: Store, qapp: object, qtbot: QtBot) -> AllianceEditor:
    workshop = store.workshops.add(Workshop(title="Atelier du Val"))
    store.alliances.add(Alliance(workshop_id=workshop.id, name="Tiers-lieu"))
    widget = AllianceEditor(AppContext(store))
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    return widget


def test_alliance_needs_are_ticked_by_keyboard_and_saved(
    editor: AllianceEditor, qtbot: QtBot
) -> None:
    """In the needs list Space ticks one, Right and Space another (two side by side), and
    saving the alliance stores both (undo takes them back)."""
    store = editor.context.store
    alliance = store.alliances.all()[0]
    editor.set_alliance(alliance)
    assert editor.needs.selected() == ()
    editor.needs.setFocus()
    first = editor.needs.box(CatalystNeed.DIALOGUE_TERRITORIAL)
    qtbot.keyClick(first, Qt.Key.Key_Space)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    qtbot.keyClick(editor.needs.box(CatalystNeed.ACCOMPAGNEMENT_PARTENARIATS), Qt.Key.Key_Space)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert store.alliances.get(alliance.id).needs == (
        CatalystNeed.DIALOGUE_TERRITORIAL,
        CatalystNeed.ACCOMPAGNEMENT_PARTENARIATS,
    )
    editor.context.undo_stack.undo()
    assert store.alliances.get(alliance.id).needs == ()
