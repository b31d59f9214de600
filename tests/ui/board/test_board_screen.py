"""The board screen: capture, edit, move, group, delete, zones, find, filter, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from tests.ui.board.board_helpers import card_positions, drag
from ui.board.menus import context_menu
from workshop.domain.records import Card

# The offscreen platform warns about window features it lacks (size hints, raise, grabs).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _cards_in_db(store: Any, workshop_id: int) -> dict[int, Card]:
    return {c.id: c for c in store.board.cards.of_workshop(workshop_id)}


def test_board_shows_the_demo_zones_and_cards(board: Any, demo_store: Any) -> None:
    """Opening the board shows every zone and card of the current workshop."""
    assert len(board.scene.zone_items) == 5
    assert set(board.scene.card_items) == set(_cards_in_db(demo_store, demo_store.demo_id))
    authored = [i for i in board.scene.card_items.values() if i.view.author]
    assert authored and " · " in authored[0].view.author


def test_quick_entry_creates_a_card_in_the_zone_and_clears_the_text(
    board: Any, demo_store: Any, qtbot: Any
) -> None:
    """Author, text, Enter: the card is saved in the picked zone and the text field is ready."""
    entry = board.quick_entry
    label = entry.author_labels()[0]
    entry.author_edit.setText(label)  # QTest types ASCII only; the names have accents
    qtbot.keyClick(entry.author_edit, Qt.Key.Key_Return)
    zone_id = entry.zone_combo.itemData(2)
    entry.zone_combo.setCurrentIndex(2)
    before = set(_cards_in_db(demo_store, demo_store.demo_id))
    qtbot.keyClicks(entry.text_edit, "Une navette solidaire le mardi")
    qtbot.keyClick(entry.text_edit, Qt.Key.Key_Return)
    new = set(_cards_in_db(demo_store, demo_store.demo_id)) - before
    assert len(new) == 1
    card = demo_store.board.cards.get(new.pop())
    assert card.text == "Une navette solidaire le mardi"
    assert card.zone_id == zone_id
    assert card.person_id == entry.author().person_id is not None
    assert card.id in board.scene.card_items
    assert entry.text_edit.text() == ""
    item = board.scene.card_items[card.id]
    others = [i for i in board.scene.card_items.values() if i is not item]
    assert not any(item.sceneBoundingRect().intersects(o.sceneBoundingRect()) for o in others)


def test_drag_of_several_cards_is_one_undo_step(board: Any, context: Any) -> None:
    """Dragging three selected cards moves all three; one undo puts all three back, redo again."""
    store = context.store
    items = list(board.scene.card_items.values())[:3]
    ids = [i.card_id for i in items]
    before = card_positions(store, ids)
    for item in items:
        item.setSelected(True)
    steps = context.undo_stack.count()
    start = items[0].sceneBoundingRect().center()
    drag(board.view, start, start + QPointF(0, 300))
    after = card_positions(store, ids)
    assert all(after[i][1] > before[i][1] + 100 for i in ids)
    assert context.undo_stack.count() == steps + 1
    context.undo_stack.undo()
    assert card_positions(store, ids) == before
    assert all(board.scene.card_items[i].pos() == QPointF(*before[i]) for i in ids)
    context.undo_stack.redo()
    assert card_positions(store, ids) == after


def test_cluster_moves_as_one(board: Any, context: Any) -> None:
    """Two grouped cards move together when only one of them is dragged."""
    store = context.store
    a, b = list(board.scene.card_items.values())[:2]
    a.setSelected(True)
    b.setSelected(True)
    board.cards.group_selected(label="Circuits courts")
    cluster_ids = {store.board.cards.get(a.card_id).cluster_id}
    assert cluster_ids == {store.board.cards.get(b.card_id).cluster_id} != {None}
    assert len(board.scene.cluster_items) == 1
    board.scene.clearSelection()
    before = card_positions(store, [a.card_id, b.card_id])
    start = a.sceneBoundingRect().center()
    drag(board.view, start, start + QPointF(40, 250))
    after = card_positions(store, [a.card_id, b.card_id])
    for card_id in (a.card_id, b.card_id):
        assert after[card_id][1] > before[card_id][1] + 100
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert store.board.cards.get(a.card_id).cluster_id is None
    assert not board.scene.cluster_items


def test_delete_then_undo_puts_the_card_back(board: Any, context: Any) -> None:
    """Del removes the selected card from the board and the file; undo restores it, redo not."""
    store = context.store
    item = next(iter(board.scene.card_items.values()))
    card = item.view.card
    item.setSelected(True)
    board.view.setFocus()
    board.action("delete").trigger()
    assert card.id not in board.scene.card_items
    assert store.board.cards.count("id = ?", [card.id]) == 0
    context.undo_stack.undo()
    assert store.board.cards.get(card.id) == card
    assert card.id in board.scene.card_items
    context.undo_stack.redo()
    assert card.id not in board.scene.card_items


def test_duplicate_and_move_to_another_zone(board: Any, context: Any) -> None:
    """Ctrl+D copies a card beside it; "move to" puts it in another zone's free slot."""
    store = context.store
    item = next(iter(board.scene.card_items.values()))
    item.setSelected(True)
    count = store.board.cards.count()
    board.action("duplicate").trigger()
    assert store.board.cards.count() == count + 1
    zones = sorted(board.scene.contents.zones, key=lambda z: z.position)
    target = zones[-1]
    board.cards.move_cards_to_zone([item.card_id], target.id)
    moved = store.board.cards.get(item.card_id)
    assert moved.zone_id == target.id
    assert target.x <= moved.x <= target.x + target.width


