"""The board's first look and the wheel: cards readable at once, the wheel scrolls, Ctrl zooms."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from ui.board.items import card_font

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _wheel(
    view: Any, delta: int, modifiers: Qt.KeyboardModifier, at: QPointF | None = None
) -> None:
    point = at if at is not None else QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        point,
        QPointF(view.viewport().mapToGlobal(point.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


@pytest.fixture
def opened(context: Any, qtbot: Any) -> Any:
    """The board screen as it first opens in a 1366×768 window (no fit of any test's own)."""
    from ui.board.screen import BoardScreen

    screen = BoardScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1366, 680)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_the_board_opens_with_its_first_zone_readable(opened: Any) -> None:
    """Opened at a laptop's size, the cards' text is at least 12 px high and the first zone's
    first card is in view."""
    view = opened.view
    text_px = card_font().pointSizeF() * view.viewport().logicalDpiY() / 72 * view.transform().m11()
    assert text_px >= 12
    zones = sorted(opened.scene.contents.zones, key=lambda z: (z.position, z.id))
    first = min(
        (i for i in opened.scene.card_items.values() if i.view.card.zone_id == zones[0].id),
        key=lambda i: (i.y(), i.x()),
    )
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(first.sceneBoundingRect())


def test_the_wheel_scrolls_and_ctrl_wheel_zooms_around_the_cursor(opened: Any) -> None:
    """The wheel alone scrolls down (Shift: sideways) at the same scale; with Ctrl it zooms in,
    keeping the point under the cursor in place."""
    view = opened.view
    scale = view.transform().m11()
    top = view.verticalScrollBar().value()
    _wheel(view, -240, Qt.KeyboardModifier.NoModifier)
    assert view.verticalScrollBar().value() > top
    assert view.transform().m11() == scale
    left = view.horizontalScrollBar().value()
    _wheel(view, -240, Qt.KeyboardModifier.ShiftModifier)
    assert view.horizontalScrollBar().value() > left
    assert view.transform().m11() == scale
    cursor = QPointF(150, 120)
    under = view.mapToScene(cursor.toPoint())
    _wheel(view, 240, Qt.KeyboardModifier.ControlModifier, cursor)
    assert view.transform().m11() > scale * 1.2
    after = view.mapFromScene(under)
    assert abs(after.x() - cursor.x()) <= 2 and abs(after.y() - cursor.y()) <= 2
    zoomed = view.transform().m11()
    _wheel(view, -240, Qt.KeyboardModifier.ControlModifier, cursor)
    assert view.transform().m11() < zoomed


def test_keyboard_zoom_still_works(opened: Any, qtbot: Any) -> None:
    """Ctrl++ zooms in and Ctrl+- zooms out from the keyboard."""
    view = opened.view
    view.setFocus()
    scale = view.transform().m11()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() > scale
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() < scale
