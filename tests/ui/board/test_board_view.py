"""Looking around the board: zoom, fit, zoom to a zone, the projector's screen, alliances."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.ui.board.board_helpers import drag
from ui.board.menus import context_menu

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _wheel(view: Any, delta: int) -> None:
    """A turn of the wheel with Ctrl held (the zoom)."""
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_wheel_zooms_and_ctrl_0_fits_everything(board: Any, qtbot: Any) -> None:
    """Ctrl+wheel zooms in and out; Ctrl+0 brings every zone back into view."""
    view = board.view
    start = view.zoom
    _wheel(view, 240)
    assert view.zoom > start * 1.2
    _wheel(view, -480)
    assert view.zoom < start
    view.zoom_by(4)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    for item in board.scene.zone_items.values():
        assert visible.contains(item.sceneBoundingRect().adjusted(5, 5, -5, -5))


def test_double_click_on_a_zone_title_zooms_to_it(board: Any, qtbot: Any) -> None:
    """Double-clicking a zone's title fills the view with that zone."""
    zone = sorted(board.scene.contents.zones, key=lambda z: z.position)[2]
    title = board.view.mapFromScene(QPointF(zone.x + 60, zone.y + 20))
    qtbot.mouseDClick(board.view.viewport(), Qt.MouseButton.LeftButton, pos=title)
    visible = board.view.mapToScene(board.view.viewport().rect()).boundingRect()
    assert visible.contains(board.scene.zone_rect(zone.id).center())
    assert visible.width() < 3 * zone.width
    assert board.quick_entry.current_zone() == zone.id


def test_projector_goes_to_the_second_screen(monkeypatch: Any) -> None:
    """With a second screen connected, the projection opens on the screen of the laptop's other."""
    from ui.board import projector

    laptop, wall = object(), object()
    monkeypatch.setattr(projector.QGuiApplication, "screens", lambda: [laptop, wall])
    assert projector.projector_screen(laptop) is wall  # type: ignore[arg-type]
    monkeypatch.setattr(projector.QGuiApplication, "screens", lambda: [laptop])
    assert projector.projector_screen(laptop) is laptop  # type: ignore[arg-type]


def test_blank_template_stops_offering_templates(empty_board: Any, context: Any) -> None:
    """Choosing the blank canvas leaves the board without zones and hides the offer."""
    screen = empty_board
    screen.zones.apply_template("blank")
    assert not screen.template_bar.isVisible()
    screen.cards.create_card("Au milieu", None, None)
    cards = context.store.board.cards.of_workshop(screen.workshop_id)
    assert [c.text for c in cards] == ["Au milieu"]


