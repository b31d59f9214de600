"""Mouse drags on the board view and positions read from the file, for the board tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication


def _send(widget: Any, kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.LeftButton
    if kind == QEvent.Type.MouseMove:
        button = Qt.MouseButton.NoButton
    global_pos = QPointF(widget.mapToGlobal(pos))
    event = QMouseEvent(
        kind, QPointF(pos), global_pos, button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def drag(view: Any, start: QPointF, end: QPointF, steps: int = 5) -> None:
    """Press on a scene point, move in steps with the button held, release at another point."""
    viewport = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    held = Qt.MouseButton.LeftButton
    _send(viewport, QEvent.Type.MouseButtonPress, a, held)
    for n in range(1, steps + 1):
        point = QPoint(a.x() + (b.x() - a.x()) * n // steps, a.y() + (b.y() - a.y()) * n // steps)
        _send(viewport, QEvent.Type.MouseMove, point, held)
    _send(viewport, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)


def card_positions(store: Any, ids: Any) -> dict[int, tuple[float, float]]:
    return {i: (store.board.cards.get(i).x, store.board.cards.get(i).y) for i in ids}
