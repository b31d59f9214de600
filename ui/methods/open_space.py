"""The Forum ouvert tab: the grid of time slots x rooms, the topics proposed, who joins each.

Keyboard first: type a topic and its host, Enter proposes it; in "Sujets à placer", Enter takes
the chosen topic to the grid, the arrows choose its cell and Enter puts it there (Escape
cancels); on the grid, Enter on a session takes it elsewhere the same way, Delete takes it off
the grid, F2 corrects it. The session chosen shows its host and participants: add one of the
people present (Enter), Delete takes one out. Phones propose topics and join sessions too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTime
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from ui.refresh import Refresher
from ui.widgets.plain_text import no_mnemonic, plain_tooltip
from workshop.domain.changes import Area, Changes
from workshop.domain.open_space import RoomId, SlotId, TopicId, slot_label
from workshop.domain.records import PersonId
from workshop.domain.text import fold
from workshop.errors import CatalyseError
from workshop.ops import open_space as ops
from workshop.queries.open_space import OpenSpaceGrid, TopicView, open_space_grid, present_people

AREAS = frozenset(
    {Area.METHODS, Area.PEOPLE, Area.ATTENDANCE, Area.ORGANISATIONS, Area.CURRENT_WORKSHOP}
)
TOPIC_ROLE = Qt.ItemDataRole.UserRole
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TopicDialog(QDialog):
    """Correct a topic: its title and its host (a person present, or a name)."""

    def __init__(self, view: TopicView, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Modifier le sujet"))
        self.title = QLineEdit(view.topic.title)
        self.title.setAccessibleName(self.tr("Titre du sujet"))
        self.host = QLineEdit(view.host)
        self.host.setAccessibleName(self.tr("Hôte du sujet"))
        completer = QCompleter(names, self.host)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.host.setCompleter(completer)
        form = QFormLayout(self)
        form.addRow(self.tr("Titre"), self.title)
        form.addRow(self.tr("Hôte"), self.host)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class OpenSpaceTab(QWidget):
    """The open space of the current workshop: its grid, its topics and their participants."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.grid_data: OpenSpaceGrid | None = None
        self.carrying: TopicId | None = None  # the topic being taken to a cell (Enter, arrows)
        self.selected: TopicId | None = None
        self._present: list[tuple[PersonId, str]] = []
        self._filling = False

        # the grid's rows and columns
        self.slot_start = QTimeEdit(QTime(14, 0))
        self.slot_end = QTimeEdit(QTime(14, 45))
        for edit, name in (
            (self.slot_start, self.tr("Début du créneau")),
            (self.slot_end, self.tr("Fin du créneau")),
        ):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        self.add_slot_button = QPushButton(self.tr("Ajouter le &créneau"))
        self.add_slot_button.clicked.connect(self.add_slot)
        self.room_name = QLineEdit()
        self.room_name.setPlaceholderText(self.tr("Nom de la salle"))
        self.room_name.setAccessibleName(self.tr("Nom de la salle à ajouter"))
        self.room_name.returnPressed.connect(self.add_room)
        self.add_room_button = QPushButton(self.tr("Ajouter la &salle"))
        self.add_room_button.clicked.connect(self.add_room)
        self.edit_slot_button = QPushButton(self.tr("Horaires au créneau choisi"))
        self.edit_slot_button.setToolTip(
            self.tr("Donne au créneau de la case choisie les horaires tapés à gauche")
        )
        self.edit_slot_button.clicked.connect(self.edit_current_slot)
        self.rename_room_button = QPushButton(self.tr("Renommer cette salle…"))
        self.rename_room_button.clicked.connect(self.rename_current_room)
        self.remove_slot_button = QPushButton(self.tr("Retirer ce créneau"))
        self.remove_slot_button.clicked.connect(self.remove_current_slot)
        self.remove_room_button = QPushButton(self.tr("Retirer cette salle"))
        self.remove_room_button.clicked.connect(self.remove_current_room)
        setup = QHBoxLayout()
        setup.addWidget(QLabel(self.tr("Créneau de")))
        setup.addWidget(self.slot_start)
        setup.addWidget(QLabel(self.tr("à")))
        setup.addWidget(self.slot_end)
        setup.addWidget(self.add_slot_button)
        setup.addSpacing(16)
        setup.addWidget(self.room_name, 1)
        setup.addWidget(self.add_room_button)
        setup.addSpacing(16)
        setup.addWidget(self.edit_slot_button)
        setup.addWidget(self.rename_room_button)
        setup.addWidget(self.remove_slot_button)
        setup.addWidget(self.remove_room_button)

        # proposing a topic, and those waiting for a cell
        self.topic_title = QLineEdit()
        self.topic_title.setPlaceholderText(self.tr("Sujet proposé"))
        self.topic_title.setAccessibleName(self.tr("Titre du sujet proposé"))
        self.topic_host = QLineEdit()
        self.topic_host.setPlaceholderText(self.tr("Hôte : une personne présente ou un nom"))
        self.topic_host.setAccessibleName(self.tr("Hôte du sujet proposé"))
        self._host_completer = QCompleter([], self.topic_host)
        self._host_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._host_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.topic_host.setCompleter(self._host_completer)
        self.topic_title.returnPressed.connect(self.propose)
        self.topic_host.returnPressed.connect(self.propose)
        self.propose_button = QPushButton(self.tr("&Proposer le sujet"))
        self.propose_button.clicked.connect(self.propose)
        self.waiting = QListWidget()
        self.waiting.setAccessibleName(self.tr("Sujets à placer"))
        self.waiting.installEventFilter(self)
        self.waiting.currentItemChanged.connect(self._on_waiting_current_item_changed)
        left = QVBoxLayout()
        propose_box = QGroupBox(self.tr("Proposer un sujet"))
        propose_layout = QVBoxLayout(propose_box)
        propose_layout.addWidget(self.topic_title)
        propose_layout.addWidget(self.topic_host)
        propose_layout.addWidget(self.propose_button)
        left.addWidget(propose_box)
        left.addWidget(QLabel(self.tr("Sujets à placer (Entrée pour placer)")))
        left.addWidget(self.waiting, 1)

        # the grid
        self.grid = QTableWidget()
        self.grid.setAccessibleName(self.tr("Grille créneaux × salles"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.installEventFilter(self)
        self.grid.currentCellChanged.connect(self._on_grid_current_cell_changed)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B71C1C;")
        centre = QVBoxLayout()
        centre.addWidget(self.grid, 1)
        centre.addWidget(self.hint)
        centre.addWidget(self.message)

        # the session chosen
        self.details_title = QLabel()
        self.details_title.setTextFormat(Qt.TextFormat.PlainText)
        self.details_title.setWordWrap(True)
        font = self.details_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.details_title.setFont(font)
        self.details_where = QLabel()
        self.details_where.setTextFormat(Qt.TextFormat.PlainText)
        self.details_host = QLabel()
        self.details_host.setTextFormat(Qt.TextFormat.PlainText)
        self.details_host.setWordWrap(True)
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Participants de la session"))
        self.members.installEventFilter(self)
        self.member_entry = QComboBox()
        self.member_entry.setEditable(True)
        self.member_entry.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.member_entry.setAccessibleName(self.tr("Personne présente à ajouter"))
        self.member_entry.lineEdit().setPlaceholderText(self.tr("Ajouter une personne présente"))
        self.member_entry.lineEdit().returnPressed.connect(self.add_member)
        completer = self.member_entry.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_member_button = QPushButton(self.tr("&Ajouter"))
        self.add_member_button.clicked.connect(self.add_member)
        add_row = QHBoxLayout()
        add_row.addWidget(self.member_entry, 1)
        add_row.addWidget(self.add_member_button)
        details_box = QGroupBox(self.tr("Session choisie"))
        details = QVBoxLayout(details_box)
        details.addWidget(self.details_title)
        details.addWidget(self.details_where)
        details.addWidget(self.details_host)
        details.addWidget(QLabel(self.tr("Participants (Suppr pour retirer)")))
        details.addWidget(self.members, 1)
        details.addLayout(add_row)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(centre, 5)
        body.addWidget(details_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(setup)
        layout.addLayout(body, 1)

        self.edit_action = QAction(self.tr("Modifier le sujet"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self.edit_selected)
        self.addAction(self.edit_action)
        self._show_hint()
        self.refresher = Refresher(context, self, AREAS, self._on_refresh)
        self.reload()

    # ---- reading -------------------------------------------------------------------------

    def _on_refresh(self, _changes: Changes, _initiator: object) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the open space of the current workshop again and show it (choices kept)."""
        workshop_id = self.context.current_workshop_id
        store = self.context.store
        self.grid_data = open_space_grid(store, workshop_id) if workshop_id else None
        self._present = present_people(store, workshop_id) if workshop_id else []
        names = [name for _, name in self._present]
        self._host_completer.model().setStringList(names)  # type: ignore[attr-defined]
        self._filling = True
        try:
            self._fill_waiting()
            self._fill_grid()
            typed = self.member_entry.currentText()
            self.member_entry.clear()
            for person_id, name in self._present:
                self.member_entry.addItem(name, person_id)
            self.member_entry.setCurrentIndex(-1)
            self.member_entry.setEditText(typed)
        finally:
            self._filling = False
        if self.carrying is not None and (
            self.grid_data is None or self.grid_data.topic(self.carrying) is None
        ):
            self.carrying = None
        if self.selected_view() is None:  # gone, or none yet: the one under the grid's cursor
            view = self.cell_topic(self.grid.currentRow(), self.grid.currentColumn())
            self.selected = view.topic.id if view else None
        self._show_details()
        self._show_hint()

    def _fill_waiting(self) -> None:
        current = self.waiting.currentItem()
        kept = current.data(TOPIC_ROLE) if current is not None else None
        self.waiting.clear()
        for view in self.grid_data.waiting() if self.grid_data else []:
            item = QListWidgetItem(self._topic_text(view))
            item.setData(TOPIC_ROLE, view.topic.id)
            item.setToolTip(plain_tooltip(view.topic.title))
            self.waiting.addItem(item)
            if view.topic.id == kept:
                self.waiting.setCurrentItem(item)

    def _fill_grid(self) -> None:
        grid = self.grid_data
        row, column = self.grid.currentRow(), self.grid.currentColumn()
        self.grid.clear()
        slots = grid.slots if grid else ()
        rooms = grid.rooms if grid else ()
        self.grid.setRowCount(len(slots))
        self.grid.setColumnCount(len(rooms))
        self.grid.setVerticalHeaderLabels([slot_label(s) for s in slots])
        self.grid.setHorizontalHeaderLabels([r.name for r in rooms])
        for r, slot in enumerate(slots):
            for c, room in enumerate(rooms):
                view = grid.cell(slot.id, room.id) if grid else None
                item = QTableWidgetItem(self._topic_text(view) if view else "")
                item.setData(TOPIC_ROLE, view.topic.id if view else None)
                if view:
                    item.setToolTip(plain_tooltip(view.topic.title))
                self.grid.setItem(r, c, item)
        if slots and rooms:
            self.grid.setCurrentCell(
                min(max(row, 0), len(slots) - 1), min(max(column, 0), len(rooms) - 1)
            )

    def _topic_text(self, view: TopicView) -> str:
        who = self.tr("%n participant(s)", "", len(view.members))
        host = view.host or self.tr("sans hôte")
        return f"{view.topic.title}\n{host} · {who}"

    def cell_topic(self, row: int, column: int) -> TopicView | None:
        item = self.grid.item(row, column)
        topic_id = item.data(TOPIC_ROLE) if item is not None else None
        return self.grid_data.topic(topic_id) if self.grid_data and topic_id else None

    def _cell_ids(self, row: int, column: int) -> tuple[SlotId, RoomId] | None:
        grid = self.grid_data
        if grid is None or not (0 <= row < len(grid.slots) and 0 <= column < len(grid.rooms)):
            return None
        return grid.slots[row].id, grid.rooms[column].id

    # ---- the session chosen --------------------------------------------------------------

    def _on_waiting_current_item_changed(self, item: QListWidgetItem | None, _old: Any) -> None:
        if not self._filling and item is not None:
            self.selected = item.data(TOPIC_ROLE)
            self._show_details()

    def _on_grid_current_cell_changed(self, row: int, column: int, _r: int, _c: int) -> None:
        if self._filling:
            return
        view = self.cell_topic(row, column)
        if view is not None:
            self.selected = view.topic.id
        self._show_details()

    def selected_view(self) -> TopicView | None:
        if self.grid_data is None or self.selected is None:
            return None
        return self.grid_data.topic(self.selected)

    def _show_details(self) -> None:
        view = self.selected_view()
        self.details_title.setText(view.topic.title if view else self.tr("Aucun sujet choisi"))
        where = ""
        if view is not None and view.topic.placed and self.grid_data is not None:
            slot = next(s for s in self.grid_data.slots if s.id == view.topic.slot_id)
            room = next(r for r in self.grid_data.rooms if r.id == view.topic.room_id)
            where = f"{slot_label(slot)} · {room.name}"
        elif view is not None:
            where = self.tr("Pas encore placé dans la grille")
        self.details_where.setText(where)
        self.details_host.setText(
            self.tr("Hôte : %1").replace("%1", view.host or self.tr("aucun")) if view else ""
        )
        self.members.clear()
        for person_id, name in view.people if view else ():
            item = QListWidgetItem(name)
            item.setData(TOPIC_ROLE, person_id)
            self.members.addItem(item)
        enabled = view is not None
        for widget in (self.members, self.member_entry, self.add_member_button):
            widget.setEnabled(enabled)

    def _show_hint(self) -> None:
        if self.carrying is not None and self.grid_data is not None:
            view = self.grid_data.topic(self.carrying)
            title = view.topic.title if view else ""
            self.hint.setText(
                self.tr(
                    "Placer « %1 » : choisissez la case avec les flèches, puis Entrée"
                    " (Échap annule)."
                ).replace("%1", title)
            )
            self.hint.setStyleSheet("color: #E65100; font-weight: bold;")
        else:
            self.hint.setText(
                self.tr(
                    "Entrée sur un sujet le prend pour le placer ; Suppr le retire de la grille ;"
                    " F2 le modifie ; F5 projette la grille."
                )
            )
            self.hint.setStyleSheet("color: #455A64;")

    # ---- actions -------------------------------------------------------------------------

    def _run(self, text: str, operation: Any) -> Any:
        """One undoable step; a refusal is said under the grid and changes nothing."""
        try:
            result = self.context.apply(text, operation, initiator=self)
        except CatalyseError as error:
            self.message.setText(str(error))
            return None
        self.message.setText("")
        return result

    def _workshop(self) -> Any:
        workshop_id = self.context.current_workshop_id
        if workshop_id is None:
            self.message.setText(self.tr("Choisissez d'abord un atelier."))
        return workshop_id

    def add_slot(self) -> None:
        workshop_id = self._workshop()
        if workshop_id is None:
            return
        start, end = self.slot_start.time(), self.slot_end.time()
        begin = dt.time(start.hour(), start.minute())
        finish = dt.time(end.hour(), end.minute())
        lang = current_lang()
        if self._run(
            self.tr("Ajouter un créneau"),
            lambda store: ops.add_slot(store, workshop_id, begin, finish, lang=lang),
        ):
            length = start.secsTo(end)
            self.slot_start.setTime(end)
            self.slot_end.setTime(end.addSecs(max(length, 900)))

    def add_room(self) -> None:
        workshop_id = self._workshop()
        if workshop_id is None:
            return
        name, lang = self.room_name.text(), current_lang()
        if self._run(
            self.tr("Ajouter une salle"),
            lambda store: ops.add_room(store, workshop_id, name, lang=lang),
        ):
            self.room_name.clear()

    def edit_current_slot(self) -> None:
        """The slot of the grid's current row gets the times typed in the slot fields."""
        grid, row = self.grid_data, self.grid.currentRow()
        if grid is None or not 0 <= row < len(grid.slots):
            return
        slot_id, lang = grid.slots[row].id, current_lang()
        start, end = self.slot_start.time(), self.slot_end.time()
        begin = dt.time(start.hour(), start.minute())
        finish = dt.time(end.hour(), end.minute())
        self._run(
            self.tr("Modifier un créneau"),
            lambda store: ops.edit_slot(store, slot_id, begin, finish, lang=lang),
        )

    def rename_current_room(self) -> None:
        grid, column = self.grid_data, self.grid.currentColumn()
        if grid is None or not 0 <= column < len(grid.rooms):
            return
        room = grid.rooms[column]
        name, accepted = QInputDialog.getText(
            self, self.tr("Renommer la salle"), self.tr("Nom de la salle"), text=room.name
        )
        if not accepted:
            return
        room_id, lang = room.id, current_lang()
        self._run(
            self.tr("Renommer une salle"),
            lambda store: ops.rename_room(store, room_id, name, lang=lang),
        )

    def remove_current_slot(self) -> None:
        cell = self._cell_ids(self.grid.currentRow(), max(self.grid.currentColumn(), 0))
        if cell is None and self.grid_data and self.grid_data.slots and self.grid.currentRow() >= 0:
            cell = (self.grid_data.slots[self.grid.currentRow()].id, RoomId(0))
        if cell is None:
            return
        slot_id, lang = cell[0], current_lang()
        self._run(
            self.tr("Retirer un créneau"),
            lambda store: ops.remove_slot(store, slot_id, lang=lang),
        )

    def remove_current_room(self) -> None:
        cell = self._cell_ids(max(self.grid.currentRow(), 0), self.grid.currentColumn())
        if cell is None and self.grid_data and self.grid_data.rooms:
            column = self.grid.currentColumn()
            if 0 <= column < len(self.grid_data.rooms):
                cell = (SlotId(0), self.grid_data.rooms[column].id)
        if cell is None:
            return
        room_id, lang = cell[1], current_lang()
        self._run(
            self.tr("Retirer une salle"),
            lambda store: ops.remove_room(store, room_id, lang=lang),
        )

    def propose(self) -> None:
        workshop_id = self._workshop()
        if workshop_id is None:
            return
        title, host = self.topic_title.text(), self.topic_host.text()
        person_id = self._present_id(host)
        lang = current_lang()
        topic = self._run(
            self.tr("Proposer le sujet « %1 »").replace("%1", title.strip()),
            lambda store: ops.propose_topic(
                store,
                workshop_id,
                title,
                host="" if person_id else host,
                host_person_id=person_id,
                lang=lang,
            ),
        )
        if topic is not None:
            self.topic_title.clear()
            self.topic_host.clear()
            self.topic_title.setFocus()
            self.selected = topic.id
            self._select_waiting(topic.id)
            self._show_details()

    def _present_id(self, typed: str) -> PersonId | None:
        """The person present whose name is the one typed (accents and case ignored)."""
        key = fold(" ".join(typed.split()))
        return next((p for p, name in self._present if key and fold(name) == key), None)

    def _select_waiting(self, topic_id: TopicId) -> None:
        for index in range(self.waiting.count()):
            if self.waiting.item(index).data(TOPIC_ROLE) == topic_id:
                self.waiting.setCurrentRow(index)

    def take(self, topic_id: TopicId) -> None:
        """Take a topic to the grid: the arrows choose its cell, Enter puts it there."""
        if not self.grid.rowCount() or not self.grid.columnCount():
            self.message.setText(
                self.tr("Ajoutez d'abord au moins un créneau et une salle à la grille.")
            )
            return
        self.carrying = topic_id
        self.selected = topic_id
        if self.cell_topic(self.grid.currentRow(), self.grid.currentColumn()) is not None:
            free = self._first_free_cell()
            if free is not None:
                self.grid.setCurrentCell(*free)
        self.grid.setFocus()
        self._show_hint()
        self._show_details()

    def _first_free_cell(self) -> tuple[int, int] | None:
        for row in range(self.grid.rowCount()):
            for column in range(self.grid.columnCount()):
                if self.cell_topic(row, column) is None:
                    return row, column
        return None

    def drop(self) -> None:
        """Put the topic taken in the grid's current cell (swapping with one there)."""
        topic_id, self.carrying = self.carrying, None
        cell = self._cell_ids(self.grid.currentRow(), self.grid.currentColumn())
        if topic_id is None or cell is None:
            self._show_hint()
            return
        slot_id, room_id = cell
        lang = current_lang()
        self._run(
            self.tr("Placer un sujet"),
            lambda store: ops.place_topic(store, topic_id, slot_id, room_id, lang=lang),
        )
        self.selected = topic_id
        self._show_hint()
        self._show_details()

    def unplace_current(self) -> None:
        view = self.cell_topic(self.grid.currentRow(), self.grid.currentColumn())
        if view is None:
            return
        topic_id, lang = view.topic.id, current_lang()
        self._run(
            self.tr("Retirer un sujet de la grille"),
            lambda store: ops.place_topic(store, topic_id, None, None, lang=lang),
        )

    def remove_waiting(self) -> None:
        item = self.waiting.currentItem()
        if item is None:
            return
        topic_id, lang = item.data(TOPIC_ROLE), current_lang()
        self._run(
            self.tr("Supprimer un sujet"),
            lambda store: ops.remove_topic(store, topic_id, lang=lang),
        )

    def edit_selected(self) -> None:
        view = self.selected_view()
        if view is None:
            return
        dialog = TopicDialog(view, [name for _, name in self._present], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.edit_topic(view.topic.id, dialog.title.text(), dialog.host.text())

    def edit_topic(self, topic_id: TopicId, title: str, host: str) -> None:
        person_id = next(
            (p for p, name in self._present if host and fold(name) == fold(host)), None
        )
        lang = current_lang()
        self._run(
            self.tr("Modifier le sujet « %1 »").replace("%1", title.strip()),
            lambda store: ops.edit_topic(
                store,
                topic_id,
                title,
                host="" if person_id else host,
                host_person_id=person_id,
                lang=lang,
            ),
        )

    def add_member(self) -> None:
        view = self.selected_view()
        typed = self.member_entry.currentText().strip()
        if view is None or not typed:
            return
        person_id = next((p for p, name in self._present if fold(name) == fold(typed)), None)
        if person_id is None:
            matches = [p for p, name in self._present if fold(typed) in fold(name)]
            person_id = matches[0] if len(matches) == 1 else None
        if person_id is None:
            self.message.setText(
                self.tr("« %1 » n'est pas parmi les personnes présentes.").replace("%1", typed)
            )
            return
        name = dict(self._present)[person_id]
        topic_id, lang = view.topic.id, current_lang()
        if self._run(
            self.tr("%1 rejoint « %2 »").replace("%1", name).replace("%2", view.topic.title),
            lambda store: ops.join_topic(store, topic_id, person_id, lang=lang),
        ):
            self.member_entry.setEditText("")
            self.member_entry.setFocus()

    def remove_member(self) -> None:
        view, item = self.selected_view(), self.members.currentItem()
        if view is None or item is None:
            return
        person_id, topic_id, lang = item.data(TOPIC_ROLE), view.topic.id, current_lang()
        self._run(
            self.tr("%1 quitte « %2 »").replace("%1", item.text()).replace("%2", view.topic.title),
            lambda store: ops.leave_topic(store, topic_id, person_id, lang=lang),
        )

    # ---- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.waiting:
            item = self.waiting.currentItem()
            if key in ENTER_KEYS and item is not None:
                self.take(item.data(TOPIC_ROLE))
                return True
            if key == Qt.Key.Key_Delete:
                self.remove_waiting()
                return True
        elif watched is self.grid:
            if key in ENTER_KEYS:
                if self.carrying is not None:
                    self.drop()
                else:
                    view = self.cell_topic(self.grid.currentRow(), self.grid.currentColumn())
                    if view is not None:
                        self.take(view.topic.id)
                return True
            if key == Qt.Key.Key_Escape and self.carrying is not None:
                self.carrying = None
                self._show_hint()
                return True
            if key == Qt.Key.Key_Delete and self.carrying is None:
                self.unplace_current()
                return True
        elif watched is self.members and key == Qt.Key.Key_Delete:
            self.remove_member()
            return True
        return False

    def projection_title(self) -> str:
        return no_mnemonic(self.tr("Forum ouvert"))
