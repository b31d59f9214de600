"""The board as a live tool: groups gathered under their name, folded and voted on as one,
zones dragged and arranged where one works, the quick entry's zone from the keyboard, card
colours and tags by hand, and the marker of a card that became an alliance."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from tests.ui.board.board_helpers import card_positions, drag

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _read(tooltip: str) -> str:
    """A tooltip as read on screen."""
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(tooltip).toPlainText().replace("\xa0", " ")


def _first_zone(board: Any) -> Any:
    return sorted(board.scene.contents.zones, key=lambda z: (z.position, z.id))[0]


def _zone_cards(board: Any, zone_id: int) -> list[Any]:
    items = [i for i in board.scene.card_items.values() if i.view.card.zone_id == zone_id]
    return sorted(items, key=lambda i: (i.y(), i.x()))


def _select(board: Any, items: list[Any]) -> None:
    board.scene.clearSelection()
    for item in items:
        item.setSelected(True)
    board.view.setFocus()


def _group_diagonal(board: Any, qtbot: Any, monkeypatch: Any) -> tuple[Any, list[Any]]:
    """Arrange the first zone in rows, select its first and fourth cards (diagonal), Ctrl+G."""
    zone = _first_zone(board)
    board.zones.arrange(zone.id)
    items = _zone_cards(board, zone.id)
    first, fourth = items[0], items[3]
    assert first.x() != fourth.x() and first.y() != fourth.y()
    _select(board, [first, fourth])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mobilité", True))
    qtbot.keyClick(board.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    return zone, [first, fourth]


def test_grouping_two_diagonal_cards_frames_only_them_with_the_name_above(
    board: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """Ctrl+G on two diagonal cards: the frame holds exactly those two, its name is on no card;
    F2 on the group renames it."""
    _zone, members = _group_diagonal(board, qtbot, monkeypatch)
    (frame,) = board.scene.cluster_items.values()
    assert frame.cluster.label == "Mobilité"
    rect = frame.frame_rect()
    label = frame.label_rect().translated(frame.pos())
    cards = list(board.scene.card_items.values())
    inside = [i for i in cards if rect.intersects(i.sceneBoundingRect())]
    assert sorted(i.card_id for i in inside) == sorted(m.card_id for m in members)
    assert not any(label.intersects(i.sceneBoundingRect()) for i in cards)
    assert all(label.bottom() <= m.sceneBoundingRect().top() for m in members)
    _select(board, members)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Se déplacer", True))
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    assert board.scene.cluster_items[frame.cluster_id].cluster.label == "Se déplacer"


def test_a_folded_group_is_one_tile_and_a_vote_on_it_goes_to_its_first_card(
    board: Any, context: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """Ctrl+E folds the group: its cards hide behind one tile; a vote click on the tile goes
    to the group's first card; dragging the tile moves its cards; undo opens it again."""
    _zone, members = _group_diagonal(board, qtbot, monkeypatch)
    (frame,) = board.scene.cluster_items.values()
    _select(board, [members[0]])
    qtbot.keyClick(board.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    frame = board.scene.cluster_items[frame.cluster_id]
    assert frame.collapsed and context.store.board.clusters.get(frame.cluster_id).collapsed
    assert not any(m.isVisible() for m in members)
    tile = frame.frame_rect()
    assert tile.height() < 100 and tile.width() < 220
    first = min(members, key=lambda i: (i.y(), i.x())).card_id
    board.scene.vote_mode = True
    with qtbot.waitSignal(board.scene.card_vote_clicked) as voted:
        drag(board.view, tile.center(), tile.center(), steps=1)
    board.scene.vote_mode = False
    assert voted.args == [first]
    ids = [m.card_id for m in members]
    before = card_positions(context.store, ids)
    board.view.centerOn(tile.center())
    drag(board.view, tile.center(), tile.center() + QPointF(0, 150))
    after = card_positions(context.store, ids)
    dy = after[ids[0]][1] - before[ids[0]][1]
    assert dy > 100 and all(after[i] == (before[i][0], before[i][1] + dy) for i in ids)
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert all(m.isVisible() for m in members)
    assert not board.scene.cluster_items[frame.cluster_id].collapsed


def test_a_zone_dragged_by_its_title_bar_takes_its_cards_in_one_undo_step(
    board: Any, context: Any
) -> None:
    """Dragging a zone's title moves the zone and its cards; one undo puts them back."""
    store = context.store
    zone = _first_zone(board)
    ids = [i.card_id for i in _zone_cards(board, zone.id)]
    before = card_positions(store, ids)
    steps = context.undo_stack.count()
    title = board.scene.zone_items[zone.id].mapToScene(QPointF(zone.width / 2, 20))
    board.view.centerOn(title)
    drag(board.view, title, title + QPointF(0, 200))
    moved = store.board.zones.get(zone.id)
    assert moved.y > zone.y + 100 and moved.x == zone.x
    after = card_positions(store, ids)
    assert all(after[i] == (before[i][0], before[i][1] + moved.y - zone.y) for i in ids)
    assert board.scene.zone_items[zone.id].pos().y() == moved.y
    assert context.undo_stack.count() == steps + 1
    context.undo_stack.undo()
    assert store.board.zones.get(zone.id) == zone
    assert card_positions(store, ids) == before


def test_arrange_works_on_the_zone_clicked_in_not_the_quick_entry_zone(
    board: Any, context: Any
) -> None:
    """ "Ranger la zone" after a click in a zone tidies that zone, whatever the combo shows."""
    store = context.store
    zones = sorted(board.scene.contents.zones, key=lambda z: (z.position, z.id))
    clicked, other = zones[1], zones[0]
    for zone in (clicked, other):  # both untidy: a card on another's place
        items = _zone_cards(board, zone.id)
        board.scene.card_items[items[0].card_id].setSelected(True)
        board.cards.nudge(3, 3)
        board.scene.clearSelection()
    board.quick_entry.set_current_zone(other.id)
    spot = QPointF(clicked.x + clicked.width - 15, clicked.y + clicked.height - 15)
    assert board.scene.card_at(spot) is None
    board.view.centerOn(spot)
    drag(board.view, spot, spot, steps=1)
    ids = {z.id: [i.card_id for i in _zone_cards(board, z.id)] for z in (clicked, other)}
    before = {z: card_positions(store, card_ids) for z, card_ids in ids.items()}
    board.action("arrange").trigger()
    assert card_positions(store, ids[clicked.id]) != before[clicked.id]
    assert card_positions(store, ids[other.id]) == before[other.id]


def test_alt_down_and_alt_up_change_the_quick_entry_zone_while_typing(
    board: Any, qtbot: Any
) -> None:
    """In the text field, Alt+Down picks the next zone and Alt+Up the previous one."""
    entry = board.quick_entry
    entry.zone_combo.setCurrentIndex(0)
    entry.text_edit.setFocus()
    qtbot.keyClicks(entry.text_edit, "Une idee")
    qtbot.keyClick(entry.text_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert entry.zone_combo.currentIndex() == 1
    qtbot.keyClick(entry.text_edit, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(entry.text_edit, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert entry.zone_combo.currentIndex() == entry.zone_combo.count() - 1
    assert entry.text_edit.text() == "Une idee"


def test_a_card_colour_and_tags_chosen_from_the_keyboard_show_and_undo(
    board: Any, context: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """Ctrl+Shift+C then the palette's second entry colours the card; Ctrl+T puts tags on it,
    written on the card; undo takes each back."""
    item = next(iter(board.scene.card_items.values()))
    card_id = item.card_id
    _select(board, [item])

    def pick_second() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(50, pick_second)
    qtbot.keyClick(
        board.view,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert context.store.board.cards.get(card_id).colour == "#FFCC80"
    item = board.scene.card_items[card_id]
    assert item.fill_colour(False) == QColor("#FFCC80")
    assert item.isSelected()  # still chosen: the next key acts on it
    height = item.rect().height()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("mobilité, #jeunes", True))
    # The palette closed: the board's window is the active one again (shortcuts act there,
    # whatever window an earlier test of this process left).
    board.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board.window(), timeout=2000)
    qtbot.keyClick(board.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert context.store.board.cards.get(card_id).tags == ("mobilité", "jeunes")
    item = board.scene.card_items[card_id]
    assert item.rect().height() > height
    assert "#mobilité #jeunes" in _read(item.tooltip())
    context.undo_stack.undo()
    context.undo_stack.undo()
    card = context.store.board.cards.get(card_id)
    assert (card.colour, card.tags) == ("", ())


def test_a_card_that_became_an_alliance_wears_a_marker_that_leads_to_it(
    board: Any, context: Any, qtbot: Any
) -> None:
    """A card an alliance was seeded from shows a corner marker, the alliance in its tooltip
    and menu; a click on the corner asks for that alliance."""
    from ui.board.menus import context_menu
    from workshop.ops import alliances

    item = next(i for i in board.scene.card_items.values() if i.view.author)
    assert item.marker_rect().isEmpty()
    context.apply(
        "alliance",
        lambda s: alliances.seed_alliance(s, board.workshop_id, [item.card_id], "Navette & co"),
    )
    item = board.scene.card_items[item.card_id]
    alliance_id = item.view.links[0].alliance_id
    assert not item.marker_rect().isEmpty()
    assert "Devenue l'alliance « Navette & co »" in _read(item.tooltip())
    corner = item.mapToScene(item.marker_rect().center())
    menu = context_menu(board, item.sceneBoundingRect().center())
    texts = [a.text() for a in menu.actions()]
    assert "Ouvrir l'alliance « Navette && co »" in texts
    board.view.centerOn(corner)
    with qtbot.waitSignal(board.alliance_requested) as asked:
        drag(board.view, corner, corner, steps=1)
    assert asked.args == [alliance_id]