def test_edit_in_place_changes_the_text(board: Any, context: Any, qtbot: Any) -> None:
    """Double-clicking a card opens an editor over it; Enter saves the new text."""
    item = next(iter(board.scene.card_items.values()))
    board.cards.edit_card(item.card_id)
    editor = board.cards.editor
    editor.selectAll()
    qtbot.keyClicks(editor, "Texte corrige")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert context.store.board.cards.get(item.card_id).text == "Texte corrige"
    context.undo_stack.undo()
    assert context.store.board.cards.get(item.card_id).text != "Texte corrige"


def test_double_click_on_empty_space_creates_a_card_there(
    board: Any, context: Any, qtbot: Any
) -> None:
    """A double-click on an empty spot of a zone opens an editor; Enter adds the card there."""
    zone = sorted(board.scene.contents.zones, key=lambda z: z.position)[3]
    spot = QPointF(zone.x + 40, zone.y + zone.height - 120)
    qtbot.mouseDClick(
        board.view.viewport(), Qt.MouseButton.LeftButton, pos=board.view.mapFromScene(spot)
    )
    editor = board.cards.editor
    qtbot.keyClicks(editor, "Idee posee a la main")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    card = next(c for c in context.store.board.cards.all() if c.text == "Idee posee a la main")
    assert card.zone_id == zone.id
    assert abs(card.y - spot.y()) < 20


def test_arrange_lays_the_zone_in_rows_and_undoes(board: Any, context: Any) -> None:
    """Arrange removes overlaps in a zone; undo puts the cards back where they were."""
    zone = sorted(board.scene.contents.zones, key=lambda z: z.position)[0]
    ids = [i for i, item in board.scene.card_items.items() if item.view.card.zone_id == zone.id]
    board.cards.move_cards_to_zone(ids[:1], zone.id)
    before = card_positions(context.store, ids)
    board.zones.arrange(zone.id)
    rects = [board.scene.card_items[i].sceneBoundingRect().adjusted(2, 2, -2, -2) for i in ids]
    assert not any(r.intersects(o) for n, r in enumerate(rects) for o in rects[n + 1 :])
    context.undo_stack.undo()
    assert card_positions(context.store, ids) == before


def test_zones_rename_add_resize_remove_undo(board: Any, context: Any, monkeypatch: Any) -> None:
    """Zones can be renamed, added, resized and removed, each undoable."""
    from PySide6.QtWidgets import QInputDialog

    store = context.store
    zone = sorted(board.scene.contents.zones, key=lambda z: z.position)[0]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Nos défis", True))
    board.zones.rename(zone.id)
    assert store.board.zones.get(zone.id).name == "Nos défis"
    assert board.scene.zone_items[zone.id].zone.name == "Nos défis"
    board.scene.zone_resized.emit(zone.id, 600.0, 900.0)
    assert (store.board.zones.get(zone.id).width, store.board.zones.get(zone.id).height) == (
        600,
        900,
    )
    board.zones.add_zone()
    assert len(store.board.zones.of_workshop(board.workshop_id)) == 6
    board.zones.remove(zone.id)
    assert len(board.scene.zone_items) == 5
    for _ in range(4):
        context.undo_stack.undo()
    assert store.board.zones.get(zone.id) == zone


