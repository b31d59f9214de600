"""Attendance (émargement) of the current workshop: check-in by click or by typing, walk-ins."""

from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShowEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from ui.private_files import private_temporary_dir
from ui.refresh import Refresher
from ui.stakeholders.files import save_to_chosen_file
from ui.stakeholders.keys import KeyClaims
from ui.widgets.pdf_printing import open_pdf, print_pdf_file
from workshop.domain.changes import Area, Changes
from workshop.domain.records import CHECKED_IN_BY_PHONE, Person, PersonId
from workshop.domain.vocabulary import KIND_COLOURS, OrganisationKind
from workshop.errors import CatalyseError, InvalidInput
from workshop.ops.attendance import cancel_check_in, check_in, welcome_walk_in
from workshop.ops.registry import UnknownOrganisation
from workshop.queries.attendance import (
    NameMatch,
    Tier,
    registry_candidates,
    row_match,
    search_words,
)
from workshop.queries.names import organisations_named
from workshop.queries.registry import AttendanceRow, all_organisation_names, attendance_rows
from workshop.report.signin_sheet import write_signin_sheet

Index = QModelIndex | QPersistentModelIndex
# Welcoming a walk-in has keys of its own: Ctrl+N is File > New everywhere in the app.
WALK_IN_SHORTCUT = "Ctrl+Shift+N"
_NO_MATCH = NameMatch(Tier.INSIDE_ORGANISATION, 1 << 30, Tier.INSIDE_ORGANISATION)
# What the panel shows: who is registered and present, their names and organisations, the
# workshop's title; and which workshop is current.
PANEL_AREAS = {
    Area.ATTENDANCE,
    Area.PEOPLE,
    Area.ORGANISATIONS,
    Area.WORKSHOPS,
    Area.CURRENT_WORKSHOP,
}


