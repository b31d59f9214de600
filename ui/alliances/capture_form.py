"""The commitment capture form, built for speed: keyboard only, Enter saves and clears."""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.alliances.commands import AddCommitmentCommand, EditCommitmentCommand
from ui.alliances.editor import fill_combo, select_data
from ui.alliances.fields import OrganisationField, PersonField, error_label, show_error
from ui.context import AppContext
from ui.i18n import current_lang
from workshop.domain.changes import Changes
from workshop.domain.records import (
    AllianceId,
    Commitment,
    PartnerId,
    Workshop,
)
from workshop.domain.text import strip_accents
from workshop.domain.vocabulary import RESOURCE_UNITS, CommitmentStatus, ResourceKind
from workshop.ops.alliances import (
    CommitmentInputError,
    CommitmentView,
    Problem,
    default_due_date,
    format_date,
    format_quantity,
    parse_date,
    parse_quantity,
)

FIELDS = ("partner", "signatory", "description", "quantity", "due_date")


class CommitmentCaptureForm(QGroupBox):
    """Record one spoken commitment after another into an alliance, without the mouse."""

    commitment_saved = Signal(int)  # CommitmentId

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Saisie rapide d'un engagement"), parent)
        self.context = context
        lang = current_lang()
        store = context.store

        self.alliance = QComboBox()
        self.alliance.setAccessibleName(self.tr("Alliance de l'engagement"))
        self.partner = OrganisationField(store)
        self.partner.setAccessibleName(self.tr("Organisation qui s'engage"))
        self.partner.setPlaceholderText(self.tr("Organisation (tapez pour compléter)"))
        self.partner.textChanged.connect(self._on_partner_text_changed)
        self.signatory = PersonField()
        self.signatory.setAccessibleName(self.tr("Signataire"))
        self.signatory.setPlaceholderText(self.tr("Personne de cette organisation"))
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Ce qui est engagé"))
        self.description.setPlaceholderText(self.tr("Ce qui est engagé"))
        self.description.setMaxLength(500)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Type de ressource"))
        fill_combo(self.kind, [(k.label(lang), k) for k in ResourceKind])
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.quantity = QLineEdit()
        self.quantity.setAccessibleName(self.tr("Quantité"))
        self.quantity.setPlaceholderText(self.tr("ex. 1 500,50"))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setAccessibleName(self.tr("Unité"))
        self.due = QLineEdit()
        self.due.setAccessibleName(self.tr("Échéance (JJ/MM/AAAA)"))
        self.due.setPlaceholderText(self.tr("JJ/MM/AAAA"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Statut de l'engagement"))
        fill_combo(self.status, [(s.label(lang), s) for s in CommitmentStatus])
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.save_button = QPushButton(self.tr("Enregistrer (Entrée)"))
        self.save_button.setAccessibleName(self.tr("Enregistrer l'engagement"))
        self.save_button.clicked.connect(self.save)
        self.partner_hint = QLabel()
        self.partner_hint.setStyleSheet("color: #455A64;")
        self.partner_hint.hide()
        self.errors = {name: error_label() for name in (*FIELDS, "alliance")}

        grid = QGridLayout(self)
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("&Alliance"), self.alliance, "alliance"),
            (self.tr("&Partenaire"), self.partner, "partner"),
            (self.tr("Si&gnataire"), self.signatory, "signatory"),
            (self.tr("&Quoi"), self.description, "description"),
            (self.tr("&Ressource"), self.kind, ""),
            (self.tr("Q&uantité"), self.quantity, "quantity"),
            (self.tr("U&nité"), self.unit, ""),
            (self.tr("&Échéance"), self.due, "due_date"),
            (self.tr("S&tatut"), self.status, ""),
            (self.tr("N&ote"), self.note, ""),
        ]
        for row, (text, field, error) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            if error:
                grid.addWidget(self.errors[error], row, 2)
        grid.addWidget(self.partner_hint, 1, 2)
        grid.addWidget(self.save_button, len(rows), 1)
        grid.setRowStretch(len(rows) + 1, 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        order: list[QWidget] = [field for _, field, _ in rows] + [self.save_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        for field in (self.partner, self.signatory, self.description, self.quantity, self.due):
            field.installEventFilter(self)
        for combo in (self.kind, self.unit, self.status, self.alliance):
            combo.installEventFilter(self)
        self.note.returnPressed.connect(self.save)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.clear,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.editing: Commitment | None = None
        context.data_changed.connect(self._on_context_workshop_changed)
        context.current_workshop_changed.connect(self._on_context_current_workshop_changed)
        self.reload()
        self.clear()

    # -- data ---------------------------------------------------------------------------------
    def workshop(self) -> Workshop | None:
        workshop_id = self.context.current_workshop_id
        return self.context.store.workshops.get(workshop_id) if workshop_id else None

    def reload(self) -> None:
        """Refill the alliance list and the completions from the store."""
        store = self.context.store
        chosen = self.alliance.currentData()
        workshop_id = self.context.current_workshop_id
        alliances = store.alliances.of_workshop(workshop_id) if workshop_id else []
        fill_combo(self.alliance, [(a.name, a.id) for a in alliances])
        select_data(self.alliance, chosen)
        self.partner.reload(store)

    def set_alliance(self, alliance_id: AllianceId | None) -> None:
        select_data(self.alliance, alliance_id)

    def _on_context_workshop_changed(self, changes: Changes, _initiator: object) -> None:
        self.reload()

    def _on_context_current_workshop_changed(self, _workshop_id: object) -> None:
        self.reload()
        self.clear()

    def _on_partner_text_changed(self, _text: str) -> None:
        organisation = self.partner.organisation()
        store = self.context.store
        people = store.people.of_organisation(organisation.id) if organisation else []
        self.signatory.set_people(people, store.people.all() if organisation else [])
        unknown = bool(self.partner.text().strip()) and not self.partner.matches()
        self.partner_hint.setText(
            self.tr("Nouvelle organisation : elle sera ajoutée au registre.") if unknown else ""
        )
        self.partner_hint.setVisible(unknown and not self.errors["partner"].isVisible())

    def _on_kind_changed(self, _index: int) -> None:
        value = self.kind.currentData()
        if value:
            kind = ResourceKind(value)
            self.unit.clear()
            self.unit.addItems(list(RESOURCE_UNITS[kind]))
            self.unit.setCurrentIndex(0)

    # -- keyboard -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.kind
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text().isalpha()
        ):
            self._pick_kind(event.text())
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            completer = getattr(watched, "completer", lambda: None)()
            if completer is not None and completer.popup().isVisible():
                return False  # Enter picks the completion first
            if isinstance(watched, QComboBox) and watched.view().isVisible():
                return False
            self.save()
            return True
        return super().eventFilter(watched, event)

    def _pick_kind(self, letter: str) -> None:
        """Select the next resource kind whose name starts with `letter` (again: the next)."""
        wanted = strip_accents(letter).casefold()
        count = self.kind.count()
        for step in range(1, count + 1):
            index = (self.kind.currentIndex() + step) % count
            if strip_accents(self.kind.itemText(index)).casefold().startswith(wanted):
                self.kind.setCurrentIndex(index)
                return

    # -- saving -------------------------------------------------------------------------------
    def clear(self) -> None:
        """Empty the form for the next commitment, with the defaults, focus on the partner."""
        self.editing = None
        self.setTitle(self.tr("Saisie rapide d'un engagement"))
        self.save_button.setText(self.tr("Enregistrer (Entrée)"))
        for field in (self.partner, self.signatory, self.description, self.quantity, self.note):
            field.clear()
        select_data(self.kind, ResourceKind.HUMAIN)
        self._on_kind_changed(0)
        select_data(self.status, CommitmentStatus.PROPOSE)
        self.due.setText(format_date(default_due_date(self.workshop())))
        for label in self.errors.values():
            show_error(label, "")
        self.partner.setFocus(Qt.FocusReason.OtherFocusReason)

    def _messages(self) -> dict[Problem, str]:
        return {
            Problem.PARTNER_MISSING: self.tr("Indiquez l'organisation qui s'engage."),
            Problem.PARTNER_AMBIGUOUS: self.tr(
                "Plusieurs organisations correspondent : choisissez-en une dans la liste."
            ),
            Problem.DESCRIPTION_EMPTY: self.tr("Dites ce qui est engagé."),
            Problem.QUANTITY_NOT_NUMBER: self.tr("La quantité doit être un nombre (ex. 1 500,50)."),
            Problem.QUANTITY_NEGATIVE: self.tr("La quantité ne peut pas être négative."),
            Problem.DATE_UNREADABLE: self.tr("Date attendue au format JJ/MM/AAAA."),
            Problem.DATE_BEFORE_WORKSHOP: self.tr("L'échéance est avant la date de l'atelier."),
            Problem.SIGNATORY_OTHER_ORGANISATION: self.tr(
                "Cette personne n'est pas de l'organisation partenaire."
            ),
        }

    def _read(self) -> tuple[Commitment, dict[str, Problem]]:
        """The commitment the form holds (partner id still 0) and the problems found."""
        problems: dict[str, Problem] = {}
        quantity = due = None
        try:
            quantity = parse_quantity(self.quantity.text())
        except CommitmentInputError as error:
            problems.update(error.problems)
        try:
            due = parse_date(self.due.text())
        except CommitmentInputError as error:
            problems.update(error.problems)
        workshop = self.workshop()
        if due and workshop and workshop.date and due < workshop.date:
            problems["due_date"] = Problem.DATE_BEFORE_WORKSHOP
        if not self.partner.text().strip():
            problems["partner"] = Problem.PARTNER_MISSING
        elif self.partner.organisation() is None and len(self.partner.matches()) > 1:
            problems["partner"] = Problem.PARTNER_AMBIGUOUS
        if not self.description.text().strip():
            problems["description"] = Problem.DESCRIPTION_EMPTY
        signatory = self.signatory.person()
        organisation = self.partner.organisation()
        if self.signatory.text().strip() and (
            signatory is None
            or organisation is None
            or signatory.organisation_id != organisation.id
        ):
            problems["signatory"] = Problem.SIGNATORY_OTHER_ORGANISATION
        commitment = Commitment(
            partner_id=PartnerId(0),
            description=self.description.text().strip(),
            resource_kind=ResourceKind(self.kind.currentData()),
            quantity=quantity,
            unit=self.unit.currentText().strip(),
            due_date=due,
            status=CommitmentStatus(self.status.currentData()),
            signatory_id=signatory.id if signatory and not problems.get("signatory") else None,
            note=self.note.text().strip(),
        )
        return commitment, problems

    def save(self) -> bool:
        """Save the commitment (one undoable step) and clear the form; False if refused."""
        alliance_id: AllianceId | None = self.alliance.currentData()
        commitment, problems = self._read()
        messages = self._messages()
        for name in FIELDS:
            show_error(self.errors[name], messages[problems[name]] if name in problems else "")
        show_error(
            self.errors["alliance"],
            "" if alliance_id is not None else self.tr("Créez d'abord une alliance."),
        )
        if problems or alliance_id is None:
            self.partner_hint.hide()
            first = next((n for n in FIELDS if n in problems), "partner")
            field = {
                "partner": self.partner,
                "signatory": self.signatory,
                "description": self.description,
                "quantity": self.quantity,
                "due_date": self.due,
            }[first]
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        found = self.partner.organisation()
        organisation = found.id if found else self.partner.text().strip()
        if self.editing is not None:
            edited = dataclasses.replace(
                commitment, id=self.editing.id, card_id=self.editing.card_id
            )
            self.context.push(
                EditCommitmentCommand(self.context, alliance_id, organisation, edited)
            )
            self.commitment_saved.emit(edited.id)
        else:
            command = AddCommitmentCommand(self.context, alliance_id, organisation, commitment)
            self.context.push(command)
            self.commitment_saved.emit(command.created_id("commitments"))
        self.clear()
        return True

    def edit(self, view: CommitmentView) -> None:
        """Load a saved commitment to correct it; Enter saves the change, Escape gives up."""
        c = view.commitment
        self.clear()
        self.editing = c
        select_data(self.alliance, view.alliance_id)
        self.partner.setText(view.organisation)
        self.signatory.setText(view.signatory)
        self.description.setText(c.description)
        select_data(self.kind, c.resource_kind)
        self._on_kind_changed(0)
        self.unit.setCurrentText(c.unit)
        self.quantity.setText(format_quantity(c.quantity))
        self.due.setText(format_date(c.due_date))
        select_data(self.status, c.status)
        self.note.setText(c.note)
        self.setTitle(self.tr("Modifier l'engagement"))
        self.save_button.setText(self.tr("Enregistrer la modification (Entrée)"))
        self.description.setFocus(Qt.FocusReason.OtherFocusReason)