def test_template_offered_on_a_board_without_zones(empty_board: Any, context: Any) -> None:
    """A workshop with no zones offers templates; applying one lays out its zones."""
    screen, workshop_id = empty_board, empty_board.workshop_id
    assert screen.template_bar.isVisible()
    screen.zones.apply_template("swot")
    names = [z.name for z in context.store.board.zones.of_workshop(workshop_id)]
    assert names[0] == "Forces"
    assert len(screen.scene.zone_items) == 4 and not screen.template_bar.isVisible()
    context.undo_stack.undo()
    assert not screen.scene.zone_items


def test_find_highlights_and_centres_and_filter_fades(board: Any, qtbot: Any) -> None:
    """Searching "legumerie" finds the card "légumerie"; a kind filter fades the others."""
    qtbot.keyClicks(board.find_edit, "legumerie")
    highlighted = [i for i in board.scene.card_items.values() if i.highlighted]
    assert len(highlighted) == 1 and "légumerie" in highlighted[0].view.card.text
    qtbot.keyClick(board.find_edit, Qt.Key.Key_Return)
    assert board.selected_card_ids() == [highlighted[0].card_id]
    combo = board.filter_combo
    kind_index = next(i for i in range(combo.count()) if (combo.itemData(i) or ("",))[0] == "kind")
    combo.setCurrentIndex(kind_index)
    kind = combo.itemData(kind_index)[1]
    for item in board.scene.card_items.values():
        assert (item.opacity() == 1.0) == (item.view.organisation_kind == kind)
    combo.setCurrentIndex(0)
    assert all(i.opacity() == 1.0 for i in board.scene.card_items.values())


def test_selection_is_exposed_for_alliances(board: Any, qtbot: Any) -> None:
    """Selecting cards emits cards_selected with their ids, as selected_card_ids() returns."""
    items = list(board.scene.card_items.values())[:2]
    with qtbot.waitSignal(board.cards_selected) as blocker:
        items[0].setSelected(True)
    assert blocker.args == [[items[0].card_id]]
    items[1].setSelected(True)
    assert board.selected_card_ids() == sorted(i.card_id for i in items)


def test_export_png_and_svg(board: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """The board exports as a PNG picture and as an SVG holding the cards' text."""
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "tableau"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    board.export("png")
    board.export("svg")
    image = QImage(str(target.with_suffix(".png")))
    assert image.width() > 1000 and image.height() > 300
    svg = target.with_suffix(".svg").read_text("utf-8")
    assert "Défis du territoire" in svg


def test_arrow_nudges_merge_into_one_undo_step(board: Any, context: Any, qtbot: Any) -> None:
    """Arrow keys move the selected card; three nudges are undone in one step."""
    item = next(iter(board.scene.card_items.values()))
    start = card_positions(context.store, [item.card_id])[item.card_id]
    item.setSelected(True)
    board.view.setFocus()
    steps = context.undo_stack.count()
    for _ in range(3):
        qtbot.keyClick(board.view, Qt.Key.Key_Right)
    moved = card_positions(context.store, [item.card_id])[item.card_id]
    assert moved == (start[0] + 30, start[1])
    assert context.undo_stack.count() == steps + 1
    context.undo_stack.undo()
    assert card_positions(context.store, [item.card_id])[item.card_id] == start


def test_card_menu_toggles_sdg_badges(board: Any, context: Any) -> None:
    """The card's menu adds an SDG badge to it and takes it off again."""
    item = next(iter(board.scene.card_items.values()))
    card_id = item.card_id
    had = 13 in item.view.card.sdgs
    menu = context_menu(board, item.sceneBoundingRect().center())
    sdg_menu = next(a.menu() for a in menu.actions() if a.text() == "ODD de la carte")
    next(a for a in sdg_menu.actions() if a.text().startswith("13 ·")).trigger()
    assert (13 in context.store.board.cards.get(card_id).sdgs) is not had
    assert (13 in board.scene.card_items[card_id].view.card.sdgs) is not had
    context.undo_stack.undo()
    assert (13 in context.store.board.cards.get(card_id).sdgs) is had


def test_change_author_from_the_card_menu(board: Any, context: Any, monkeypatch: Any) -> None:
    """Picking another author in the card's menu changes the card's author line; undo restores."""
    from PySide6.QtWidgets import QInputDialog

    item = next(iter(board.scene.card_items.values()))
    before = item.view.author
    label = next(x for x in board.quick_entry.author_labels() if x != before and " · " in x)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (label, True))
    board.cards.change_author(item.card_id)
    assert board.scene.card_items[item.card_id].view.author == label
    context.undo_stack.undo()
    assert board.scene.card_items[item.card_id].view.author == before


