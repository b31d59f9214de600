"""The Méthodes screen: one tab per co-construction method (tables, open space, polls)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.methods.open_space import OpenSpaceTab
from ui.methods.polls import PollsTab
from ui.methods.projection import ProjectionWindow, project
from ui.methods.tables import TablesTab


class MethodsScreen(QWidget):
    """The methods the current workshop runs beside its board, one tab each."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Méthodes d'animation"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tables = TablesTab(context)  # world café, sous-groupes: who sits where
        self.tabs.addTab(self.tables, self.tr("Tables"))
        # Forum ouvert and Sondages; F5 projects the tab shown (its grid, a poll's results).
        self.open_space = OpenSpaceTab(context)
        self.tabs.addTab(self.open_space, self.tr("Forum ouvert"))
        self.polls = PollsTab(context)
        self.tabs.addTab(self.polls, self.tr("Sondages"))
        self.projection: ProjectionWindow | None = None
        self.project_action = QAction(self.tr("Projeter le forum ou le sondage"), self)
        self.project_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.project_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.project_action.triggered.connect(self._on_project_action_triggered)
        self.addAction(self.project_action)

    def _on_project_action_triggered(self) -> None:
        if self.projection is not None:
            self.projection.close()
            return
        self.projection = project(self.context, self.tabs.currentWidget(), self)
        if self.projection is not None:
            self.projection.closed.connect(self._on_projection_closed)

    def _on_projection_closed(self) -> None:
        self.projection = None
