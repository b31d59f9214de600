"""The workshops screen: every workshop with its figures, and the form beside the list."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from ui.icons import icon
from ui.refresh import Refresher
from ui.widgets.plain_text import plain_tooltip
from workshop.domain.changes import Area, Changes
from workshop.domain.records import Workshop, WorkshopFigures, WorkshopId
from workshop.domain.totals import SUMMED_STATUSES, status_line, status_word
from workshop.errors import CatalyseError
from workshop.ops import workshops as ops
from workshop.queries.commitments import commitment_totals

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    from ui.workshops.form import WorkshopForm

Index = QModelIndex | QPersistentModelIndex
# What the list shows: the workshops and their figures (attendance, cards, alliances…).
DATA_AREAS = frozenset(
    {
        Area.WORKSHOPS,
        Area.PEOPLE,
        Area.ATTENDANCE,
        Area.BOARD,
        Area.ALLIANCES,
        Area.COMMITMENTS,
    }
)


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
            return plain_tooltip(str(self._display(workshop, column) or ""))
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            figures = self.figures(workshop.id)
            return self.tr("{present} présents sur {people} inscrits").format(
                present=figures.present, people=figures.people
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == 7:
            return plain_tooltip(self.commitments_tip(workshop.id))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def commitments_tip(self, workshop_id: WorkshopId) -> str:
        """What the workshop's commitments sum to, each status apart (never added together)."""
        lang = current_lang()
        totals = commitment_totals(self.context.store.commitments.of_workshop(workshop_id))
        lines = []
        for status in SUMMED_STATUSES:
            count = totals.count(status)
            if count:
                word = status_word(status, lang, plural=count > 1, feminine=False)
                lines += [f"{word.capitalize()} ({count})", status_line(totals, status, lang)]
        return "\n".join(lines) or self.tr("Aucun engagement")

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


