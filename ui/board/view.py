"""The board view: scroll (wheel), zoom (Ctrl+wheel, pinch, keys), pan (space + drag, middle
button), fit, focus, and a first look at a readable scale."""

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
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsScene,
    QGraphicsView,
    QPinchGesture,
    QWidget,
)

from ui.board.items import PROJECTOR_PROPERTY, card_font
from ui.board.overview import FarPicture, is_far, paint_far
from ui.board.scene import BoardScene

MIN_SCALE, MAX_SCALE = 0.02, 6.0
# Card pictures are cached as pixmaps (DeviceCoordinateCache) in QPixmapCache; its default
# 10 MB holds ~90 cards at full size, so a drag or a pan would redraw every card each frame.
PIXMAP_CACHE_KB = 160 * 1024
READABLE_TEXT_PX = 13.0  # a card's text at the first look: read from a laptop's keyboard
MAX_OPENING_SCALE = 1.6  # a near-empty zone is not blown up beyond this at the first look
OPENING_MARGIN = 20.0  # scene units left around the zone shown at the first look


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
        self._far_picture = FarPicture()  # the board from afar at this view's scale
        if projector:
            self.setInteractive(False)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setFrameShape(QGraphicsView.Shape.NoFrame)
            self.setBackgroundBrush(Qt.GlobalColor.black)

    # -- focus (projector) -----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """The projector's paint tells the items so (cached items are painted with no widget);
        a board seen from afar is drawn as tiles (ui/board/overview.py)."""
        scene = self.scene()
        far = isinstance(scene, BoardScene) and is_far(self)
        # From afar any change repaints the whole view: the tiles are drawn in one go, and Qt's
        # record of where each item was painted (for partial updates) is not kept.
        mode = (
            QGraphicsView.ViewportUpdateMode.FullViewportUpdate
            if far
            else QGraphicsView.ViewportUpdateMode.SmartViewportUpdate
        )
        if self.viewportUpdateMode() != mode:
            self.setViewportUpdateMode(mode)
        if not self.projector or scene is None:
            self._paint(event, far)
            return
        scene.presenting = True  # type: ignore[attr-defined]
        try:
            self._paint(event, far)
        finally:
            scene.presenting = False  # type: ignore[attr-defined]

    def _paint(self, event: QPaintEvent, far: bool) -> None:
        scene = self.scene()
        if not far or not isinstance(scene, BoardScene):
            super().paintEvent(event)
            return
        exposed = self.mapToScene(event.region().boundingRect()).boundingRect()
        painter = QPainter(self.viewport())
        try:
            paint_far(
                self,
                painter,
                exposed,
                scene.card_items.values(),
                scene.selected_cards(),
                scene.zone_items.values(),
                scene.cluster_items.values(),
                scene.tiles,
                self._far_picture,
                scene.presenting,
            )
        finally:
            painter.end()

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

    def card_text_px(self, scale: float | None = None) -> float:
        """How high a card's text stands on this screen, in pixels, at a scale (default: now)."""
        font = card_font()
        dpi = self.viewport().logicalDpiY()
        return font.pointSizeF() * dpi / 72.0 * (self.zoom if scale is None else scale)

    def readable_scale(self) -> float:
        """The smallest scale at which a card's text can be read on this screen."""
        return READABLE_TEXT_PX / max(self.card_text_px(1.0), 1.0)

    def first_zone_rect(self) -> QRectF:
        """The board's first zone (by position), or every item when the board has no zone."""
        scene = self.scene()
        if scene is None:
            return QRectF()
        zones = getattr(scene, "contents", None)
        zone_list = sorted(zones.zones, key=lambda z: (z.position, z.id)) if zones else []
        if zone_list:
            zone = zone_list[0]
            return QRectF(zone.x, zone.y, zone.width, zone.height)
        return scene.itemsBoundingRect()

    def show_board(self, rect: QRectF | None = None) -> None:
        """The first look at a board: a zone (default: the first) filling the view, readable.

        The zone is fitted whole when its text can be read so; else it is shown from its top
        left at the smallest scale where its cards can be read (its neighbours to its right).
        """
        area = self.first_zone_rect() if rect is None else QRectF(rect)
        viewport = self.viewport().rect()
        if area.isEmpty() or viewport.isEmpty():
            return
        area = area.adjusted(-OPENING_MARGIN, -OPENING_MARGIN, OPENING_MARGIN, OPENING_MARGIN)
        whole = min(viewport.width() / area.width(), viewport.height() / area.height())
        readable = self.readable_scale()
        scale = min(whole, MAX_OPENING_SCALE) if whole >= readable else readable
        scale = max(scale, MIN_SCALE)
        self.resetTransform()
        self.scale(scale, scale)
        width, height = viewport.width() / scale, viewport.height() / scale
        centre_x = area.left() + width / 2  # its neighbours to the right, as they come
        centre_y = area.center().y() if height >= area.height() else area.top() + height / 2
        self.centerOn(centre_x, centre_y)
        self.zoom_changed.emit(self.zoom)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel scrolls (Shift: sideways); Ctrl+wheel zooms around the cursor."""
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y() or event.angleDelta().x()
            if delta == 0:
                delta = event.pixelDelta().y()
            if delta:
                self.zoom_around(1.0015**delta, event.position())
            event.accept()
            return
        if modifiers & Qt.KeyboardModifier.ShiftModifier and event.angleDelta().x() == 0:
            bar = self.horizontalScrollBar()
            step = event.pixelDelta().y() or round(
                event.angleDelta().y() / 120 * bar.singleStep() * 3
            )
            bar.setValue(bar.value() - step)
            event.accept()
            return
        super().wheelEvent(event)

    def zoom_around(self, factor: float, point: QPointF) -> None:
        """Zoom by a factor keeping the board point under this viewport point where it is."""
        anchor = self.mapToScene(point.toPoint())
        before = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        try:
            self.zoom_by(factor)
        finally:
            self.setTransformationAnchor(before)
        moved = self.mapFromScene(anchor)
        self.pan_by(point.x() - moved.x(), point.y() - moved.y())

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
