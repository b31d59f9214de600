"""Side forms of the registry: an organisation or a person, with messages next to the fields."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import current_lang
from ui.stakeholders.keys import KeyClaims
from ui.widgets.commune_field import CommuneField
from ui.widgets.date_field import DateField
from ui.widgets.sdg_picker import SdgPicker
from workshop.domain import validation
from workshop.domain.places import Place, place_of
from workshop.domain.records import Organisation, OrganisationId, Person
from workshop.domain.vocabulary import DataBasis, OrganisationKind, ResourceKind
from workshop.errors import InvalidInput

ERROR_STYLE = "color: #B3261E;"


class RecordForm(QWidget):
    """A form of labelled fields, each with a message line under it, and Save / Cancel.

    `submitted(record)` is emitted with a valid record; the screen runs its operation.
    """

    submitted = Signal(object)
    cancelled = Signal()
    shown: Any  # the record the form was loaded with (id 0: a new one)
    # The field a record's field is typed in, when it has none of its own ("postcode").
    aliases: ClassVar[dict[str, str]] = {}

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        self.heading = QLabel(f"<b>{title}</b>")
        outer.addWidget(self.heading)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.layout_)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setToolTip(self.tr("Enregistrer (Ctrl+Entrée)"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        outer.addStretch(1)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancelled.emit)
        self._keys = KeyClaims(
            self,
            [("Ctrl+Return", self.submit), ("Ctrl+Enter", self.submit), ("Ctrl+S", self.submit)],
        )

    def add_field(self, key: str, label: str, widget: QWidget) -> None:
        """A labelled field and, under it, the line where its message appears."""
        widget.setAccessibleName(label.replace("&", ""))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        column.addWidget(error)
        self.layout_.addRow(label, box)
        self._errors[key] = error
        self._fields[key] = widget
        if isinstance(widget, QLineEdit):
            widget.returnPressed.connect(lambda: self._on_return_pressed(widget))

    def _on_return_pressed(self, edit: QLineEdit) -> None:
        """Enter in a one-line field saves, unless it only picked a completion."""
        completer = edit.completer()
        if completer is not None and completer.popup().isVisible():
            return
        self.submit()

    def first_field(self) -> QWidget:
        return next(iter(self._fields.values()))

    def field(self, key: str) -> QWidget:
        return self._fields[key]

    def error_text(self, key: str) -> str:
        """The message shown next to a field ("" when none)."""
        label = self._errors[key]
        return label.text() if label.isVisibleTo(self) else ""

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each message next to its field; focus the first field in error."""
        for key, label in self._errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
            self._fields[key].setAccessibleDescription(errors.get(key, ""))
        first = next((k for k in self._fields if k in errors), None)
        if first is not None:
            self._fields[first].setFocus()

    def show_refusal(self, error: InvalidInput) -> None:
        """Show why the core refused the record: each field's message (a message about no
        field of the form goes next to the first one)."""
        problems = getattr(error, "problems", None) or {error.field: str(error)}
        shown: dict[str, str] = {}
        for key, text in problems.items():
            key = self.aliases.get(key, key)
            key = key if key in self._fields else next(iter(self._fields))
            shown[key] = f"{shown[key]} {text}" if key in shown else text
        self.show_errors(shown)

    def submit(self) -> None:
        record = self.build()
        errors = self.validate(record)
        self.show_errors(errors)
        if not errors:
            self.submitted.emit(record)

    def build(self) -> object:
        raise NotImplementedError

    def validate(self, record: object) -> dict[str, str]:
        raise NotImplementedError


