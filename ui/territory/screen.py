"""The Territoire screen: the roll-up of every workshop, and the map of the territory's actors."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext


class TerritoryScreen(QWidget):
    """Every workshop of the database at once: who is engaged, what was committed, where."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Vues du territoire"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
