"""Projector mode: the board full screen, high contrast, one zone in focus, the timer large."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.board.scene import BoardScene
from ui.board.timer import PhaseTimer, TimerWidget
from ui.board.view import BoardView
from workshop.domain.records import Zone, ZoneId

MIN_FOCUS_HEIGHT = 420.0  # scene units: a near-empty zone is not blown up beyond this


def projector_screen(current: QScreen | None) -> QScreen | None:
    """The screen the projector window goes to: another screen when there is one."""
    screens = QGuiApplication.screens()
    others = [screen for screen in screens if screen is not current]
    if len(screens) > 1 and others:
        return others[0]
    return current


class ProjectorWindow(QWidget):
    """A chrome-less full-screen window; Page Up/Down change zone, Esc leaves."""

    closed = Signal()
    zone_changed = Signal(object)  # ZoneId | None

    def __init__(self, scene: BoardScene, timer: PhaseTimer, zone_id: ZoneId | None) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("Catalyse — projection"))
        self.setAccessibleName(self.tr("Projection du tableau"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet("background: #000000; color: #FFFFFF;")
        self.scene = scene
        self.zone_id = zone_id
        self.view = BoardView(scene, self, projector=True)
        self.view.setAccessibleName(self.tr("Tableau projeté"))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.zone_title = QLabel()
        self.zone_title.setTextFormat(Qt.TextFormat.PlainText)  # names typed, maybe on a phone
        self.zone_title.setAccessibleName(self.tr("Zone projetée"))
        font = QFont()
        font.setPointSize(34)
        font.setBold(True)
        self.zone_title.setFont(font)
        self.zone_title.setWordWrap(True)
        self.timer_face = TimerWidget(timer, large=True)
        header = QHBoxLayout()
        header.setContentsMargins(28, 10, 28, 4)
        header.addWidget(self.zone_title, 3)
        header.addWidget(self.timer_face, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        self.focus_zone(zone_id)

    def zones(self) -> list[Zone]:
        return sorted(self.scene.contents.zones, key=lambda z: (z.position, z.id))

    def focus_zone(self, zone_id: ZoneId | None) -> None:
        """Show one zone as large as the screen allows (the whole board when None)."""
        zones = {zone.id: zone for zone in self.zones()}
        zone = zones.get(zone_id) if zone_id is not None else None
        self.zone_id = zone.id if zone else None
        if zone is None:
            self.zone_title.setText(self.tr("Tableau"))
            self.view.set_focus_rect(None)
            self.view.fit_all()
        else:
            self.zone_title.setText(zone.name)
            self.view.set_focus_rect(self.scene.zone_rect(zone.id))
            self.view.fit_rect(self.filled_part(zone.id))
        self.zone_changed.emit(self.zone_id)

    def filled_part(self, zone_id: ZoneId) -> QRectF:
        """The zone down to its last card: type as large as possible while few cards are in."""
        zone = self.scene.zone_rect(zone_id)
        bottom = zone.top() + MIN_FOCUS_HEIGHT
        for item in self.scene.card_items.values():
            if item.view.card.zone_id == zone_id:
                bottom = max(bottom, item.sceneBoundingRect().bottom() + 20)
        return QRectF(zone.topLeft(), QPointF(zone.right(), min(bottom, zone.bottom())))

    def step_zone(self, step: int) -> None:
        zones = self.zones()
        if not zones:
            return
        ids = [zone.id for zone in zones]
        index = ids.index(self.zone_id) if self.zone_id in ids else -step
        self.focus_zone(ids[(index + step) % len(ids)])

    def show_on_best_screen(self) -> None:
        screen = projector_screen(QGuiApplication.primaryScreen())
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.focus_zone(self.zone_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape or key == Qt.Key.Key_F11:
            self.close()
        elif key == Qt.Key.Key_PageDown:
            self.step_zone(1)
        elif key == Qt.Key.Key_PageUp:
            self.step_zone(-1)
        elif key == Qt.Key.Key_Home:
            self.focus_zone(None)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.focus_zone(self.zone_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