def test_typing_many_cards_grows_the_zone_and_undo_shrinks_it(
    board: Any, context: Any, qtbot: Any
) -> None:
    """Typed ideas stay inside their zone, which grows; undoing the card that made it grow gives
    the zone its former height back."""
    entry = board.quick_entry
    zone_id = entry.current_zone()
    height = context.store.board.zones.get(zone_id).height
    heights = [height]
    for n in range(40):
        qtbot.keyClicks(entry.text_edit, f"Idee numero {n} pour remplir la zone")
        qtbot.keyClick(entry.text_edit, Qt.Key.Key_Return)
        heights.append(context.store.board.zones.get(zone_id).height)
        if heights[-1] > heights[-2]:
            break
    before_last, grown_by_last = heights[-2], heights[-1]
    assert grown_by_last > before_last, "the last card typed made the zone grow"
    zone_rect = board.scene.zone_rect(zone_id)
    for item in board.scene.card_items.values():
        if item.view.card.zone_id == zone_id:
            assert zone_rect.contains(item.sceneBoundingRect())
    context.undo_stack.undo()
    assert context.store.board.zones.get(zone_id).height == before_last
    assert board.scene.zone_items[zone_id].zone.height == before_last
    context.undo_stack.redo()
    assert context.store.board.zones.get(zone_id).height == grown_by_last


def test_showing_the_board_puts_the_cursor_in_the_quick_entry(board: Any) -> None:
    """Coming to the board, the facilitator can type the speaker's name at once."""
    assert board.focusWidget() is board.quick_entry.author_edit


def test_author_completion_ignores_accents(board: Any, qtbot: Any) -> None:
    """Typing "francois" offers "Yanis François · …" and picking it fills the author field."""
    entry = board.quick_entry
    entry.author_edit.setFocus()
    qtbot.keyClicks(entry.author_edit, "francois")
    completer = entry.completer
    offered = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionCount())
    ]
    assert offered and all("Fran" in label for label in offered)
    popup = completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert entry.author_edit.text() == offered[0]
    assert entry.author() is not None


