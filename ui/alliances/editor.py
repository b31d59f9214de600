"""The alliance form: name, objective, target SDGs, partnership type and status, then partners."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.alliances.commands import ALLIANCE_CHANGES
from ui.alliances.fields import OrganisationField, error_label, show_error
from ui.alliances.models import PartnerTableModel, tidy_table
from ui.commands import AddRecordCommand, DeleteRecordsCommand, UpdateRecordCommand
from ui.context import AppContext
from ui.i18n import current_lang
from ui.widgets.sdg_picker import SdgPicker
from workshop.domain.changes import Changes
from workshop.domain.records import Alliance, AllianceId, Partner, PersonId, WorkshopId
from workshop.domain.vocabulary import AllianceStatus, PartnerRole, PartnershipType


def fill_combo(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)


def select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


class AllianceEditor(QWidget):
    """Edit one alliance's details (saved as one undoable step) and its partners."""

    alliance_created = Signal(object)  # AllianceId

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.alliance: Alliance | None = None
        lang = current_lang()

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Nom de l'alliance"))
        self.name.setPlaceholderText(self.tr("Nom de l'alliance"))
        self.name.returnPressed.connect(self.save)
        self.name_error = error_label()
        self.objective = QPlainTextEdit()
        self.objective.setAccessibleName(self.tr("Objectif"))
        self.objective.setTabChangesFocus(True)
        self.objective.setFixedHeight(70)
        self.sdgs = SdgPicker(columns=9, tile=28)
        self.partnership = QComboBox()
        self.partnership.setAccessibleName(self.tr("Type de partenariat"))
        fill_combo(
            self.partnership,
            [(self.tr("— non précisé —"), None)] + [(t.label(lang), t) for t in PartnershipType],
        )
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Statut de l'alliance"))
        fill_combo(self.status, [(s.label(lang), s) for s in AllianceStatus])
        self.save_button = QPushButton(self.tr("Enregistrer l'alliance"))
        self.save_button.setAccessibleName(self.tr("Enregistrer l'alliance"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Supprimer l'alliance"))
        self.delete_button.setAccessibleName(self.tr("Supprimer l'alliance"))
        self.delete_button.clicked.connect(self.delete)

        details = QGroupBox(self.tr("Alliance"))
        form = QFormLayout(details)
        form.addRow(self.tr("&Nom"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Objectif"), self.objective)
        form.addRow(self.tr("ODD visés"), self.sdgs)
        form.addRow(self.tr("&Type de partenariat"), self.partnership)
        form.addRow(self.tr("&Statut"), self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), details, self.save)

        self.partners = PartnersPanel(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(details)
        layout.addWidget(self.partners, 1)
        self.set_alliance(None)

    def set_alliance(self, alliance: Alliance | None) -> None:
        """Show an alliance, or an empty form that creates one."""
        self.alliance = alliance
        show_error(self.name_error, "")
        self.name.setText(alliance.name if alliance else "")
        self.objective.setPlainText(alliance.objective if alliance else "")
        self.sdgs.set_selected(alliance.sdgs if alliance else ())
        select_data(self.partnership, alliance.partnership_type if alliance else None)
        select_data(self.status, alliance.status if alliance else AllianceStatus.IDEE)
        self.save_button.setText(
            self.tr("Enregistrer l'alliance") if alliance else self.tr("Créer l'alliance")
        )
        self.delete_button.setEnabled(alliance is not None)
        self.partners.set_alliance(alliance)

    def _edited(self, workshop_id: WorkshopId | None) -> Alliance:
        base = self.alliance or Alliance(workshop_id=workshop_id, name="")
        return dataclasses.replace(
            base,
            name=self.name.text().strip(),
            objective=self.objective.toPlainText().strip(),
            sdgs=self.sdgs.selected(),
            partnership_type=PartnershipType(self.partnership.currentData())
            if self.partnership.currentData()
            else None,
            status=AllianceStatus(self.status.currentData()),
        )

    def save(self) -> None:
        """Create the alliance or save its edits (one undoable step)."""
        edited = self._edited(self.context.current_workshop_id)
        if not edited.name:
            show_error(self.name_error, self.tr("Donnez un nom à l'alliance."))
            self.name.setFocus()
            return
        show_error(self.name_error, "")
        store = self.context.store
        if self.alliance is None:
            command = AddRecordCommand(
                self.context,
                self.tr("Créer l'alliance « {name} »").format(name=edited.name),
                ALLIANCE_CHANGES,
                store.alliances,
                edited,
            )
            self.context.push(command)
            self.set_alliance(command.record)
            self.alliance_created.emit(command.record.id)
        elif edited != self.alliance:
            self.context.push(
                UpdateRecordCommand(
                    self.context,
                    self.tr("Modifier l'alliance « {name} »").format(name=edited.name),
                    ALLIANCE_CHANGES,
                    store.alliances,
                    self.alliance,
                    edited,
                )
            )
            self.alliance = edited

    def delete(self) -> None:
        if self.alliance is None:
            return
        self.context.push(
            DeleteRecordsCommand(
                self.context,
                self.tr("Supprimer l'alliance « {name} »").format(name=self.alliance.name),
                ALLIANCE_CHANGES,
                "alliances",
                [self.alliance.id],
            )
        )
        self.set_alliance(None)


class PartnersPanel(QGroupBox):
    """An alliance's partners: add by typing an organisation, set role and contact, remove."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Partenaires"), parent)
        self.context = context
        self.alliance_id: AllianceId | None = None
        lang = current_lang()
        self.model = PartnerTableModel(self)
        self.table = QTableView()
        tidy_table(self.table, self.model, 0, self.tr("Partenaires de l'alliance"), (1, 2))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)

        self.organisation = OrganisationField(context.store)
        self.organisation.setAccessibleName(self.tr("Organisation partenaire"))
        self.organisation.setPlaceholderText(self.tr("Organisation (tapez pour compléter)"))
        self.organisation.editingFinished.connect(self._fill_contacts)
        self.organisation.returnPressed.connect(self.add_or_update)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Rôle dans l'alliance"))
        fill_combo(self.role, [(r.label(lang), r) for r in PartnerRole])
        select_data(self.role, PartnerRole.PARTENAIRE)
        self.contact = QComboBox()
        self.contact.setAccessibleName(self.tr("Personne contact"))
        self.add_button = QPushButton(self.tr("Ajouter / modifier"))
        self.add_button.setAccessibleName(self.tr("Ajouter ou modifier le partenaire"))
        self.add_button.clicked.connect(self.add_or_update)
        self.remove_button = QPushButton(self.tr("Retirer"))
        self.remove_button.setAccessibleName(self.tr("Retirer le partenaire choisi"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = error_label()

        row = QHBoxLayout()
        row.addWidget(self.role, 1)
        row.addWidget(self.contact, 2)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.organisation)
        layout.addLayout(row)
        layout.addWidget(self.error)
        context.data_changed.connect(self._on_context_workshop_changed)

    def set_alliance(self, alliance: Alliance | None) -> None:
        self.alliance_id = alliance.id if alliance else None
        self.setEnabled(alliance is not None)
        self.refresh()

    def refresh(self) -> None:
        store = self.context.store
        partners = store.partners.of_alliance(self.alliance_id) if self.alliance_id else []
        organisations = {o.id: o.name for o in store.organisations.all()}
        people = {p.id: p.full_name for p in store.people.all()}
        self.model.set_partners(partners, organisations, people)

    def _on_context_workshop_changed(self, changes: Changes, _initiator: object) -> None:
        self.organisation.reload(self.context.store)
        if changes.areas:
            self.refresh()

    def _on_table_current_changed(self, current: object, _previous: object) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        partner = self.model.record(row)
        self.organisation.setText(
            self.context.store.organisations.get(partner.organisation_id).name
        )
        select_data(self.role, partner.role)
        self._fill_contacts()
        select_data(self.contact, partner.contact_person_id)

    def _fill_contacts(self) -> None:
        organisation_id = self.organisation.organisation_id()
        people = (
            self.context.store.people.of_organisation(organisation_id) if organisation_id else []
        )
        fill_combo(
            self.contact,
            [(self.tr("— sans contact —"), None)] + [(p.full_name, p.id) for p in people],
        )
        if people:
            self.contact.setCurrentIndex(1)

    def add_or_update(self) -> None:
        """Add the typed organisation as a partner, or update its role and contact."""
        if self.alliance_id is None:
            return
        organisation_id = self.organisation.organisation_id()
        if organisation_id is None:
            show_error(
                self.error,
                self.tr("« {name} » n'est pas dans le registre des organisations.").format(
                    name=self.organisation.text()
                ),
            )
            return
        show_error(self.error, "")
        if self.contact.count() == 0:
            self._fill_contacts()
        contact: PersonId | None = self.contact.currentData()
        role = PartnerRole(self.role.currentData())
        store = self.context.store
        existing = store.partners.find(
            "alliance_id = ? AND organisation_id = ?", [self.alliance_id, organisation_id]
        )
        name = self.organisation.text().strip()
        if existing:
            after = dataclasses.replace(existing[0], role=role, contact_person_id=contact)
            if after != existing[0]:
                self.context.push(
                    UpdateRecordCommand(
                        self.context,
                        self.tr("Modifier le partenaire {name}").format(name=name),
                        ALLIANCE_CHANGES,
                        store.partners,
                        existing[0],
                        after,
                    )
                )
        else:
            self.context.push(
                AddRecordCommand(
                    self.context,
                    self.tr("Ajouter le partenaire {name}").format(name=name),
                    ALLIANCE_CHANGES,
                    store.partners,
                    Partner(
                        alliance_id=self.alliance_id,
                        organisation_id=organisation_id,
                        role=role,
                        contact_person_id=contact,
                    ),
                )
            )
        self.organisation.clear()
        self.organisation.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        partner = self.model.record(row)
        name = self.context.store.organisations.get(partner.organisation_id).name
        self.context.push(
            DeleteRecordsCommand(
                self.context,
                self.tr("Retirer le partenaire {name}").format(name=name),
                ALLIANCE_CHANGES,
                "partners",
                [partner.id],
            )
        )
