"""The commitment capture form, built for speed: keyboard only, Enter saves and clears."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.alliances.editor import fill_combo, select_data, shrinkable
from ui.alliances.fields import (
    OrganisationField,
    OrganisationKindChoice,
    PersonField,
    error_label,
    hint_label,
    pick_by_letter,
    show_error,
)
from ui.context import AppContext
from ui.i18n import current_lang
from ui.refresh import Refresher
from ui.widgets.date_field import confirm_far_date
from workshop.domain.changes import Area, Changes
from workshop.domain.quantities import (
    CommitmentInputError,
    Problem,
    default_due_date,
    draft_problems,
    format_date,
    format_quantity,
    parse_date,
    parse_quantity,
)
from workshop.domain.records import (
    AllianceId,
    Commitment,
    CommitmentId,
    OrganisationId,
    PartnerId,
    Workshop,
)
from workshop.domain.vocabulary import (
    RESOURCE_UNITS,
    CommitmentStatus,
    OrganisationKind,
    ResourceKind,
)
from workshop.errors import InvalidInput
from workshop.ops import alliances as ops
from workshop.queries.commitments import CommitmentView, partner_in

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
        self.alliance.currentIndexChanged.connect(self._on_alliance_changed)
        self.partner = OrganisationField(store)
        self.partner.setAccessibleName(self.tr("Organisation qui s'engage"))
        self.partner.setPlaceholderText(self.tr("Organisation (tapez pour compléter)"))
        self.partner.textChanged.connect(self._on_partner_text_changed)
        self.partner_kind = OrganisationKindChoice()
        self.partner_kind.setAccessibleName(self.tr("Type de la nouvelle organisation"))
        self.partner_kind.currentIndexChanged.connect(self._on_partner_kind_changed)
        self.signatory = PersonField()
        self.signatory.setAccessibleName(self.tr("Signataire"))
        self.signatory.setPlaceholderText(self.tr("Personne de cette organisation"))
        # The signatory proposed for the partner chosen (the alliance's contact for it), and
        # for which alliance and organisation: a name typed instead is the facilitator's own.
        self._proposed_signatory = ""
        self._proposed_for: tuple[object, object] | None = None
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
        self.partner_hint = hint_label()
        self.errors = {name: error_label() for name in (*FIELDS, "alliance")}

        # Who and what take a whole line each (a new partner's kind beside its name); the
        # short fields go two by two, in the order Tab takes them. A message shows under its
        # line and wraps: nothing widens the form, and the tables below keep their height.
        grid = QGridLayout(self)
        grid.setVerticalSpacing(3)
        self.partner_kind_label = self._buddy_label(self.tr("T&ype"), self.partner_kind)
        partner_line = QHBoxLayout()
        partner_line.setContentsMargins(0, 0, 0, 0)
        partner_line.addWidget(self.partner, 3)
        partner_line.addSpacing(4)
        partner_line.addWidget(self.partner_kind_label)
        partner_line.addWidget(self.partner_kind, 2)
        partner_messages = QVBoxLayout()  # the hint, or the refusal, under the name
        partner_messages.setContentsMargins(0, 0, 0, 0)
        partner_messages.setSpacing(0)
        partner_messages.addWidget(self.errors["partner"])
        partner_messages.addWidget(self.partner_hint)
        lines: list[tuple[str, QWidget | QHBoxLayout, QWidget | QVBoxLayout | None]] = [
            (self.tr("A&lliance"), self.alliance, self.errors["alliance"]),
            (self.tr("&Partenaire"), partner_line, partner_messages),
            (self.tr("Si&gnataire"), self.signatory, self.errors["signatory"]),
            (self.tr("&Quoi"), self.description, self.errors["description"]),
        ]
        pairs: list[tuple[tuple[str, QWidget], tuple[str, QWidget], str]] = [
            ((self.tr("&Ressource"), self.kind), (self.tr("Quant&ité"), self.quantity), "quantity"),
            ((self.tr("&Unité"), self.unit), (self.tr("É&chéance"), self.due), "due_date"),
            ((self.tr("S&tatut"), self.status), (self.tr("N&ote"), self.note), ""),
        ]
        row = 0
        for text, line, message in lines:
            buddy = self.partner if line is partner_line else line
            assert isinstance(buddy, QWidget)
            grid.addWidget(self._buddy_label(text, buddy), row, 0)
            if isinstance(line, QWidget):
                grid.addWidget(line, row, 1, 1, 3)
            else:
                grid.addLayout(line, row, 1, 1, 3)
            if isinstance(message, QWidget):
                grid.addWidget(message, row + 1, 1, 1, 3)
            elif message is not None:
                grid.addLayout(message, row + 1, 1, 1, 3)
            row += 2
        for first, second, error in pairs:
            for column, (text, field) in zip((0, 2), (first, second), strict=True):
                grid.addWidget(self._buddy_label(text, field), row, column)
                grid.addWidget(field, row, column + 1)
            if error:
                grid.addWidget(self.errors[error], row + 1, 1, 1, 3)
            row += 2
        grid.addWidget(self.save_button, row, 1, 1, 3, Qt.AlignmentFlag.AlignLeft)
        grid.setRowStretch(row + 1, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for combo in (self.alliance, self.partner_kind, self.kind, self.unit, self.status):
            shrinkable(combo)
        for field, widest in ((self.due, "00/00/00000"), (self.quantity, "1 500,500")):
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance(widest) + 12)
        order: list[QWidget] = [self.alliance, self.partner, self.partner_kind]
        order += [self.signatory, self.description]
        order += [field for left, right, _ in pairs for _, field in (left, right)]
        order.append(self.save_button)
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        for field in (self.partner, self.signatory, self.description, self.quantity, self.due):
            field.installEventFilter(self)
        for combo in (self.kind, self.unit, self.status, self.alliance, self.partner_kind):
            combo.installEventFilter(self)
        self.note.returnPressed.connect(self.save)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear)
        self.editing: Commitment | None = None
        self.refresher = Refresher(
            context,
            self,
            {Area.ALLIANCES, Area.ORGANISATIONS, Area.PEOPLE, Area.CURRENT_WORKSHOP},
            self._on_data_changed,
        )
        self.reload()
        self.clear()

    @staticmethod
    def _buddy_label(text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    # -- data ---------------------------------------------------------------------------------
    def workshop(self) -> Workshop | None:
        workshop_id = self.context.current_workshop_id
        return self.context.store.workshops.get(workshop_id) if workshop_id else None

    def reload(self) -> None:
        """Refill the alliance list and the completions from the store."""
        self.reload_alliances()
        self.partner.reload(self.context.store)

    def set_alliance(self, alliance_id: AllianceId | None) -> None:
        select_data(self.alliance, alliance_id)

    def _on_data_changed(self, changes: Changes, _initiator: object) -> None:
        """Refill what the changes name; another workshop or file empties the form too."""
        moved = changes.touches(Area.CURRENT_WORKSHOP, Area.FILE)
        if moved or changes.touches(Area.ALLIANCES):
            self.reload_alliances()
        if moved or changes.touches(Area.ORGANISATIONS):
            self.partner.reload(self.context.store)
        if moved:
            self.clear()
        elif changes.touches(Area.ORGANISATIONS, Area.PEOPLE, Area.ALLIANCES):
            self._proposed_for = None  # a partner's contact may have changed
            self._on_partner_text_changed(self.partner.text())

    def reload_alliances(self) -> None:
        store = self.context.store
        chosen = self.alliance.currentData()
        workshop_id = self.context.current_workshop_id
        alliances = store.alliances.of_workshop(workshop_id) if workshop_id else []
        fill_combo(self.alliance, [(a.name, a.id) for a in alliances])
        select_data(self.alliance, chosen)

    def _on_partner_text_changed(self, _text: str) -> None:
        organisation = self.partner.organisation()
        store = self.context.store
        people = store.people.of_organisation(organisation.id) if organisation else []
        self.signatory.set_people(people, store.people.all() if organisation else [])
        self._propose_signatory()
        self._show_partner_kind()

    def _on_alliance_changed(self, _index: int) -> None:
        self._propose_signatory()

    def _propose_signatory(self) -> None:
        """Fill the signatory with the alliance's contact for the partner chosen; a name the
        facilitator typed stays, and the proposal can be changed like any text."""
        organisation = self.partner.organisation()
        alliance_id: AllianceId | None = self.alliance.currentData()
        chosen_for = (alliance_id, organisation.id if organisation else None)
        if chosen_for == self._proposed_for:
            return
        self._proposed_for = chosen_for
        typed = self.signatory.text()
        if typed.strip() and typed != self._proposed_signatory:
            return  # someone the facilitator named: theirs
        store = self.context.store
        partner = (
            partner_in(store, alliance_id, organisation.id)
            if organisation is not None and alliance_id is not None
            else None
        )
        contact = (
            store.people.get(partner.contact_person_id)
            if partner is not None and partner.contact_person_id is not None
            else None
        )
        self._proposed_signatory = contact.full_name if contact else ""
        if typed != self._proposed_signatory:
            self.signatory.setText(self._proposed_signatory)

    def _new_kind(self) -> OrganisationKind | None:
        """The kind chosen for the organisation typed, if it is a new one."""
        return self.partner_kind.kind() if self.partner.is_new() else None

    def _on_partner_kind_changed(self, _index: int) -> None:
        self._show_partner_kind()

    def _show_partner_kind(self) -> None:
        """A name the registry does not know asks for its kind (and says it will be added)."""
        new = self.partner.is_new()
        self.partner_kind_label.setVisible(new)
        self.partner_kind.setVisible(new)
        offered = self.partner.offered()
        if offered is not None:
            hint = self.tr("Organisation du registre : « {name} ».").format(name=offered.name)
        elif not new:
            hint = ""
        elif self.partner_kind.kind() is None:
            hint = self.tr(
                "Nouvelle organisation : choisissez son type pour l'ajouter au registre."
            )
        else:
            hint = self.tr("Nouvelle organisation : elle sera ajoutée au registre.")
        self.partner_hint.setText(hint)
        self.partner_hint.setVisible(bool(hint) and not self.errors["partner"].isVisible())

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
            pick_by_letter(self.kind, event.text())
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

    # -- saving -------------------------------------------------------------------------------
    def clear(self) -> None:
        """Empty the form for the next commitment, with the defaults, focus on the partner."""
        self.editing = None
        self._proposed_signatory, self._proposed_for = "", None
        self.setTitle(self.tr("Saisie rapide d'un engagement"))
        self.save_button.setText(self.tr("Enregistrer (Entrée)"))
        for field in (self.partner, self.signatory, self.description, self.quantity, self.note):
            field.clear()
        select_data(self.kind, ResourceKind.HUMAIN)
        self._on_kind_changed(0)
        select_data(self.status, CommitmentStatus.PROPOSE)
        self.partner_kind.reset()
        self.due.setText(format_date(default_due_date(self.workshop())))
        for label in self.errors.values():
            show_error(label, "")
        self._show_partner_kind()
        self.partner.setFocus(Qt.FocusReason.OtherFocusReason)

    def _messages(self) -> dict[Problem, str]:
        return {
            Problem.PARTNER_MISSING: self.tr("Indiquez l'organisation qui s'engage."),
            Problem.PARTNER_AMBIGUOUS: self.tr(
                "Plusieurs organisations correspondent : choisissez-en une dans la liste."
            ),
            Problem.PARTNER_UNKNOWN: self.tr(
                "Nouvelle organisation : choisissez son type pour l'ajouter au registre."
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
        """The commitment the form holds (partner id still 0) and the problems found.

        The core checks the same when saving; reading them here shows them all at once.
        """
        problems: dict[str, Problem] = {}
        quantity = due = None
        lang = current_lang()
        try:
            quantity = parse_quantity(self.quantity.text(), lang)
        except CommitmentInputError as error:
            problems.update(error.problems)
        try:
            due = parse_date(self.due.text(), lang)
        except CommitmentInputError as error:
            problems.update(error.problems)
        organisation = self.partner.organisation()
        if not self.partner.text().strip():
            problems["partner"] = Problem.PARTNER_MISSING
        elif organisation is None and self._new_kind() is None:
            several = self.partner.is_ambiguous()
            problems["partner"] = Problem.PARTNER_AMBIGUOUS if several else Problem.PARTNER_UNKNOWN
        signatory = self.signatory.person()
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
        return commitment, {**draft_problems(commitment, self.workshop()), **problems}

    def _show_problems(self, problems: dict[str, Problem], alliance_missing: bool) -> None:
        """Say what is wrong next to each field, and put the cursor in the first one."""
        messages = self._messages()
        for name in FIELDS:
            show_error(self.errors[name], messages[problems[name]] if name in problems else "")
        show_error(
            self.errors["alliance"],
            self.tr("Créez d'abord une alliance.") if alliance_missing else "",
        )
        self.partner_hint.hide()
        first = next((n for n in FIELDS if n in problems), "partner")
        if first == "partner" and problems.get("partner") == Problem.PARTNER_UNKNOWN:
            self.partner_kind.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._field(first).setFocus(Qt.FocusReason.OtherFocusReason)

    def _field(self, name: str) -> QWidget:
        fields: dict[str, QWidget] = {
            "partner": self.partner,
            "signatory": self.signatory,
            "description": self.description,
            "quantity": self.quantity,
            "due_date": self.due,
        }
        return fields.get(name, self.partner)

    def _due_date_confirmed(self, due: dt.date | None) -> bool:
        """A due date years away (2202 typed for 2026) is asked about first; "Corriger la
        date" selects it for retyping. A date kept on an edited commitment is not asked."""
        if self.editing is not None and due == self.editing.due_date:
            return True
        if confirm_far_date(self, due):
            return True
        self.due.setFocus(Qt.FocusReason.OtherFocusReason)
        self.due.selectAll()
        return False

    def save(self) -> bool:
        """Save the commitment (one undoable step) and clear the form; False if refused."""
        alliance_id: AllianceId | None = self.alliance.currentData()
        commitment, problems = self._read()
        if problems or alliance_id is None:
            self._show_problems(problems, alliance_id is None)
            return False
        if not self._due_date_confirmed(commitment.due_date):
            return False
        found = self.partner.organisation()
        organisation: OrganisationId | str = found.id if found else self.partner.text().strip()
        kind = None if found else self._new_kind()
        lang = current_lang()
        editing = self.editing
        what = commitment.description[:40]
        try:
            if editing is not None:
                saved = self.context.apply(
                    QCoreApplication.translate(
                        "AllianceCommands", "Modifier l'engagement « {what} »"
                    ).format(what=what),
                    lambda store: ops.edit_commitment(
                        store,
                        editing.id,
                        alliance_id,
                        organisation,
                        commitment,
                        kind=kind,
                        lang=lang,
                    ),
                )
            else:
                saved = self.context.apply(
                    QCoreApplication.translate(
                        "AllianceCommands", "Ajouter l'engagement « {what} »"
                    ).format(what=what),
                    lambda store: ops.add_commitment(
                        store, alliance_id, organisation, commitment, kind=kind, lang=lang
                    ),
                )
        except CommitmentInputError as error:
            self._show_problems(error.problems, False)
            return False
        except InvalidInput as error:
            label = self.errors.get(error.field, self.errors["partner"])
            show_error(label, str(error))
            self._field(error.field).setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.commitment_saved.emit(CommitmentId(saved.id))
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
