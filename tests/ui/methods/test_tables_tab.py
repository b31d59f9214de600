"""The Tables tab, driven by the keyboard: tables made, people split and moved, hosts, rounds,
the plenary and the table cards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from ui.methods.screen import MethodsScreen
from ui.methods.tables import TablesTab
from workshop.domain.records import Card
from workshop.ops.board import add_card

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def screen(context: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> MethodsScreen:
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (3, True))
    methods = MethodsScreen(context)
    qtbot.addWidget(methods)
    methods.resize(1300, 700)
    methods.show()
    qtbot.waitExposed(methods)
    methods.tabs.setCurrentWidget(methods.tables)
    methods.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is methods)
    methods.tables.tree.setFocus()
    return methods


def _tables(tab: TablesTab) -> list[str]:
    """The list's top rows as shown: "1. Table 1", …, "Sans table (n)"."""
    return [tab.tree.topLevelItem(i).text(0) for i in range(tab.tree.topLevelItemCount())]


def _people(tab: TablesTab, row: int) -> list[str]:
    top = tab.tree.topLevelItem(row)
    return [top.child(i).text(0) for i in range(top.childCount())]


def _select_person(tab: TablesTab, row: int, child: int = 0) -> str:
    item = tab.tree.topLevelItem(row).child(child)
    tab.tree.setCurrentItem(item)
    return item.text(0)


def test_tables_are_made_and_everyone_split_mixing_kinds_by_keyboard_then_undone(
    screen: MethodsScreen, context: Any, qtbot: Any
) -> None:
    """Ctrl+Alt+T makes three tables, Ctrl+Alt+M seats everyone present; Ctrl+Z unseats them."""
    tab = screen.tables
    assert "Pas encore de tables" in tab.round_label.text()
    qtbot.keyClick(tab.tree, Qt.Key.Key_T, CTRL_ALT)
    present = len(tab.overview.present)
    assert _tables(tab) == ["1. Table 1", "2. Table 2", "3. Table 3", f"Sans table ({present})"]
    qtbot.keyClick(tab.tree, Qt.Key.Key_M, CTRL_ALT)
    assert _tables(tab)[-1] == "Sans table (0)"
    sizes = [len(_people(tab, row)) for row in range(3)]
    assert sum(sizes) == present and max(sizes) - min(sizes) <= 1
    assert tab.round_label.text().startswith("Tour 1 sur 1 · 3 tables")
    context.undo_stack.undo()
    assert _tables(tab)[-1] == f"Sans table ({present})"


def test_a_person_moves_with_a_digit_and_alt_arrows_and_becomes_host_with_h(
    screen: MethodsScreen, qtbot: Any
) -> None:
    """2 seats the selected person at table 2, Alt+↓ at table 3, H makes them its host."""
    tab = screen.tables
    qtbot.keyClick(tab.tree, Qt.Key.Key_T, CTRL_ALT)
    name = _select_person(tab, 3)  # the first of "Sans table"
    qtbot.keyClick(tab.tree, Qt.Key.Key_2)
    assert _people(tab, 1) == [name]
    assert tab.tree.currentItem().text(0) == name  # the selection follows the person
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _people(tab, 2) == [name] and _people(tab, 1) == []
    qtbot.keyClick(tab.tree, Qt.Key.Key_H)
    assert tab.tree.topLevelItem(2).child(0).text(3) == "★ hôte"
    assert "hôte : " + name in tab.tree.topLevelItem(2).text(1)
    qtbot.keyClick(tab.tree, Qt.Key.Key_9)
    assert "pas de table 9" in tab.status.text()


def test_the_next_round_keeps_the_hosts_and_the_previous_round_shows_the_first_again(
    screen: MethodsScreen, qtbot: Any
) -> None:
    """After Ctrl+Alt+PgDown hosts sit where they were; Ctrl+Alt+PgUp shows round 1 as it was."""
    tab = screen.tables
    qtbot.keyClick(tab.tree, Qt.Key.Key_T, CTRL_ALT)
    qtbot.keyClick(tab.tree, Qt.Key.Key_H, CTRL_ALT)
    for row in range(3):
        _select_person(tab, row)
        qtbot.keyClick(tab.tree, Qt.Key.Key_H)
    first = [_people(tab, row) for row in range(3)]
    hosts = [people[0] for people in first]
    qtbot.keyClick(tab.tree, Qt.Key.Key_PageDown, CTRL_ALT)
    assert tab.round_label.text().startswith("Tour 2 sur 2")
    second = [_people(tab, row) for row in range(3)]
    assert [people[0] for people in second] == hosts
    assert second != first
    qtbot.keyClick(tab.tree, Qt.Key.Key_PageUp, CTRL_ALT)
    assert tab.round_label.text().startswith("Tour 1 sur 2")
    assert [_people(tab, row) for row in range(3)] == first


def test_f2_renames_a_table_and_delete_removes_it(
    screen: MethodsScreen, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F2 on a table renames it (typed & kept as is), Suppr removes it with its zone."""
    tab = screen.tables
    qtbot.keyClick(tab.tree, Qt.Key.Key_T, CTRL_ALT)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Vélo & bus", True))
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    qtbot.keyClick(tab.tree, Qt.Key.Key_F2)
    assert _tables(tab)[0] == "1. Vélo & bus"
    tab.tree.setCurrentItem(tab.tree.topLevelItem(1))
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert _tables(tab)[:2] == ["1. Vélo & bus", "2. Table 3"]
    assert "Table 2" in tab.status.text()


def test_the_plenary_gathers_the_cards_and_the_table_cards_are_written(
    screen: MethodsScreen,
    context: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl+Alt+L groups the tables' cards in the plenary zone; Ctrl+Alt+P writes the cards."""
    tab = screen.tables
    qtbot.keyClick(tab.tree, Qt.Key.Key_T, CTRL_ALT)
    qtbot.keyClick(tab.tree, Qt.Key.Key_L, CTRL_ALT)
    assert "aucune carte" in tab.status.text()  # nothing written on the tables yet
    zone = tab.overview.tables[0].table.zone_id
    card = Card(workshop_id=context.current_workshop_id, zone_id=zone, text="Vélo", x=0, y=0)
    context.apply("carte", lambda store: add_card(store, card))
    assert tab.tree.topLevelItem(0).text(3).startswith("1 carte")
    qtbot.keyClick(tab.tree, Qt.Key.Key_L, CTRL_ALT)
    assert "plénière" in tab.status.text()
    labels = [
        c.label for c in context.store.board.clusters.of_workshop(context.current_workshop_id)
    ]
    assert "Table 1" in labels
    out = tmp_path / "cartes"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.keyClick(tab.tree, Qt.Key.Key_P, CTRL_ALT)
    written = tmp_path / "cartes.pdf"
    assert written.read_bytes().startswith(b"%PDF-")
    assert tab.status.text().startswith("3 carte") and str(written) in tab.status.text()
