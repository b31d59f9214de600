"""The Forum ouvert tab, driven by the keyboard: the grid, topics placed, participants."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from ui.methods.open_space import TopicDialog
from ui.methods.screen import MethodsScreen

# The offscreen platform cannot raise a window nor grab the keyboard (completer popups).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def screen(methods_screen: MethodsScreen) -> MethodsScreen:
    methods_screen.tabs.setCurrentWidget(methods_screen.open_space)
    return methods_screen


def _type(qtbot: Any, widget: Any, text: str) -> None:
    """Type a line and Enter (QTest types ASCII only: the rest is inserted as typed)."""
    widget.setFocus()
    widget.insert(text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_topic_typed_is_placed_in_a_cell_by_enter_arrows_enter_and_undone_in_one_step(
    screen: MethodsScreen, qtbot: Any
) -> None:
    """Enter on a proposed topic takes it to the grid, an arrow moves to the next room, Enter
    puts it there; Ctrl+Z sends it back to the topics to place."""
    tab = screen.open_space
    tab.add_slot_button.click()
    _type(qtbot, tab.room_name, "Salle du conseil")
    _type(qtbot, tab.room_name, "Préau")
    assert [tab.grid.horizontalHeaderItem(c).text() for c in range(2)] == [
        "Salle du conseil",
        "Préau",
    ]
    assert tab.grid.verticalHeaderItem(0).text() == "14:00–14:45"
    tab.topic_title.setFocus()
    tab.topic_title.insert("Vélo & covoiturage")
    qtbot.keyClicks(tab.topic_host, "agathe henry")
    qtbot.keyClick(tab.topic_host, Qt.Key.Key_Return)
    assert tab.waiting.count() == 1
    assert "Agathe Henry (CCI de la Lise)" in tab.waiting.item(0).text()
    tab.waiting.setFocus()
    tab.waiting.setCurrentRow(0)
    qtbot.keyClick(tab.waiting, Qt.Key.Key_Return)
    assert tab.carrying is not None and tab.grid.hasFocus()
    assert "Vélo & covoiturage" in tab.hint.text()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Right)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)
    assert tab.waiting.count() == 0
    assert tab.grid.item(0, 1).text().startswith("Vélo & covoiturage")
    assert tab.details_where.text() == "14:00–14:45 · Préau"
    screen.context.undo_stack.undo()
    assert tab.waiting.count() == 1 and tab.grid.item(0, 1).text() == ""


def test_people_present_join_the_session_chosen_and_delete_takes_one_out(
    screen: MethodsScreen, qtbot: Any
) -> None:
    """Typing part of a present person's name and Enter adds them to the session shown; Delete
    in the participants' list takes them out."""
    tab = screen.open_space
    _type(qtbot, tab.topic_title, "Circuits courts")
    _type(qtbot, tab.member_entry.lineEdit(), "Amadou")
    assert [tab.members.item(i).text() for i in range(tab.members.count())] == [
        "Amadou Diallo (Les Amis du Marché Paysan)"
    ]
    assert "1 participant" in tab.waiting.item(0).text()
    tab.members.setFocus()
    tab.members.setCurrentRow(0)
    qtbot.keyClick(tab.members, Qt.Key.Key_Delete)
    assert tab.members.count() == 0


def test_a_refusal_is_said_under_the_grid_and_changes_nothing(
    screen: MethodsScreen, qtbot: Any
) -> None:
    """A topic without a title, or a grid still empty, is explained in words."""
    tab = screen.open_space
    _type(qtbot, tab.topic_title, "   ")
    assert "titre" in tab.message.text()
    _type(qtbot, tab.topic_title, "Énergie citoyenne")
    tab.waiting.setFocus()
    tab.waiting.setCurrentRow(0)
    qtbot.keyClick(tab.waiting, Qt.Key.Key_Return)
    assert "créneau" in tab.message.text() and tab.carrying is None


def test_f5_projects_the_grid_and_escape_closes_it(screen: MethodsScreen, qtbot: Any) -> None:
    """F5 on the tab opens the grid full screen for the room; Escape comes back."""
    tab = screen.open_space
    tab.add_slot_button.click()
    _type(qtbot, tab.room_name, "Jardin")
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_F5)
    projection = screen.projection
    assert projection is not None and projection.isVisible()
    assert projection.heading.text() == "Forum ouvert"
    assert projection.content.grid.rooms[0].name == "Jardin"  # type: ignore[union-attr]
    qtbot.keyClick(projection, Qt.Key.Key_Escape)
    assert screen.projection is None


def test_f2_corrects_the_chosen_topics_title_and_host(
    screen: MethodsScreen, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F2 opens the topic chosen; a host typed as a present person's name becomes that person."""
    tab = screen.open_space
    _type(qtbot, tab.topic_title, "Cantnes")

    def answer(dialog: TopicDialog) -> int:
        assert dialog.title.text() == "Cantnes"
        dialog.title.setText("Cantines bio")
        dialog.host.setText("amadou diallo (les amis du marché paysan)")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TopicDialog, "exec", answer)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    tab.waiting.setFocus()
    tab.waiting.setCurrentRow(0)
    qtbot.keyClick(tab.waiting, Qt.Key.Key_F2)
    assert tab.details_title.text() == "Cantines bio"
    assert tab.details_host.text() == "Hôte : Amadou Diallo (Les Amis du Marché Paysan)"


def test_the_chosen_slot_takes_new_times_and_a_room_is_renamed(
    screen: MethodsScreen, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The slot of the current row gets the times typed; a room is renamed from its column."""
    tab = screen.open_space
    tab.add_slot_button.click()
    _type(qtbot, tab.room_name, "Salle A")
    tab.grid.setCurrentCell(0, 0)
    tab.slot_start.setTime(QTime(9, 30))
    tab.slot_end.setTime(QTime(10, 15))
    tab.edit_slot_button.click()
    assert tab.grid.verticalHeaderItem(0).text() == "09:30–10:15"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Médiathèque", True))
    tab.rename_room_button.click()
    assert tab.grid.horizontalHeaderItem(0).text() == "Médiathèque"