class WorkshopsScreen(QWidget):
    """List of workshops with their figures; the form beside it creates and edits them.

    The form (SDG picker, agenda editor) is built just after the list is first painted, or
    earlier if something asks for `form`: the window shows its data sooner.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._form: WorkshopForm | None = None
        self._unbuilt_form_record: Workshop | None = None  # what the form will show
        self._form_scheduled = False
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
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        self.new_button = self._button("add", self.tr("&Nouveau"), self.tr("Nouvel atelier"))
        self.duplicate_button = self._button(
            "duplicate", self.tr("Du&pliquer"), self.tr("Dupliquer l'atelier choisi")
        )
        self.delete_button = self._button(
            "delete", self.tr("Supprimer"), self.tr("Supprimer l'atelier choisi")
        )
        self.save_button = QPushButton(icon("save"), self.tr("Enregistrer"))
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

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._form_scroll = scroll
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

        delete_action = QAction(self.tr("Supprimer l'atelier"), self.table)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)

        self.new_button.clicked.connect(self.start_new)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.save)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        context.data_changed.connect(self._on_context_data_changed)
        self._refresher = Refresher(
            context, self, DATA_AREAS | {Area.CURRENT_WORKSHOP}, self._on_refresh
        )
        self._select(context.current_workshop_id)
        self._update_buttons()

    @property
    def form(self) -> WorkshopForm:
        """The form of the selected workshop (built on first use)."""
        if self._form is None:
            from ui.workshops.form import WorkshopForm

            form = WorkshopForm(others=lambda: self.context.store.workshops.all())
            if self._unbuilt_form_record is not None:
                form.load(self._unbuilt_form_record)
            self._form_scroll.setWidget(form)
            QWidget.setTabOrder(self._form_scroll, form)
            form.edited.connect(self._update_buttons)
            self._form = form
        return self._form

    def paintEvent(self, event: QPaintEvent) -> None:
        """Once the screen has been painted, build the form at the next turn of the loop."""
        super().paintEvent(event)
        if not self._form_scheduled:
            self._form_scheduled = True
            QTimer.singleShot(0, self, self._build_form)  # not if the screen is gone

    def _build_form(self) -> None:
        _ = self.form

    def _load_form(self, workshop: Workshop | None) -> None:
        if self._form is None:
            self._unbuilt_form_record = workshop
        else:
            self._form.load(workshop)

    def _form_record(self) -> Workshop | None:
        return self._unbuilt_form_record if self._form is None else self._form.record

    def _form_is_dirty(self) -> bool:
        return self._form is not None and self._form.is_dirty()

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
        self._load_form(self.model.workshop(row) if row >= 0 else None)
        self._update_buttons()

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        target = self.model.workshop(current.row()).id
        self._save_pending_edits()
        self._select(target)
        self.context.set_current_workshop(target)

    def _save_pending_edits(self) -> None:
        """Leaving a workshop with valid unsaved edits saves them (an undoable step)."""
        if self._form_is_dirty() and not self.form.errors():
            self.save(make_current=False)

    def _on_context_data_changed(self, changes: Changes, _initiator: object) -> None:
        """Another workshop became current: valid unsaved edits are saved first, even hidden."""
        if changes.touches(Area.CURRENT_WORKSHOP) and not changes.touches(Area.FILE):
            record = self._form_record()
            if self._form_is_dirty() and (
                record is None or record.id != self.context.current_workshop_id
            ):
                self._save_pending_edits()

    def _on_refresh(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.FILE):  # another database: nothing shown belongs to it
            self.model.refresh()
            self._select(self.context.current_workshop_id)
            return
        if changes.touches(*DATA_AREAS):
            self._refresh_data()
        if changes.touches(Area.CURRENT_WORKSHOP):
            selected = self.selected_workshop()
            if selected is None or selected.id != self.context.current_workshop_id:
                self._save_pending_edits()
                self._select(self.context.current_workshop_id)

    def _refresh_data(self) -> None:
        selected = self.selected_workshop()
        keep_form = self._form_is_dirty() and (
            self.form.is_new()
            or self.model.row_of(self.form.record.id if self.form.record else None) >= 0
        )
        self.model.refresh()
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

    def _update_buttons(self) -> None:
        is_new = self._form_record() is None
        dirty = self._form_is_dirty()
        self.duplicate_button.setEnabled(not is_new)
        self.delete_button.setEnabled(not is_new)
        self.save_button.setEnabled(dirty or is_new)
        if is_new:
            self.status_label.setText(self.tr("Nouvel atelier, pas encore enregistré"))
        elif dirty:
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

    def save(self, *, make_current: bool = True) -> Workshop | None:
        """Save the form (create or update) as one undoable step; None if it is not valid.

        The saved workshop becomes the current one, unless saved on the way to another.
        """
        if not self.form.validate():
            return None
        workshop = self.form.value()
        lang = current_lang()
        problems = ops.workshop_problems(workshop, lang)
        if problems:  # what the form does not show beside a field (an agenda step…)
            self._refused(next(iter(problems.values())))
            return None
        if self.form.is_new():
            template = self.form.template()
            text = self.tr("Créer l'atelier « {title} »").format(title=workshop.title)
            self.form.load(workshop)  # no longer new nor dirty while the operation runs
            try:
                saved = self.context.apply(
                    text, lambda store: ops.create_workshop(store, workshop, template, lang=lang)
                )
            except CatalyseError as error:
                self.form.load(None)
                self._refused(str(error))
                return None
        else:
            saved = self._update(workshop)
            if saved is None:
                return None
        if make_current:
            self.context.set_current_workshop(saved.id)
            self._select(saved.id)
            self.table.setFocus()  # so that Ctrl+Z undoes the save, not a field's typing
        return saved

    def _refused(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Atelier"), message)

    def _update(self, workshop: Workshop) -> Workshop | None:
        """Save the edit of the workshop in the form (nothing if no field changed)."""
        before = self.form.record
        assert before is not None
        if workshop == before:
            self.form.load(workshop)
            return workshop
        text = self.tr("Modifier l'atelier « {title} »").format(title=workshop.title)
        try:
            saved = self.context.apply(
                text, lambda store: ops.update_workshop(store, workshop, lang=current_lang())
            )
        except CatalyseError as error:
            self._refused(str(error))
            return None
        self.form.load(saved)
        return saved

    def duplicate_selected(self) -> Workshop | None:
        """Copy the selected workshop (details, agenda, board zones; no cards nor people)."""
        original = self.form.record
        if original is None:
            return None
        self._save_pending_edits()
        title = self.tr("{title} (copie)").format(title=original.title)
        try:
            copy = self.context.apply(
                self.tr("Dupliquer l'atelier « {title} »").format(title=original.title),
                lambda store: ops.duplicate_workshop(
                    store, original.id, title, lang=current_lang()
                ),
            )
        except CatalyseError as error:
            self._refused(str(error))
            return None
        self.context.set_current_workshop(copy.id)
        self._select(copy.id)
        return copy

    def delete_selected(self) -> bool:
        """Delete the selected workshop after confirmation (undo brings everything back)."""
        from PySide6.QtWidgets import QMessageBox

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
        try:
            self.context.apply(
                self.tr("Supprimer l'atelier « {title} »").format(title=workshop.title),
                lambda store: ops.delete_workshop(store, workshop.id, lang=current_lang()),
            )
        except CatalyseError as error:
            self._refused(str(error))
            return False
        return True