class AttendanceModel(QAbstractTableModel):
    """Registered people of a workshop; the first column is a check-in box.

    Ticking the box does not write: it emits `presence_requested(person, present)` so that
    the panel runs the check-in operation. Qt.UserRole gives the AttendanceRow.
    """

    presence_requested = Signal(object, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AttendanceRow] = []
        self._headers = [
            self.tr("Présent"),
            self.tr("Nom"),
            self.tr("Prénom"),
            self.tr("Structure"),
            self.tr("Type"),
            self.tr("Arrivée"),
        ]

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[AttendanceRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return self.tr("présent") if row.present else self.tr("absent")
        by_phone = row.present and row.checked_in_via == CHECKED_IN_BY_PHONE
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and by_phone:
            return self.tr("Compté·e présent·e en rejoignant l'atelier depuis son téléphone")
        return None

    def _display(self, row: AttendanceRow, column: int) -> str:
        if column == 1:
            return row.person.last_name
        if column == 2:
            return row.person.first_name
        if column == 3:
            return row.organisation_name
        if column == 4:
            return row.organisation_kind.label(current_lang()) if row.organisation_kind else ""
        if column == 5 and row.present:
            time = row.checked_in_at.strftime("%H:%M") if row.checked_in_at else ""
            if row.checked_in_via == CHECKED_IN_BY_PHONE:
                return self.tr("{time} (téléphone)").format(time=time).strip()
            return time
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        present = Qt.CheckState(value) == Qt.CheckState.Checked
        self.presence_requested.emit(self._rows[index.row()].person, present)
        return False  # the row changes when the operation has run and the panel refreshed

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class AttendanceFilter(QSortFilterProxyModel):
    """Keeps the rows the typed words match (accents and case ignored), the best match first.

    While words are typed, rows sort by how well they match (the surname before the first
    name before the organisation, see `workshop.queries.attendance`), whatever column the
    table is sorted by; that column orders equal matches.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._matches: dict[tuple[object, ...], NameMatch | None] = {}

    def set_text(self, text: str) -> None:
        words = search_words(text)
        if words == self._words:
            return
        self._words = words
        self._matches.clear()
        self.invalidate()  # filter and sort again

    def searching(self) -> bool:
        """Whether words are typed (the rows are then in order of match)."""
        return bool(self._words)

    def _match(self, row: AttendanceRow) -> NameMatch | None:
        person = row.person
        key = (person.id, person.first_name, person.last_name, person.email, row.organisation_name)
        if key not in self._matches:
            self._matches[key] = row_match(self._words, row)
        return self._matches[key]

    def _row(self, index: Index) -> AttendanceRow:
        row: AttendanceRow = self.sourceModel().index(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        return row

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        return self._match(self._row(self.sourceModel().index(source_row, 0))) is not None

    def lessThan(self, source_left: Index, source_right: Index) -> bool:
        if self._words:
            left, right = self._row(source_left), self._row(source_right)
            left_key = (self._match(left) or _NO_MATCH, left.present)
            right_key = (self._match(right) or _NO_MATCH, right.present)
            if left_key != right_key:
                # Best first in either sort order (Qt reverses lessThan for a descending sort).
                better = left_key < right_key
                return better if self.sortOrder() == Qt.SortOrder.AscendingOrder else not better
        return super().lessThan(source_left, source_right)


class WalkInForm(QFrame):
    """First name, last name, organisation (existing, or new of the kind chosen), e-mail: Enter
    adds and checks in."""

    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lang = current_lang()
        self.first_name = QLineEdit()
        self.first_name.setPlaceholderText(self.tr("Prénom"))
        self.first_name.setAccessibleName(self.tr("Prénom"))
        self.last_name = QLineEdit()
        self.last_name.setPlaceholderText(self.tr("Nom"))
        self.last_name.setAccessibleName(self.tr("Nom"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Structure (existante ou nouvelle)"))
        self.organisation.setAccessibleName(self.tr("Structure"))
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Type de structure…"), None)
        for kind in OrganisationKind:
            self.kind.addItem(kind.label(lang), kind.value)
        self.kind.setCurrentIndex(0)
        self.kind.setEnabled(False)
        self.kind.setAccessibleName(self.tr("Type de la nouvelle structure"))
        self.kind.setToolTip(self.tr("Utilisé seulement si la structure est nouvelle"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("E-mail (facultatif)"))
        self.email.setAccessibleName(self.tr("E-mail"))
        self.add_button = QPushButton(self.tr("Ajouter et pointer"))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # names typed, maybe on a phone
        self.message.setStyleSheet("color: #B3261E;")
        self.message.setWordWrap(True)
        title = QLabel("<b>{}</b>".format(self.tr("Accueillir une personne non inscrite")))
        row = QHBoxLayout()
        for widget, stretch in (
            (self.first_name, 2),
            (self.last_name, 2),
            (self.organisation, 3),
            (self.kind, 2),
            (self.email, 3),
        ):
            row.addWidget(widget, stretch)
        row.addWidget(self.add_button)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addLayout(row)
        column.addWidget(self.message)
        self.message.hide()
        for edit in (self.first_name, self.last_name, self.organisation, self.email):
            edit.returnPressed.connect(self._on_return_pressed)
        self.add_button.clicked.connect(self.submitted.emit)
        self._keys = KeyClaims(self, [("Escape", self.cancelled.emit)])
        self._kind_keys = KeyClaims(
            self.kind, [("Return", self.submitted.emit), ("Enter", self.submitted.emit)]
        )

    def chosen_kind(self) -> OrganisationKind | None:
        """The kind chosen for a new organisation (None: none chosen, or not asked)."""
        value = self.kind.currentData()
        return OrganisationKind(value) if value and self.kind.isEnabled() else None

    def set_known_organisation(self, known: bool) -> None:
        """The kind is asked only for an organisation that is not in the registry yet."""
        typed = bool(self.organisation.text().strip())
        self.kind.setEnabled(typed and not known)
        self.kind.setToolTip(
            self.tr("Structure déjà dans l'annuaire")
            if known
            else self.tr("Type de la nouvelle structure")
        )

    def _on_return_pressed(self) -> None:
        popup = self.organisation.completer().popup()
        if popup is not None and popup.isVisible():
            return
        self.submitted.emit()

    def clear(self) -> None:
        for edit in (self.first_name, self.last_name, self.organisation, self.email):
            edit.clear()
        self.kind.setCurrentIndex(0)
        self.show_message("")

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class AttendancePanel(QWidget):
    """Check people in for the current workshop, add walk-ins, print the sign-in sheet."""

    refreshed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(
            self.tr("Nom à pointer : Entrée pointe la ligne en surbrillance (↑ ↓ pour choisir)")
        )
        self.filter.setToolTip(
            self.tr(
                "Tapez le nom (ou le prénom, ou la structure) : la meilleure correspondance est "
                "en surbrillance, ↑ et ↓ en choisissent une autre, Entrée la pointe, Échap "
                "efface, Ctrl+Z annule le dernier pointage."
            )
        )
        self.filter.setAccessibleName(self.tr("Pointer une personne par son nom"))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names typed, maybe on a phone
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names and paths as typed
        self.status.setWordWrap(True)
        self.status.hide()
        self.status.setAccessibleName(self.tr("Dernière action"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setAccessibleName(self.tr("Présents par type de structure"))
        self.model = AttendanceModel(self)
        self.proxy = AttendanceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Personnes inscrites"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        # The row Enter will check in stays highlighted while the focus is in the name field.
        palette = self.view.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            palette.setColor(
                QPalette.ColorGroup.Inactive, role, palette.color(QPalette.ColorGroup.Active, role)
            )
        self.view.setPalette(palette)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 70)
        header.resizeSection(1, 140)
        header.resizeSection(2, 120)
        header.resizeSection(3, 280)
        header.resizeSection(4, 200)
        self.walk_in = WalkInForm()
        self.walk_in.hide()
        self.walk_in_action = QAction(self.tr("Accueillir une personne non inscrite…"), self)
        self.walk_in_action.setShortcut(QKeySequence(WALK_IN_SHORTCUT))
        self.walk_in_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.walk_in_action.triggered.connect(self.open_walk_in)
        self.addAction(self.walk_in_action)
        keys = self.walk_in_keys()
        self.walk_in_button = QPushButton(
            self.tr("Accueillir une personne ({keys})").format(keys=keys)
        )
        self.walk_in_button.setToolTip(
            self.tr(
                "Ajouter une personne non inscrite (et sa structure), l'inscrire et la pointer "
                "en une fois : {keys}"
            ).format(keys=keys)
        )
        self.print_action = QAction(self.tr("Imprimer la feuille d'émargement…"), self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(lambda: self.print_sheet())
        self.addAction(self.print_action)
        self.print_button = QPushButton(self.tr("Imprimer la feuille d'émargement…"))
        self.print_button.setToolTip(
            self.tr(
                "Imprime la liste des inscrits à signer, avec la case d'accord photo et la "
                "mention sur les données personnelles : {keys}"
            ).format(
                keys=self.print_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.save_button = QPushButton(self.tr("Enregistrer en PDF…"))
        self.save_button.setToolTip(self.tr("Enregistre la feuille d'émargement en PDF"))
        self.save_button.setAccessibleName(self.tr("Enregistrer la feuille d'émargement en PDF"))
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.walk_in_button)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addLayout(top)
        layout.addWidget(self.walk_in)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.filter.returnPressed.connect(self.check_in_highlighted)
        self.model.presence_requested.connect(self._on_presence_requested)
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.walk_in.submitted.connect(self.add_walk_in)
        self.walk_in.organisation.textChanged.connect(self._on_walk_in_organisation_changed)
        self.walk_in.cancelled.connect(self._close_walk_in)
        self.print_button.clicked.connect(lambda: self.print_sheet())
        self.save_button.clicked.connect(self.save_sheet)
        self._keys = KeyClaims(
            self,
            [
                (QKeySequence.StandardKey.Find, self.filter.setFocus),
            ],
        )
        # In the name field: the arrows move the highlight, Escape clears, and Ctrl+Z undoes the
        # last check-in (the app's undo, not the field's own, which would bring back the name).
        self._filter_keys = KeyClaims(
            self.filter,
            [
                ("Up", lambda: self._move_highlight(-1)),
                ("Down", lambda: self._move_highlight(1)),
                ("PgUp", lambda: self._move_highlight(-self._page_rows())),
                ("PgDown", lambda: self._move_highlight(self._page_rows())),
                ("Escape", self._on_filter_escape),
                (QKeySequence.StandardKey.Undo, self.undo_from_field),
                (QKeySequence.StandardKey.Redo, self.redo_from_field),
                ("Ctrl+Y", self.redo_from_field),
            ],
        )
        self._refresher = Refresher(context, self, PANEL_AREAS, self._on_context_data_changed)
        self._names_stale = True
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown (its tab or screen chosen): the name field takes the keys, ready for a name."""
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if self.filter.isEnabled() and (focused is None or not self.isAncestorOf(focused)):
            self.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def walk_in_keys(self) -> str:
        """The walk-in's keys as the user reads them ("Ctrl+Maj+N" with Qt's French)."""
        return self.walk_in_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    # -- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        workshop_id = self.context.current_workshop_id
        enabled = workshop_id is not None
        for widget in (
            self.filter,
            self.walk_in_button,
            self.print_button,
            self.save_button,
            self.view,
        ):
            widget.setEnabled(enabled)
        self.walk_in_action.setEnabled(enabled)
        self.print_action.setEnabled(enabled)
        if workshop_id is None:
            self.title.setText(
                self.tr(
                    "Aucun atelier choisi : choisissez ou créez un atelier dans l'écran Ateliers."
                )
            )
            self.model.set_rows([])
            self.counts.clear()
            self.refreshed.emit()
            return
        workshop = self.context.store.workshops.get(workshop_id)
        when = workshop.date.strftime("%d/%m/%Y") if workshop.date else ""
        self.title.setText(
            "<b>{}</b> {}".format(
                self.tr("Émargement :"), escape(f"{workshop.title} {('— ' + when) if when else ''}")
            )
        )
        highlighted = self.highlighted_row()
        self.model.set_rows(attendance_rows(self.context.store, workshop_id))
        self._restore_highlight(highlighted.person.id if highlighted else None)
        self._show_counts()
        self.refreshed.emit()

    def say(self, text: str) -> None:
        """Show what the last action did, under the name field."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _show_counts(self) -> None:
        rows = self.model.rows()
        present = [r for r in rows if r.present]
        lang = current_lang()
        by_kind = Counter(r.organisation_kind for r in present)
        parts = []
        for kind in OrganisationKind:
            if by_kind.get(kind):
                label = escape(kind.label(lang)).replace(" ", "&nbsp;")
                parts.append(
                    f'<span style="color:{KIND_COLOURS[kind]}">■</span>&nbsp;'
                    + self.tr("{kind}&nbsp;:&nbsp;<b>{count}</b>").format(
                        kind=label, count=by_kind[kind]
                    )
                )
        if by_kind.get(None):
            label = escape(self.tr("Sans structure")).replace(" ", "&nbsp;")
            parts.append(
                self.tr("{kind}&nbsp;:&nbsp;<b>{count}</b>").format(kind=label, count=by_kind[None])
            )
        organisations = len({r.person.organisation_id for r in present if r.person.organisation_id})
        summary = self.tr(
            "Présents : {present} / {registered} inscrits · {orgs} structures"
        ).format(present=len(present), registered=len(rows), orgs=organisations)
        kinds = " &nbsp;·&nbsp; ".join(parts)
        self.counts.setText(f"<b>{summary}</b><br>{kinds}")

    def counts_by_kind(self) -> dict[OrganisationKind | None, int]:
        """How many people are present, by kind of organisation (None: no organisation)."""
        return dict(Counter(r.organisation_kind for r in self.model.rows() if r.present))

    def _on_context_data_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self:
            self.say("")  # "✓ … est pointé·e" no longer says what the data holds (an undo…)
        if changes.touches(Area.FILE):
            self._close_walk_in()
        if changes.touches(Area.ORGANISATIONS, Area.FILE):
            self._names_stale = True
        self.refresh()

    # -- check-in ----------------------------------------------------------------------------
    def _on_presence_requested(self, person: Person, present: bool) -> bool:
        """Check a person in (or cancel their check-in); whether it was done."""
        workshop_id = self.context.current_workshop_id
        if workshop_id is None:
            return False
        name = person.full_name
        try:
            if present:
                self.context.apply(
                    self.tr("Pointer {name}").format(name=name),
                    lambda store: check_in(store, workshop_id, person.id),
                    initiator=self,
                )
            else:
                self.context.apply(
                    self.tr("Dépointer {name}").format(name=name),
                    lambda store: cancel_check_in(store, workshop_id, person.id),
                    initiator=self,
                )
        except CatalyseError as error:
            self.say(str(error))
            return False
        self.say(
            self.tr("✓ {name} est pointé·e (Ctrl+Z pour annuler).").format(name=name)
            if present
            else self.tr("{name} n'est plus pointé·e.").format(name=name)
        )
        return True

    # -- the highlighted row: the one Enter checks in ---------------------------------------
    def highlighted_row(self) -> AttendanceRow | None:
        """The row Enter in the name field acts on (None: no row is highlighted)."""
        selection = self.view.selectionModel()
        current = selection.currentIndex()
        if not current.isValid() or not selection.isRowSelected(current.row(), QModelIndex()):
            return None
        row: AttendanceRow = current.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        return row

    def _highlight(self, proxy_row: int | None) -> None:
        selection = self.view.selectionModel()
        if proxy_row is None or not 0 <= proxy_row < self.proxy.rowCount():
            selection.clear()
            return
        index = self.proxy.index(proxy_row, 1)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    def _restore_highlight(self, person_id: PersonId | None) -> None:
        """After a refresh: the same person if still listed, else the best match (if typing)."""
        if person_id is not None:
            for proxy_row in range(self.proxy.rowCount()):
                row = self.proxy.index(proxy_row, 0).data(Qt.ItemDataRole.UserRole)
                if row.person.id == person_id:
                    self._highlight(proxy_row)
                    return
        self._highlight(0 if self.proxy.searching() else None)

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._highlight(0 if self.proxy.searching() else None)

    def _move_highlight(self, step: int) -> None:
        count = self.proxy.rowCount()
        if not count:
            return
        current = self.view.selectionModel().currentIndex()
        if self.highlighted_row() is None or not current.isValid():
            target = 0 if step > 0 else count - 1
        else:
            target = max(0, min(count - 1, current.row() + step))
        self._highlight(target)

    def _page_rows(self) -> int:
        height = self.view.verticalHeader().defaultSectionSize() or 1
        return max(1, self.view.viewport().height() // height - 1)

    def _on_filter_escape(self) -> None:
        if self.filter.text():
            self.filter.clear()
        else:
            self._highlight(None)
            self.say("")

    def undo_from_field(self) -> None:
        """Ctrl+Z in the name field: undo the last action (a wrong check-in), and say so."""
        stack = self.context.undo_stack
        if not stack.canUndo():
            self.say(self.tr("Rien à annuler."))
            return
        text = stack.undoText()
        stack.undo()
        self.say(self.tr("Annulé : {action}").format(action=text))

    def redo_from_field(self) -> None:
        """Ctrl+Maj+Z (or Ctrl+Y) in the name field: redo what was undone, and say so."""
        stack = self.context.undo_stack
        if not stack.canRedo():
            return
        text = stack.redoText()
        stack.redo()
        self.say(self.tr("Rétabli : {action}").format(action=text))

    def check_in_highlighted(self) -> None:
        """Enter in the name field: check in the highlighted person, then clear the field.

        Nobody registered matches: someone of the registry whose name matches is checked in.
        """
        row = self.highlighted_row()
        text = self.filter.text()
        if row is None:
            if text.strip():
                self._check_in_from_registry(text)
            return
        if row.present:
            self.say(
                self.tr("{name} est déjà pointé·e. Effacez le nom pour continuer.").format(
                    name=row.person.full_name
                )
            )
            return
        if self._on_presence_requested(row.person, True):
            self.filter.clear()

    def _check_in_from_registry(self, text: str) -> None:
        """Nobody registered matches: the one person of the registry so named is checked in."""
        found = registry_candidates(self.context.store, text, limit=4)
        if len(found) == 1 and found[0].names_the_person:
            person = found[0].person
            if self._on_presence_requested(person, True):
                self.say(
                    self.tr(
                        "✓ {name} (dans l'annuaire, non inscrit·e) est inscrit·e et pointé·e."
                    ).format(name=person.full_name)
                )
                self.filter.clear()
        elif found:
            names = ", ".join(
                f"{c.person.full_name} ({c.organisation_name})"
                if c.organisation_name
                else c.person.full_name
                for c in found[:3]
            )
            self.say(
                self.tr("Non inscrit·e. Dans l'annuaire : {names}… Précisez le nom.").format(
                    names=names
                )
            )
        else:
            self.say(
                self.tr(
                    "Personne ne correspond : {keys} pour accueillir une nouvelle personne."
                ).format(keys=self.walk_in_keys())
            )

    # -- walk-in -----------------------------------------------------------------------------
    def open_walk_in(self) -> None:
        if self.context.current_workshop_id is None:
            return
        if self._names_stale:
            self.walk_in.names.setStringList(all_organisation_names(self.context.store))
            self._names_stale = False
        self.walk_in.show()
        typed = self.filter.text().strip().split()
        if typed and not self.walk_in.first_name.text() and not self.walk_in.last_name.text():
            self.walk_in.first_name.setText(typed[0])
            self.walk_in.last_name.setText(" ".join(typed[1:]))
        self.walk_in.first_name.setFocus()
        self.walk_in.first_name.selectAll()

    def _on_walk_in_organisation_changed(self, name: str) -> None:
        known = bool(organisations_named(self.context.store, name))
        self.walk_in.set_known_organisation(known)

    def _close_walk_in(self) -> None:
        self.walk_in.clear()
        self.walk_in.hide()
        self.filter.setFocus()

    def add_walk_in(self) -> None:
        """Add the person (and their organisation if new), register and check them in: one step.

        A refusal (no name, a bad e-mail, a new organisation whose kind is not chosen) is shown
        under the form, with the focus on the field to fix; nothing is written then.
        """
        workshop_id = self.context.current_workshop_id
        form = self.walk_in
        if workshop_id is None:
            return
        first, last = form.first_name.text(), form.last_name.text()
        organisation, kind, email = form.organisation.text(), form.chosen_kind(), form.email.text()
        lang = current_lang()
        name = " ".join(f"{first} {last}".split())
        try:
            person = self.context.apply(
                self.tr("Accueillir {name}").format(name=name),
                lambda store: welcome_walk_in(
                    store, workshop_id, first, last, organisation, kind, email, lang=lang
                ),
                initiator=self,
            )
        except InvalidInput as error:
            form.show_message(str(error))
            focus = {
                "first_name": form.first_name,
                "email": form.email,
                "organisation": form.kind
                if isinstance(error, UnknownOrganisation)
                else form.organisation,
            }.get(error.field, form.first_name)
            if focus is form.kind:
                form.kind.setEnabled(True)
            focus.setFocus()
            return
        except CatalyseError as error:  # the workshop was deleted meanwhile…
            form.show_message(str(error))
            return
        self.say(self.tr("✓ {name} est ajouté·e et pointé·e.").format(name=person.full_name))
        self._close_walk_in()

    # -- sign-in sheet -----------------------------------------------------------------------
    def print_sheet(self, printer: QPrinter | None = None) -> int:
        """Print the sign-in sheet: the print dialog picks the printer, the pages and copies.

        The number of pages sent (0: cancelled, or nothing to print).
        """
        workshop_id = self.context.current_workshop_id
        if workshop_id is None:
            return 0
        title = self.tr("Imprimer la feuille d'émargement")
        folder = private_temporary_dir("emargement")
        path = Path(folder.path()) / self.tr("feuille-emargement.pdf")
        try:
            write_signin_sheet(self.context.store, workshop_id, path, current_lang())
        except (OSError, CatalyseError) as error:
            self.say(str(error))
            return 0
        sent = print_pdf_file(self, path, title, printer)
        if sent:
            self.say(self.tr("Feuille d'émargement envoyée à l'imprimante (%n page(s)).", "", sent))
        return sent

    def save_sheet(self) -> Path | None:
        """Save the sign-in sheet as a PDF where the user says, then offer to open it."""
        workshop_id = self.context.current_workshop_id
        if workshop_id is None:
            return None
        counted: list[int] = []
        target = save_to_chosen_file(
            self,
            self.tr("Enregistrer la feuille d'émargement"),
            self.tr("feuille-emargement.pdf"),
            [(self.tr("Document PDF (*.pdf)"), ".pdf")],
            lambda path: counted.append(
                write_signin_sheet(self.context.store, workshop_id, path, current_lang())
            ),
        )
        if target is None:
            return None
        self.say(
            self.tr("Feuille d'émargement enregistrée ({count} personnes) : {path}").format(
                count=counted[0], path=target
            )
        )
        answer = QMessageBox.question(
            self,
            self.tr("Feuille d'émargement"),
            self.tr("La feuille est enregistrée. L'ouvrir ?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            open_pdf(self, target, self.tr("Feuille d'émargement"))
        return target
