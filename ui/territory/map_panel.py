"""The map of the territory's actors: the territory's outline, organisations as discs coloured by
kind, alliances as links from their pilot to their partners, filters, keyboard moves, export.

The picture comes from the core (workshop/domain/territory_map.py) in kilometres; discs keep
their size on screen whatever the zoom (ItemIgnoresTransformations), so a commune's organisations,
spread around its centre, part further as one zooms in.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from ui.refresh import Refresher
from ui.widgets.plain_text import plain_tooltip
from workshop.domain.changes import Area, Changes
from workshop.domain.communes import Territory, attribution
from workshop.domain.records import OrganisationId, WorkshopId
from workshop.domain.sdg import all_sdgs
from workshop.domain.territory_map import (
    MapActor,
    MapContent,
    MapFilter,
    MapLink,
    MapPicture,
    MapPoint,
    MapSelection,
    neighbours,
    picture,
)
from workshop.domain.vocabulary import KIND_COLOURS, OrganisationKind
from workshop.queries.territory_map import map_content

DOT_RADIUS = 4.5  # pixels on screen, whatever the zoom
SPACING = 1 / 90  # discs of one commune: this fraction of the map's side apart (≈ 10 px fitted)
MAX_ZOOM = 60.0  # times the fitted scale
ZOOM_STEP = 1.25
OUTLINE_FILL = QColor("#EEF3F6")
OUTLINE_PEN = QColor("#5F7C8A")
NEIGHBOUR_FILL = QColor("#F7F9FA")  # a neighbouring territory: context, paler than the territory
NEIGHBOUR_PEN = QColor("#A9B8C0")
NEIGHBOUR_INK = QColor("#78909C")  # its name
NEIGHBOUR_NAME_PIXELS = 11
LINK_COLOUR = QColor("#9FB0B9")  # opaque: translucent antialiased lines paint 2x slower
CHOSEN_COLOUR = QColor("#102027")
EXPORT_WIDTH = 1600  # pixels of an exported PNG (its height follows the map's shape)
HEADER = 40  # pixels (at scale 1) of an exported map's title above it
LEGEND_ROW = 22  # and of each row of its legend below it


class DotsItem(QGraphicsItem):
    """Every organisation's disc, the same size on screen at every zoom, with a white rim: on
    screen each is a stamp of its kind's disc drawn once (5,000 items of their own took half a
    second to build and paint, wide round points a fifth of a second per paint); in a drawing
    (SVG) they are round points, vector."""

    def __init__(self, points: tuple[MapPoint, ...], box: QRectF) -> None:
        super().__init__()
        self.box = box
        self.scale_factor = 1.0  # an export draws them larger
        self.by_colour: dict[str, QPolygonF] = {}
        grouped: dict[str, list[QPointF]] = {}
        for point in points:
            grouped.setdefault(point.colour, []).append(QPointF(point.x, point.y))
        self.by_colour = {colour: QPolygonF(group) for colour, group in grouped.items()}
        self._stamps: dict[tuple[str, float, float], QPixmap] = {}

    def boundingRect(self) -> QRectF:
        return self.box

    def paint(self, painter: QPainter, _option: object, _widget: object = None) -> None:
        diameter = 2 * DOT_RADIUS * self.scale_factor
        rim = 1.2 * self.scale_factor
        if isinstance(painter.device(), QSvgGenerator):
            painter.setPen(_round(QColor("#FFFFFF"), diameter + 2 * rim))
            for points in self.by_colour.values():
                painter.drawPoints(points)
            for colour, points in self.by_colour.items():
                painter.setPen(_round(QColor(colour), diameter))
                painter.drawPoints(points)
            return
        transform = painter.worldTransform()
        ratio = painter.device().devicePixelRatioF()
        painter.save()
        painter.resetTransform()
        for colour, points in self.by_colour.items():
            stamp = self._stamp(colour, diameter + 2 * rim, rim, ratio)
            half = (diameter + 2 * rim + 2) / 2
            for place in transform.map(points):  # type: ignore[attr-defined]  # iterable at run time
                painter.drawPixmap(QPointF(place.x() - half, place.y() - half), stamp)
        painter.restore()

    def _stamp(self, colour: str, outer: float, rim: float, ratio: float) -> QPixmap:
        """A kind's disc with its white rim, antialiased, for a device pixel ratio."""
        key = (colour, outer, ratio)
        stamp = self._stamps.get(key)
        if stamp is None:
            side = outer + 2
            stamp = QPixmap(math.ceil(side * ratio), math.ceil(side * ratio))
            stamp.setDevicePixelRatio(ratio)
            stamp.fill(Qt.GlobalColor.transparent)
            brush = QPainter(stamp)
            brush.setRenderHint(QPainter.RenderHint.Antialiasing)
            brush.setPen(Qt.PenStyle.NoPen)
            brush.setBrush(QColor("#FFFFFF"))
            brush.drawEllipse(QPointF(side / 2, side / 2), outer / 2, outer / 2)
            brush.setBrush(QColor(colour))
            brush.drawEllipse(QPointF(side / 2, side / 2), outer / 2 - rim, outer / 2 - rim)
            brush.end()
            self._stamps[key] = stamp
        return stamp


