"""The stakeholders screen: the registry of organisations and people, and attendance."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ui.attendance import AttendancePanel
from ui.context import AppContext
from ui.stakeholders_registry import OrganisationsTab, PeopleTab


class StakeholdersScreen(QWidget):
    """Tabs Organisations, People and Attendance, with import and export of the registry."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.organisations = OrganisationsTab(context)
        self.people = PeopleTab(context)
        self.attendance = AttendancePanel(context)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parties de l'annuaire"))
        self.tabs.addTab(self.organisations, self.tr("&Organisations"))
        self.tabs.addTab(self.people, self.tr("&Personnes"))
        self.tabs.addTab(self.attendance, self.tr("É&margement"))
        self.import_action = QAction(self.tr("Importer des participants…"), self)
        self.export_action = QAction(self.tr("Exporter l'annuaire…"), self)
        bar = QHBoxLayout()
        bar.addStretch(1)
        for action in (self.import_action, self.export_action):
            button = QPushButton(action.text())
            button.setAccessibleName(action.text().rstrip("…"))
            button.clicked.connect(action.trigger)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

    def actions(self) -> list[QAction]:  # type: ignore[override]
        """The screen's actions, for the main window's menus."""
        return [self.import_action, self.export_action]
