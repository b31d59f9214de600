"""The methods of a workshop are ticked in its form (at creation and later) by the keyboard:
the agenda shows their steps at once, and saving lays their zones on the board."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.workshops.screen import WorkshopsScreen
from workshop.domain.methods import GUIDES
from workshop.domain.records import Workshop
from workshop.domain.vocabulary import Method
from workshop.storage.store import Store


@pytest.fixture
def screen(store: Store, qapp: object, qtbot: QtBot) -> Iterator[WorkshopsScreen]:
    store.workshops.add(Workshop(title="Atelier du Val", methods=(Method.CO_CONSTRUCTION,)))
    widget = WorkshopsScreen(AppContext(store))
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    yield widget


def _titles(screen: WorkshopsScreen) -> list[str]:
    return [step.title for step in screen.form.agenda_editor.agenda()]


def test_a_new_workshop_takes_the_methods_ticked_with_their_steps_and_zones(
    screen: WorkshopsScreen, qtbot: QtBot
) -> None:
    """A new workshop starts with co-construction ticked and its steps; ticking offers/needs
    by keyboard adds its steps; saved, its board has that method's zones beside the template's."""
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    form = screen.form
    picker = form.methods_picker
    assert picker.selected() == (Method.CO_CONSTRUCTION,)
    assert _titles(screen)[0] == "Accueil et émargement"
    qtbot.keyClicks(form.title_edit, "Forum des solidarites")
    picker.setFocus()
    qtbot.keyClick(picker.box(Method.CO_CONSTRUCTION), Qt.Key.Key_Down)
    qtbot.keyClick(picker.box(Method.TABLES), Qt.Key.Key_Down)
    offers = picker.box(Method.OFFERS_NEEDS)
    assert offers.hasFocus()
    qtbot.keyClick(offers, Qt.Key.Key_Space)
    assert _titles(screen)[-3:] == [s.fr for s in GUIDES[Method.OFFERS_NEEDS].steps]
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    store = screen.context.store
    saved = store.workshops.find("title = ?", ["Forum des solidarites"])[0]
    assert saved.methods == (Method.CO_CONSTRUCTION, Method.OFFERS_NEEDS)
    names = [z.name for z in store.board.zones.of_workshop(saved.id)]
    assert names[0] == "Défis du territoire" and names[-2:] == [
        "Ce que nous apportons",
        "Ce que nous cherchons",
    ]
    assert [s.title for s in saved.agenda].count("Accueil et émargement") == 1


def test_methods_changed_later_follow_in_the_agenda_and_on_the_board_and_undo(
    screen: WorkshopsScreen, qtbot: QtBot
) -> None:
    """On a saved workshop, ticking open space and unticking co-construction changes the agenda
    shown; saving stores them and adds the open space zone; undo restores it all."""
    form = screen.form
    store = screen.context.store
    workshop = store.workshops.all()[0]
    form.methods_picker.box(Method.OPEN_SPACE).setChecked(True)
    assert "Proposer des sujets" in _titles(screen)
    form.methods_picker.box(Method.CO_CONSTRUCTION).setChecked(False)
    assert _titles(screen) == [s.fr for s in GUIDES[Method.OPEN_SPACE].steps]
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    stored = store.workshops.get(workshop.id)
    assert stored.methods == (Method.OPEN_SPACE,)
    assert [z.name for z in store.board.zones.of_workshop(workshop.id)] == [
        "Comptes rendus des sessions"
    ]
    screen.context.undo_stack.undo()
    assert store.workshops.get(workshop.id).methods == (Method.CO_CONSTRUCTION,)
    assert store.board.zones.of_workshop(workshop.id) == []
    assert form.methods_picker.selected() == (Method.CO_CONSTRUCTION,)
