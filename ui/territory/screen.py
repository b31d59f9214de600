"""The Territoire screen: the roll-up of every workshop, and the map of the territory's actors."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.territory.map_panel import TerritoryMapPanel
from ui.territory.rollup import RollupPanel


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
        # Vue d'ensemble: every workshop rolled up, with its exports for funders.
        self.rollup = RollupPanel(context)
        self.tabs.addTab(self.rollup, self.tr("Vue d'ensemble"))
        self.export_pdf_action = QAction(self.tr("Exporter le bilan en &PDF…"), self)
        self.export_pdf_action.setStatusTip(
            self.tr("Le bilan de tous les ateliers de la période, pour les financeurs")
        )
        self.export_pdf_action.triggered.connect(self._on_export_pdf_action_triggered)
        self.addAction(self.export_pdf_action)
        self.export_xlsx_action = QAction(self.tr("Exporter le bilan en E&xcel…"), self)
        self.export_xlsx_action.setStatusTip(
            self.tr("Un classeur : une feuille par tableau du bilan")
        )
        self.export_xlsx_action.triggered.connect(self._on_export_xlsx_action_triggered)
        self.addAction(self.export_xlsx_action)
        # Carte: the actors on the territory's outline, their alliances, exported as a picture.
        self.map = TerritoryMapPanel(context)
        self.tabs.addTab(self.map, self.tr("Carte"))
        self.addAction(self.map.export_action)

    def _on_export_pdf_action_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.rollup)
        self.rollup.export_pdf()

    def _on_export_xlsx_action_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.rollup)
        self.rollup.export_xlsx()
