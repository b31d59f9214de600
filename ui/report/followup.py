"""The Report screen's follow-up panel: the decisions (what, who carries it, by when), the next
meeting and the facilitator's contact, typed by keyboard and saved through the core's operations.

The report's first page prints the decisions and the next meeting; the partner sheets print the
next meeting and the facilitator's contact. Every edit is one undoable step (Edit menu).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang, interface_locale, typed_date_format
from ui.icons import icon
from ui.widgets.date_field import DateField, confirm_far_date
from ui.widgets.plain_text import plain_tooltip
from workshop.domain.changes import Area, Changes
from workshop.domain.records import Decision, Workshop, WorkshopId
from workshop.domain.vocabulary import Lang
from workshop.errors import CatalyseError, NotFound
from workshop.ops import decisions as ops
from workshop.ops.decisions import LIMITS

Index = QModelIndex | QPersistentModelIndex
TEXT_COLUMN, OWNER_COLUMN, DUE_COLUMN = 0, 1, 2
_FIELDS = ("text", "owner", "due_date")
OWNER_SHARE, OWNER_MIN_WIDTH = 0.26, 70  # the owner's column: a share of the table's width


def shown_date(value: dt.date | None) -> str:
    """A date as the interface language types it (31/03/2027), "" for none."""
    if value is None:
        return ""
    day = QDate(value.year, value.month, value.day)
    return interface_locale().toString(day, typed_date_format())


def _one_line(text: str) -> str:
    """A typed line as the core keeps it (spaces trimmed and made one), to compare with it."""
    return " ".join(text.split())


class DecisionsModel(QAbstractTableModel):
    """A workshop's decisions, then one last row to type a new one ("Nouvelle décision…").

    Edits are handed to `commit(row, field, value)`, which saves them (True) or refuses them
    (False: the cell keeps what is stored). `UserRole` gives a row's Decision (None for the
    last row).
    """

    def __init__(self, commit: Callable[[int, str, Any], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self._decisions: list[Decision] = []
        self._commit = commit

    # Rows ----------------------------------------------------------------------------------

    def decisions(self) -> list[Decision]:
        return list(self._decisions)

    def decision(self, row: int) -> Decision | None:
        return self._decisions[row] if 0 <= row < len(self._decisions) else None

    def is_new_row(self, row: int) -> bool:
        return row == len(self._decisions)

    def row_of(self, decision_id: int) -> int | None:
        return next((i for i, d in enumerate(self._decisions) if d.id == decision_id), None)

    def set_decisions(self, decisions: Sequence[Decision]) -> None:
        """Show these decisions: in place when the same rows (an editor open stays open), the
        new one typed in the last row added under it, else from scratch."""
        old = [d.id for d in self._decisions]
        new = [d.id for d in decisions]
        if new == old:
            self._decisions = list(decisions)
            if decisions:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, DUE_COLUMN))
            return
        if new[:-1] == old:  # one more, last: the new row became it, a new row comes under
            self._decisions = list(decisions)
            row = len(old)
            self.dataChanged.emit(self.index(row, 0), self.index(row, DUE_COLUMN))
            self.beginInsertRows(QModelIndex(), row + 1, row + 1)
            self.endInsertRows()
            return
        self.beginResetModel()
        self._decisions = list(decisions)
        self.endResetModel()

    # Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._decisions) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Décision"), self.tr("Porteur"), self.tr("Échéance"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_new_row(index.row()) and index.column() != TEXT_COLUMN:
            return base  # a new decision starts with what was decided
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        decision = self.decision(index.row())
        column = index.column()
        if decision is None:  # the last row: where a new decision is typed
            if role == Qt.ItemDataRole.DisplayRole and column == TEXT_COLUMN:
                return self.tr("Nouvelle décision… (Entrée)")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QPalette().brush(QPalette.ColorRole.PlaceholderText)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.EditRole:
                return ""
            return None
        if role == Qt.ItemDataRole.UserRole:
            return decision
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == TEXT_COLUMN:
                text = decision.text
            elif column == OWNER_COLUMN:
                text = decision.owner
            else:
                text = shown_date(decision.due_date)
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.EditRole:
            if column == TEXT_COLUMN:
                return decision.text
            if column == OWNER_COLUMN:
                return decision.owner
            return decision.due_date
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        return self._commit(index.row(), _FIELDS[index.column()], value)


class _DateDelegate(QStyledItemDelegate):
    """Edits a due date with the shared date field ("—": none); a date years away is asked
    about before it is kept."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateField(parent, optional=True)
        editor.setAccessibleName(self.tr("Échéance de la décision"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateField)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, DateField)
        value = editor.value()
        if value == index.data(Qt.ItemDataRole.EditRole):
            return
        if confirm_far_date(editor.window(), value):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class _TextDelegate(QStyledItemDelegate):
    """Edits a decision's text or owner in a line bounded like the core's field."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        field = "text" if index.column() == TEXT_COLUMN else "owner"
        editor.setMaxLength(LIMITS[field])
        editor.setAccessibleName(
            self.tr("Texte de la décision") if field == "text" else self.tr("Porteur")
        )
        return editor


class DecisionsTable(QTableView):
    """The decisions' table, keyboard first: Enter types in a cell (in the last row, a new
    decision), Delete removes a decision, Alt+Up / Alt+Down move it."""

    remove_requested = Signal()
    move_requested = Signal(int)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The owner's column keeps about a quarter of the width, the decision the most."""
        super().resizeEvent(event)
        self.horizontalHeader().resizeSection(
            OWNER_COLUMN, max(OWNER_MIN_WIDTH, int(self.viewport().width() * OWNER_SHARE))
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        alt = modifiers & Qt.KeyboardModifier.AltModifier
        if self.state() != QAbstractItemView.State.EditingState:
            if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
                event.accept()
                return
            if key == Qt.Key.Key_Delete and not modifiers:
                self.remove_requested.emit()
                event.accept()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
                index = self.currentIndex()
                model = self.model()
                if isinstance(model, DecisionsModel) and model.is_new_row(index.row()):
                    index = model.index(index.row(), TEXT_COLUMN)
                    self.setCurrentIndex(index)
                if self.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, event):
                    event.accept()
                    return
        super().keyPressEvent(event)


