"""The board view: zoom (wheel, pinch), pan (space + drag, middle button), fit and focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPixmapCache,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QGraphicsScene, QGraphicsView, QPinchGesture, QWidget

from ui.board.items import PROJECTOR_PROPERTY

MIN_SCALE, MAX_SCALE = 0.02, 6.0
# Card pictures are cached as pixmaps (DeviceCoordinateCache) in QPixmapCache; its default
# 10 MB holds ~90 cards at full size, so a drag or a pan would redraw every card each frame.
PIXMAP_CACHE_KB = 160 * 1024
READABLE_SCALE = 0.3  # below this, card text cannot be read
OPENING_SCALE = 0.7


class BoardView(QGraphicsView):
    """A view of the board scene; several views (laptop, projector) can show one scene."""

    zoom_changed = Signal(float)

    def __init__(
        self, scene: QGraphicsScene, parent: QWidget | None = None, projector: bool = False
    ) -> None:
        super().__init__(scene, parent)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self.projector = projector
        self.viewport().setProperty(PROJECTOR_PROPERTY, projector)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._first_look_pending = False
        self._focus_rect: QRectF | None = None
        self._space_held = False
        self._pan_from: QPointF | None = None
        if projector:
            self.setInteractive(False)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setFrameShape(QGraphicsView.Shape.NoFrame)
            self.setBackgroundBrush(Qt.GlobalColor.black)

    # -- focus (projector) -----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """The projector's paint tells the items so (cached items are painted with no widget)."""
        scene = self.scene()
        if not self.projector or scene is None:
            super().paintEvent(event)
            return
        scene.presenting = True  # type: ignore[attr-defined]
        try:
            super().paintEvent(event)
        finally:
            scene.presenting = False  # type: ignore[attr-defined]

    def set_focus_rect(self, rect: QRectF | None) -> None:
        """Dim everything but this part of the board (None: nothing dimmed)."""
        self._focus_rect = rect
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if self._focus_rect is None or self._focus_rect.isEmpty():
            return
        shade = QPainterPath()
        shade.addRect(QRectF(rect))
        hole = QPainterPath()
        hole.addRect(self._focus_rect.adjusted(-4, -4, 4, 4))
        painter.fillPath(shade.subtracted(hole), QColor(0, 0, 0, 175))

    # -- zoom ------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(MAX_SCALE, max(MIN_SCALE, self.zoom * factor))
        if target != self.zoom:
            self.scale(target / self.zoom, target / self.zoom)
            self.zoom_changed.emit(self.zoom)

    def fit_rect(self, rect: QRectF) -> None:
        if rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.zoom)

    def fit_all(self) -> None:
        scene = self.scene()
        if scene is not None:
            self.fit_rect(scene.itemsBoundingRect())

    def look_at_board(self) -> None:
        """Show the board as first seen (see show_board), now or once the view is on screen."""
        if self.isVisible() and self.viewport().width() > 50:
            self._first_look_pending = False
            self.show_board()
        else:
            self._first_look_pending = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._first_look_pending and self.isVisible():
            self._first_look_pending = False
            self.show_board()

    def show_board(self) -> None:
        """The first look at a board: all of it when readable, else its top left, readable."""
        scene = self.scene()
        if scene is None:
            return
        bounds = scene.itemsBoundingRect()
        viewport = self.viewport().rect()
        if bounds.isEmpty() or viewport.isEmpty():
            return
        fit = min(viewport.width() / bounds.width(), viewport.height() / bounds.height())
        if fit >= READABLE_SCALE:
            self.fit_rect(bounds)
            return
        self.resetTransform()
        self.scale(OPENING_SCALE, OPENING_SCALE)
        width = viewport.width() / OPENING_SCALE
        height = viewport.height() / OPENING_SCALE
        self.centerOn(bounds.left() + width / 2 - 20, bounds.top() + height / 2 - 20)
        self.zoom_changed.emit(self.zoom)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta == 0 or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)
            return
        self.zoom_by(1.0015**delta)
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        zoom_gesture = Qt.NativeGestureType.ZoomNativeGesture
        if isinstance(event, QNativeGestureEvent) and event.gestureType() == zoom_gesture:
            self.zoom_by(1.0 + event.value())
            return True
        if isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                return True
        return super().viewportEvent(event)

    # -- pan -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._can_pan():
            self._space_held = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            self.setInteractive(False)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_held:
            self._space_held = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.setInteractive(True)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _can_pan(self) -> bool:
        scene = self.scene()
        return not self.projector and (scene is None or scene.focusItem() is None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.pan_by(delta.x(), delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def pan_by(self, dx: float, dy: float) -> None:
        """Scroll the board by a distance in screen pixels (as a hand drag would)."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(dx))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(dy))
