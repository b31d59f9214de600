"""The form of one workshop: details, target SDGs, agenda, and messages next to the fields."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import current_lang
from ui.widgets.agenda_editor import AgendaEditor
from ui.widgets.date_field import DateField, confirm_far_date
from ui.widgets.methods_picker import MethodsPicker
from ui.widgets.needs_picker import NeedsPicker
from ui.widgets.sdg_picker import SdgPicker
from workshop.domain.methods import methods_agenda, with_steps_of, without_steps_of
from workshop.domain.records import AgendaStep, Workshop, WorkshopId
from workshop.domain.vocabulary import Method

NO_TIME = QTime(0, 0)  # the time edits' minimum, shown as "--:--": no time
TEMPLATES = ("co_construction", "power_interest", "swot", "blank")


class WorkshopForm(QWidget):
    """The fields of one workshop, with validation messages next to the fields."""

    edited = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        others: Callable[[], Sequence[Workshop]] = tuple,
    ) -> None:
        super().__init__(parent)
        self._others = others
        self._record: Workshop | None = None
        self._loading = False
        self._dirty = False
        self._kept_date: dt.date | None = None

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.title_edit = self._line_edit(self.tr("Titre"))
        self.title_edit.setPlaceholderText(self.tr("Atelier de co-construction…"))
        self.title_error = self._error_label()
        self.date_edit = DateField(optional=True)  # "—": no date yet
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.start_edit = self._time_edit(self.tr("Heure de début"))
        self.end_edit = self._time_edit(self.tr("Heure de fin"))
        self.time_error = self._error_label()
        self.place_edit = self._line_edit(self.tr("Lieu"))
        self.territory_edit = self._line_edit(self.tr("Territoire"))
        self.facilitator_edit = self._line_edit(self.tr("Animateur ou animatrice"))
        self.question_edit = QPlainTextEdit()
        self.question_edit.setAccessibleName(self.tr("Question travaillée"))
        self.question_edit.setPlaceholderText(
            self.tr("Comment agir ensemble pour… ? (la question posée aux participants)")
        )
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setFixedHeight(68)
        self.sdg_picker = SdgPicker(columns=9, tile=28)
        self.needs_picker = NeedsPicker()
        self.methods_picker = MethodsPicker(columns=1)  # their zones and steps: board, agenda
        self._methods_shown: tuple[Method, ...] = ()
        self.template_label = QLabel(self.tr("&Zones du tableau (modèle)"))
        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName(self.tr("Modèle de tableau"))
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_combo.setMinimumContentsLength(16)
        for code, label in zip(TEMPLATES, self._template_labels(), strict=True):
            self.template_combo.addItem(label, code)
        self.template_label.setBuddy(self.template_combo)
        self.previous_combo = QComboBox()
        self.previous_combo.setAccessibleName(
            self.tr("Atelier dont celui-ci fait suite (ses engagements seront revus)")
        )
        self.previous_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.previous_combo.setMinimumContentsLength(8)
        self.agenda_editor = AgendaEditor()  # after the template: the Tab order follows the form

        times = QHBoxLayout()
        times.setContentsMargins(0, 0, 0, 0)
        times.addWidget(self.start_edit)
        times.addWidget(QLabel("→"))
        times.addWidget(self.end_edit)
        times.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("&Titre"), self.title_edit), self.title_edit)
        form.addRow("", self.title_error)
        form.addRow(self._label(self.tr("&Date"), self.date_edit), self.date_edit)
        form.addRow(self._label(self.tr("&Horaires"), self.start_edit), times)
        form.addRow("", self.time_error)
        form.addRow(self._label(self.tr("&Lieu"), self.place_edit), self.place_edit)
        form.addRow(self._label(self.tr("Te&rritoire"), self.territory_edit), self.territory_edit)
        form.addRow(
            self._label(self.tr("Animat&ion"), self.facilitator_edit), self.facilitator_edit
        )
        form.addRow(self._label(self.tr("&Question"), self.question_edit), self.question_edit)
        form.addRow(self._label(self.tr("&ODD visés"), self.sdg_picker), self.sdg_picker)
        form.addRow(self._label(self.tr("&Besoins"), self.needs_picker), self.needs_picker)
        form.addRow(self._label(self.tr("&Méthodes"), self.methods_picker), self.methods_picker)
        self.review_step_button = QPushButton(self.tr("Ajouter la revue au déroulé"))
        self.review_step_button.setAccessibleName(
            self.tr("Ajouter au déroulé l'étape de revue des engagements de l'atelier précédent")
        )
        self.review_step_button.clicked.connect(self.add_review_step)
        follows = QHBoxLayout()
        follows.setContentsMargins(0, 0, 0, 0)
        follows.addWidget(self.previous_combo, 1)
        follows.addWidget(self.review_step_button)
        form.addRow(self._label(self.tr("Fait &suite à"), self.previous_combo), follows)
        form.addRow(self.template_label, self.template_combo)

        agenda_title = self._label(self.tr("Déro&ulé"), self.agenda_editor)
        agenda_title.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(agenda_title)
        layout.addWidget(self.agenda_editor, 1)

        for line in (self.title_edit, self.place_edit, self.territory_edit, self.facilitator_edit):
            line.textEdited.connect(self._on_field_edited)
        self.question_edit.textChanged.connect(self._on_field_edited)
        self.date_edit.dateChanged.connect(self._on_field_edited)
        self.start_edit.timeChanged.connect(self._on_field_edited)
        self.end_edit.timeChanged.connect(self._on_field_edited)
        self.sdg_picker.selection_changed.connect(self._on_field_edited)
        self.needs_picker.selection_changed.connect(self._on_field_edited)
        self.methods_picker.selection_changed.connect(self._on_methods_picker_changed)
        self.methods_picker.selection_changed.connect(self._on_field_edited)
        self.agenda_editor.agenda_changed.connect(self._on_field_edited)
        self.previous_combo.currentIndexChanged.connect(self._on_field_edited)
        self.previous_combo.currentIndexChanged.connect(self._update_review_step_button)
        self.agenda_editor.agenda_changed.connect(self._update_review_step_button)
        self.start_edit.timeChanged.connect(self._on_time_changed)
        self.end_edit.timeChanged.connect(self._on_time_changed)
        self.load(None)

    def _template_labels(self) -> tuple[str, ...]:
        return (
            self.tr("Co-construction (défis, ressources, pistes, alliances, engagements)"),
            self.tr("Matrice pouvoir / intérêt"),
            self.tr("SWOT (forces, faiblesses, opportunités, menaces)"),
            self.tr("Tableau vierge"),
        )

    def _line_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setMaxLength(300)
        return edit

    def _time_edit(self, name: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")
        edit.setMinimumTime(NO_TIME)
        edit.setSpecialValueText("--:--")
        edit.setAccessibleName(name)
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet("color: #B3261E;")
        label.setWordWrap(True)
        label.hide()
        return label

    # -- loading and reading ----------------------------------------------------------------
    @property
    def record(self) -> Workshop | None:
        """The workshop being edited (None: a new one)."""
        return self._record

    def is_new(self) -> bool:
        return self._record is None

    def is_dirty(self) -> bool:
        return self._dirty

    def load(self, workshop: Workshop | None) -> None:
        """Show a saved workshop, or a new one (None) with sensible defaults."""
        self._loading = True
        self._record = workshop
        shown = workshop or Workshop(
            title="",
            date=dt.date.today(),
            start_time=dt.time(9, 0),
            end_time=dt.time(12, 30),
            agenda=default_agenda(),
            methods=(Method.CO_CONSTRUCTION,),  # the usual board, whose steps are the agenda's
        )
        self.heading.setText(self.tr("Nouvel atelier") if workshop is None else shown.title)
        self.title_edit.setText(shown.title)
        self.date_edit.set_value(shown.date)
        self._kept_date = shown.date  # a saved date, far or not, is not asked about again
        self.start_edit.setTime(QTime(shown.start_time) if shown.start_time else NO_TIME)
        self.end_edit.setTime(QTime(shown.end_time) if shown.end_time else NO_TIME)
        self.place_edit.setText(shown.place)
        self.territory_edit.setText(shown.territory)
        self.facilitator_edit.setText(shown.facilitator)
        self.question_edit.setPlainText(shown.question)
        self.sdg_picker.set_selected(shown.sdgs)
        self.needs_picker.set_selected(shown.needs)
        self.methods_picker.set_selected(shown.methods)
        self._methods_shown = shown.methods
        self.agenda_editor.set_agenda(shown.agenda, shown.start_time, shown.end_time)
        self._fill_previous(shown)
        self.template_combo.setCurrentIndex(0)
        self.template_label.setVisible(workshop is None)
        self.template_combo.setVisible(workshop is None)
        self._loading = False
        self._dirty = False
        self._show_errors({})

    def review_step_title(self) -> str:
        return self.tr("Revue des engagements précédents")

    def add_review_step(self) -> None:
        """The review of the previous workshop's commitments, after the welcome (15 minutes)."""
        steps = self.agenda_editor.agenda()
        self.agenda_editor.insert_step(1 if steps else 0, self.review_step_title(), 15)

    def _update_review_step_button(self, *_args: object) -> None:
        titles = {step.title for step in self.agenda_editor.agenda()}
        self.review_step_button.setVisible(self.previous_combo.currentData() is not None)
        self.review_step_button.setEnabled(self.review_step_title() not in titles)

    def _fill_previous(self, shown: Workshop) -> None:
        """The workshops this one may follow (every other one, newest first)."""
        self.previous_combo.clear()
        self.previous_combo.addItem(self.tr("— aucun —"), None)
        for other in self._others():
            if other.id == shown.id:
                continue
            when = other.date.strftime("%d/%m/%Y") if other.date else "—"
            self.previous_combo.addItem(f"{other.title} ({when})", other.id)
        index = self.previous_combo.findData(shown.previous_workshop_id)
        self.previous_combo.setCurrentIndex(max(index, 0))
        self._update_review_step_button()

    def value(self) -> Workshop:
        """The workshop as the fields show it (id 0 when new); what the form does not show
        (next meeting, facilitator's contact, anonymous mode…) is kept as saved."""
        start, end = self.start_edit.time(), self.end_edit.time()
        return dataclasses.replace(
            self._record or Workshop(title=""),
            id=self._record.id if self._record else WorkshopId(0),
            title=self.title_edit.text().strip(),
            date=self.date_edit.value(),
            start_time=None if start == NO_TIME else start.toPython(),
            end_time=None if end == NO_TIME else end.toPython(),
            place=self.place_edit.text().strip(),
            territory=self.territory_edit.text().strip(),
            facilitator=self.facilitator_edit.text().strip(),
            question=self.question_edit.toPlainText().strip(),
            sdgs=self.sdg_picker.selected(),
            needs=self.needs_picker.selected(),
            methods=self.methods_picker.selected(),
            agenda=self.agenda_editor.agenda(),
            previous_workshop_id=self.previous_combo.currentData(),
        )

    def template(self) -> str:
        return str(self.template_combo.currentData())

    def errors(self) -> dict[str, str]:
        """Field name -> message, for what cannot be saved."""
        workshop = self.value()
        errors: dict[str, str] = {}
        if not workshop.title:
            errors["title"] = self.tr("Donnez un titre à l'atelier.")
        if workshop.start_time and workshop.end_time and workshop.end_time <= workshop.start_time:
            errors["time"] = self.tr("L'heure de fin doit être après l'heure de début.")
        return errors

    def validate(self) -> bool:
        """Show the messages next to the fields; True when the workshop can be saved.

        A date more than a few years from today (05/12/2202 for 05/12/2026) is asked about
        first; "Corriger la date" puts the cursor back in the date field.
        """
        errors = self.errors()
        self._show_errors(errors)
        if errors:
            return False
        date = self.date_edit.value()
        if date != self._kept_date:
            if not confirm_far_date(self, date):
                self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                self.date_edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
                return False
            self._kept_date = date
        return True

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, label in (("title", self.title_error), ("time", self.time_error)):
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)

    def _on_field_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._show_errors(self.errors())
        self.edited.emit()

    def _on_methods_picker_changed(self) -> None:
        """A method ticked adds its steps to the agenda shown, one unticked takes its steps away
        (saving lays the board's zones); the steps typed by hand stay."""
        chosen = self.methods_picker.selected()
        added = [m for m in chosen if m not in self._methods_shown]
        removed = [m for m in self._methods_shown if m not in chosen]
        self._methods_shown = chosen
        agenda = without_steps_of(self.agenda_editor.agenda(), removed, chosen)
        agenda = with_steps_of(agenda, added, current_lang())
        start, end = self.start_edit.time(), self.end_edit.time()
        self.agenda_editor.set_agenda(
            agenda,
            None if start == NO_TIME else start.toPython(),
            None if end == NO_TIME else end.toPython(),
        )

    def _on_time_changed(self, _time: QTime) -> None:
        start, end = self.start_edit.time(), self.end_edit.time()
        self.agenda_editor.set_times(
            None if start == NO_TIME else start.toPython(),
            None if end == NO_TIME else end.toPython(),
        )


def default_agenda() -> tuple[AgendaStep, ...]:
    """The usual course of a co-construction workshop (DOMAIN.md), for a new workshop: the
    co-construction method's steps, so that ticking or unticking that method finds them."""
    return methods_agenda((Method.CO_CONSTRUCTION,), current_lang())