def _round(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


class LinesItem(QGraphicsItem):
    """Straight lines drawn one by one with a cosmetic pen (as one path, thousands of links
    overlapping in a translucent colour would be stroked as a single shape, seconds long)."""

    def __init__(self, pen: QPen) -> None:
        super().__init__()
        self.pen = pen
        self.lines: list[QLineF] = []
        self.box = QRectF()

    def set_lines(self, lines: list[QLineF]) -> None:
        self.prepareGeometryChange()
        self.lines = lines
        xs = [x for line in lines for x in (line.x1(), line.x2())]
        ys = [y for line in lines for y in (line.y1(), line.y2())]
        self.box = (
            QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys))) if lines else QRectF()
        )

    def boundingRect(self) -> QRectF:
        return self.box.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, _option: object, _widget: object = None) -> None:
        if self.lines:
            painter.setPen(self.pen)
            painter.drawLines(self.lines)


class TerritoryScene(QGraphicsScene):
    """The neighbouring territories (pale, named), the outline, the alliances' links and the
    discs of one MapPicture."""

    dot_clicked = Signal(int)  # OrganisationId

    def __init__(
        self, tooltip: Callable[[OrganisationId], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tooltip = tooltip  # a disc's tooltip, written when it is asked for
        self.setBackgroundBrush(QBrush(QColor("#FFFFFF")))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.points: dict[OrganisationId, MapPoint] = {}
        self.dots = DotsItem((), QRectF())
        self.ring = QGraphicsEllipseItem()
        self.chosen_links = LinesItem(_cosmetic(CHOSEN_COLOUR, 3.0))
        self.neighbour_outlines: list[QGraphicsPathItem] = []
        self.neighbour_names: list[QGraphicsSimpleTextItem] = []

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """The tooltip of the disc under the pointer (5,000 written in advance cost a tenth
        of a second at every refresh)."""
        point = self.point_at(event.scenePos())
        if point is not None:
            QToolTip.showText(event.screenPos(), self.tooltip(point.actor.id), event.widget())
            event.accept()
        else:
            QToolTip.hideText()
            event.ignore()

    def point_at(self, where: QPointF) -> MapPoint | None:
        """The disc under a scene point at the view's zoom (the one drawn last on top)."""
        views = self.views()
        scale = views[0].transform().m11() if views else 1.0
        reach = (DOT_RADIUS + 1) / (scale or 1.0)
        x, y = where.x(), where.y()
        hit = None
        for point in self.points.values():
            if (point.x - x) ** 2 + (point.y - y) ** 2 <= reach * reach:
                hit = point
        return hit

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        point = self.point_at(event.scenePos())
        if point is not None and event.button() == Qt.MouseButton.LeftButton:
            self.dot_clicked.emit(point.actor.id)
            event.accept()
            return
        super().mousePressEvent(event)  # elsewhere: the view drags the map

    def show_picture(self, drawn: MapPicture) -> None:
        self.clear()
        self.points = {p.actor.id: p for p in drawn.points}
        self._show_neighbours(drawn)
        if drawn.outline:
            path = QPainterPath()
            for ring in drawn.outline:
                path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
                path.closeSubpath()
            outline = self.addPath(path, _cosmetic(OUTLINE_PEN, 1.6), QBrush(OUTLINE_FILL))
            outline.setZValue(0)
        links = LinesItem(_cosmetic(LINK_COLOUR, 1.0))
        links.set_lines(_lines(drawn, drawn.links))
        links.setZValue(1)
        self.addItem(links)
        x, y, w, h = drawn.bounds
        self.dots = DotsItem(drawn.points, QRectF(x, y, w, h))
        self.dots.setZValue(3)
        self.addItem(self.dots)
        self.chosen_links = LinesItem(_cosmetic(CHOSEN_COLOUR, 3.0))
        self.chosen_links.setZValue(2)
        self.addItem(self.chosen_links)
        r = DOT_RADIUS + 4
        self.ring = self.addEllipse(-r, -r, 2 * r, 2 * r, QPen(CHOSEN_COLOUR, 2.5))
        self.ring.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.ring.setZValue(4)
        self.ring.setVisible(False)
        # the chosen organisation's name beside its ring, on a white backing (plain text)
        self.name_backing = QGraphicsRectItem(self.ring)
        self.name_backing.setBrush(QBrush(QColor(255, 255, 255, 230)))
        self.name_backing.setPen(QPen(QColor("#B0BEC5"), 1))
        self.name = QGraphicsSimpleTextItem(self.name_backing)
        self.name.setBrush(QBrush(CHOSEN_COLOUR))
        self.setSceneRect(QRectF(x, y, w, h))

    def _show_neighbours(self, drawn: MapPicture) -> None:
        """Under the territory, each neighbouring territory holding discs: a pale fill, a
        thin dashed line and its name in small muted type, the same size at every zoom."""
        self.neighbour_outlines, self.neighbour_names = [], []
        pen = _cosmetic(NEIGHBOUR_PEN, 1.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        font = QFont()
        font.setPixelSize(NEIGHBOUR_NAME_PIXELS)
        for neighbour in drawn.neighbours:
            path = QPainterPath()
            for ring in neighbour.rings:
                path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
                path.closeSubpath()
            outline = self.addPath(path, pen, QBrush(NEIGHBOUR_FILL))
            outline.setZValue(-2)
            self.neighbour_outlines.append(outline)
        for neighbour in drawn.neighbours:  # above every neighbour's fill, under the territory
            name = QGraphicsSimpleTextItem(neighbour.name)  # plain text, never markup
            name.setFont(font)
            name.setBrush(QBrush(NEIGHBOUR_INK))
            name.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            box = name.boundingRect()
            name.setTransform(QTransform.fromTranslate(-box.width() / 2, -box.height() / 2))
            name.setPos(*neighbour.label)
            name.setZValue(-1)
            self.addItem(name)
            self.neighbour_names.append(name)

    def mark(self, drawn: MapPicture, organisation_id: OrganisationId | None) -> None:
        """Ring the chosen organisation's disc and draw its alliances' links darker."""
        point = self.points.get(organisation_id) if organisation_id is not None else None
        self.ring.setVisible(point is not None)
        chosen: list[MapLink] = []
        if point is not None:
            self.ring.setPos(point.x, point.y)
            name = point.actor.name
            self.name.setText(name if len(name) <= 60 else name[:59] + "…")
            box = self.name.boundingRect()
            self.name.setPos(4, 2)
            width, height = box.width() + 8, box.height() + 4
            right_half = point.x > self.sceneRect().center().x()  # the name towards the middle
            left = -(DOT_RADIUS + 8 + width) if right_half else DOT_RADIUS + 8
            self.name_backing.setRect(0, 0, width, height)
            self.name_backing.setPos(left, -height / 2)
            alliances = {
                link.alliance_id
                for link in drawn.links
                if organisation_id in (link.source, link.target)
            }
            chosen = [link for link in drawn.links if link.alliance_id in alliances]
        self.chosen_links.set_lines(_lines(drawn, chosen))


def _lines(drawn: MapPicture, links: list[MapLink] | tuple[MapLink, ...]) -> list[QLineF]:
    lines = []
    for link in links:
        a, b = drawn.point(link.source), drawn.point(link.target)
        lines.append(QLineF(a.x, a.y, b.x, b.y))
    return lines


def _cosmetic(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)  # the same width on screen at every zoom
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class TerritoryMapView(QGraphicsView):
    """The map's view: arrows and Tab move between discs, + and - zoom, the wheel scrolls and
    Ctrl+wheel zooms; Escape lets the disc go, and Tab then leaves the map."""

    point_moved = Signal(int, int)  # dx, dy: an arrow was pressed
    released = Signal()  # Escape: no disc chosen
    point_stepped = Signal(int)  # +1 / -1: Tab or Shift+Tab; returns through `stepped`
    zoomed = Signal(float)  # factor

    def __init__(self, scene: TerritoryScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.step_taken = False  # set by the panel when Tab moved to another disc
        self.fitted_scale = 1.0
        self.fitted = True  # the whole map shown: a resize fits it again
        self.focus_point: QPointF | None = None  # the chosen disc: keys zoom around it

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def scale_now(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        self.resetTransform()
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.fitted_scale = self.scale_now() or 1.0
        self.fitted = True

    def zoom(self, factor: float, under_mouse: bool = False) -> None:
        """Zoom by `factor`, between the fitted map and MAX_ZOOM times closer: around the
        pointer for the wheel, around the chosen disc (else the centre) for the keys."""
        now = self.scale_now()
        target = min(max(now * factor, self.fitted_scale), self.fitted_scale * MAX_ZOOM)
        if now > 0 and not math.isclose(target, now):
            anchor = QGraphicsView.ViewportAnchor
            self.setTransformationAnchor(
                anchor.AnchorUnderMouse if under_mouse else anchor.AnchorViewCenter
            )
            self.scale(target / now, target / now)
            if not under_mouse and self.focus_point is not None:
                self.centerOn(self.focus_point)
            self.fitted = math.isclose(target, self.fitted_scale)
            self.zoomed.emit(target / self.fitted_scale)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom(ZOOM_STEP**steps, under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in moves and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.point_moved.emit(*moves[key])
            event.accept()
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.released.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab goes to the next disc (Shift+Tab the previous); past the last, it leaves."""
        self.step_taken = False
        self.point_stepped.emit(1 if next else -1)
        if self.step_taken:
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.point_stepped.emit(0 if event.reason() == Qt.FocusReason.TabFocusReason else 2)


class TerritoryMapPanel(QWidget):
    """The territory's map with its filters, legend, the chosen organisation and the export."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = current_lang()
        self.content = MapContent((), ())
        self.selection = MapSelection((), (), (), ())
        self.drawn = MapPicture((), (), (), (0.0, 0.0, 0.0, 0.0), 0.0)
        self.territory: Territory | None = None
        self.chosen: OrganisationId | None = None
        self._fitted_for: object = None  # what the view was last fitted to

        self.sdg_combo = QComboBox()
        self.sdg_combo.setAccessibleName(self.tr("Filtrer la carte par ODD"))
        self.sdg_combo.addItem(self.tr("Tous les ODD"), None)
        for goal in all_sdgs():
            self.sdg_combo.addItem(
                self.tr("ODD {number} – {title}").format(
                    number=goal.number, title=goal.title(self.lang)
                ),
                goal.number,
            )
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Filtrer la carte par nature d'organisation"))
        self.kind_combo.addItem(self.tr("Toutes les natures"), None)
        for kind in OrganisationKind:
            self.kind_combo.addItem(kind.label(self.lang), kind.value)
        self.workshop_combo = QComboBox()
        self.workshop_combo.setAccessibleName(self.tr("Filtrer la carte par atelier"))
        for combo, letters in (
            (self.sdg_combo, 16),
            (self.kind_combo, 16),
            (self.workshop_combo, 20),
        ):
            # as wide as a short entry (the screen fits 1366 pixels); the list opens wider
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(letters)
            combo.currentIndexChanged.connect(self._on_filter_current_index_changed)
        for combo in (self.sdg_combo, self.kind_combo):
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

        self._alliance_names_cache: dict[OrganisationId, str] | None = None
        self.scene = TerritoryScene(self.tooltip, self)
        self.scene.dot_clicked.connect(self._on_scene_dot_clicked)
        self.view = TerritoryMapView(self.scene)
        self.view.setAccessibleName(self.tr("Carte du territoire"))
        self.view.point_moved.connect(self._on_view_point_moved)
        self.view.point_stepped.connect(self._on_view_point_stepped)
        self.view.released.connect(self._on_view_released)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() + 2)
        self.title.setFont(title_font)
        self.unplaced = QLabel()
        self.unplaced.setTextFormat(Qt.TextFormat.PlainText)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(self.tr("Légende de la carte"))
        self.credit = QLabel(attribution(self.lang))  # the data's licences ask for it
        self.credit.setTextFormat(Qt.TextFormat.PlainText)
        self.credit.setWordWrap(True)
        self.credit.setStyleSheet("color: #546E7A;")
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumWidth(240)
        self.details.setMaximumWidth(340)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.details.setAccessibleName(self.tr("Organisation choisie sur la carte"))

        self.fit_button = QPushButton(self.tr("Tout voir"))
        self.fit_button.setAccessibleName(self.tr("Ajuster la carte à la fenêtre"))
        self.fit_button.clicked.connect(self.fit)
        self.export_button = QPushButton(self.tr("Exporter la carte (PNG, SVG)…"))
        self.export_button.clicked.connect(self.ask_export)
        self._actions()

        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("&ODD :"), self.sdg_combo),
            (self.tr("Nat&ure :"), self.kind_combo),
            (self.tr("Ate&lier :"), self.workshop_combo),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.fit_button)
        filters.addWidget(self.export_button)
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.view, 1)
        left.addWidget(self.legend)
        left.addWidget(self.credit)
        right = QVBoxLayout()
        right.addWidget(self.details, 1)
        right.addWidget(self.unplaced)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(body, 1)
        self.setTabOrder(self.workshop_combo, self.view)

        self.refresher = Refresher(
            context,
            self,
            {
                Area.ORGANISATIONS,
                Area.ALLIANCES,
                Area.WORKSHOPS,
                Area.ATTENDANCE,
                Area.BOARD,
                Area.CURRENT_WORKSHOP,
            },
            self._on_data_changed,
        )
        self._loaded = False  # read when first shown: the Territoire screen opens on another tab

    def _actions(self) -> None:
        def add(text: str, keys: list[QKeySequence], slot: object) -> QAction:
            action = QAction(text, self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.zoom_in_action = add(
            self.tr("Zoom avant sur la carte"),
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("+")],
            lambda: self.view.zoom(ZOOM_STEP),
        )
        self.zoom_out_action = add(
            self.tr("Zoom arrière sur la carte"),
            [QKeySequence(QKeySequence.StandardKey.ZoomOut), QKeySequence("-")],
            lambda: self.view.zoom(1 / ZOOM_STEP),
        )
        self.export_action = add(
            self.tr("Exporter la carte (PNG, SVG)…"),
            [QKeySequence("Ctrl+Shift+E")],
            self.ask_export,
        )

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the map's content again and draw it with the filters chosen."""
        self._loaded = True
        self.content = map_content(self.context.store)
        chosen = self.workshop_combo.currentData()
        self.workshop_combo.blockSignals(True)
        self.workshop_combo.clear()
        self.workshop_combo.addItem(self.tr("Tous les ateliers"), None)
        for workshop in self.content.workshops:
            when = workshop.date.strftime("%d/%m/%Y") if workshop.date else ""
            label = f"{when} · {workshop.title}" if when else workshop.title  # as the toolbar
            self.workshop_combo.addItem(label, workshop.id)
        index = self.workshop_combo.findData(chosen) if chosen is not None else 0
        self.workshop_combo.setCurrentIndex(max(index, 0))
        self.workshop_combo.blockSignals(False)
        self.redraw()

    def current_filter(self) -> MapFilter:
        sdg = self.sdg_combo.currentData()
        kind = self.kind_combo.currentData()
        workshop = self.workshop_combo.currentData()
        return MapFilter(
            sdg=int(sdg) if sdg is not None else None,
            kind=OrganisationKind(kind) if kind is not None else None,
            workshop_id=WorkshopId(int(workshop)) if workshop is not None else None,
        )

    def redraw(self) -> None:
        """Select, project and draw; keep the chosen organisation and the zoom when they fit."""
        chosen = self.current_filter()
        workshop_id = chosen.workshop_id or self.context.current_workshop_id
        self.territory = self.content.territory_of(workshop_id)
        self.selection = self.content.select(chosen)
        outline = self.territory.outline if self.territory else ()
        around = neighbours(self.selection, self.territory)
        self.drawn = picture(self.selection, outline, SPACING, around)
        self._alliance_names_cache = None
        self.scene.show_picture(self.drawn)
        self._show_title()
        self._show_legend()
        self._show_unplaced()
        if self.chosen not in self.scene.points:
            self.chosen = None
        self.choose(self.chosen)
        fitted_for = (self.territory.code if self.territory else "", chosen)
        if fitted_for != self._fitted_for or not self.view.isVisible():
            self._fitted_for = fitted_for
            self.fit()

    def tooltip(self, organisation_id: OrganisationId) -> str:
        """A disc's tooltip: the organisation's name, kind and commune, its alliances drawn."""
        actor = self.content.actor(organisation_id)
        if actor is None:
            return ""
        if self._alliance_names_cache is None:
            self._alliance_names_cache = self._alliance_names()
        alliances = self._alliance_names_cache.get(organisation_id, "")
        return plain_tooltip("\n".join(x for x in (actor.name, self._where(actor), alliances) if x))

    def _alliance_names(self) -> dict[OrganisationId, str]:
        """Per organisation, 'Alliances : A, B' for the alliances drawn it is a partner of."""
        of: dict[OrganisationId, list[str]] = {}
        for alliance in self.selection.alliances:
            for organisation_id in dict.fromkeys(p for p, _ in alliance.partners):
                of.setdefault(organisation_id, []).append(alliance.name)
        return {
            organisation_id: self.tr("Alliances : {names}").format(names=", ".join(names))
            for organisation_id, names in of.items()
        }

    def _where(self, actor: MapActor) -> str:
        return " · ".join(x for x in (actor.kind.label(self.lang), actor.commune_name) if x)

    def _show_title(self) -> None:
        if self.territory is not None:
            self.title.setText(self.territory.name)
        else:
            self.title.setText(
                self.tr("Territoire non précisé : les acteurs sont placés sans fond de carte")
            )

    def _show_legend(self) -> None:
        kinds = self.drawn.kinds()
        entries = [
            f'<span style="color:{KIND_COLOURS[kind]}; font-size:15px">●</span>&nbsp;'
            + f"{kind.label(self.lang)} ({count})".replace(" ", "&nbsp;")
            for kind, count in kinds
        ]
        if self.drawn.links:
            entries.append(
                '<span style="color:#546E7A; font-size:15px">—</span>&nbsp;'
                + self.tr("alliance : du pilote vers chaque partenaire").replace(" ", "&nbsp;")
            )
        self.legend.setText(" &nbsp; ".join(entries))
        self.legend.setVisible(bool(entries))

    def _show_unplaced(self) -> None:
        count = len(self.selection.unplaced)
        if count:
            self.unplaced.setText(
                self.tr("1 acteur sans commune")
                if count == 1
                else self.tr("{count} acteurs sans commune").format(count=count)
            )
            names = [a.name for a in self.selection.unplaced[:25]]
            if count > 25:
                names.append("…")
            self.unplaced.setToolTip(plain_tooltip("\n".join(names)))
        else:
            self.unplaced.setText("")
            self.unplaced.setToolTip("")
        self.unplaced.setVisible(bool(count))

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    def _on_data_changed(self, changes: Changes, _initiator: object) -> None:
        if not self._loaded:
            self.refresh()
        elif changes.areas == {Area.CURRENT_WORKSHOP}:
            self.redraw()  # the outline may change, not the content
        else:
            self.refresh()

    def _on_filter_current_index_changed(self, _index: int) -> None:
        self.redraw()

    # -- the chosen organisation ---------------------------------------------------------------
    def choose(self, organisation_id: OrganisationId | None) -> None:
        """Show an organisation's name, place and alliances, and ring its disc."""
        self.chosen = organisation_id if organisation_id in self.scene.points else None
        self.scene.mark(self.drawn, self.chosen)
        actor = self.content.actor(self.chosen) if self.chosen is not None else None
        if actor is None:
            self.view.focus_point = None
            self.details.setText(self._hint())
            self.view.setAccessibleDescription("")
            return
        text = self._details(actor)
        self.details.setText(text)
        self.view.setAccessibleDescription(text)
        point = self.scene.points[actor.id]
        self.view.focus_point = QPointF(point.x, point.y)
        self.view.ensureVisible(QRectF(point.x, point.y, 0, 0), 40, 40)

    def _hint(self) -> str:
        if not self.drawn.points:
            if self.content.actors and not any(a.placed for a in self.content.actors):
                return self.tr(
                    "Aucune organisation n'a encore de commune : la carte se remplit quand "
                    "on leur en donne une (écran Acteurs)."
                )
            return self.tr("Aucune organisation ne correspond à ces filtres.")
        return self.tr(
            "Survolez ou cliquez un point, ou entrez dans la carte avec Tab : les flèches et "
            "Tab passent d'une organisation à l'autre, + et − zooment, Échap puis Tab "
            "quittent la carte."
        )

    def _details(self, actor: MapActor) -> str:
        lines = [actor.name, self._where(actor)]
        if actor.workshops:
            count = len(actor.workshops)
            lines.append(
                self.tr("1 atelier")
                if count == 1
                else self.tr("{count} ateliers").format(count=count)
            )
            titles = [w.title for w in self.content.workshops if w.id in actor.workshops]
            lines += [f"• {title}" for title in titles[:5]]  # the newest first
            if len(titles) > 5:
                lines.append(self.tr("… et {count} autres").format(count=len(titles) - 5))
        alliances = self.selection.alliances_of(actor.id)
        if alliances:
            lines.append("")
            lines.append(self.tr("Alliances ({count}) :").format(count=len(alliances)))
            for alliance in alliances:
                role = next(r for p, r in alliance.partners if p == actor.id)
                others = [
                    self.content.actor(p).name  # type: ignore[union-attr]
                    for p in dict.fromkeys(p for p, _ in alliance.partners)
                    if p != actor.id and self.content.actor(p) is not None
                ]
                line = f"• {alliance.name} — {role.label(self.lang).lower()}"
                if others:
                    line += self.tr(", avec {names}").format(names=", ".join(others))
                lines.append(line)
        else:
            lines.append(self.tr("Dans aucune alliance affichée."))
        return "\n".join(line for line in lines if line is not None)

    def _on_scene_dot_clicked(self, organisation_id: int) -> None:
        self.choose(OrganisationId(organisation_id))

    def _on_view_point_moved(self, dx: int, dy: int) -> None:
        """An arrow: the nearest disc that way (first the one nearest the view's centre)."""
        if not self.drawn.points:
            return
        if self.chosen is None:
            centre = self.view.mapToScene(self.view.viewport().rect().center())
            nearest = min(
                self.drawn.points,
                key=lambda p: (p.x - centre.x()) ** 2 + (p.y - centre.y()) ** 2,
            )
            self.choose(nearest.actor.id)
            return
        here = self.drawn.point(self.chosen)
        scale = self.view.scale_now() or 1.0
        best: tuple[float, OrganisationId] | None = None
        for p in self.drawn.points:
            along = ((p.x - here.x) * dx + (p.y - here.y) * dy) * scale  # pixels that way
            across = abs((p.x - here.x) * dy - (p.y - here.y) * dx) * scale
            if along <= 0.5 or across > 2 * along:  # behind, or more than ~63° aside
                continue
            score = along + 2 * across
            if best is None or score < best[0]:
                best = (score, p.actor.id)
        if best is not None:
            self.choose(best[1])

    def _on_view_released(self) -> None:
        self.choose(None)

    def _on_view_point_stepped(self, step: int) -> None:
        """Tab: the next organisation by name (Shift+Tab the previous); 0 / 2: the map was
        entered forward / backward (the first / last one when none is chosen)."""
        actors = self.selection.actors
        if not actors:
            return
        ids = [a.id for a in actors]
        if step in (0, 2):
            if self.chosen is None:
                self.choose(ids[0] if step == 0 else ids[-1])
            return
        if self.chosen is None:
            return  # Tab leaves a map where nothing is chosen (it was entered just before)
        index = ids.index(self.chosen) + step
        if 0 <= index < len(ids):
            self.choose(ids[index])
            self.view.step_taken = True

    # -- view ---------------------------------------------------------------------------------
    def fit(self) -> None:
        self.view.fit()

    # -- export -------------------------------------------------------------------------------
    def ask_export(self) -> None:
        """Ask where to write the map (PNG or SVG), showing it first (the screen's menu may
        ask while another tab is shown)."""
        stack = self.parentWidget()
        tabs = stack.parentWidget() if isinstance(stack, QStackedWidget) else None
        if isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(self)
        if not self._loaded:
            self.refresh()
        png, svg = self.tr("Image PNG (*.png)"), self.tr("Dessin SVG (*.svg)")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter la carte"),
            self.tr("carte-du-territoire") + ".png",
            f"{png};;{svg}",
        )
        if not path:
            return
        target = Path(path)
        kind = target.suffix.lower().lstrip(".")
        if kind not in ("png", "svg"):
            kind = "svg" if chosen == svg else "png"
            target = target.with_name(target.name + f".{kind}")
        (self.export_svg if kind == "svg" else self.export_png)(target)

    def export_png(self, path: Path) -> None:
        """The whole map, its title and legend, EXPORT_WIDTH pixels wide."""
        width, height = self._export_size(EXPORT_WIDTH, 2.0)
        image = QImage(QSize(width, height), QImage.Format.Format_ARGB32)
        image.fill(QColor("#FFFFFF"))
        self._paint_export(image, width, height, 2.0)
        image.save(str(path), "PNG")  # type: ignore[call-overload]  # a str at run time

    def export_svg(self, path: Path) -> None:
        """The same as a drawing, half as many units wide (discs and text at screen size)."""
        width, height = self._export_size(EXPORT_WIDTH // 2, 1.0)
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(self.title.text())
        generator.setDescription(self.tr("Carte du territoire : organisations et alliances"))
        self._paint_export(generator, width, height, 1.0)

    def _export_size(self, width: int, scale: float) -> tuple[int, int]:
        rect = self.scene.sceneRect()
        ratio = rect.height() / rect.width() if rect.width() > 0 else 0.75
        rows = self._legend_rows(width - 24 * scale, scale)
        return width, int(width * ratio + (HEADER + LEGEND_ROW * len(rows) + 8) * scale)

    def _paint_export(self, device: QPaintDevice, width: int, height: int, scale: float) -> None:
        rows = self._legend_rows(width - 24 * scale, scale)
        header, footer = HEADER * scale, (LEGEND_ROW * len(rows) + 8) * scale
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, width, height), QColor("#FFFFFF"))
        font = QFont(self.font())
        font.setPixelSize(int(18 * scale))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1B1B1B"))
        title = QFontMetricsF(font).elidedText(
            self.title.text(), Qt.TextElideMode.ElideRight, width - 24 * scale
        )
        painter.drawText(
            QRectF(12 * scale, 0, width - 24 * scale, header),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            title,
        )
        target = QRectF(0, header, width, height - header - footer)
        with self._export_look(scale):
            self.scene.render(painter, target, self.scene.sceneRect())
        self._paint_legend(painter, rows, 12 * scale, height - footer, scale)
        painter.end()

    @contextmanager
    def _export_look(self, scale: float) -> Iterator[None]:
        """Discs as large on the picture as on screen (scaled for a PNG), nothing chosen."""
        ring, chosen = self.scene.ring.isVisible(), self.scene.chosen_links.isVisible()
        self.scene.ring.setVisible(False)
        self.scene.chosen_links.setVisible(False)
        self.scene.dots.scale_factor = scale
        pens = [
            (item, QPen(item.pen)) for item in self.scene.items() if isinstance(item, LinesItem)
        ]
        for item, pen in pens:
            item.pen.setWidthF(pen.widthF() * scale)
        for name in self.scene.neighbour_names:  # the neighbours' names as large as the discs
            name.setScale(scale)
        try:
            yield
        finally:
            self.scene.dots.scale_factor = 1.0
            for name in self.scene.neighbour_names:
                name.setScale(1.0)
            for item, pen in pens:
                item.pen = pen
            self.scene.ring.setVisible(ring)
            self.scene.chosen_links.setVisible(chosen)

    def _legend_font(self, scale: float) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(int(12 * scale))
        font.setBold(False)
        return font

    def _legend_rows(self, width: float, scale: float) -> list[list[tuple[QColor | None, str]]]:
        """The legend's entries (a kind's colour and name, the links' line) in rows that fit."""
        metrics = QFontMetricsF(self._legend_font(scale))
        entries: list[tuple[QColor | None, str]] = [
            (QColor(KIND_COLOURS[kind]), f"{kind.label(self.lang)} ({count})")
            for kind, count in self.drawn.kinds()
        ]
        if self.drawn.links:
            entries.append((None, self.tr("alliance : du pilote vers chaque partenaire")))
        rows: list[list[tuple[QColor | None, str]]] = [[]]
        used = 0.0
        for entry in entries:
            needed = (30 + 14) * scale + metrics.horizontalAdvance(entry[1])
            if rows[-1] and used + needed > width:
                rows.append([])
                used = 0.0
            rows[-1].append(entry)
            used += needed
        return [row for row in rows if row]

    def _paint_legend(
        self,
        painter: QPainter,
        rows: list[list[tuple[QColor | None, str]]],
        left: float,
        top: float,
        scale: float,
    ) -> None:
        font = self._legend_font(scale)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        r = 5 * scale
        for index, row in enumerate(rows):
            x, y = left, top + (index + 0.5) * LEGEND_ROW * scale
            for colour, text in row:
                if colour is None:
                    painter.setPen(QPen(LINK_COLOUR, 2 * scale))
                    painter.drawLine(QPointF(x, y), QPointF(x + 3 * r, y))
                    x += 3 * r + 4 * scale
                else:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(colour)
                    painter.drawEllipse(QPointF(x + r, y), r, r)
                    x += 2 * r + 4 * scale
                painter.setPen(QColor("#1B1B1B"))
                painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), text)
                x += metrics.horizontalAdvance(text) + 14 * scale

    def chosen_name(self) -> str:
        actor = self.content.actor(self.chosen) if self.chosen is not None else None
        return actor.name if actor else ""
