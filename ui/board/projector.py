"""Projector mode: the board full screen, high contrast, one zone in focus, the timer large.

The header names the workshop and its question. On a second screen the laptop keeps the
keyboard; on the laptop's only screen the projection hosts the quick entry, so that cards can
still be typed while the room watches.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.board.scene import BoardScene
from ui.board.timer import PhaseTimer, TimerWidget
from ui.board.view import BoardView
from ui.i18n import current_lang
from workshop.domain.methods import GUIDES, projected_method
from workshop.domain.records import Workshop, Zone, ZoneId

MIN_FOCUS_HEIGHT = 420.0  # scene units: a near-empty zone is not blown up beyond this
WINDOW_STYLE = "#projector { background: %s; } QLabel { color: #FFFFFF; }"
BLACK, ALARM_AMBER = "#000000", "#FF8F00"


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
        self.setObjectName("projector")
        self.setWindowTitle(self.tr("Catalyse — projection"))
        self.setAccessibleName(self.tr("Projection du tableau"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Closing the laptop's window quits the app, even with the projection still up.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(WINDOW_STYLE % BLACK)
        self.scene = scene
        self.timer = timer
        self.zone_id = zone_id
        self.workshop: Workshop | None = None
        self.view = BoardView(scene, self, projector=True)
        self.view.setAccessibleName(self.tr("Tableau projeté"))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.workshop_title = self._label(16, bold=False, name=self.tr("Atelier projeté"))
        self.workshop_title.setStyleSheet("color: #CFD8DC;")
        self.question = self._label(22, bold=False, name=self.tr("Question de l'atelier"))
        self.zone_title = self._label(30, bold=True, name=self.tr("Zone projetée"))
        # A vote running hidden: the room sees that counts will come, not the counts.
        self.votes_hidden = self._label(18, bold=True, name=self.tr("Votes cachés"))
        self.votes_hidden.setText(self.tr("Votes cachés : les résultats seront révélés à la fin"))
        self.votes_hidden.setStyleSheet("color: #FFD54F;")
        self.votes_hidden.hide()
        # What the room is asked to do now: the instructions of the method the step belongs to.
        self.instructions = self._label(16, bold=False, name=self.tr("Consignes de la méthode"))
        self.instructions.setStyleSheet("color: #B2EBF2;")
        self.instructions.hide()
        self.timer_face = TimerWidget(timer, large=True)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.workshop_title)
        titles.addWidget(self.question)
        titles.addWidget(self.zone_title)
        titles.addWidget(self.instructions)
        titles.addWidget(self.votes_hidden)
        header = QHBoxLayout()
        header.setContentsMargins(28, 10, 28, 4)
        header.addLayout(titles, 3)
        header.addWidget(self.timer_face, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        self._layout = layout
        self._borrowed: tuple[QWidget, QBoxLayout, int] | None = None
        self._flashes_left = 0
        self._flash = QTimer(self)
        self._flash.setInterval(350)
        self._flash.timeout.connect(self._on_flash_timeout)
        timer.phase_ended.connect(self._on_timer_phase_ended)
        timer.phase_changed.connect(self._on_timer_phase_changed)
        self._on_timer_phase_changed(timer.index)
        self.focus_zone(zone_id)

    def _label(self, points: int, bold: bool, name: str) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # names typed, maybe on a phone
        label.setAccessibleName(name)
        font = QFont()
        font.setPointSize(points)
        font.setBold(bold)
        label.setFont(font)
        label.setWordWrap(True)
        return label

    def set_workshop(self, workshop: Workshop | None) -> None:
        """Name the workshop projected and show its question (hidden when it has none)."""
        self.workshop = workshop
        title = workshop.title if workshop else ""
        question = workshop.question.strip() if workshop else ""
        self.workshop_title.setText(title)
        self.workshop_title.setVisible(bool(title))
        self.question.setText(question)
        self.question.setVisible(bool(question))
        self.show_instructions()
        self.focus_zone(self.zone_id)

    def show_instructions(self) -> None:
        """The instructions of the method whose agenda step runs (else the workshop's first
        method), with the method's name; nothing when the workshop runs no method."""
        methods = self.workshop.methods if self.workshop else ()
        phase = self.timer.phase
        method = projected_method(phase.title if phase else None, methods)
        if method is None:
            self.instructions.hide()
            return
        lang = current_lang()
        self.instructions.setText(f"{method.label(lang)} — {GUIDES[method].instructions_in(lang)}")
        self.instructions.show()

    def set_votes_hidden(self, hidden: bool) -> None:
        """Say that the vote's counts are hidden (the board shows none) until revealed."""
        self.votes_hidden.setVisible(hidden)

    # -- the quick entry, on the laptop's only screen -------------------------------------

    def borrow(self, widget: QWidget) -> None:
        """Show a widget of the laptop's window at the bottom of the projection until it closes
        (the quick entry, when the projection covers the only screen)."""
        parent = widget.parentWidget()
        layout = parent.layout() if parent is not None else None
        if not isinstance(layout, QBoxLayout):
            return
        self._borrowed = (widget, layout, layout.indexOf(widget))
        layout.removeWidget(widget)
        self._layout.addWidget(widget)
        widget.show()

    def _give_back(self) -> None:
        if self._borrowed is None:
            return
        widget, layout, index = self._borrowed
        self._borrowed = None
        self._layout.removeWidget(widget)
        layout.insertWidget(index, widget)
        widget.show()

    @property
    def hosts_entry(self) -> bool:
        return self._borrowed is not None

    # -- the alarm ------------------------------------------------------------------------

    def _on_timer_phase_changed(self, _index: int) -> None:
        self.timer_face.setVisible(self.timer.phase is not None)  # no agenda: no empty clock
        self.show_instructions()  # the next step may be another method's

    def _on_timer_phase_ended(self, _index: int) -> None:
        """The phase is over: the whole projection flashes, seen from the back of the room."""
        self._flashes_left = TimerWidget.FLASHES
        self._flash.start()
        self._on_flash_timeout()

    def _on_flash_timeout(self) -> None:
        self._flashes_left -= 1
        lit = self._flashes_left % 2 == 1 and self._flashes_left > 0
        colour = ALARM_AMBER if lit else BLACK
        self.setStyleSheet(WINDOW_STYLE % colour)
        self.view.setBackgroundBrush(QColor(colour))  # around the board too
        if self._flashes_left <= 0:
            self._flash.stop()

    @property
    def flashing(self) -> bool:
        return self._flash.isActive()

    def zones(self) -> list[Zone]:
        return sorted(self.scene.contents.zones, key=lambda z: (z.position, z.id))

    def focus_zone(self, zone_id: ZoneId | None) -> None:
        """Show one zone as large as the screen allows (the whole board when None)."""
        zones = {zone.id: zone for zone in self.zones()}
        zone = zones.get(zone_id) if zone_id is not None else None
        self.zone_id = zone.id if zone else None
        if zone is None:
            self.zone_title.setText(self.tr("Tout le tableau"))
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

    def show_on_best_screen(
        self, laptop: QWidget | None = None, entry: QWidget | None = None
    ) -> None:
        """Full screen on the other screen, the laptop's window keeping the keyboard; on the
        laptop's only screen, with the quick entry (`entry`) at its bottom, ready to type."""
        current = laptop.screen() if laptop is not None else QGuiApplication.primaryScreen()
        screen = projector_screen(current)
        alone = screen is None or screen is current
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        if alone and entry is not None:
            self.borrow(entry)
        self.showFullScreen()
        self.focus_zone(self.zone_id)
        if not alone and laptop is not None:
            laptop.window().activateWindow()  # typing still goes to the laptop's board
            laptop.window().raise_()
        else:
            self.activateWindow()

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
        self._give_back()
        self.closed.emit()
        super().closeEvent(event)