def _line(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class OrganisationForm(RecordForm):
    """Create or edit an organisation: identity, identifiers, offers, needs, SDGs, notes."""

    shown: Organisation
    aliases: ClassVar[dict[str, str]] = {
        "postcode": "commune",
        "commune_code": "commune",
        "commune_name": "commune",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Structure"), parent)
        lang = current_lang()
        self.shown = Organisation(name="")
        self.name = _line(self.tr("Nom de la structure"))
        self.kind = QComboBox()
        for kind in OrganisationKind:
            self.kind.addItem(kind.label(lang), kind.value)
        self.sector = _line(self.tr("ex. : aide alimentaire"))
        self.territory = _line(self.tr("ex. : quartier des Tilleuls, Val de Lise"))
        self.commune = CommuneField()
        self.address = _line(self.tr("ex. : 4 rue des Lilas"))
        self.website = _line("https://")
        self.siren = _line(self.tr("9 chiffres"))
        self.siret = _line(self.tr("14 chiffres"))
        self.rna = _line("W123456789")
        offers_box = QWidget()
        grid = QGridLayout(offers_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.offers: dict[ResourceKind, QCheckBox] = {}
        for index, resource in enumerate(ResourceKind):
            check = QCheckBox(resource.label(lang))
            self.offers[resource] = check
            grid.addWidget(check, index // 2, index % 2)
        self.needs = _text_box(2)
        self.sdgs = SdgPicker(columns=9, tile=26)
        self.notes = _text_box(3)
        self.add_field("name", self.tr("&Nom"), self.name)
        self.add_field("kind", self.tr("&Type"), self.kind)
        self.add_field("sector", self.tr("Secteur"), self.sector)
        self.add_field("commune", self.tr("&Commune"), self.commune)
        self.add_field("address", self.tr("Adresse"), self.address)
        self.add_field("territory", self.tr("Territoire"), self.territory)
        self.add_field("website", self.tr("Site web"), self.website)
        self.add_field("siren", self.tr("SIREN"), self.siren)
        self.add_field("siret", self.tr("SIRET"), self.siret)
        self.add_field("rna", self.tr("RNA"), self.rna)
        self.add_field("offers", self.tr("Peut apporter"), offers_box)
        self.add_field("needs", self.tr("Besoins"), self.needs)
        self.add_field("sdgs", self.tr("ODD d'intérêt"), self.sdgs)
        self.add_field("notes", self.tr("Notes"), self.notes)

    def load(self, record: Organisation | None) -> None:
        """Show a record (None: an empty form for a new organisation)."""
        record = record or Organisation(name="")
        self.shown = record
        self.heading.setText(
            "<b>%s</b>"
            % (self.tr("Modifier la structure") if record.id else self.tr("Nouvelle structure"))
        )
        self.name.setText(record.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind.value)))
        self.sector.setText(record.sector)
        self.territory.setText(record.territory)
        self.commune.set_place(place_of(record))
        self.address.setText(record.address)
        self.website.setText(record.website)
        self.siren.setText(record.siren)
        self.siret.setText(record.siret)
        self.rna.setText(record.rna)
        for resource, check in self.offers.items():
            check.setChecked(resource in record.offers)
        self.needs.setPlainText(record.needs)
        self.sdgs.set_selected(record.sdgs)
        self.notes.setPlainText(record.notes)
        self.show_errors({})

    def build(self) -> Organisation:
        matches = self.commune.matches()
        typed = " ".join(self.commune.text().split())
        # one commune: it; none or several: the text, which the checks refuse with a message
        place = matches[0] if len(matches) == 1 else Place("", typed, "")
        return dataclasses.replace(
            self.shown,
            commune_code=place.code,
            commune_name=place.name,
            postcode=place.postcode,
            address=self.address.text().strip(),
            name=self.name.text().strip(),
            kind=OrganisationKind(self.kind.currentData()),
            sector=self.sector.text().strip(),
            territory=self.territory.text().strip(),
            website=self.website.text().strip(),
            siren=validation.compact(self.siren.text()),
            siret=validation.compact(self.siret.text()),
            rna=validation.normalise_rna(self.rna.text()),
            offers=tuple(r for r, check in self.offers.items() if check.isChecked()),
            needs=self.needs.toPlainText().strip(),
            sdgs=self.sdgs.selected(),
            notes=self.notes.toPlainText().strip(),
        )

    def validate(self, record: object) -> dict[str, str]:
        assert isinstance(record, Organisation)
        lang = current_lang()
        errors: dict[str, str] = {}
        if not record.name:
            errors["name"] = self.tr("Le nom de la structure est obligatoire.")
        checks = {
            "siren": validation.check_siren(record.siren, lang),
            "siret": validation.check_siret(record.siret, lang, siren=record.siren),
            "rna": validation.check_rna(record.rna, lang),
        }
        errors.update({key: message for key, message in checks.items() if message})
        typed = " ".join(self.commune.text().split())
        if typed and len(self.commune.matches()) > 1:
            errors["commune"] = validation.message("commune_ambiguous", lang, name=typed)
        elif typed:
            place = validation.commune_problems(
                record.commune_code, record.commune_name, record.postcode, lang
            )
            if place:
                errors["commune"] = " ".join(place.values())
        return errors


class PersonForm(RecordForm):
    """Create or edit a person: names, organisation (with completion), contact, data basis."""

    shown: Person

    def __init__(
        self,
        resolve_organisation: Callable[[str], OrganisationId | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Personne"), parent)
        lang = current_lang()
        self._resolve = resolve_organisation
        self.shown = Person()
        self.first_name = _line()
        self.last_name = _line()
        self.organisation = _line(self.tr("Tapez pour chercher une structure"))
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.title = _line(self.tr("ex. : chargée de mission"))
        self.email = _line("prenom.nom@exemple.fr")
        self.phone = _line("06 12 34 56 78")
        self.notes = _text_box(3)
        self.basis = QComboBox()
        for basis in DataBasis:
            self.basis.addItem(basis.label(lang), basis.value)
        self.consent_date = DateField()
        self.consent_date.setAccessibleName(self.tr("Date du consentement"))
        basis_box = QWidget()
        row = QHBoxLayout(basis_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.basis, 1)
        self.consent_label = QLabel(self.tr("le"))
        row.addWidget(self.consent_label)
        row.addWidget(self.consent_date)
        self.basis.currentIndexChanged.connect(self._on_basis_changed)
        self.add_field("first_name", self.tr("&Prénom"), self.first_name)
        self.add_field("last_name", self.tr("&Nom"), self.last_name)
        self.add_field("organisation", self.tr("&Structure"), self.organisation)
        self.add_field("title", self.tr("Fonction"), self.title)
        self.add_field("email", self.tr("&E-mail"), self.email)
        self.add_field("phone", self.tr("Téléphone"), self.phone)
        self.add_field("notes", self.tr("Notes"), self.notes)
        self.add_field("data_basis", self.tr("Base légale"), basis_box)
        self.basis.setAccessibleName(self.tr("Base légale de conservation des données"))

    def set_organisation_names(self, names: list[str]) -> None:
        self.names.setStringList(names)

    def _on_basis_changed(self) -> None:
        consent = self.basis.currentData() == DataBasis.CONSENT.value
        self.consent_date.setVisible(consent)
        self.consent_label.setVisible(consent)

    def load(self, record: Person | None, organisation_name: str = "") -> None:
        """Show a record (None: an empty form for a new person)."""
        record = record or Person()
        self.shown = record
        self.heading.setText(
            "<b>%s</b>"
            % (self.tr("Modifier la personne") if record.id else self.tr("Nouvelle personne"))
        )
        self.first_name.setText(record.first_name)
        self.last_name.setText(record.last_name)
        self.organisation.setText(organisation_name)
        self.title.setText(record.title)
        self.email.setText(record.email)
        self.phone.setText(record.phone)
        self.notes.setPlainText(record.notes)
        self.basis.setCurrentIndex(max(0, self.basis.findData(record.data_basis.value)))
        self.consent_date.set_value(record.consent_date or dt.date.today())
        self._on_basis_changed()
        self.show_errors({})

    def build(self) -> Person:
        basis = DataBasis(self.basis.currentData())
        return dataclasses.replace(
            self.shown,
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            organisation_id=self._resolve(self.organisation.text()),
            title=self.title.text().strip(),
            email=validation.normalise_email(self.email.text()),
            phone=validation.normalise_phone(self.phone.text()),
            notes=self.notes.toPlainText().strip(),
            data_basis=basis,
            consent_date=self.consent_date.value() if basis == DataBasis.CONSENT else None,
        )

    def validate(self, record: object) -> dict[str, str]:
        assert isinstance(record, Person)
        lang = current_lang()
        errors: dict[str, str] = {}
        if not (record.first_name or record.last_name):
            errors["last_name"] = self.tr("Indiquez au moins un nom ou un prénom.")
        if self.organisation.text().strip() and record.organisation_id is None:
            errors["organisation"] = self.tr(
                "Structure introuvable : choisissez-la dans la liste ou créez-la "
                "dans l'onglet Organisations."
            )
        for key, message in (
            ("email", validation.check_email(record.email, lang)),
            ("phone", validation.check_phone(record.phone, lang)),
        ):
            if message:
                errors[key] = message
        if record.consent_date and record.consent_date > dt.date.today():
            errors["data_basis"] = self.tr(
                "La date du consentement est dans le futur : vérifiez-la (JJ/MM/AAAA)."
            )
        return errors
