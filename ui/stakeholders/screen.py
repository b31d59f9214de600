"""The stakeholders screen: the registry of organisations and people, and attendance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from ui.stakeholders.attendance import AttendancePanel
from ui.stakeholders.files import save_to_chosen_file
from ui.stakeholders.import_wizard import ImportWizard
from ui.stakeholders.registry import TAB_STYLE, OrganisationsTab, PeopleTab
from workshop.exporting.stakeholders import export_stakeholders


class StakeholdersScreen(QWidget):
    """Tabs Organisations, People and Attendance, with import and export of the registry."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.organisations = OrganisationsTab(context)
        self.people = PeopleTab(context)
        self.attendance = AttendancePanel(context)
        self.tabs = QTabWidget()
        self.tabs.tabBar().setStyleSheet(TAB_STYLE)
        self.tabs.setAccessibleName(self.tr("Parties de l'annuaire"))
        self.tabs.addTab(self.organisations, self.tr("&Organisations"))
        self.tabs.addTab(self.people, self.tr("&Personnes"))
        self.tabs.addTab(self.attendance, self.tr("É&margement"))
        self.import_action = QAction(self.tr("Importer des participants…"), self)
        self.export_action = QAction(self.tr("Exporter l'annuaire…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.import_action.triggered.connect(self.import_file)
        self.export_action.triggered.connect(self.export_registry)
        corner = QWidget()
        bar = QHBoxLayout(corner)
        bar.setContentsMargins(0, 0, 0, 2)
        for action in (self.import_action, self.export_action):
            button = QPushButton(action.text())
            button.setAccessibleName(action.text().rstrip("…"))
            button.clicked.connect(action.trigger)
            bar.addWidget(button)
        self.tabs.setCornerWidget(corner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)

    def actions(self) -> list[QAction]:
        """The screen's actions, for the main window's menus."""
        return [self.import_action, self.export_action]

    def import_file(self) -> None:
        """The import wizard (file, preview, mapping, report); the import is one undo step."""
        wizard = ImportWizard(self.context, self)
        wizard.exec()

    def export_registry(self) -> None:
        """Every person with their organisation (and organisations without people) to CSV/XLSX."""
        counted: list[int] = []
        target = save_to_chosen_file(
            self,
            self.tr("Exporter l'annuaire"),
            self.tr("annuaire.xlsx"),
            [
                (self.tr("Classeur Excel (*.xlsx)"), ".xlsx"),
                (self.tr("Fichier CSV (*.csv)"), ".csv"),
            ],
            lambda path: counted.append(
                export_stakeholders(self.context.store, path, current_lang())
            ),
        )
        if target is None:
            return
        count = counted[0]
        QMessageBox.information(
            self,
            self.tr("Exporter l'annuaire"),
            self.tr("{count} lignes exportées dans {path}.").format(count=count, path=target),
        )
