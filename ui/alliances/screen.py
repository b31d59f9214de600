"""The alliances screen: alliances and partners, live capture, wall, read-back, map, follow-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.alliances.capture_form import CommitmentCaptureForm
from ui.alliances.editor import AllianceEditor
from ui.alliances.followup import FollowUpPanel
from ui.alliances.map_view import AllianceMapPanel
from ui.alliances.models import (
    COMMITMENT_LIST_AREAS,
    AllianceTableModel,
    CommitmentTableModel,
    tidy_table,
)
from ui.alliances.offers import OffersPanel
from ui.alliances.readback import ReadBackView
from ui.alliances.wall import CommitmentWall
from ui.context import AppContext
from ui.refresh import Refresher
from workshop.domain.changes import Area, Changes
from workshop.domain.records import Alliance, AllianceId
from workshop.errors import CatalyseError
from workshop.exporting.commitments import export_commitments
from workshop.ops import alliances as ops
from workshop.queries.commitments import CommitmentView, alliance_counts, commitment_views
from workshop.queries.previous import previous_commitments


class AlliancesPage(QWidget):
    """The working page: alliance list, the alliance's form and partners, capture, commitments."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = AllianceTableModel(self)
        self.table = QTableView()
        tidy_table(self.table, self.model, 0, self.tr("Alliances de l'atelier"), fitted=(2, 3))
        self.table.setColumnHidden(1, True)  # the status and partners are in the form beside
        self.table.setColumnHidden(2, True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.new_button = QPushButton(self.tr("Nouvelle alliance"))
        self.new_button.setAccessibleName(self.tr("Créer une nouvelle alliance"))
        self.new_button.clicked.connect(self.new_alliance)

        self.editor = AllianceEditor(context)
        self.editor.alliance_created.connect(self.select_alliance)
        self.capture = CommitmentCaptureForm(context)
        self.commitments = CommitmentTableModel(self)
        self.commitment_table = QTableView()
        tidy_table(
            self.commitment_table,
            self.commitments,
            1,
            self.tr("Engagements de l'alliance"),
            self.commitments.fitted,
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Alliances")))
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.new_button)
        self.commitment_table.activated.connect(self._on_commitment_table_activated)
        self.edit_button = QPushButton(self.tr("Modifier (Entrée)"))
        self.edit_button.setAccessibleName(self.tr("Modifier l'engagement choisi"))
        self.edit_button.clicked.connect(self.edit_selected_commitment)
        self.delete_button = QPushButton(self.tr("Supprimer (Suppr)"))
        self.delete_button.setAccessibleName(self.tr("Supprimer l'engagement choisi"))
        self.delete_button.clicked.connect(self.delete_selected_commitment)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.commitment_table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected_commitment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        commitments = QWidget()
        commitments_layout = QVBoxLayout(commitments)
        commitments_layout.setContentsMargins(0, 0, 0, 0)
        commitments_layout.addWidget(QLabel(self.tr("Engagements de l'alliance")))
        commitments_layout.addWidget(self.commitment_table, 1)
        commitments_layout.addLayout(buttons)
        # Two bands: the alliance and the capture above, as tall as their fields and messages
        # need (a box layout, unlike a splitter, gives wrapped messages their height); the
        # partners and the commitments below, in all the height left: their tables grow.
        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(left, 2)
        top_layout.addWidget(self.editor, 5)
        top_layout.addWidget(self.capture, 5)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.editor.partners)
        bottom.addWidget(commitments)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 3)
        bottom.setSizes([520, 720])
        bottom.setChildrenCollapsible(False)
        for table in (self.editor.partners.table, self.commitment_table):
            table.setMinimumHeight(table.verticalHeader().defaultSectionSize() * 3 + 30)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(top)
        layout.addWidget(bottom, 1)
        self.refresher = Refresher(
            context,
            self,
            COMMITMENT_LIST_AREAS,
            self._on_data_changed,
        )
        self.refresh()

    def current_alliance(self) -> Alliance | None:
        row = self.table.currentIndex().row()
        return self.model.record(row) if row >= 0 else None

    def refresh(self) -> None:
        """Reload the alliances, keeping the current one selected if it still exists."""
        store = self.context.store
        current = self.current_alliance()
        workshop_id = self.context.current_workshop_id
        alliances = store.alliances.of_workshop(workshop_id) if workshop_id else []
        counts = alliance_counts(store, [a.id for a in alliances])
        self.model.set_alliances(alliances, counts)
        self.select_alliance(current.id if current else None)

    def select_alliance(self, alliance_id: AllianceId | None) -> None:
        ids = [a.id for a in self.model.records()]
        if alliance_id in ids:
            self.table.selectRow(ids.index(alliance_id))
        elif ids and alliance_id is None and self.editor.alliance is None:
            self.table.selectRow(0)
        else:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
            self._show_alliance(None)
            return
        self._show_alliance(self.current_alliance())

    def new_alliance(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self._show_alliance(None)
        self.editor.name.setFocus()

    def selected_commitment(self) -> CommitmentView | None:
        row = self.commitment_table.currentIndex().row()
        return self.commitments.record(row) if row >= 0 else None

    def _on_commitment_table_activated(self, _index: object) -> None:
        self.edit_selected_commitment()

    def edit_selected_commitment(self) -> None:
        view = self.selected_commitment()
        if view is not None:
            self.capture.edit(view)

    def delete_selected_commitment(self) -> None:
        """Delete the chosen commitment (undoable)."""
        view = self.selected_commitment()
        if view is None:
            return
        self.context.apply(
            self.tr("Supprimer l'engagement « {what} »").format(
                what=view.commitment.description[:40]
            ),
            lambda store: ops.delete_commitment(store, view.id),
        )

    def _on_table_current_changed(self, *_args: object) -> None:
        self._show_alliance(self.current_alliance())

    def _show_alliance(self, alliance: Alliance | None) -> None:
        if (self.editor.alliance or None) != alliance:
            self.editor.set_alliance(alliance)
        self.capture.set_alliance(alliance.id if alliance else None)
        views = commitment_views(self.context.store, alliance_id=alliance.id) if alliance else []
        self.commitments.set_records(views)

    def _on_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.CURRENT_WORKSHOP, Area.FILE):
            self.table.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
            self.editor.set_alliance(None)
        self.refresh()


