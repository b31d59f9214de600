"""The alliance map: organisations coloured by kind around alliance hubs; click for commitments."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.alliances.models import CommitmentTableModel, tidy_table
from ui.context import AppContext
from ui.i18n import current_lang
from ui.refresh import Refresher
from ui.widgets.plain_text import plain_tooltip
from workshop.domain.alliance_map import PITCH, MapLayout, MapNode
from workshop.domain.changes import Area, Changes
from workshop.domain.records import AllianceId, OrganisationId
from workshop.domain.vocabulary import KIND_COLOURS, PartnerRole
from workshop.queries.alliance_map import workshop_map
from workshop.queries.commitments import commitment_views


def wrap_label(text: str, font: QFont, width: float, lines: int = 2) -> str:
    """Words on at most `lines` lines of `width`, the last one elided."""
    metrics = QFontMetricsF(font)
    result: list[str] = []
    words = text.split()
    while words and len(result) < lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(line + " " + words[0]) <= width:
            line += " " + words.pop(0)
        if len(result) == lines - 1 and words:
            line += " " + " ".join(words)
            words = []
        result.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return "\n".join(result)


class NodeItem(QGraphicsEllipseItem):
    """One disc of the map, with its name; a click selects it."""

    def __init__(self, node: MapNode) -> None:
        super().__init__(-node.r, -node.r, 2 * node.r, 2 * node.r)
        self.node = node
        self.setPos(node.x, node.y)
        self.setBrush(QBrush(QColor(node.colour)))
        self.setPen(QPen(QColor("#FFFFFF"), 2))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(plain_tooltip(node.label))
        self.setZValue(2 if node.kind == "alliance" else 1)
        font = QFont()
        font.setPointSizeF(9.5 if node.kind == "organisation" else 10)
        font.setBold(node.kind == "alliance")
        inside = node.kind == "alliance"
        width = 2 * node.r - 8 if inside else PITCH - 8
        label = QGraphicsSimpleTextItem(
            wrap_label(node.label, font, width, 3 if inside else 2), self
        )
        label.setFont(font)
        label.setBrush(QBrush(QColor("#FFFFFF" if inside else "#1B1B1B")))
        box = label.boundingRect()
        top = -box.height() / 2 if inside else node.r + 2
        label.setPos(-box.width() / 2, top)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if isinstance(scene, MapScene):
            scene.node_clicked.emit(self.node)
        super().mousePressEvent(event)


class MapScene(QGraphicsScene):
    """The scene drawn from a MapLayout."""

    node_clicked = Signal(object)  # MapNode

    def show_layout(self, layout: MapLayout) -> None:
        self.clear()
        for link in layout.links:
            hub, org = layout.node(link.alliance_key), layout.node(link.organisation_key)
            width = 4.0 if link.role == PartnerRole.PILOTE else 2.0
            pen = QPen(QColor("#90A4AE"), width)
            if link.role == PartnerRole.FINANCEUR:
                pen.setStyle(Qt.PenStyle.DashLine)
            self.addLine(hub.x, hub.y, org.x, org.y, pen)
        for node in layout.nodes:
            self.addItem(NodeItem(node))
        x, y, w, h = layout.bounds
        self.setSceneRect(QRectF(x, y, w, h + 16))


class AllianceMapPanel(QWidget):
    """The map of the current workshop, its legend, export, and the clicked node's commitments."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.scene = MapScene(self)
        self.scene.setBackgroundBrush(QBrush(QColor("#FFFFFF")))
        self.scene.node_clicked.connect(self._on_scene_node_clicked)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(self.tr("Carte des alliances"))
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        lang = current_lang()
        self.legend.setText(
            " ".join(
                f'<span style="color:{colour}; font-size:16px">●</span>&nbsp;{kind.label(lang)}'
                for kind, colour in KIND_COLOURS.items()
            )
            + "<br>"
            + self.tr("Disque sombre : alliance · trait épais : pilote · tirets : financeur")
        )
        self.legend.setAccessibleName(self.tr("Légende : couleurs des types d'organisation"))
        self.png_button = QPushButton(self.tr("Exporter en PNG…"))
        self.png_button.setAccessibleName(self.tr("Exporter la carte en PNG"))
        self.png_button.clicked.connect(lambda: self._ask_export("png"))
        self.svg_button = QPushButton(self.tr("Exporter en SVG…"))
        self.svg_button.setAccessibleName(self.tr("Exporter la carte en SVG"))
        self.svg_button.clicked.connect(lambda: self._ask_export("svg"))
        self.fit_button = QPushButton(self.tr("Tout voir"))
        self.fit_button.setAccessibleName(self.tr("Ajuster la carte à la fenêtre"))
        self.fit_button.clicked.connect(self.fit)
        self.selected_title = QLabel(self.tr("Cliquez sur une organisation ou une alliance."))
        self.selected_title.setWordWrap(True)
        self.selected_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.selected_title.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.selected_title.setFont(font)
        self.commitments = CommitmentTableModel(self, with_alliance=False)
        self.table = QTableView()
        tidy_table(
            self.table,
            self.commitments,
            1,
            self.tr("Engagements du nœud choisi"),
            self.commitments.fitted,
        )
        for column in (2, 4):  # resource and due date: the main table has them
            self.table.setColumnHidden(column, True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.fit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.svg_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.legend)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.selected_title)
        right_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([760, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.layout_data: MapLayout | None = None
        self.refresher = Refresher(
            context,
            self,
            {
                Area.ALLIANCES,
                Area.ORGANISATIONS,
                Area.ATTENDANCE,
                Area.COMMITMENTS,
                Area.CURRENT_WORKSHOP,
            },
            self._on_data_changed,
        )
        self.refresh()

    def refresh(self) -> None:
        workshop_id = self.context.current_workshop_id
        self.layout_data = (
            workshop_map(self.context.store, workshop_id) if workshop_id is not None else None
        )
        self.scene.show_layout(self.layout_data or MapLayout((), (), (0, 0, 0, 0)))
        self.fit()

    def fit(self) -> None:
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fit()

    def _on_data_changed(self, _changes: Changes, _initiator: object) -> None:
        self.refresh()

    def _on_scene_node_clicked(self, node: MapNode) -> None:
        self.show_node(node)

    def show_node(self, node: MapNode) -> None:
        """List the commitments of a clicked organisation or alliance."""
        store = self.context.store
        if node.kind == "alliance":
            views = commitment_views(store, alliance_id=AllianceId(node.ref_id))
        else:
            views = commitment_views(
                store,
                workshop_id=self.context.current_workshop_id,
                organisation_id=OrganisationId(node.ref_id),
            )
        self.commitments.set_records(views)
        self.selected_title.setText(
            self.tr("{name} : {count} engagement(s)").format(name=node.label, count=len(views))
        )

    # -- export -------------------------------------------------------------------------------
    def _ask_export(self, kind: str) -> None:
        filters = {"png": self.tr("Image PNG (*.png)"), "svg": self.tr("Dessin SVG (*.svg)")}
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter la carte"),
            self.tr("carte-des-alliances") + f".{kind}",
            filters[kind],
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != f".{kind}":
                target = target.with_suffix(f".{kind}")
            (self.export_png if kind == "png" else self.export_svg)(target)

    def export_png(self, path: Path, scale: float = 2.0) -> None:
        rect = self.scene.sceneRect()
        image = QImage(
            QSize(int(rect.width() * scale), int(rect.height() * scale)),
            QImage.Format.Format_ARGB32,
        )
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
        image.save(str(path), "PNG")

    def export_svg(self, path: Path) -> None:
        rect = self.scene.sceneRect()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(int(rect.width()), int(rect.height())))
        generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        generator.setTitle(self.tr("Carte des alliances"))
        painter = QPainter(generator)
        self.scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
        painter.end()
