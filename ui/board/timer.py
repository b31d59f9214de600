"""The phase timer: the workshop's agenda steps are the phases; start, pause, add time, next.

Its state is kept in the workshop (TimerKeeper) so that a restart resumes it; at 0:00 it rings
(ui.board.alarm) and its faces flash, on the laptop and on the projector.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.board.alarm import Alarm
from ui.context import AppContext
from workshop.domain.records import AgendaStep, Workshop, WorkshopId
from workshop.errors import CatalyseError
from workshop.ops.workshops import TimerState, save_timer_state, timer_state_of

SAVE_EVERY_MS = 10_000  # a running timer is saved this often (a crash loses no more)


def format_remaining(seconds: float) -> str:
    """Minutes and seconds left, such as 12:05, or −0:30 once the phase has run over."""
    whole = math.ceil(seconds) if seconds >= 0 else -math.ceil(-seconds)
    sign = "−" if whole < 0 else ""
    minutes, secs = divmod(abs(whole), 60)
    return f"{sign}{minutes}:{secs:02d}"


class PhaseTimer(QObject):
    """Counts down the current phase; the clock and the tick interval can be injected."""

    ticked = Signal(float)  # seconds remaining (negative once over)
    phase_changed = Signal(int)
    running_changed = Signal(bool)
    phase_ended = Signal(int)
    state_changed = Signal()  # started, paused, time added, another phase, or the end signalled

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        interval_ms: int = 250,
        parent: QObject | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._wall_clock = wall_clock
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.phases: list[AgendaStep] = []
        self.index = 0
        self._remaining = 0.0
        self._started_at: float | None = None
        self._ended_signalled = False

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def phase(self) -> AgendaStep | None:
        return self.phases[self.index] if 0 <= self.index < len(self.phases) else None

    def remaining(self) -> float:
        if self._started_at is None:
            return self._remaining
        return self._remaining - (self._clock() - self._started_at)

    def set_phases(self, phases: Sequence[AgendaStep]) -> None:
        """Take a new agenda; keep the current phase and its time when it is still there."""
        phases = list(phases)
        if phases == self.phases:
            return
        current = self.phase
        kept = next(
            (n for n, step in enumerate(phases) if current and step.title == current.title), None
        )
        if kept is None:
            self.pause()
            self.phases = phases
            self.go_to(0)
            return
        self.phases = phases
        self.index = kept
        self.phase_changed.emit(self.index)
        self.ticked.emit(self.remaining())
        self.state_changed.emit()

    def go_to(self, index: int) -> None:
        was_running = self.running
        self.pause()
        self.index = max(0, min(index, len(self.phases) - 1)) if self.phases else 0
        step = self.phase
        self._remaining = float(step.minutes * 60) if step else 0.0
        self._ended_signalled = False
        self.phase_changed.emit(self.index)
        self.ticked.emit(self._remaining)
        if was_running:
            self.start()
        self.state_changed.emit()

    def next_phase(self) -> None:
        if self.index + 1 < len(self.phases):
            self.go_to(self.index + 1)

    def start(self) -> None:
        if self.running or self.phase is None:
            return
        self._started_at = self._clock()
        self._timer.start()
        self.running_changed.emit(True)
        self.state_changed.emit()

    def pause(self) -> None:
        if not self.running:
            return
        self._remaining = self.remaining()
        self._started_at = None
        self._timer.stop()
        self.running_changed.emit(False)
        self.state_changed.emit()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def add(self, seconds: float) -> None:
        self._remaining += seconds
        if self.remaining() > 0:
            self._ended_signalled = False
        self.ticked.emit(self.remaining())
        self.state_changed.emit()

    def _on_timer_timeout(self) -> None:
        left = self.remaining()
        self.ticked.emit(left)
        if left <= 0 and not self._ended_signalled:
            self._ended_signalled = True
            self.phase_ended.emit(self.index)
            self.state_changed.emit()

    # -- kept across a restart -------------------------------------------------------------

    def state(self) -> TimerState | None:
        """What to save so that a restart resumes here (None: no agenda, nothing to keep)."""
        step = self.phase
        if step is None:
            return None
        return TimerState(
            phase=self.index,
            title=step.title,
            remaining=self.remaining(),
            running=self.running,
            saved_at=self._wall_clock(),
            alarmed=self._ended_signalled,
        )

    def restore(self, state: TimerState | None) -> bool:
        """Resume a saved state: its phase, the time left less the time gone by while running.

        The phase is found by its place, or by its title in an edited agenda; False when it
        is no longer in the agenda (the timer is left as it is).
        """
        if state is None or not self.phases:
            return False
        index: int | None = state.phase
        if not (index is not None and index < len(self.phases)) or (
            self.phases[index].title != state.title
        ):
            index = next((n for n, s in enumerate(self.phases) if s.title == state.title), None)
        if index is None:
            return False
        self.pause()
        self.index = index
        self._remaining = state.left_at(self._wall_clock())
        self._ended_signalled = state.alarmed
        self.phase_changed.emit(self.index)
        self.ticked.emit(self._remaining)
        if state.running:
            self.start()  # already over while closed: the first tick rings (unless it had)
        return True


class TimerKeeper(QObject):
    """Keeps the board timer's state in the current workshop: saved on each change and every
    ten seconds while it runs, read back when the board shows the workshop; rings at 0:00."""

    def __init__(
        self,
        context: AppContext,
        timer: PhaseTimer,
        parent: QObject | None = None,
        alarm: Alarm | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.timer = timer
        self.alarm = alarm if alarm is not None else Alarm(self)
        self.workshop_id: WorkshopId | None = None
        self._store = context.store  # another file's workshop may have the same id
        self._every = QTimer(self)
        self._every.setInterval(SAVE_EVERY_MS)
        self._every.timeout.connect(self.save)
        timer.state_changed.connect(self.save)
        timer.running_changed.connect(self._on_timer_running_changed)
        timer.phase_ended.connect(self._on_timer_phase_ended)

    def show_workshop(self, workshop: Workshop | None) -> None:
        """The board shows this workshop: the timer takes its agenda, and its saved state when
        the workshop is another one (opened, or switched to)."""
        if workshop is None:
            self.workshop_id = None
            self.timer.set_phases([])
            return
        if workshop.id == self.workshop_id and self.context.store is self._store:
            self.timer.set_phases(workshop.agenda)
            return
        self._store = self.context.store
        self.workshop_id = None  # nothing is saved while the other workshop's state is read
        self.timer.pause()
        self.timer.phases = []
        self.timer.set_phases(workshop.agenda)
        self.timer.restore(timer_state_of(workshop))
        self.workshop_id = workshop.id

    def save(self) -> None:
        """Write the timer's state in the workshop (not an undo step: it is the clock)."""
        state = self.timer.state()
        if self.workshop_id is None or state is None:
            return
        try:
            save_timer_state(self.context.store, self.workshop_id, state)
        except CatalyseError:  # the workshop was deleted meanwhile: nothing to keep it in
            self.workshop_id = None

    def _on_timer_running_changed(self, running: bool) -> None:
        if running:
            self._every.start()
        else:
            self._every.stop()

    def _on_timer_phase_ended(self, _index: int) -> None:
        self.alarm.ring()


