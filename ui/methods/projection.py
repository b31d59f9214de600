"""The methods on the projector: the open space's grid or a poll's results, full screen in large
type, on the second screen when there is one (the laptop keeps the keyboard); Escape or F5
closes it. It follows the data as it changes (phones answering, topics placed) and the poll
chosen in the Sondages tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.methods.open_space import OpenSpaceTab
from ui.methods.polls import PollsTab
from ui.methods.views import OpenSpaceBoardView, PollResultsView
from workshop.domain.changes import Area, Changes
from workshop.queries.open_space import open_space_grid

AREAS = frozenset({Area.METHODS, Area.PEOPLE, Area.CURRENT_WORKSHOP, Area.WORKSHOPS, Area.FILE})


def projector_screen(current: QScreen | None) -> QScreen | None:
    """Another screen than the laptop's when there is one, else the laptop's."""
    others = [screen for screen in QGuiApplication.screens() if screen is not current]
    return others[0] if others else current


def _label(points: int, bold: bool, colour: str) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # typed at the desk or on a phone
    label.setWordWrap(True)
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    label.setStyleSheet(f"color: {colour};")
    return label


class ProjectionWindow(QWidget):
    """A chrome-less full-screen window showing one tab's content for the room."""

    closed = Signal()

    def __init__(self, context: AppContext, tab: OpenSpaceTab | PollsTab) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("methods_projection")
        self.setWindowTitle(self.tr("Catalyse — projection"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("#methods_projection { background: white; }")
        self.context = context
        self.tab = tab
        self.workshop_title = _label(16, False, "#455A64")
        self.heading = _label(34, True, "#212121")
        self.heading.setAccessibleName(self.tr("Titre projeté"))
        self.footer = _label(20, False, "#37474F")
        self.content: OpenSpaceBoardView | PollResultsView
        if isinstance(tab, OpenSpaceTab):
            self.content = OpenSpaceBoardView()
        else:
            self.content = PollResultsView(large=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.workshop_title)
        layout.addWidget(self.heading)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.footer)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        context.data_changed.connect(self._on_context_data_changed)
        if isinstance(tab, PollsTab):
            tab.list.currentItemChanged.connect(self._on_tab_selection_changed)
        self.reload()

    def _on_context_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*AREAS):
            self.reload()

    def _on_tab_selection_changed(self, *_args: object) -> None:
        self.reload()

    def reload(self) -> None:
        """Show again what the tab shows (the tab read the data first: its refresher was
        connected to the same signal before this window)."""
        workshop_id = self.context.current_workshop_id
        store = self.context.store
        workshop = store.workshops.find("id = ?", [workshop_id]) if workshop_id else []
        self.workshop_title.setText(workshop[0].title if workshop else "")
        if isinstance(self.content, OpenSpaceBoardView):
            self.heading.setText(self.tr("Forum ouvert"))
            grid = open_space_grid(store, workshop_id) if workshop_id else None
            self.content.set_grid(grid)
            waiting = len(grid.waiting()) if grid else 0
            self.footer.setText(
                self.tr("%n sujet(s) encore à placer", "", waiting) if waiting else ""
            )
            return
        assert isinstance(self.tab, PollsTab)
        results = self.tab.current()
        self.content.set_results(results)
        self.heading.setText(results.poll.question if results else self.tr("Sondage"))
        if results is None:
            self.footer.setText("")
            return
        answers = self.tr("%n réponse(s)", "", results.total)
        state = (
            self.tr("Répondez depuis votre téléphone")
            if results.poll.is_open
            else self.tr("Sondage fermé")
        )
        self.footer.setText(f"{answers} · {state}")

    def show_on_best_screen(self, laptop: QWidget | None) -> None:
        """Full screen on the other screen (the laptop's window keeps the keyboard), or on the
        laptop's only screen (Escape comes back)."""
        current = laptop.screen() if laptop is not None else QGuiApplication.primaryScreen()
        screen = projector_screen(current)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        if screen is not current and laptop is not None:
            laptop.window().activateWindow()
        else:
            self.activateWindow()
            self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.data_changed.disconnect(self._on_context_data_changed)
        self.closed.emit()
        super().closeEvent(event)


def project(
    context: AppContext, tab: QWidget | None, laptop: QWidget | None
) -> ProjectionWindow | None:
    """Project what a methods tab shows (the open space or the polls); None for another tab."""
    if not isinstance(tab, OpenSpaceTab | PollsTab):
        return None
    window = ProjectionWindow(context, tab)
    window.show_on_best_screen(laptop)
    return window
