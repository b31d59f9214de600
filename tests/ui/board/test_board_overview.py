"""The board zoomed out below readable text: cards drawn as tiles, all at once, that follow
drags and selection; zone names still written; exports at a small scale alike."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage

from tests.ui.board.board_helpers import _send, card_positions

FAR = 0.2  # a card is 36 px wide: its text (3 px) cannot be read


def _zoom_out(board: Any, centre: QPointF | None = None) -> Any:
    view = board.view
    view.resetTransform()
    view.scale(FAR, FAR)
    view.centerOn(centre or board.scene.itemsBoundingRect().center())
    return view


def _pixel(view: Any, image: QImage, point: QPointF) -> QColor:
    return image.pixelColor(view.mapFromScene(point))


def _lowest_card(board: Any) -> Any:
    zone_id = board.scene.contents.zones[0].id
    cards = [i for i in board.scene.card_items.values() if i.view.card.zone_id == zone_id]
    return max(cards, key=lambda i: i.y())


def test_zoomed_out_each_card_is_a_tile_and_none_is_painted_alone(
    board: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Zoomed out, a card is a tile in its colour with its kind's strip, and the view draws
    the tiles in one go instead of painting each card."""
    from ui.board import items

    painted: list[object] = []  # each card's paint starts by reading the scale
    real = items._level_of_detail
    monkeypatch.setattr(items, "_level_of_detail", lambda p: (painted.append(p), real(p))[1])
    view = _zoom_out(board)
    image = view.viewport().grab().toImage()
    assert painted == []
    item = _lowest_card(board)
    corner = item.mapToScene(item.rect().bottomRight() - QPointF(8, 8))
    strip = item.mapToScene(QPointF(4, item.rect().height() - 8))
    assert _pixel(view, image, corner) == item.far_fill
    assert _pixel(view, image, strip) == item.kind_colour()
    view.resetTransform()  # readable again: the cards paint themselves, text and all
    view.scale(1.37, 1.37)  # a scale not cached yet
    view.centerOn(item)
    view.viewport().grab()
    assert painted


def test_zoomed_out_a_dragged_card_follows_the_mouse_and_leaves_no_trace(
    board: Any, context: Any
) -> None:
    """Zoomed out, a card pressed gets its blue frame, its tile follows the drag, its old place
    shows the zone again, and the drop is saved."""
    item = _lowest_card(board)
    before = item.sceneBoundingRect().center()
    view = _zoom_out(board, before)
    zone_colour = QColor(board.scene.contents.zones[0].colour)
    old_corner = item.mapToScene(item.rect().bottomRight() - QPointF(8, 8))
    viewport = view.viewport()
    viewport.grab()  # seen zoomed out before the drag
    press = view.mapFromScene(before)
    held = Qt.MouseButton.LeftButton
    _send(viewport, QEvent.Type.MouseButtonPress, press, held)
    for step in range(1, 6):
        _send(viewport, QEvent.Type.MouseMove, press + QPoint(0, 12 * step), held)
    image = viewport.grab().toImage()
    moved_corner = item.mapToScene(item.rect().bottomRight() - QPointF(8, 8))
    assert item.y() > 250  # 60 px at a fifth of the scale
    assert _pixel(view, image, old_corner) == zone_colour
    assert _pixel(view, image, moved_corner) == item.far_fill
    top_edge = item.mapToScene(QPointF(item.rect().width() / 2, 0))
    frame = _pixel(view, image, top_edge)
    assert frame.blue() > 150 and frame.red() < 100  # selected: the blue frame
    _send(viewport, QEvent.Type.MouseButtonRelease, press + QPoint(0, 60), Qt.MouseButton.NoButton)
    saved = card_positions(context.store, [item.card_id])[item.card_id]
    assert saved == (item.x(), item.y()) and item.y() > 250


def test_zoomed_out_each_zone_name_stays_readable(board: Any) -> None:
    """Zoomed out, where a zone's own title is a few pixels high, its name is written at a
    readable size in its top corner."""
    view = _zoom_out(board)
    image = view.viewport().grab().toImage()
    zone = board.scene.zone_items[board.scene.contents.zones[0].id]
    area = view.mapFromScene(zone.sceneBoundingRect()).boundingRect()
    dark = sum(
        1
        for x in range(area.left() + 4, area.left() + 70)
        for y in range(area.top() + 2, area.top() + 20)
        if image.pixelColor(x, y).lightness() < 90
    )
    assert dark > 40  # letters about 10 px high, not a 3 px smudge


def test_a_small_export_shows_the_cards_as_the_view_does_from_afar(
    board: Any, tmp_path: Any
) -> None:
    """A PNG exported at a scale too small for text shows each card as its tile."""
    from ui.board.export import MARGIN, export_png

    item = _lowest_card(board)
    path = tmp_path / "small.png"
    export_png(board.scene, path, scale=FAR)
    image = QImage(str(path))
    origin = board.scene.itemsBoundingRect().topLeft() - QPointF(MARGIN, MARGIN)
    corner = item.mapToScene(item.rect().bottomRight() - QPointF(10, 10)) - origin
    assert image.pixelColor(round(corner.x() * FAR), round(corner.y() * FAR)) == item.far_fill


def test_the_projector_zoomed_out_shows_no_selection_frame(board: Any, qtbot: Any) -> None:
    """Zoomed out, the projector shows a selected card's tile without the laptop's blue frame,
    on its black background."""
    from ui.board.view import BoardView

    projector = BoardView(board.scene, projector=True)
    qtbot.addWidget(projector)
    projector.resize(800, 600)
    projector.show()
    qtbot.waitExposed(projector)
    item = _lowest_card(board)
    item.setSelected(True)
    centre = item.sceneBoundingRect().center()
    for view in (board.view, projector):
        view.resetTransform()
        view.scale(FAR, FAR)
        view.centerOn(centre)
    top_edge = item.mapToScene(QPointF(item.rect().width() / 2, 0))
    laptop = board.view.viewport().grab().toImage()
    shown = projector.viewport().grab().toImage()
    assert _pixel(board.view, laptop, top_edge).blue() > 150
    assert _pixel(projector, shown, top_edge) == item.far_fill
    assert shown.pixelColor(2, 2) == QColor("#000000")