def test_zone_recolour_and_resize_by_its_handle(board: Any, context: Any, monkeypatch: Any) -> None:
    """A zone takes a new colour from the colour dialog, and a new size from its corner handle."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    zone = sorted(board.scene.contents.zones, key=lambda z: z.position)[1]
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    board.zones.recolour(zone.id)
    assert context.store.board.zones.get(zone.id).colour == "#123456"
    corner = QPointF(zone.x + zone.width - 4, zone.y + zone.height - 4)
    drag(board.view, corner, corner + QPointF(150, 80))
    resized = context.store.board.zones.get(zone.id)
    assert resized.width > zone.width + 100 and resized.height > zone.height + 50
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert context.store.board.zones.get(zone.id) == zone


def _kind_dialog(monkeypatch: Any, answer: tuple[str, bool], asked: list[str]) -> None:
    """Answer the "kind of the new organisation" list with `answer`, noting each question."""
    from PySide6.QtWidgets import QInputDialog

    def get_item(_parent: Any, _title: str, label: str, items: list[str], *a: Any) -> Any:
        asked.append(label)
        assert "Association" in items and "Entreprise" in items
        return answer

    monkeypatch.setattr(QInputDialog, "getItem", get_item)


def test_an_unknown_organisation_typed_as_author_is_added_with_the_kind_chosen(
    board: Any, context: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """A speaker's organisation the registry lacks is not dropped: the facilitator picks its
    kind, and the card is saved with the new organisation as its author."""
    asked: list[str] = []
    _kind_dialog(monkeypatch, ("Entreprise", True), asked)
    entry = board.quick_entry
    entry.author_edit.setText("Ferme des Quatre Vents")
    qtbot.keyClicks(entry.text_edit, "Des paniers le vendredi")
    qtbot.keyClick(entry.text_edit, Qt.Key.Key_Return)
    assert len(asked) == 1 and "Ferme des Quatre Vents" in asked[0]
    organisation = context.store.organisations.by_name("Ferme des Quatre Vents")
    assert organisation is not None and organisation.kind.value == "entreprise"
    card = next(c for c in context.store.board.cards.all() if c.text == "Des paniers le vendredi")
    assert card.organisation_id == organisation.id
    assert board.scene.card_items[card.id].view.author == "Ferme des Quatre Vents"
    assert entry.text_edit.text() == ""
    context.undo_stack.undo()
    assert context.store.organisations.by_name("Ferme des Quatre Vents") is None


def test_an_unknown_organisation_left_without_a_kind_refuses_the_card_and_says_why(
    board: Any, context: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """Cancelling the kind's choice saves no card and no organisation, shows why until the text
    is edited, and keeps the text typed for another try."""
    _kind_dialog(monkeypatch, ("", False), [])
    entry = board.quick_entry
    entry.author_edit.setText("Ferme des Quatre Vents")
    count = context.store.board.cards.count()
    qtbot.keyClicks(entry.text_edit, "Des paniers le vendredi")
    qtbot.keyClick(entry.text_edit, Qt.Key.Key_Return)
    assert context.store.board.cards.count() == count
    assert context.store.organisations.by_name("Ferme des Quatre Vents") is None
    assert entry.problem_label.isVisible()
    assert "Ferme des Quatre Vents" in entry.problem_label.text()
    assert entry.text_edit.text() == "Des paniers le vendredi"
    qtbot.keyClicks(entry.text_edit, " matin")
    assert not entry.problem_label.isVisible()


def test_change_author_to_a_new_organisation_asks_its_kind(
    board: Any, context: Any, monkeypatch: Any
) -> None:
    """Typing a new organisation as a card's author in its menu adds it with the kind chosen."""
    from PySide6.QtWidgets import QInputDialog

    answers = iter([("Ferme des Quatre Vents", True), ("Association", True)])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: next(answers))
    item = next(iter(board.scene.card_items.values()))
    board.cards.change_author(item.card_id)
    organisation = context.store.organisations.by_name("Ferme des Quatre Vents")
    assert organisation is not None and organisation.kind.value == "association"
    card = context.store.board.cards.get(item.card_id)
    assert (card.person_id, card.organisation_id) == (None, organisation.id)


def test_the_kind_of_a_new_author_organisation_starts_unchosen(
    board: Any, context: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """The kind list opens on "— choisir le type —" (Enter alone filed "Inconnu SARL" as a
    Collectivité territoriale); OK on it asks again, nothing is saved meanwhile."""
    from PySide6.QtWidgets import QInputDialog

    offered: list[tuple[list[str], int]] = []
    answers = iter([("— choisir le type —", True), ("Entreprise", True)])

    def get_item(_p: Any, _t: str, _l: str, items: list[str], current: int, *a: Any) -> Any:
        offered.append((items, current))
        return next(answers, ("", False))

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    entry = board.quick_entry
    entry.author_edit.setText("Inconnu SARL")
    qtbot.keyClicks(entry.text_edit, "Une navette pour tous")
    qtbot.keyClick(entry.text_edit, Qt.Key.Key_Return)
    items, current = offered[0]
    assert items[current] == "— choisir le type —" and len(offered) == 2
    organisation = context.store.organisations.by_name("Inconnu SARL")
    assert organisation is not None and organisation.kind.value == "entreprise"
