"""An alliance's catalyst needs are ticked in its form with the keyboard and saved with it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
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


# The offscreen platform cannot raise a popup nor grab the keyboard for it; harmless.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_alliance_needs_are_ticked_by_keyboard_and_saved(
    editor: AllianceEditor, qtbot: QtBot
) -> None:
    """The needs button opens its list with Space; Down and Space tick a need, Down and Space
    another, the list staying open until Escape; the button then names both, and saving the
    alliance stores them (undo takes them back)."""
    store = editor.context.store
    alliance = store.alliances.all()[0]
    editor.set_alliance(alliance)
    assert editor.needs.selected() == ()
    assert editor.needs.text() == "— aucun —"

    editor.needs.setFocus()
    qtbot.keyClick(editor.needs, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is editor.needs.needs_menu)
    menu = editor.needs.needs_menu
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_Space):
        qtbot.keyClick(menu, key)
    assert menu.isVisible()  # ticking keeps the list open
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    assert not menu.isVisible()
    both = (CatalystNeed.DIALOGUE_TERRITORIAL, CatalystNeed.ACCOMPAGNEMENT_PARTENARIATS)
    assert editor.needs.selected() == both
    assert editor.needs.accessibleDescription() == (
        "Dialogue territorial, Accompagnement des partenariats"
    )
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert store.alliances.get(alliance.id).needs == both
    editor.context.undo_stack.undo()
    assert store.alliances.get(alliance.id).needs == ()
