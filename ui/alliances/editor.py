"""The alliance form: name, objective, target SDGs, partnership type and status, then partners."""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.alliances.fields import (
    OrganisationField,
    OrganisationKindChoice,
    error_label,
    hint_label,
    show_error,
)
from ui.alliances.models import PartnerTableModel, tidy_table
from ui.context import AppContext
from ui.i18n import current_lang
from ui.refresh import Refresher
from ui.widgets.needs_picker import NeedsButton
from ui.widgets.sdg_picker import SdgPicker
from workshop.domain.changes import Area, Changes
from workshop.domain.records import Alliance, AllianceId, OrganisationId, PersonId, WorkshopId
from workshop.domain.vocabulary import AllianceStatus, PartnerRole, PartnershipType
from workshop.errors import CatalyseError, InvalidInput
from workshop.ops import alliances as ops
from workshop.queries.alliance_progress import offered_status
from workshop.queries.commitments import partner_in


def fill_combo(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)


def shrinkable(combo: QComboBox, letters: int = 8) -> None:
    """A combo whose width follows the room it has, not its longest item (a long name would
    otherwise widen the window)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)


def select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


class AllianceEditor(QWidget):
    """Edit one alliance's details (saved as one undoable step); it keeps the alliance's
    partners panel in step (`partners`), which the page lays out where the room is."""

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
        self.objective.setFixedHeight(self.objective.fontMetrics().lineSpacing() * 3 + 12)
        self.sdgs = SdgPicker(columns=9, tile=26)
        self.needs = NeedsButton()  # one line: the partners get the height
        self.partnership = QComboBox()
        self.partnership.setAccessibleName(self.tr("Type de partenariat"))
        fill_combo(
            self.partnership,
            [(self.tr("— non précisé —"), None)] + [(t.label(lang), t) for t in PartnershipType],
        )
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Statut de l'alliance"))
        fill_combo(self.status, [(s.label(lang), s) for s in AllianceStatus])
        for combo in (self.partnership, self.status):
            shrinkable(combo)
        self.save_button = QPushButton(self.tr("Enregistrer l'alliance"))
        self.save_button.setAccessibleName(self.tr("Enregistrer l'alliance"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Supprimer l'alliance"))
        self.delete_button.setAccessibleName(self.tr("Supprimer l'alliance"))
        self.delete_button.clicked.connect(self.delete)
        self.status_offer = StatusOffer()
        self.status_offer.accepted.connect(self.move_status_on)

        details = QGroupBox(self.tr("Alliance"))
        form = QFormLayout(details)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: label above
        form.addRow(self.tr("&Nom"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("O&bjectif"), self.objective)
        form.addRow(self.tr("ODD visés"), self.sdgs)
        form.addRow(self.tr("Besoins"), self.needs)  # every Alt+letter of it is taken
        kinds = QHBoxLayout()  # type and status side by side: the partners get the height
        kinds.addWidget(self.partnership, 3)
        status_label = QLabel(self.tr("&Statut"))
        status_label.setBuddy(self.status)
        kinds.addWidget(status_label)
        kinds.addWidget(self.status, 2)
        partnership_label = QLabel(self.tr("Type &de partenariat"))
        partnership_label.setBuddy(self.partnership)
        form.addRow(partnership_label, kinds)
        form.addRow(self.status_offer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), details, self.save)
        order = [self.status, self.status_offer.accept_button, self.status_offer.later_button]
        order += [self.save_button, self.delete_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.partners = PartnersPanel(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(details)
        layout.addStretch(1)  # a taller band leaves room below the form, not between its rows
        self.refresher = Refresher(
            context, self, {Area.ALLIANCES, Area.COMMITMENTS}, self._on_data_changed
        )
        self.set_alliance(None)

    def set_alliance(self, alliance: Alliance | None) -> None:
        """Show an alliance, or an empty form that creates one."""
        self.alliance = alliance
        show_error(self.name_error, "")
        self.name.setText(alliance.name if alliance else "")
        self.objective.setPlainText(alliance.objective if alliance else "")
        self.sdgs.set_selected(alliance.sdgs if alliance else ())
        self.needs.set_selected(alliance.needs if alliance else ())
        select_data(self.partnership, alliance.partnership_type if alliance else None)
        select_data(self.status, alliance.status if alliance else AllianceStatus.IDEE)
        self.save_button.setText(
            self.tr("Enregistrer l'alliance") if alliance else self.tr("Créer l'alliance")
        )
        self.delete_button.setEnabled(alliance is not None)
        self.partners.set_alliance(alliance)
        self._offer_status()

    def _on_data_changed(self, _changes: Changes, _initiator: object) -> None:
        self._offer_status()

    def _offer_status(self) -> None:
        """Offer to move the alliance on when its commitments say it has got there."""
        alliance = self.alliance
        offered = offered_status(self.context.store, alliance.id) if alliance else None
        self.status_offer.offer(alliance.id if alliance else None, offered)

    def move_status_on(self, status: AllianceStatus) -> None:
        """Give the alliance the status offered (one undoable step); what else was typed in the
        form stays as typed, to be saved or not."""
        before = self.alliance
        if before is None:
            return
        lang = current_lang()
        # The form shows the new status first, so the refresh that follows keeps the rest.
        self.alliance = dataclasses.replace(before, status=status)
        select_data(self.status, status)
        try:
            self.context.apply(
                self.tr("Passer l'alliance « {name} » à « {status} »").format(
                    name=before.name, status=status.label(lang)
                ),
                lambda store: ops.set_alliance_status(store, before.id, status, lang=lang),
            )
        except CatalyseError as error:
            self.alliance = before
            select_data(self.status, before.status)
            show_error(self.name_error, str(error))
            return
        self._offer_status()
        self.status.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self, workshop_id: WorkshopId | None) -> Alliance:
        base = self.alliance or Alliance(workshop_id=workshop_id, name="")
        return dataclasses.replace(
            base,
            name=self.name.text().strip(),
            objective=self.objective.toPlainText().strip(),
            sdgs=self.sdgs.selected(),
            needs=self.needs.selected(),
            partnership_type=PartnershipType(self.partnership.currentData())
            if self.partnership.currentData()
            else None,
            status=AllianceStatus(self.status.currentData()),
        )

    def save(self) -> None:
        """Create the alliance or save its edits (one undoable step)."""
        edited = self._edited(self.context.current_workshop_id)
        lang = current_lang()
        try:
            if self.alliance is None:
                created = self.context.apply(
                    self.tr("Créer l'alliance « {name} »").format(name=edited.name),
                    lambda store: ops.create_alliance(store, edited, lang=lang),
                )
                self.set_alliance(created)
                self.alliance_created.emit(created.id)
            elif edited != self.alliance:
                self.alliance = self.context.apply(
                    self.tr("Modifier l'alliance « {name} »").format(name=edited.name),
                    lambda store: ops.edit_alliance(store, edited, lang=lang),
                )
        except InvalidInput as error:
            show_error(self.name_error, str(error))
            self.name.setFocus()
            return
        show_error(self.name_error, "")

    def delete(self) -> None:
        """Delete the alliance, its partners and commitments (one undoable step)."""
        if self.alliance is None:
            return
        alliance = self.alliance
        self.context.apply(
            self.tr("Supprimer l'alliance « {name} »").format(name=alliance.name),
            lambda store: ops.delete_alliance(store, alliance.id),
        )
        self.set_alliance(None)


class StatusOffer(QFrame):
    """A quiet line in the alliance form offering the status its commitments point to, with a
    button to take it and one to leave it as it is (for that alliance and status, while the
    window stays open)."""

    accepted = Signal(object)  # AllianceStatus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("StatusOffer { background: #E8F5E9; border-radius: 4px; }")
        self.label = hint_label()
        self.label.setStyleSheet("color: #1B5E20;")
        self.label.show()
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(self._on_accept_button_clicked)
        self.later_button = QPushButton(self.tr("Plus tard"))
        self.later_button.setAccessibleName(self.tr("Laisser le statut de l'alliance tel quel"))
        self.later_button.clicked.connect(self._on_later_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.accept_button)
        layout.addWidget(self.later_button)
        self.status: AllianceStatus | None = None
        self._for: AllianceId | None = None
        self._dismissed: set[tuple[AllianceId, AllianceStatus]] = set()
        self.hide()

    def offer(self, alliance_id: AllianceId | None, status: AllianceStatus | None) -> None:
        """Show the offer of `status` for the alliance (hidden for None or when left)."""
        self.status, self._for = status, alliance_id
        if alliance_id is None or status is None or (alliance_id, status) in self._dismissed:
            self.hide()
            return
        label = status.label(current_lang())
        self.label.setText(self.tr("Tous les engagements sont confirmés."))
        question = self.tr(
            "Tous les engagements sont confirmés : passer l'alliance à « {status} » ?"
        ).format(status=label)
        self.setToolTip(question)
        text = self.tr("Passer à « {status} »").format(status=label)
        self.accept_button.setText(text.replace("&", "&&"))
        self.accept_button.setAccessibleName(question)
        self.show()

    def _on_accept_button_clicked(self) -> None:
        if self.status is not None:
            self.accepted.emit(self.status)

    def _on_later_button_clicked(self) -> None:
        if self._for is not None and self.status is not None:
            self._dismissed.add((self._for, self.status))
        self.hide()


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
        self.organisation.returnPressed.connect(self.add_or_update)
        self.organisation.textChanged.connect(self._on_organisation_text_changed)
        self.organisation.textEdited.connect(self._on_organisation_text_edited)
        self.kind = OrganisationKindChoice()
        self.kind.setAccessibleName(self.tr("Type de la nouvelle organisation"))
        self.kind.return_pressed.connect(self.add_or_update)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.kind.hide()
        self.hint = hint_label()
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Rôle dans l'alliance"))
        fill_combo(self.role, [(r.label(lang), r) for r in PartnerRole])
        select_data(self.role, PartnerRole.PARTENAIRE)
        self.contact = QComboBox()
        self.contact.setAccessibleName(self.tr("Personne contact"))
        # Whose people the contact list holds: it follows the organisation typed, always.
        self._contacts_of: OrganisationId | None = None
        # Whether the role shown is a partner's own (shown with it), not one the user chose.
        self._role_shown_for_partner = False
        self.role.activated.connect(self._on_role_activated)
        self.add_button = QPushButton(self.tr("Ajouter / modifier"))
        self.add_button.setAccessibleName(self.tr("Ajouter ou modifier le partenaire"))
        self.add_button.clicked.connect(self.add_or_update)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.remove_selected)
        self.remove_button = QPushButton(self.tr("Retirer (Suppr)"))
        self.remove_button.setAccessibleName(self.tr("Retirer le partenaire choisi"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = error_label()

        for combo in (self.role, self.contact, self.kind):
            shrinkable(combo)
        row = QHBoxLayout()
        row.addWidget(self.role, 1)
        row.addWidget(self.contact, 2)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        typed = QHBoxLayout()
        # Alt+J reaches the field from anywhere on the page (the other letters are taken).
        add_label = QLabel(self.tr("A&jouter :"))
        add_label.setBuddy(self.organisation)
        typed.addWidget(add_label)
        typed.addWidget(self.organisation, 3)
        typed.addWidget(self.kind, 2)
        layout.addWidget(self.table, 1)
        layout.addLayout(typed)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.refresher = Refresher(
            context, self, {Area.ALLIANCES, Area.ORGANISATIONS, Area.PEOPLE}, self._on_data_changed
        )

    def set_alliance(self, alliance: Alliance | None) -> None:
        alliance_id = alliance.id if alliance else None
        if alliance_id != self.alliance_id:  # another alliance: start from an empty line
            self.alliance_id = alliance_id
            self._start_next_partner()
            show_error(self.error, "")
        self.setEnabled(alliance is not None)
        self.refresh()

    def refresh(self) -> None:
        store = self.context.store
        partners = store.partners.of_alliance(self.alliance_id) if self.alliance_id else []
        organisations = {o.id: o.name for o in store.organisations.all()}
        people = {p.id: p.full_name for p in store.people.all()}
        self.model.set_partners(partners, organisations, people)

    def _on_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.ORGANISATIONS, Area.FILE):
            self.organisation.reload(self.context.store)
        if changes.touches(Area.ORGANISATIONS, Area.PEOPLE, Area.FILE):
            self._fill_contacts(keep=True)  # someone joined or left the organisation
        self._on_organisation_text_changed(self.organisation.text())
        self.refresh()

    def _on_organisation_text_changed(self, _text: str) -> None:
        """The contacts follow the organisation typed; a name the registry does not know asks
        for the kind to add it with."""
        if self.organisation.organisation_id() != self._contacts_of:
            self._fill_contacts()
        self.kind.setVisible(self.organisation.is_new())
        self._show_hint()

    def _on_organisation_text_edited(self, _text: str) -> None:
        show_error(self.error, "")  # a refusal is about the name as it was
        self._show_hint()

    def _on_kind_changed(self, _index: int) -> None:
        self._show_hint()

    def _show_hint(self) -> None:
        """Say which registry record the name designates, or that it is new and needs a kind."""
        offered = self.organisation.offered()
        if offered is not None:
            hint = self.tr("Organisation du registre : « {name} ».").format(name=offered.name)
        elif self.organisation.is_new():
            hint = (
                self.tr("Nouvelle organisation : elle sera ajoutée au registre.")
                if self.kind.kind() is not None
                else self.tr(
                    "Nouvelle organisation : choisissez son type pour l'ajouter au registre."
                )
            )
        elif self.organisation.is_ambiguous():
            hint = self.tr(
                "Plusieurs organisations correspondent : choisissez-en une dans la liste."
            )
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint) and not self.error.isVisible())

    def _on_table_current_changed(self, current: object, _previous: object) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        partner = self.model.record(row)
        self.organisation.setText(
            self.context.store.organisations.get(partner.organisation_id).name
        )
        self._fill_contacts()
        select_data(self.role, partner.role)
        select_data(self.contact, partner.contact_person_id)
        self._role_shown_for_partner = True

    def _fill_contacts(self, keep: bool = False) -> None:
        """List the people of the organisation typed (none without one): a partner of the
        alliance shows its role and contact, a new one its first person; `keep` keeps the
        person chosen when they are still listed."""
        chosen = self.contact.currentData() if keep else None
        organisation_id = self.organisation.organisation_id()
        self._contacts_of = organisation_id
        store = self.context.store
        people = store.people.of_organisation(organisation_id) if organisation_id else []
        fill_combo(
            self.contact,
            [(self.tr("— sans contact —"), None)] + [(p.full_name, p.id) for p in people],
        )
        if keep and self.contact.findData(chosen) >= 0:
            select_data(self.contact, chosen)
            return
        existing = (
            partner_in(store, self.alliance_id, organisation_id)
            if organisation_id is not None and self.alliance_id is not None
            else None
        )
        if existing is not None:
            select_data(self.role, existing.role)
            select_data(self.contact, existing.contact_person_id)
            self._role_shown_for_partner = True
            return
        if self._role_shown_for_partner:  # another partner's role does not carry over either
            select_data(self.role, PartnerRole.PARTENAIRE)
            self._role_shown_for_partner = False
        if people:
            self.contact.setCurrentIndex(1)

    def _on_role_activated(self, _index: int) -> None:
        self._role_shown_for_partner = False  # the user's choice, for the name typed next

    def _start_next_partner(self) -> None:
        """An empty line for the next partner: no name, the usual role, no contact left over."""
        self.table.clearSelection()
        self.organisation.clear()
        self.kind.reset()
        select_data(self.role, PartnerRole.PARTENAIRE)
        self._fill_contacts()

    def add_or_update(self) -> None:
        """Add the typed organisation as a partner, or update its role and contact."""
        if self.alliance_id is None:
            return
        alliance_id = self.alliance_id
        found = self.organisation.organisation()
        if (found.id if found else None) != self._contacts_of:
            self._fill_contacts()  # never another organisation's contact
        contact: PersonId | None = self.contact.currentData() if found is not None else None
        role = PartnerRole(self.role.currentData())
        name = found.name if found is not None else self.organisation.text().strip()
        if found is None and self.organisation.is_ambiguous():
            self.hint.hide()
            show_error(
                self.error,
                self.tr("Plusieurs organisations correspondent : choisissez-en une dans la liste."),
            )
            self.organisation.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.organisation.is_new() and self.kind.kind() is None:
            self.hint.hide()
            show_error(self.error, self.tr("Choisissez le type de cette nouvelle organisation."))
            self.kind.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        existing = partner_in(self.context.store, alliance_id, found.id) if found else None
        lang = current_lang()
        try:
            if existing is not None:
                if (existing.role, existing.contact_person_id) == (role, contact):
                    show_error(
                        self.error,
                        self.tr("« {name} » est déjà partenaire de l'alliance.").format(name=name),
                    )
                    self.organisation.setFocus(Qt.FocusReason.OtherFocusReason)
                    self.organisation.selectAll()  # what is typed next replaces the name
                    # (again once a name picked in the completion list is written back)
                    QTimer.singleShot(0, self, self.organisation.selectAll)
                    return
                self.context.apply(
                    self.tr("Modifier le partenaire {name}").format(name=name),
                    lambda store: ops.edit_partner(store, existing.id, role, contact, lang=lang),
                )
            else:
                organisation: OrganisationId | str = found.id if found is not None else name
                kind = self.kind.kind() if self.organisation.is_new() else None
                self.context.apply(
                    self.tr("Ajouter le partenaire {name}").format(name=name),
                    lambda store: ops.add_partner(
                        store, alliance_id, organisation, role, contact, kind=kind, lang=lang
                    ),
                )
        except InvalidInput as error:
            self.hint.hide()
            show_error(self.error, str(error))
            if self.kind.isVisible() and self.kind.kind() is None:
                self.kind.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        show_error(self.error, "")
        self._start_next_partner()
        self.organisation.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        """Remove the chosen partner and its commitments in the alliance (undoable)."""
        row = self.table.currentIndex().row()
        if row < 0:
            return
        partner = self.model.record(row)
        name = self.context.store.organisations.get(partner.organisation_id).name
        self.context.apply(
            self.tr("Retirer le partenaire {name}").format(name=name),
            lambda store: ops.remove_partner(store, partner.id),
        )
        self._start_next_partner()  # the name shown was the removed partner's
