"""The Tables tab (world café, ateliers en sous-groupes): the tables of the current round and
who sits where, keyboard first.

Every change is one core operation (workshop.ops.tables) run through the context, so each is
one step of Édition > Annuler. In the list, a person moves with the keys 1 to 9 (the table of
that number), 0 (no table), Alt+↑ / Alt+↓ (the table before or after), or by drag and drop;
H makes them their table's host; on a table, F2 renames it and Suppr removes it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from ui.refresh import Refresher
from ui.widgets.pdf_printing import open_pdf
from workshop.domain.changes import Area, Changes
from workshop.domain.records import PersonId, WorkshopId
from workshop.domain.seating import SplitMode, TableId
from workshop.errors import CatalyseError
from workshop.ops import Applied
from workshop.ops import tables as ops
from workshop.queries.tables import Sitter, TablesOverview, TableView, tables_overview
from workshop.report.table_cards import write_table_cards
from workshop.storage.store import Store

T = TypeVar("T")
ROLE = Qt.ItemDataRole.UserRole
UNSEATED = 0  # the "no table" group's key


class SeatingTree(QTreeWidget):
    """The tables and their people; a person dropped on a table (or on one of its people) is
    seated there (the tab runs the operation: Qt moves no item itself)."""

    def __init__(self, tab: TablesTab) -> None:
        super().__init__()
        self._tab = tab
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:
        target = self.itemAt(event.position().toPoint())
        person = self._tab.selected_person()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if target is None or person is None:
            return
        table = self._tab.table_of_item(target)
        self._tab.seat(person, table)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._tab.handle_key(event):
            super().keyPressEvent(event)


class TablesTab(QWidget):
    """The current workshop's tables in the current round, and the commands that run them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.overview: TablesOverview | None = None
        self.round_label = QLabel()
        self.round_label.setTextFormat(Qt.TextFormat.PlainText)
        self.round_label.setObjectName("tables_round")
        font = self.round_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.round_label.setFont(font)
        self.tree = SeatingTree(self)
        self.tree.setAccessibleName(self.tr("Tables et participants du tour"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Table / participant"), self.tr("Structure"), self.tr("Type"), ""]
        )
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.hint = QLabel(
            self.tr(
                "Dans la liste : 1 à 9 asseoir à la table de ce numéro, 0 sans table, "
                "Alt+↑ / Alt+↓ table d'avant / d'après (ou glisser-déposer), H hôte de sa "
                "table ; sur une table : F2 renommer, Suppr retirer."
            )
        )
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setObjectName("tables_status")

        self.add_action = self._action(self.tr("Créer des tables…"), "Ctrl+Alt+T", self.add_tables)
        self.random_action = self._action(
            self.tr("Répartir au hasard"), "Ctrl+Alt+H", lambda: self.split(SplitMode.RANDOM)
        )
        self.mixed_action = self._action(
            self.tr("Répartir en mêlant les structures"),
            "Ctrl+Alt+M",
            lambda: self.split(SplitMode.MIXED),
        )
        self.previous_action = self._action(
            self.tr("Tour précédent"), "Ctrl+Alt+PgUp", self.previous_round
        )
        self.next_action = self._action(self.tr("Tour suivant"), "Ctrl+Alt+PgDown", self.next_round)
        self.plenary_action = self._action(
            self.tr("Plénière : rassembler les cartes des tables"), "Ctrl+Alt+L", self.plenary
        )
        self.cards_action = self._action(
            self.tr("Imprimer les cartes de table…"), "Ctrl+Alt+P", self.save_table_cards
        )
        self.rename_action = self._action(self.tr("Renommer la table…"), "", self.rename_table)
        self.remove_action = self._action(self.tr("Retirer la table"), "", self.remove_table)
        self.host_action = self._action(self.tr("Hôte de sa table"), "", self.toggle_host)
        # The same commands by the mouse: the list's context menu (their keys are in the hint).
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addActions([self.host_action, self.rename_action, self.remove_action])

        commands = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, action in (
            ("add", self.add_action),
            ("random", self.random_action),
            ("mixed", self.mixed_action),
            ("previous", self.previous_action),
            ("next", self.next_action),
            ("plenary", self.plenary_action),
            ("cards", self.cards_action),
        ):
            button = QPushButton(action.text())
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action.text()} ({keys})")
            button.clicked.connect(action.trigger)
            commands.addWidget(button)
            self.buttons[name] = button
        commands.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.round_label)
        layout.addLayout(commands)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        self._refresher = Refresher(
            context,
            self,
            {Area.METHODS, Area.ATTENDANCE, Area.PEOPLE, Area.ORGANISATIONS, Area.BOARD}
            | {Area.CURRENT_WORKSHOP, Area.WORKSHOPS},
            self._on_refresh,
        )
        self.refresh()

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
            # While the tab is shown, wherever the focus is (the screens' list, a button).
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda: slot())
        self.addAction(action)
        return action

    # -- reading -------------------------------------------------------------------------

    @property
    def workshop_id(self) -> WorkshopId | None:
        return self.context.current_workshop_id

    def _on_refresh(self, changes: Changes, initiator: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Show the current workshop's tables as they are now (the selection kept)."""
        kept = self.tree.currentItem()
        key = kept.data(0, ROLE) if kept is not None else None
        self.tree.clear()
        workshop_id = self.workshop_id
        if workshop_id is None:
            self.overview = None
            self.round_label.setText(self.tr("Aucun atelier : créez-en un dans Ateliers."))
            self._enable()
            return
        self.overview = overview = tables_overview(self.context.store, workshop_id)
        self.round_label.setText(self._summary(overview))
        for number, view in enumerate(overview.tables, start=1):
            self.tree.addTopLevelItem(self._table_item(number, view))
        if overview.tables:
            unseated = QTreeWidgetItem(
                [self.tr("Sans table ({n})").format(n=len(overview.unseated)), "", "", ""]
            )
            unseated.setData(0, ROLE, ("table", UNSEATED))
            for sitter in overview.unseated:
                unseated.addChild(self._person_item(sitter, host=False))
            self.tree.addTopLevelItem(unseated)
        self.tree.expandAll()
        self._select(key)
        self._enable()

    def _summary(self, overview: TablesOverview) -> str:
        if not overview.tables:
            return self.tr(
                "Pas encore de tables : « Créer des tables… » en fait une par groupe, chacune "
                "avec sa zone sur le tableau ({n} personnes présentes)."
            ).format(n=len(overview.present))
        last = max(overview.rounds)
        return self.tr(
            "Tour {round} sur {rounds} · {tables} tables · {present} présents, "
            "{unseated} sans table"
        ).format(
            round=overview.round,
            rounds=last,
            tables=len(overview.tables),
            present=len(overview.present),
            unseated=len(overview.unseated),
        )

    def _table_item(self, number: int, view: TableView) -> QTreeWidgetItem:
        people = self.tr("%n personne(s)", "", len(view.members))
        cards = self.tr("%n carte(s)", "", view.cards)
        host = (
            self.tr("hôte : {name}").format(name=view.host.name)
            if view.host
            else self.tr("sans hôte")
        )
        item = QTreeWidgetItem([f"{number}. {view.table.name}", f"{host} · {people}", "", cards])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setData(0, ROLE, ("table", view.table.id))
        for sitter in view.members:
            item.addChild(
                self._person_item(sitter, host=view.host is not None and view.host == sitter)
            )
        return item

    def _person_item(self, sitter: Sitter, *, host: bool) -> QTreeWidgetItem:
        kind = sitter.kind.label(current_lang()) if sitter.kind else ""
        item = QTreeWidgetItem(
            [sitter.name, sitter.organisation, kind, self.tr("★ hôte") if host else ""]
        )
        item.setData(0, ROLE, ("person", sitter.person_id))
        item.setToolTip(0, "")
        return item

    def _select(self, key: object) -> None:
        if key is None:
            return
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top is None:
                continue
            for item in [top, *(top.child(i) for i in range(top.childCount()))]:
                if item is not None and item.data(0, ROLE) == key:
                    self.tree.setCurrentItem(item)
                    return

    def _enable(self) -> None:
        overview = self.overview
        has_workshop = overview is not None
        has_tables = bool(overview and overview.tables)
        self.add_action.setEnabled(has_workshop)
        for action in (self.random_action, self.mixed_action, self.plenary_action):
            action.setEnabled(has_tables)
        self.cards_action.setEnabled(has_tables)
        self.previous_action.setEnabled(bool(overview and overview.round > 1))
        self.next_action.setEnabled(has_tables)
        for name, action in (
            ("add", self.add_action),
            ("random", self.random_action),
            ("mixed", self.mixed_action),
            ("previous", self.previous_action),
            ("next", self.next_action),
            ("plenary", self.plenary_action),
            ("cards", self.cards_action),
        ):
            self.buttons[name].setEnabled(action.isEnabled())

    def selected_person(self) -> PersonId | None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        return PersonId(data[1]) if data and data[0] == "person" else None

    def selected_table(self) -> TableId | None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        return TableId(data[1]) if data and data[0] == "table" and data[1] != UNSEATED else None

    def table_of_item(self, item: QTreeWidgetItem) -> TableId | None:
        """The table an item is or belongs to (None: the "no table" group)."""
        data = item.data(0, ROLE)
        if data and data[0] == "person":
            parent = item.parent()
            data = parent.data(0, ROLE) if parent is not None else None
        if not data or data[1] == UNSEATED:
            return None
        return TableId(data[1])

    def _current_table_of(self, person: PersonId) -> TableId | None:
        view = self.overview.table_of(person) if self.overview else None
        return view.table.id if view else None

    # -- commands ------------------------------------------------------------------------

    def _run(self, text: str, operation: Callable[[Store], Applied[T]]) -> T | None:
        try:
            result = self.context.apply(text, operation, initiator=self)
        except CatalyseError as error:
            self.say(str(error))
            return None
        return result

    def say(self, text: str) -> None:
        self.status.setText(text)

    def add_tables(self, count: int | None = None) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        if count is None:
            present = len(self.overview.present) if self.overview else 0
            existing = len(self.overview.tables) if self.overview else 0
            suggested = max(1, min(ops.MAX_TABLES - existing, round(present / 6) or 1))
            count, accepted = QInputDialog.getInt(
                self,
                self.tr("Créer des tables"),
                self.tr(
                    "Combien de tables ? Chacune a sa zone sur le tableau ({n} personnes "
                    "présentes : environ 6 par table)."
                ).format(n=present),
                suggested,
                1,
                max(1, ops.MAX_TABLES - existing),
            )
            if not accepted:
                return
        lang = current_lang()
        made = self._run(
            self.tr("Créer des tables"),
            lambda store: ops.add_tables(store, workshop_id, count, lang=lang),
        )
        if made:
            self.say(
                self.tr("%n table(s) créée(s), chacune avec sa zone sur le tableau.", "", len(made))
            )
            self.tree.setFocus()

    def split(self, mode: SplitMode) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        seed = random.SystemRandom().randrange(1, 2**31)
        lang = current_lang()
        text = (
            self.tr("Répartir au hasard")
            if mode is SplitMode.RANDOM
            else self.tr("Répartir en mêlant les structures")
        )
        seating = self._run(
            text, lambda store: ops.split_into_tables(store, workshop_id, mode, seed, lang=lang)
        )
        if seating is not None:
            self.say(
                self.tr(
                    "%n personne(s) réparties entre les tables (Ctrl+Z pour annuler).",
                    "",
                    len(seating),
                )
            )

    def next_round(self) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        seed = random.SystemRandom().randrange(1, 2**31)
        lang = current_lang()
        number = self._run(
            self.tr("Tour suivant"),
            lambda store: ops.next_round(store, workshop_id, seed, lang=lang),
        )
        if number is not None:
            self.say(
                self.tr("Tour {n} : les hôtes restent, les autres changent de table.").format(
                    n=number
                )
            )

    def previous_round(self) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        lang = current_lang()
        number = self._run(
            self.tr("Tour précédent"),
            lambda store: ops.previous_round(store, workshop_id, lang=lang),
        )
        if number is not None:
            self.say(self.tr("Retour au tour {n}.").format(n=number))

    def plenary(self) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        lang = current_lang()
        groups = self._run(
            self.tr("Plénière"),
            lambda store: ops.gather_in_plenary(store, workshop_id, lang=lang),
        )
        if groups is not None:
            self.say(
                self.tr(
                    "Les cartes de %n table(s) sont rassemblées dans la zone de la plénière, "
                    "regroupées par table (voir le Tableau).",
                    "",
                    len(groups),
                )
            )

    def seat(self, person: PersonId, table: TableId | None) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None or self._current_table_of(person) == table:
            return
        lang = current_lang()
        seated = self._run(
            self.tr("Changer de table"),
            lambda store: ops.seat_person(store, workshop_id, person, table, lang=lang),
        )
        if seated is not None or table is None:
            self._select(("person", person))

    def move_by(self, step: int) -> None:
        """Seat the selected person at the table before (-1) or after (+1) theirs."""
        person = self.selected_person()
        if person is None or self.overview is None or not self.overview.tables:
            return
        ids: list[TableId | None] = [v.table.id for v in self.overview.tables]
        ids.append(None)
        here = ids.index(self._current_table_of(person))
        self.seat(person, ids[(here + step) % len(ids)])

    def toggle_host(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        table = self._current_table_of(person)
        if table is None:
            self.say(self.tr("Asseyez d'abord cette personne à une table."))
            return
        view = next(v for v in self.overview.tables if v.table.id == table)  # type: ignore[union-attr]
        host = None if view.host and view.host.person_id == person else person
        lang = current_lang()
        self._run(
            self.tr("Hôte de table"),
            lambda store: ops.set_table_host(store, table, host, lang=lang),
        )
        self._select(("person", person))

    def rename_table(self) -> None:
        table = self.selected_table()
        if table is None or self.overview is None:
            return
        view = next(v for v in self.overview.tables if v.table.id == table)
        name, accepted = QInputDialog.getText(
            self, self.tr("Renommer la table"), self.tr("Nom de la table :"), text=view.table.name
        )
        if not accepted:
            return
        lang = current_lang()
        self._run(
            self.tr("Renommer la table"),
            lambda store: ops.rename_table(store, table, name, lang=lang),
        )

    def remove_table(self) -> None:
        table = self.selected_table()
        if table is None:
            return
        lang = current_lang()
        removed = self._run(
            self.tr("Retirer la table"), lambda store: ops.remove_table(store, table, lang=lang)
        )
        if removed is not None:
            self.say(
                self.tr("« {name} » est retirée, avec sa zone (Ctrl+Z pour annuler).").format(
                    name=removed.name
                )
            )

    def save_table_cards(self) -> Path | None:
        """Write the table cards (one page per table) where the user says, then offer to open."""
        workshop_id = self.workshop_id
        if workshop_id is None:
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Imprimer les cartes de table"),
            self.tr("cartes-de-table.pdf"),
            self.tr("Document PDF (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            count = write_table_cards(self.context.store, workshop_id, path, current_lang())
        except (OSError, CatalyseError) as error:
            self.say(str(error))
            return None
        self.say(
            self.tr("%n carte(s) de table enregistrée(s) : {path}", "", count).format(path=path)
        )
        answer = QMessageBox.question(
            self,
            self.tr("Cartes de table"),
            self.tr("Les cartes sont enregistrées. Les ouvrir pour les imprimer ?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            open_pdf(self, path, self.tr("Cartes de table"))
        return path

    # -- keys ----------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """The list's own keys; False for those it leaves to the tree (arrows, Tab…)."""
        key = event.key()
        modifiers = event.modifiers()
        alt = modifiers & Qt.KeyboardModifier.AltModifier
        plain = not (modifiers & ~Qt.KeyboardModifier.KeypadModifier)
        person = self.selected_person()
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and person is not None:
            self.move_by(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if not plain:
            return False
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and person is not None and self.overview:
            number = key - Qt.Key.Key_0
            if number == 0:
                self.seat(person, None)
            elif number <= len(self.overview.tables):
                self.seat(person, self.overview.tables[number - 1].table.id)
            else:
                self.say(self.tr("Il n'y a pas de table {n}.").format(n=number))
            return True
        if key == Qt.Key.Key_H and person is not None:
            self.toggle_host()
            return True
        if key == Qt.Key.Key_F2 and self.selected_table() is not None:
            self.rename_table()
            return True
        if key == Qt.Key.Key_Delete and self.selected_table() is not None:
            self.remove_table()
            return True
        return False