class TimerWidget(QWidget):
    """The timer's face and controls: phase title, large time, start/pause, +1, +5, next."""

    FLASHES = 24  # on and off for eight seconds: seen from across the room

    def __init__(self, timer: PhaseTimer, large: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.timer = timer
        self.setObjectName("phaseTimer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAccessibleName(self.tr("Minuteur de phase"))
        self.phase_label = QLabel()
        self.phase_label.setTextFormat(Qt.TextFormat.PlainText)  # names typed, maybe on a phone
        self.phase_label.setAccessibleName(self.tr("Phase en cours"))
        self.time_label = QLabel(format_remaining(0))
        self.time_label.setAccessibleName(self.tr("Temps restant"))
        font = QFont()
        font.setPointSize(60 if large else 26)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.time_label.setFont(font)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title_font = QFont()
        title_font.setPointSize(18 if large else 11)
        self.phase_label.setFont(title_font)
        self.phase_label.setWordWrap(True)
        if large:
            self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.time_label)
        self.buttons: list[QToolButton] = []
        if not large:
            row = QHBoxLayout()
            self.start_button = self._button(row, self.tr("Démarrer"), timer.toggle)
            self._button(row, self.tr("+1 min"), lambda: timer.add(60))
            self._button(row, self.tr("+5 min"), lambda: timer.add(300))
            self._button(row, self.tr("Phase suivante"), timer.next_phase)
            layout.addLayout(row)
        self._flashes_left = 0
        self._flash = QTimer(self)
        self._flash.setInterval(350)
        self._flash.timeout.connect(self._on_flash_timeout)
        timer.ticked.connect(self._on_timer_ticked)
        timer.phase_changed.connect(self._on_timer_phase_changed)
        timer.running_changed.connect(self._on_timer_running_changed)
        timer.phase_ended.connect(self._on_timer_phase_ended)
        self._on_timer_phase_changed(timer.index)
        self._on_timer_ticked(timer.remaining())

    def _button(self, row: QHBoxLayout, text: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        self.buttons.append(button)
        return button

    def _on_timer_ticked(self, remaining: float) -> None:
        self.time_label.setText(format_remaining(remaining))
        over = remaining <= 0 and self.timer.phase is not None
        self.time_label.setStyleSheet("color: #D32F2F;" if over else "")

    def _on_timer_phase_changed(self, index: int) -> None:
        step = self.timer.phase
        if step is None:
            self.phase_label.setText(self.tr("Pas d'ordre du jour pour cet atelier"))
            return
        self.phase_label.setText(
            self.tr("Phase {n}/{total} : {title}").format(
                n=index + 1, total=len(self.timer.phases), title=step.title
            )
        )

    def _on_timer_running_changed(self, running: bool) -> None:
        if self.buttons:
            self.start_button.setText(self.tr("Pause") if running else self.tr("Démarrer"))

    def _on_timer_phase_ended(self, _index: int) -> None:
        """The phase is over: the face flashes (the alarm's sound is rung once, by the keeper)."""
        self._flashes_left = self.FLASHES
        self._flash.start()
        self._on_flash_timeout()  # lit at once, in step with the projection's flash

    def _on_flash_timeout(self) -> None:
        self._flashes_left -= 1
        lit = self._flashes_left % 2 == 1
        self.setStyleSheet("#phaseTimer { background: #FFD54F; }" if lit else "")
        if self._flashes_left <= 0:
            self._flash.stop()
            self.setStyleSheet("")

    @property
    def flashing(self) -> bool:
        return self._flash.isActive()