class FollowUpPanel(QWidget):
    """ "Décisions et suites", "Prochaine rencontre" and "Contact de l'animateur" of the current
    workshop, each edit saved through a core operation (one undoable step)."""

    saved = Signal()  # an edit was stored (the screen's preview rebuilds on data_changed)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loading = False
        self._asking = False  # a far date is being asked about (its dialog takes the focus)
        self._corrected: dt.date | None = None  # a far date the user chose to correct
        self._loaded: tuple[dt.date | None, str, str] | None = None  # the fields, as last read
        self._build_ui()
        context.data_changed.connect(self._on_context_data_changed)
        self.reload()

    # Layout --------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Déc&isions et suites"))
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        self.model = DecisionsModel(self._commit_cell, self)
        self.table = DecisionsTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Décisions et suites"))
        self.table.setToolTip(
            self.tr(
                "Entrée : écrire dans la case (dans la dernière ligne, une nouvelle décision). "
                "Suppr : retirer. Alt+Haut / Alt+Bas : déplacer."
            )
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; Tab in an editor moves on
        self.table.verticalHeader().hide()
        # A long decision shows whole: each row as tall as its text (a few rows, never many).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(TEXT_COLUMN, _TextDelegate(self.table))
        self.table.setItemDelegateForColumn(OWNER_COLUMN, _TextDelegate(self.table))
        self.table.setItemDelegateForColumn(DUE_COLUMN, _DateDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OWNER_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DUE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.remove_requested.connect(self.remove_current)
        self.table.move_requested.connect(self.move_current)
        title.setBuddy(self.table)

        self.add_button = self._button("add", self.tr("Ajouter une décision (Inser)"))
        self.remove_button = self._button("remove", self.tr("Retirer la décision (Suppr)"))
        self.up_button = self._button("up", self.tr("Monter la décision (Alt+Haut)"))
        self.down_button = self._button("down", self.tr("Descendre la décision (Alt+Bas)"))
        self.add_button.clicked.connect(self.start_new)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        add = QAction(self.tr("Ajouter une décision"), self)
        add.setShortcut(QKeySequence("Ins"))
        add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.triggered.connect(self.start_new)
        self.addAction(add)

        self.error = self._error_label()
        self.meeting_error = self._error_label()

        self.meeting_date = DateField(optional=True)
        self.meeting_date.setAccessibleName(self.tr("Date de la prochaine rencontre"))
        self.meeting_date.setToolTip(self.tr("Effacer la date (Ctrl+A puis Suppr) : « — »."))
        self.meeting_place = QLineEdit()
        self.meeting_place.setAccessibleName(self.tr("Lieu de la prochaine rencontre"))
        self.meeting_place.setPlaceholderText(self.tr("Lieu"))
        self.meeting_place.setMaxLength(LIMITS["next_meeting_place"])
        self.contact = QLineEdit()
        self.contact.setAccessibleName(self.tr("Contact de l'animateur"))
        self.contact.setPlaceholderText(self.tr("Courriel ou téléphone"))
        self.contact.setMaxLength(LIMITS["facilitator_contact"])
        self.contact.setToolTip(
            self.tr("Imprimé sur les fiches partenaires : à qui répondre pour confirmer.")
        )
        self.meeting_date.editingFinished.connect(self._save_meeting)
        self.meeting_date.dateChanged.connect(self._on_meeting_date_date_changed)
        self.meeting_place.editingFinished.connect(self._save_meeting)
        self.contact.editingFinished.connect(self._save_contact)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        date_label = QLabel(self.tr("&Prochaine rencontre :"))
        date_label.setBuddy(self.meeting_date)
        place_label = QLabel(self.tr("Lie&u :"))
        place_label.setBuddy(self.meeting_place)
        contact_label = QLabel(self.tr("&Contact de l'animateur :"))
        contact_label.setBuddy(self.contact)
        form.addRow(date_label, self.meeting_date)
        form.addRow(place_label, self.meeting_place)
        form.addRow(contact_label, self.contact)
        form.addRow(self.meeting_error)
        note = QLabel(
            self.tr(
                "Imprimés en première page du compte rendu ; la rencontre et le contact, "
                "sur les fiches partenaires."
            )
        )
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(note)
        self._update_buttons()

    def _error_label(self) -> QLabel:
        """Where a refused entry says why (red, plain text), hidden while there is none."""
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet("color: #b00020;")
        label.setAccessibleName(self.tr("Erreur de saisie"))
        label.hide()
        return label

    def _button(self, icon_name: str, text: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name))
        button.setToolTip(text)
        button.setAccessibleName(text)
        return button

    def _update_buttons(self) -> None:
        row = self.table.currentIndex().row()
        has_workshop = self.workshop_id is not None
        real = self.model.decision(row) is not None
        self.add_button.setEnabled(has_workshop)
        self.remove_button.setEnabled(real)
        self.up_button.setEnabled(real and row > 0)
        self.down_button.setEnabled(real and row < len(self.model.decisions()) - 1)

    # Reading -------------------------------------------------------------------------------

    @property
    def workshop_id(self) -> WorkshopId | None:
        return self.context.current_workshop_id

    def _on_context_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.CURRENT_WORKSHOP, Area.FILE):
            self._loaded = None  # another workshop: its fields, whatever was shown
        if changes.touches(Area.WORKSHOPS, Area.CURRENT_WORKSHOP, Area.FILE):
            self.reload()

    def reload(self) -> None:
        """Show the current workshop's decisions and follow-up as stored (the row and column
        the cursor was on stay current)."""
        current = self.table.currentIndex()
        decision = self.model.decision(current.row()) if current.isValid() else None
        was_new_row = current.isValid() and self.model.is_new_row(current.row())
        workshop = self._workshop()
        self.setEnabled(workshop is not None)
        if workshop is None:
            self.model.set_decisions([])
            self._loaded = None
            return
        workshop_id = workshop.id
        self.model.set_decisions(self.context.store.decisions.of_workshop(workshop_id))
        if current.isValid() and not self.table.currentIndex().isValid():
            row = self.model.row_of(decision.id) if decision else None
            if row is None:
                row = len(self.model.decisions()) if was_new_row else current.row()
            self._go_to(min(row, self.model.rowCount() - 1), current.column())
        stored = (
            workshop.next_meeting_date,
            workshop.next_meeting_place,
            workshop.facilitator_contact,
        )
        shown = (self.meeting_date.value(), self.meeting_place.text(), self.contact.text())
        self._loading = True
        try:  # a field being typed in keeps what is typed; one left as it was shows the new value
            if self._loaded is None or shown[0] == self._loaded[0]:
                self.meeting_date.set_value(stored[0])
            if self._loaded is None or shown[1] == self._loaded[1]:
                self.meeting_place.setText(stored[1])
            if self._loaded is None or shown[2] == self._loaded[2]:
                self.contact.setText(stored[2])
        finally:
            self._loading = False
        self._loaded = stored
        self._update_buttons()

    def _workshop(self) -> Workshop | None:
        """The current workshop as stored (None: none, or it was just deleted)."""
        workshop_id = self.workshop_id
        if workshop_id is None:
            return None
        try:
            return self.context.store.workshops.get(workshop_id)
        except NotFound:
            return None

    def _go_to(self, row: int, column: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, column))

    # Writing -------------------------------------------------------------------------------

    def _apply(
        self, text: str, operation: Callable[[Any], Any], error: QLabel | None = None
    ) -> Any:
        """Run one operation as an undoable step; a refusal is shown in `error` (under the
        table by default) and gives None."""
        label = error or self.error
        try:
            result = self.context.apply(text, operation, initiator=self)
        except CatalyseError as refused:
            self._show(label, str(refused))
            return None
        self._show(label, "")
        self.saved.emit()
        return result

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self._show(self.error, text)

    def _commit_cell(self, row: int, field: str, value: Any) -> bool:
        """A cell typed in: the new row's text adds a decision, another cell edits its one."""
        workshop_id = self.workshop_id
        if workshop_id is None:
            return False
        decision = self.model.decision(row)
        if decision is None:
            text = str(value or "")
            if not text.strip():
                self.show_error("")
                return False  # nothing typed in the new row: nothing to add
            lang = self._lang()
            added = self._apply(
                self.tr("Ajouter une décision"),
                lambda store: ops.add_decision(store, workshop_id, text, lang=lang),
            )
            return added is not None
        if field != "due_date":
            value = _one_line(str(value or ""))  # as the core keeps it: no empty step
        if getattr(decision, field) == value:
            return False
        edited = dataclasses.replace(decision, **{field: value})
        lang = self._lang()
        saved = self._apply(
            self.tr("Modifier la décision"),
            lambda store: ops.update_decision(store, edited, lang=lang),
        )
        return saved is not None

    def _lang(self) -> Lang:
        return current_lang()

    def start_new(self) -> None:
        """Go to the last row and start typing a new decision."""
        if self.workshop_id is None:
            return
        index = self.model.index(len(self.model.decisions()), TEXT_COLUMN)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_current(self) -> None:
        current = self.table.currentIndex()
        decision = self.model.decision(current.row()) if current.isValid() else None
        if decision is None:
            return
        lang = self._lang()
        self._apply(
            self.tr("Retirer la décision"),
            lambda store: ops.remove_decision(store, decision.id, lang=lang),
        )
        self._go_to(min(current.row(), self.model.rowCount() - 1), current.column())

    def move_current(self, offset: int) -> None:
        current = self.table.currentIndex()
        decision = self.model.decision(current.row()) if current.isValid() else None
        if decision is None:
            return
        target = current.row() + offset
        if not 0 <= target < len(self.model.decisions()):
            return  # already first (or last): nothing moves, no empty undo step
        lang = self._lang()
        self._apply(
            self.tr("Déplacer la décision"),
            lambda store: ops.move_decision(store, decision.id, offset, lang=lang),
        )
        row = self.model.row_of(decision.id)
        if row is not None:
            self._go_to(row, current.column())

    def _save_meeting(self) -> None:
        workshop = self._workshop()
        if self._loading or self._asking or workshop is None:
            return
        workshop_id = workshop.id
        day, place = self.meeting_date.value(), self.meeting_place.text()
        if day == workshop.next_meeting_date and _one_line(place) == workshop.next_meeting_place:
            self._show(self.meeting_error, "")
            return
        if day != workshop.next_meeting_date and day == self._corrected:
            day = workshop.next_meeting_date  # the date is being corrected: the place alone
            if _one_line(place) == workshop.next_meeting_place:
                return
        elif day != workshop.next_meeting_date:
            self._asking = True
            try:
                kept = confirm_far_date(self, day)
            finally:
                self._asking = False
            if not kept:
                self._corrected = day
                self.meeting_date.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        lang = self._lang()
        self._apply(
            self.tr("Prochaine rencontre"),
            lambda store: ops.set_next_meeting(store, workshop_id, day, place, lang=lang),
            self.meeting_error,
        )

    def _on_meeting_date_date_changed(self) -> None:
        self._corrected = None  # another date typed: it is asked about if far

    def _save_contact(self) -> None:
        workshop = self._workshop()
        if self._loading or workshop is None:
            return
        workshop_id = workshop.id
        contact = self.contact.text()
        if _one_line(contact) == workshop.facilitator_contact:
            return
        lang = self._lang()
        self._apply(
            self.tr("Contact de l'animateur"),
            lambda store: ops.set_facilitator_contact(store, workshop_id, contact, lang=lang),
            self.meeting_error,
        )