def test_selected_cards_seed_an_alliance_from_the_menu(
    board: Any, context: Any, monkeypatch: Any
) -> None:
    """The card menu creates an alliance from the selected cards (undoable)."""
    from PySide6.QtWidgets import QInputDialog

    items = [i for i in board.scene.card_items.values() if i.view.organisation_id][:2]
    for item in items:
        item.setSelected(True)
    menu = context_menu(board, items[0].sceneBoundingRect().center())
    action = next(a for a in menu.actions() if a.text().startswith("Créer une alliance"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Alliance du test", True))
    before = len(context.store.alliances.all())
    action.trigger()
    alliances = context.store.alliances.all()
    assert len(alliances) == before + 1
    created = next(a for a in alliances if a.name == "Alliance du test")
    assert sorted(context.store.alliances.linked_cards(created.id)) == sorted(
        i.card_id for i in items
    )
    context.undo_stack.undo()
    assert len(context.store.alliances.all()) == before


def test_space_and_drag_pans_the_board(board: Any, qtbot: Any) -> None:
    """Holding space turns the mouse into a hand that drags the board instead of cards."""
    from PySide6.QtWidgets import QGraphicsView

    view = board.view
    view.zoom_by(3)
    view.setFocus()
    qtbot.keyPress(view, Qt.Key.Key_Space)
    assert view.dragMode() == QGraphicsView.DragMode.ScrollHandDrag
    positions = {i: item.pos() for i, item in board.scene.card_items.items()}
    before = view.horizontalScrollBar().value()
    card = next(iter(board.scene.card_items.values()))
    start = card.sceneBoundingRect().center()
    drag(view, start, start + QPointF(-100, 0))
    assert view.horizontalScrollBar().value() > before + 100
    assert {i: item.pos() for i, item in board.scene.card_items.items()} == positions
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert view.dragMode() == QGraphicsView.DragMode.RubberBandDrag


def test_board_follows_the_current_workshop_and_outside_changes(board: Any, context: Any) -> None:
    """Switching workshop shows that workshop's board; a card saved elsewhere appears."""
    from workshop.domain.changes import Area, Changes
    from workshop.domain.records import Card, Workshop

    demo_id = board.workshop_id
    other = context.store.workshops.add(Workshop(title="Autre"))
    context.set_current_workshop(other.id)
    assert not board.scene.card_items and not board.scene.zone_items
    context.set_current_workshop(demo_id)
    count = len(board.scene.card_items)
    context.store.board.cards.add(Card(workshop_id=demo_id, text="Depuis un téléphone"))
    context.notify(Changes.of(Area.BOARD))
    assert len(board.scene.card_items) == count + 1


def test_a_card_becomes_a_commitment_from_the_menu(board: Any, context: Any) -> None:
    """The card menu turns a card into a proposed commitment of its author's organisation."""
    item = next(i for i in board.scene.card_items.values() if i.view.organisation_id)
    menu = context_menu(board, item.sceneBoundingRect().center())
    submenu = next(a.menu() for a in menu.actions() if a.text().startswith("Transformer"))
    before = len(context.store.commitments.all())
    submenu.actions()[0].trigger()
    commitments = context.store.commitments.all()
    assert len(commitments) == before + 1
    assert any(c.card_id == item.card_id for c in commitments)


def test_opening_another_file_refreshes_the_board_once(
    board: Any, context: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    """File > Open reads the new file's board once, and shows its cards."""
    from workshop.demo import load_demo
    from workshop.domain.records import Card
    from workshop.storage.store import Store

    other = Store.open(tmp_path / "autre.sqlite")
    workshop = load_demo(other)
    extra = other.board.cards.add(Card(workshop_id=workshop.id, text="Seulement dans l'autre"))
    refreshed: list[object] = []
    original = board.refresh
    monkeypatch.setattr(board, "refresh", lambda: (refreshed.append(1), original())[1])
    try:
        context.replace_store(other)
        assert len(refreshed) == 1
        assert board.scene.card_items[extra.id].view.card.text == "Seulement dans l'autre"
    finally:
        other.close()


def test_a_hidden_board_reads_people_again_only_when_shown(
    board: Any, context: Any, monkeypatch: Any
) -> None:
    """While the board is hidden, participants added from a phone are not read; showing the
    board reads them once."""
    from workshop.domain.changes import Area, Changes
    from workshop.domain.records import Person

    reads: list[object] = []
    original = board.reload_people
    monkeypatch.setattr(board, "reload_people", lambda: (reads.append(1), original())[1])
    board.hide()
    for n in range(3):
        person = context.store.people.add(Person(first_name=f"Tel{n}", last_name="Phone"))
        context.store.attendance.register(board.workshop_id, [person.id])
        context.notify(Changes.of(Area.PEOPLE, Area.ATTENDANCE))
    assert reads == []
    board.show()
    assert len(reads) == 1
    assert any(label == "Tel2 Phone" for label in board.quick_entry.author_labels())


def test_people_joining_from_phones_are_read_once_for_a_burst(
    board: Any, context: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """Participants joining from phones in a burst are not read as they join; the quick entry
    and the voter's list offer them as soon as they are used."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    from workshop.domain.changes import Area, Changes
    from workshop.domain.records import Person

    reads: list[object] = []
    original = board.reload_people
    monkeypatch.setattr(board, "reload_people", lambda: (reads.append(1), original())[1])
    board.show()
    phones = object()  # changes made by something else than the desk
    for n in range(5):
        person = context.store.people.add(Person(first_name=f"Tel{n}", last_name="Phone"))
        context.store.attendance.register(board.workshop_id, [person.id])
        context.notify(Changes.of(Area.PEOPLE, Area.ATTENDANCE), phones)
    assert reads == []
    assert any(label == "Tel4 Phone" for label in board.quick_entry.author_labels())
    assert len(reads) == 1
    person = context.store.people.add(Person(first_name="Tel5", last_name="Phone"))
    context.store.attendance.register(board.workshop_id, [person.id])
    context.store.attendance.set_present(board.workshop_id, person.id, True)
    context.notify(Changes.of(Area.PEOPLE, Area.ATTENDANCE), phones)
    combo = board.vote_panel.participant_combo
    assert combo.findText("Tel5 Phone") == -1
    QApplication.sendEvent(combo.lineEdit(), QFocusEvent(QEvent.Type.FocusIn))  # the facilitator
    assert combo.findText("Tel5 Phone") >= 0  # goes to the list (enabled while a vote runs)
    assert len(reads) == 2


def test_a_card_tooltip_on_the_board_shows_the_text_literally(board: Any, context: Any) -> None:
    """A card whose text is markup shows that markup as text when hovered on the board."""
    from PySide6.QtGui import QTextDocument

    from workshop.domain.records import Card
    from workshop.ops import board as ops

    hostile = '<img src="file:///etc/hostname"> <b>gras</b>\nligne 2'
    zone = context.store.board.zones.of_workshop(board.workshop_id)[0]
    new = Card(workshop_id=board.workshop_id, zone_id=zone.id, text=hostile)
    card = context.apply("carte", lambda store: ops.add_card(store, new))
    item = board.scene.card_items[card.id]
    document = QTextDocument()
    document.setHtml(item.tooltip())  # Qt renders a tooltip that looks like markup
    assert document.toPlainText() == hostile
