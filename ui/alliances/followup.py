"""Follow-up across workshops: open commitments, filtered, overdue ones first and in red."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.alliances.bulk_edit import BulkEditDialog
from ui.alliances.editor import fill_combo, select_data, shrinkable
from ui.alliances.fields import error_label, show_error
from ui.alliances.history import CommitmentHistoryDialog
from ui.alliances.models import COMMITMENT_LIST_AREAS, CommitmentTableModel, tidy_table
from ui.alliances.reminders import ReminderDialog, drafts_for
from ui.alliances.replies import ReplyImportDialog
from ui.alliances.wall import TotalsGrid
from ui.context import AppContext
from ui.i18n import current_lang
from ui.refresh import Refresher
from workshop.domain.changes import Area, Changes
from workshop.domain.quantities import OPEN_STATUSES, CommitmentInputError, parse_date
from workshop.domain.records import Alliance
from workshop.domain.text import sort_key
from workshop.domain.vocabulary import CommitmentStatus
from workshop.errors import CatalyseError
from workshop.importing.replies import preview_replies, read_replies
from workshop.ops import alliances as ops
from workshop.queries.commitments import (
    CommitmentView,
    follow_up,
    partner_organisations,
    territories,
)

REMIND_DAYS = 14  # as `catalyse remind`


class FollowUpPanel(QWidget):
    """Every commitment of the territory, by partner, alliance, due dates and status."""

    review_requested = Signal(list)  # list[CommitmentView]

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or dt.date.today()
        lang = current_lang()
        self.territory = QComboBox()
        self.territory.setAccessibleName(self.tr("Filtrer par territoire"))
        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Filtrer par partenaire"))
        self.alliance = QComboBox()
        self.alliance.setAccessibleName(self.tr("Filtrer par alliance"))
        self.due_from = QLineEdit()
        self.due_from.setAccessibleName(self.tr("Échéance à partir du"))
        self.due_from.setPlaceholderText(self.tr("JJ/MM/AAAA"))
        self.due_to = QLineEdit()
        self.due_to.setAccessibleName(self.tr("Échéance jusqu'au"))
        self.due_to.setPlaceholderText(self.tr("JJ/MM/AAAA"))
        self.date_error = error_label()
        self.status_boxes: dict[CommitmentStatus, QCheckBox] = {}
        statuses = QHBoxLayout()
        for status in CommitmentStatus:
            box = QCheckBox(status.label(lang))
            box.setAccessibleName(self.tr("Statut {status}").format(status=status.label(lang)))
            box.setChecked(status in OPEN_STATUSES)
            box.toggled.connect(self.refresh)
            statuses.addWidget(box)
            self.status_boxes[status] = box
        statuses.addStretch(1)
        for combo in (self.territory, self.partner, self.alliance):
            combo.currentIndexChanged.connect(self.refresh)
            shrinkable(combo, 12)  # a long partner's name must not widen the window
        for edit in (self.due_from, self.due_to):
            edit.editingFinished.connect(self.refresh)

        self.summary = QLabel()
        self.totals = TotalsGrid(self.font().pointSize())
        self.totals.setAccessibleName(self.tr("Totaux des engagements listés"))
        self.model = CommitmentTableModel(self, with_alliance=True, today=self.today)
        self.table = QTableView()
        tidy_table(self.table, self.model, 3, self.tr("Engagements à suivre"), self.model.fitted)
        self.status_buttons: dict[CommitmentStatus, QPushButton] = {}
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Passer la sélection à :")))
        for status in CommitmentStatus:
            button = QPushButton(status.label(lang))
            button.setAccessibleName(
                self.tr("Passer les engagements choisis à {status}").format(
                    status=status.label(lang)
                )
            )
            button.clicked.connect(lambda _=False, s=status: self.set_selected_status(s))
            actions.addWidget(button)
            self.status_buttons[status] = button
        actions.addStretch(1)
        self.review_button = QPushButton(self.tr("Revoir les engagements ouverts"))
        self.review_button.setAccessibleName(
            self.tr("Revoir un par un les engagements ouverts listés")
        )
        self.review_button.clicked.connect(self.review)
        actions.addWidget(self.review_button)
        self.remind_days = QSpinBox()
        self.remind_days.setRange(0, 365)
        self.remind_days.setValue(REMIND_DAYS)
        self.remind_days.setSuffix(self.tr(" jours"))
        self.remind_days.setAccessibleName(
            self.tr("Relancer ce qui arrive à échéance dans ce nombre de jours")
        )
        self.remind_button = QPushButton(self.tr("&Relancer…"))
        self.remind_button.setAccessibleName(
            self.tr(
                "Relancer les partenaires des engagements choisis, sinon de ceux en retard "
                "ou à échéance proche"
            )
        )
        self.remind_button.clicked.connect(self.remind)
        replies = QHBoxLayout()  # after the workshop: the partners' replies, reminders
        self.bulk_button = QPushButton(self.tr("&Modifier la sélection…"))
        self.bulk_button.setAccessibleName(
            self.tr(
                "Noter les réponses : statut, date de réalisation et note des engagements choisis"
            )
        )
        self.bulk_button.clicked.connect(self.edit_selection)
        replies.addWidget(self.bulk_button)
        self.history_button = QPushButton(self.tr("&Historique…"))
        self.history_button.setAccessibleName(
            self.tr("Historique de l'engagement choisi : idée, alliance, relances, statuts")
        )
        self.history_button.clicked.connect(self.show_history)
        replies.addWidget(self.history_button)
        self.import_button = QPushButton(self.tr("Importer des ré&ponses…"))
        self.import_button.setAccessibleName(
            self.tr("Importer la fiche de retour complétée par un partenaire (CSV ou Excel)")
        )
        self.import_button.clicked.connect(self.import_replies)
        replies.addWidget(self.import_button)
        replies.addStretch(1)
        replies.addWidget(QLabel(self.tr("Échéance d'ici")))
        replies.addWidget(self.remind_days)
        replies.addWidget(self.remind_button)

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Territoire")), 0, 0)
        filters.addWidget(self.territory, 0, 1)
        filters.addWidget(QLabel(self.tr("Partenaire")), 0, 2)
        filters.addWidget(self.partner, 0, 3)
        filters.addWidget(QLabel(self.tr("Alliance")), 0, 4)
        filters.addWidget(self.alliance, 0, 5)
        filters.addWidget(QLabel(self.tr("Échéance du")), 1, 0)
        filters.addWidget(self.due_from, 1, 1)
        filters.addWidget(QLabel(self.tr("au")), 1, 2)
        filters.addWidget(self.due_to, 1, 3)
        filters.addWidget(self.date_error, 2, 1, 1, 5)
        filters.addLayout(statuses, 3, 0, 1, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(replies)
        self.refresher = Refresher(
            context,
            self,
            COMMITMENT_LIST_AREAS,
            self._on_data_changed,
        )
        self.reload_filters()
        self.show_current_territory()

    def reload_filters(self) -> None:
        """Refill the partner and alliance lists, keeping the choices."""
        store = self.context.store
        partner, alliance = self.partner.currentData(), self.alliance.currentData()
        territory = self.territory.currentData()
        for combo in (self.territory, self.partner, self.alliance):
            combo.blockSignals(True)
        fill_combo(
            self.territory,
            [(self.tr("Tous les territoires"), None)] + [(t, t) for t in territories(store)],
        )
        select_data(self.territory, territory)
        organisations = partner_organisations(store)
        fill_combo(
            self.partner,
            [(self.tr("Tous les partenaires"), None)] + [(o.name, o.id) for o in organisations],
        )
        fill_combo(
            self.alliance,
            [(self.tr("Toutes les alliances"), None)]
            + [(a.name, a.id) for a in sorted(store.alliances.all(), key=_alliance_order)],
        )
        select_data(self.partner, partner)
        select_data(self.alliance, alliance)
        for combo in (self.territory, self.partner, self.alliance):
            combo.blockSignals(False)
        self.refresh()

    def show_current_territory(self) -> None:
        """Filter on the current workshop's territory (a new workshop reviews its own)."""
        workshop_id = self.context.current_workshop_id
        workshop = self.context.store.workshops.get(workshop_id) if workshop_id else None
        select_data(self.territory, workshop.territory if workshop and workshop.territory else None)

    def _dates(self) -> tuple[dt.date | None, dt.date | None] | None:
        try:
            dates = parse_date(self.due_from.text()), parse_date(self.due_to.text())
        except CommitmentInputError:
            show_error(self.date_error, self.tr("Date attendue au format JJ/MM/AAAA."))
            return None
        show_error(self.date_error, "")
        return dates

    def refresh(self) -> None:
        dates = self._dates()
        if dates is None:
            return
        statuses = [s for s, box in self.status_boxes.items() if box.isChecked()]
        views = (
            follow_up(
                self.context.store,
                self.today,
                alliance_id=self.alliance.currentData(),
                organisation_id=self.partner.currentData(),
                statuses=statuses,
                due_from=dates[0],
                due_to=dates[1],
                territory=self.territory.currentData(),
            )
            if statuses
            else []
        )
        self.model.last_reminders = self.context.store.reminders.last_of(v.id for v in views)
        self.model.set_records(views)
        overdue = sum(v.overdue(self.today) for v in views)
        self.summary.setText(
            self.tr("{count} engagement(s), dont {overdue} en retard").format(
                count=len(views), overdue=overdue
            )
        )
        shown = self.totals.set_commitments((v.commitment for v in views), current_lang())
        self.totals.setVisible(shown)

    def selected_views(self) -> list[CommitmentView]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record(r) for r in rows]

    def set_selected_status(self, status: CommitmentStatus) -> None:
        """Give the selected commitments a status: one undoable step for all of them."""
        views = [v for v in self.selected_views() if v.commitment.status != status]
        if not views:
            return
        ids = [v.id for v in views]
        self.context.apply(
            self.tr("Passer {count} engagement(s) à « {status} »").format(
                count=len(views), status=status.label(current_lang())
            ),
            lambda store: ops.set_commitments_status(store, ids, status),
        )

    def reminder_views(self) -> list[CommitmentView]:
        """What "Relancer" reminds: the commitments chosen, else the open ones listed that are
        overdue or due within the days given."""
        chosen = self.selected_views()
        if chosen:
            return chosen
        horizon = self.today + dt.timedelta(days=self.remind_days.value())
        return [
            v
            for v in self.model.records()
            if v.commitment.status in OPEN_STATUSES
            and v.commitment.due_date is not None
            and v.commitment.due_date <= horizon
        ]

    def remind(self) -> None:
        """Open the drafts reminding the partners concerned (nothing is sent from here)."""
        views = self.reminder_views()
        if not views:
            QMessageBox.information(
                self,
                self.tr("Relancer les partenaires"),
                self.tr(
                    "Aucun engagement ouvert n'arrive à échéance dans ce délai : choisissez des "
                    "engagements dans la liste, ou allongez le délai."
                ),
            )
            return
        drafts = drafts_for(self.context, views, self.today, dt.datetime.now())
        dialog = ReminderDialog(self.context, drafts, self)
        self.reminder_dialog = dialog
        dialog.open()

    def edit_selection(self) -> None:
        """Record the replies for the commitments chosen (status, done date, note) at once."""
        views = self.selected_views()
        if not views:
            index = self.table.currentIndex()
            views = [self.model.record(index.row())] if index.isValid() else []
        if not views:
            return
        dialog = BulkEditDialog(self.context, [v.id for v in views], self, today=self.today)
        self.bulk_dialog = dialog
        dialog.open()

    def import_replies(self, path: str = "") -> None:
        """Read a returned sheet and show what it changes before anything is saved."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Fiche de retour d'un partenaire"),
                "",
                self.tr("Fiches de retour (*.csv *.xlsx)"),
            )
        if not path:
            return
        lang = current_lang()
        try:
            table = read_replies(Path(path), lang)
        except CatalyseError as error:
            QMessageBox.warning(self, self.tr("Fiche illisible"), str(error))
            return
        preview = preview_replies(self.context.store, table, today=self.today, lang=lang)
        dialog = ReplyImportDialog(self.context, preview, self, today=self.today)
        self.replies_dialog = dialog
        dialog.open()

    def show_history(self) -> None:
        """The history of the commitment on the current row."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        dialog = CommitmentHistoryDialog(self.context, self.model.record(index.row()), self)
        self.history_dialog = dialog
        dialog.open()

    def review(self) -> None:
        """Step through the open commitments listed (to start a new workshop)."""
        views = [v for v in self.model.records() if v.commitment.status in OPEN_STATUSES]
        self.review_requested.emit(views)

    def _on_data_changed(self, changes: Changes, _initiator: object) -> None:
        """Refill the lists; another workshop (or file) shows its own territory."""
        self.reload_filters()
        if changes.touches(Area.CURRENT_WORKSHOP, Area.FILE):
            self.show_current_territory()


def _alliance_order(alliance: Alliance) -> tuple[str, int]:
    return sort_key(alliance.name), alliance.id
