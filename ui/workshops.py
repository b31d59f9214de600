"""The workshops screen: every workshop with its figures, and a form to create and edit one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.commands import DeleteRecordsCommand, StoreCommand, UpdateRecordCommand
from ui.context import AppContext
from ui.icons import icon
from ui.widgets.agenda_editor import AgendaEditor
from ui.widgets.sdg_picker import SdgPicker
from workshop.changes import Area, Changes
from workshop.records import AgendaStep, Workshop, WorkshopFigures, WorkshopId
from workshop.storage.snapshots import Snapshot

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "—": no date
NO_TIME = QTime(0, 0)  # the time edits' minimum, shown as "--:--": no time
TEMPLATES = ("co_construction", "power_interest", "swot", "blank")
WORKSHOP_CHANGES = Changes.of(Area.WORKSHOPS, Area.BOARD)
DELETE_CHANGES = Changes.of(
    Area.WORKSHOPS, Area.ATTENDANCE, Area.BOARD, Area.ALLIANCES, Area.COMMITMENTS
)


class CreateWorkshopCommand(StoreCommand):
    """Create a workshop in one transaction (new with its board zones, or a duplicate).

    Undo deletes it with everything under it; redo puts it all back with the same ids.
    """

    def __init__(self, context: AppContext, text: str, create: Callable[[], Workshop]) -> None:
        super().__init__(context, text, WORKSHOP_CHANGES)
        self._create = create
        self.workshop: Workshop | None = None
        self._snapshot: Snapshot | None = None

    def do(self) -> None:
        if self._snapshot is not None:
            self.context.store.restore(self._snapshot)
            return
        with self.context.store.db.atomic():
            self.workshop = self._create()

    def revert(self) -> None:
        assert self.workshop is not None
        self._snapshot = self.context.store.delete("workshops", [self.workshop.id])


class WorkshopTableModel(QAbstractTableModel):
    """The workshops, newest first, with their figures (UserRole gives the record)."""

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self._workshops: list[Workshop] = []
        self._figures: dict[WorkshopId, WorkshopFigures] = {}
        self._header_texts = self._headers()
        self._header_tips = self._header_tooltips()
        self.refresh()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Atelier"),
            self.tr("Lieu"),
            self.tr("Présents"),
            self.tr("Struct."),
            self.tr("Contrib."),
            self.tr("Alliances"),
            self.tr("Engag."),
        )

    def _header_tooltips(self) -> tuple[str, ...]:
        return (
            self.tr("Date de l'atelier"),
            self.tr("Titre de l'atelier"),
            self.tr("Lieu de l'atelier"),
            self.tr("Personnes présentes / inscrites"),
            self.tr("Structures représentées"),
            self.tr("Contributions sur le tableau"),
            self.tr("Alliances formées"),
            self.tr("Engagements pris"),
        )

    def refresh(self) -> None:
        """Read the workshops again (figures are read when first shown)."""
        self.beginResetModel()
        self._workshops = self.context.store.workshops.all()
        self._figures.clear()
        self.endResetModel()

    def row_of(self, workshop_id: WorkshopId | None) -> int:
        """The row showing that workshop, or -1."""
        for row, workshop in enumerate(self._workshops):
            if workshop.id == workshop_id:
                return row
        return -1

    def workshop(self, row: int) -> Workshop:
        return self._workshops[row]

    def figures(self, workshop_id: WorkshopId) -> WorkshopFigures:
        if workshop_id not in self._figures:
            self._figures[workshop_id] = self.context.store.workshops.figures(workshop_id)
        return self._figures[workshop_id]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._workshops)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header_texts)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_texts[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._workshops):
            return None
        workshop = self._workshops[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return workshop
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(workshop, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2):
            return self._display(workshop, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            figures = self.figures(workshop.id)
            return self.tr("{present} présents sur {people} inscrits").format(
                present=figures.present, people=figures.people
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, workshop: Workshop, column: int) -> str:
        if column == 0:
            return workshop.date.strftime("%d/%m/%Y") if workshop.date else ""
        if column == 1:
            return workshop.title
        if column == 2:
            return workshop.place
        figures = self.figures(workshop.id)
        if column == 3:
            return f"{figures.present} / {figures.people}"
        values = (figures.organisations, figures.cards, figures.alliances, figures.commitments)
        return str(values[column - 4])


class WorkshopForm(QWidget):
    """The fields of one workshop, with validation messages next to the fields."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: Workshop | None = None
        self._loading = False
        self._dirty = False

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.title_edit = self._line_edit(self.tr("Titre"))
        self.title_edit.setPlaceholderText(self.tr("Atelier de co-construction…"))
        self.title_error = self._error_label()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText("—")
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
        self.agenda_editor = AgendaEditor()
        self.template_label = QLabel(self.tr("Modèle de tableau"))
        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName(self.tr("Modèle de tableau"))
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_combo.setMinimumContentsLength(16)
        for code, label in zip(TEMPLATES, self._template_labels(), strict=True):
            self.template_combo.addItem(label, code)
        self.template_label.setBuddy(self.template_combo)

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
            self._label(self.tr("Anim&ation"), self.facilitator_edit), self.facilitator_edit
        )
        form.addRow(self._label(self.tr("&Question"), self.question_edit), self.question_edit)
        form.addRow(self._label(self.tr("&ODD visés"), self.sdg_picker), self.sdg_picker)
        form.addRow(self.template_label, self.template_combo)

        agenda_title = self._label(self.tr("Dé&roulé"), self.agenda_editor)
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
        self.agenda_editor.agenda_changed.connect(self._on_field_edited)
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
        )
        self.heading.setText(self.tr("Nouvel atelier") if workshop is None else shown.title)
        self.title_edit.setText(shown.title)
        self.date_edit.setDate(QDate(shown.date) if shown.date else NO_DATE)
        self.start_edit.setTime(QTime(shown.start_time) if shown.start_time else NO_TIME)
        self.end_edit.setTime(QTime(shown.end_time) if shown.end_time else NO_TIME)
        self.place_edit.setText(shown.place)
        self.territory_edit.setText(shown.territory)
        self.facilitator_edit.setText(shown.facilitator)
        self.question_edit.setPlainText(shown.question)
        self.sdg_picker.set_selected(shown.sdgs)
        self.agenda_editor.set_agenda(shown.agenda, shown.start_time, shown.end_time)
        self.template_combo.setCurrentIndex(0)
        self.template_label.setVisible(workshop is None)
        self.template_combo.setVisible(workshop is None)
        self._loading = False
        self._dirty = False
        self._show_errors({})

    def value(self) -> Workshop:
        """The workshop as the fields show it (id 0 when new)."""
        date = self.date_edit.date()
        start, end = self.start_edit.time(), self.end_edit.time()
        return Workshop(
            id=self._record.id if self._record else WorkshopId(0),
            title=self.title_edit.text().strip(),
            date=None if date == NO_DATE else date.toPython(),
            start_time=None if start == NO_TIME else start.toPython(),
            end_time=None if end == NO_TIME else end.toPython(),
            place=self.place_edit.text().strip(),
            territory=self.territory_edit.text().strip(),
            facilitator=self.facilitator_edit.text().strip(),
            question=self.question_edit.toPlainText().strip(),
            sdgs=self.sdg_picker.selected(),
            agenda=self.agenda_editor.agenda(),
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
        """Show the messages next to the fields; True when the workshop can be saved."""
        errors = self.errors()
        self._show_errors(errors)
        return not errors

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

    def _on_time_changed(self, _time: QTime) -> None:
        start, end = self.start_edit.time(), self.end_edit.time()
        self.agenda_editor.set_times(
            None if start == NO_TIME else start.toPython(),
            None if end == NO_TIME else end.toPython(),
        )


def default_agenda() -> tuple[AgendaStep, ...]:
    """The usual course of a co-construction workshop (DOMAIN.md), for a new workshop."""
    steps = (
        (QCoreApplication.translate("WorkshopForm", "Accueil et émargement"), 20),
        (QCoreApplication.translate("WorkshopForm", "Défis du territoire"), 30),
        (QCoreApplication.translate("WorkshopForm", "Ressources et atouts"), 30),
        (QCoreApplication.translate("WorkshopForm", "Pistes d'action"), 40),
        (QCoreApplication.translate("WorkshopForm", "Alliances"), 40),
        (QCoreApplication.translate("WorkshopForm", "Engagements"), 30),
        (QCoreApplication.translate("WorkshopForm", "Relecture et clôture"), 20),
    )
    return tuple(AgendaStep(title=title, minutes=minutes) for title, minutes in steps)


class WorkshopsScreen(QWidget):
    """List of workshops with their figures; the form beside it creates and edits them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = WorkshopTableModel(context, self)

        self.table = QTableView()
        self.table.setObjectName("workshops_table")
        self.table.setAccessibleName(self.tr("Liste des ateliers"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 170)
        header.setHighlightSections(False)

        self.new_button = self._button("add", self.tr("&Nouveau"), self.tr("Nouvel atelier"))
        self.duplicate_button = self._button(
            "duplicate", self.tr("D&upliquer"), self.tr("Dupliquer l'atelier choisi")
        )
        self.delete_button = self._button(
            "delete", self.tr("Supprimer"), self.tr("Supprimer l'atelier choisi")
        )
        self.save_button = QPushButton(icon("save"), self.tr("&Enregistrer"))
        self.save_button.setAccessibleName(self.tr("Enregistrer l'atelier"))
        self.save_button.setDefault(True)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Enregistrer l'atelier (Ctrl+S)"))

        heading = QLabel(self.tr("Ateliers"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        buttons = QHBoxLayout()
        buttons.addWidget(heading)
        buttons.addStretch(1)
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)

        self.form = WorkshopForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        save_row = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: palette(mid);")
        save_row.addWidget(self.status_label, 1)
        save_row.addWidget(self.save_button)
        right = QWidget()
        right.setMinimumWidth(440)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(save_row)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.new_button.clicked.connect(self.start_new)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.save)
        self.form.edited.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        context.workshop_changed.connect(self._on_context_workshop_changed)
        context.current_workshop_changed.connect(self._on_context_current_workshop_changed)
        context.store_replaced.connect(self._on_context_store_replaced)
        self._select(context.current_workshop_id)
        self._update_buttons()

    def _button(self, icon_name: str, text: str, accessible: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name))
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        return button

    # -- selection --------------------------------------------------------------------------
    def selected_workshop(self) -> Workshop | None:
        row = self.table.currentIndex().row()
        return self.model.workshop(row) if row >= 0 else None

    def _select(self, workshop_id: WorkshopId | None) -> None:
        """Select a workshop's row and show it in the form (nothing: a new one)."""
        row = self.model.row_of(workshop_id)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row < 0:
            selection.clear()
        else:
            selection.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))
        selection.blockSignals(False)
        self.form.load(self.model.workshop(row) if row >= 0 else None)
        self._update_buttons()

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self._save_pending_edits()
        workshop = self.model.workshop(current.row())
        self.form.load(workshop)
        self._update_buttons()
        self.context.set_current_workshop(workshop.id)

    def _save_pending_edits(self) -> None:
        """Leaving a workshop with valid unsaved edits saves them (an undoable step)."""
        if self.form.is_dirty() and not self.form.errors():
            self.save()

    def _on_context_current_workshop_changed(self, workshop_id: object) -> None:
        selected = self.selected_workshop()
        if selected is None or selected.id != workshop_id:
            self._save_pending_edits()
            self._select(WorkshopId(int(workshop_id)) if workshop_id is not None else None)

    def _on_context_workshop_changed(self, changes: Changes, _initiator: object) -> None:
        if not changes.touches(*DELETE_CHANGES.areas):
            return
        selected = self.selected_workshop()
        keep_form = self.form.is_dirty() and (
            self.form.is_new()
            or self.model.row_of(self.form.record.id if self.form.record else None) >= 0
        )
        self.model.refresh()
        if self.model.row_of(self.context.current_workshop_id) < 0:  # deleted, or undone
            rows = self.model.rowCount()
            self.context.set_current_workshop(self.model.workshop(0).id if rows else None)
        wanted = self.context.current_workshop_id
        if selected is not None and self.model.row_of(selected.id) >= 0:
            wanted = selected.id
        if keep_form:
            self._reselect_without_loading(wanted if not self.form.is_new() else None)
        else:
            self._select(wanted if self.model.row_of(wanted) >= 0 else None)

    def _reselect_without_loading(self, workshop_id: WorkshopId | None) -> None:
        row = self.model.row_of(workshop_id)
        if row >= 0:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            selection.blockSignals(False)
        self._update_buttons()

    def _on_context_store_replaced(self) -> None:
        self.model.refresh()
        self._select(self.context.current_workshop_id)

    def _update_buttons(self) -> None:
        has_selection = self.form.record is not None
        self.duplicate_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        self.save_button.setEnabled(self.form.is_dirty() or self.form.is_new())
        if self.form.is_new():
            self.status_label.setText(self.tr("Nouvel atelier, pas encore enregistré"))
        elif self.form.is_dirty():
            self.status_label.setText(self.tr("Modifications non enregistrées"))
        else:
            self.status_label.setText(self.tr("Enregistré"))

    # -- actions ----------------------------------------------------------------------------
    def start_new(self) -> None:
        """Show an empty form for a new workshop."""
        self._save_pending_edits()
        self.table.selectionModel().clear()
        self.form.load(None)
        self._update_buttons()
        self.form.title_edit.setFocus()

    def save(self) -> Workshop | None:
        """Save the form (create or update) as one undoable step; None if it is not valid."""
        if not self.form.validate():
            return None
        workshop = self.form.value()
        if self.form.is_new():
            template = self.form.template()
            store = self.context.store

            def create() -> Workshop:
                saved = store.workshops.add(workshop)
                store.board.zones.apply_template(saved.id, template)
                return saved

            command = CreateWorkshopCommand(
                self.context,
                self.tr("Créer l'atelier « {title} »").format(title=workshop.title),
                create,
            )
            self.form.load(workshop)  # no longer new nor dirty while the command runs
            self.context.push(command)
            assert command.workshop is not None
            self.context.set_current_workshop(command.workshop.id)
            self._select(command.workshop.id)
            return command.workshop
        before = self.form.record
        assert before is not None
        self.form.load(workshop)
        if workshop != before:
            self.context.push(
                UpdateRecordCommand(
                    self.context,
                    self.tr("Modifier l'atelier « {title} »").format(title=workshop.title),
                    WORKSHOP_CHANGES,
                    self.context.store.workshops,
                    before,
                    workshop,
                )
            )
        self._select(workshop.id)
        return workshop

    def duplicate_selected(self) -> Workshop | None:
        """Copy the selected workshop (details, agenda, board zones; no cards nor people)."""
        original = self.form.record
        if original is None:
            return None
        self._save_pending_edits()
        title = self.tr("{title} (copie)").format(title=original.title)
        store = self.context.store
        command = CreateWorkshopCommand(
            self.context,
            self.tr("Dupliquer l'atelier « {title} »").format(title=original.title),
            lambda: store.workshops.duplicate(original.id, title),
        )
        self.context.push(command)
        assert command.workshop is not None
        self.context.set_current_workshop(command.workshop.id)
        self._select(command.workshop.id)
        return command.workshop

    def delete_selected(self) -> bool:
        """Delete the selected workshop after confirmation (undo brings everything back)."""
        workshop = self.form.record
        if workshop is None:
            return False
        figures = self.model.figures(workshop.id)
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer l'atelier"),
            self.tr(
                "Supprimer l'atelier « {title} » avec son tableau ({cards} contributions) et "
                "ses présences ?\nLes alliances restent, sans lien vers l'atelier. "
                "Édition > Annuler le rétablit."
            ).format(title=workshop.title, cards=figures.cards),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.form.load(workshop)  # drop unsaved edits of the workshop being deleted
        self.context.push(
            DeleteRecordsCommand(
                self.context,
                self.tr("Supprimer l'atelier « {title} »").format(title=workshop.title),
                DELETE_CHANGES,
                "workshops",
                [workshop.id],
            )
        )
        return True