class AlliancesScreen(QWidget):
    """The alliances screen of the main window, one tab per moment of the workshop."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.page = AlliancesPage(context)
        self.wall = CommitmentWall(context)
        self.read_back = ReadBackView(context)
        self.wall_stack = QStackedWidget()
        self.wall_stack.addWidget(self.wall)
        self.wall_stack.addWidget(self.read_back)
        self.map = AllianceMapPanel(context)
        self.follow_up = FollowUpPanel(context)
        self.offers = OffersPanel(context)
        self.offers.alliance_chosen.connect(self.show_alliance)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Vues des alliances"))
        self.tabs.addTab(self.page, self.tr("Alliances et engagements"))
        self.tabs.addTab(self.offers, self.tr("Offres et besoins"))
        self.tabs.addTab(self.wall_stack, self.tr("Mur des engagements"))
        self.tabs.addTab(self.map, self.tr("Carte des alliances"))
        self.tabs.addTab(self.follow_up, self.tr("Suivi"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.wall.read_back_requested.connect(self.start_read_back)
        self.read_back.finished.connect(self._on_read_back_finished)
        self.follow_up.review_requested.connect(self.review)
        read_back = QAction(self.tr("Relecture des engage&ments"), self)
        read_back.setShortcut(QKeySequence("Ctrl+Shift+R"))
        read_back.triggered.connect(self.start_read_back)
        new_alliance = QAction(self.tr("Nou&velle alliance"), self)
        new_alliance.triggered.connect(self._on_new_alliance_triggered)
        export = QAction(self.tr("E&xporter les engagements (CSV, Excel, agenda)…"), self)
        export.triggered.connect(self.export_commitments)
        previous = QAction(self.tr("Revue des engagements de l'atelier &précédent"), self)
        previous.setShortcut(QKeySequence("Ctrl+Alt+R"))
        previous.triggered.connect(self.review_previous)
        offers_wall = QAction(self.tr("&Offres et besoins en grand"), self)
        offers_wall.setShortcut(QKeySequence("Ctrl+Shift+O"))
        offers_wall.triggered.connect(self.show_offers_wall)
        self.addActions([new_alliance, read_back, previous, offers_wall, export])

    def show_offers_wall(self) -> None:
        """Who brings what another seeks, in large type for the projector."""
        self.tabs.setCurrentWidget(self.offers)
        self.offers.show_wall()

    def show_alliance(self, alliance_id: AllianceId) -> None:
        """Open the alliances tab on this alliance (one just made from a match)."""
        self.tabs.setCurrentWidget(self.page)
        self.page.select_alliance(alliance_id)
        self.page.table.setFocus()

    def start_read_back(self) -> None:
        """Read back the current workshop's commitments on the wall tab."""
        self.review(self.wall.views())

    def review(self, views: list[CommitmentView], title: str = "") -> None:
        self.tabs.setCurrentWidget(self.wall_stack)
        self.wall_stack.setCurrentWidget(self.read_back)
        self.read_back.start(views, title=title)

    def review_previous(self) -> None:
        """Open this workshop on the previous one's open commitments, one at a time on the
        wall (the projector): confirmed, done, dropped or carried over to a new date."""
        workshop_id = self.context.current_workshop_id
        if workshop_id is None:
            return
        workshop = self.context.store.workshops.get(workshop_id)
        previous, views = previous_commitments(self.context.store, workshop)
        if previous is None or not views:
            QMessageBox.information(
                self,
                self.tr("Revue des engagements"),
                self.tr(
                    "Cet atelier ne fait suite à aucun atelier (choisissez « Fait suite à » "
                    "dans sa fiche), ou l'atelier précédent n'a plus d'engagement ouvert."
                )
                if previous is None
                else self.tr("L'atelier « {title} » n'a plus d'engagement ouvert.").format(
                    title=previous.title
                ),
            )
            return
        self.review(
            views,
            title=self.tr("Revue des engagements de « {title} »").format(title=previous.title),
        )

    def _on_new_alliance_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.page)
        self.page.new_alliance()

    def export_commitments(self) -> None:
        """Save the current workshop's commitments as .csv, .xlsx or .ics (calendar)."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter les engagements"),
            self.tr("engagements.xlsx"),
            self.tr("Classeur Excel (*.xlsx);;CSV (*.csv);;Agenda iCalendar (*.ics)"),
        )
        if not path:
            return
        try:
            count = export_commitments(
                self.context.store, Path(path), self.context.current_workshop_id
            )
        except (CatalyseError, OSError) as error:
            QMessageBox.warning(self, self.tr("Export impossible"), str(error))
            return
        QMessageBox.information(
            self,
            self.tr("Export terminé"),
            self.tr("{count} engagement(s) exporté(s) dans {path}.").format(count=count, path=path),
        )

    def _on_read_back_finished(self) -> None:
        self.wall_stack.setCurrentWidget(self.wall)
        self.wall.setFocus()
