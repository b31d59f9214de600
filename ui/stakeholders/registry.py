"""The registry tabs: a searchable, filterable table of organisations or people and a side form."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from ui.refresh import Refresher
from ui.stakeholders.forms import OrganisationForm, PersonForm, RecordForm
from ui.stakeholders.gdpr import PersonDataActions
from ui.stakeholders.keys import KeyClaims
from ui.stakeholders.models import PersonTableModel, RegistryTableModel, organisation_model
from workshop.domain.changes import Area, Changes
from workshop.domain.records import CommitmentId, Organisation, OrganisationId, Person, PersonId
from workshop.domain.sdg import all_sdgs
from workshop.domain.vocabulary import Lang, OrganisationKind
from workshop.errors import CatalyseError, InvalidInput
from workshop.ops import Applied
from workshop.ops.attendance import register_people
from workshop.ops.merge import merge_organisations, merge_people
from workshop.ops.registry import (
    add_organisation,
    add_person,
    delete_organisations,
    delete_people,
    edit_organisation,
    edit_person,
)
from workshop.queries.names import organisations_named
from workshop.queries.registry import (
    LazyPage,
    RegistryFilter,
    all_organisation_names,
    organisation_history,
    organisation_names,
    organisations_page,
    people_page,
    territories,
)
from workshop.queries.timeline import FOLLOW_UP_KINDS, commitment_timeline, describe
from workshop.storage.store import Store

ROW_LIMIT = 500
SEARCH_DELAY_MS = 120
HISTORY_AREAS = (Area.WORKSHOPS, Area.ATTENDANCE, Area.BOARD, Area.ALLIANCES, Area.COMMITMENTS)
# Qt's Fusion tabs clip the accent of a capital (É) on unselected tabs: a little more room.
TAB_STYLE = (
    "QTabBar::tab { padding: 5px 12px; margin-right: 2px; border: 1px solid palette(mid);"
    " border-bottom: none; border-top-left-radius: 3px; border-top-right-radius: 3px;"
    " background: palette(button); } QTabBar::tab:selected { background: palette(base); }"
)


class RegistryTab(QWidget):
    """Search field, filters, a table limited to the first results, and a side panel.

    Subclasses say which table they show, how to query it and which form edits it.
    """

    refreshed = Signal()
    table_name = ""
    areas: frozenset[Area] = frozenset({Area.ORGANISATIONS, Area.PEOPLE})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = self.make_model()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.sdg_filter = QComboBox()
        self.territory_filter = QComboBox()
        self.count_label = QLabel()
        self.view = QTableView()
        self.new_button = QPushButton()
        self.new_button.setToolTip(
            self.tr("Nouvelle fiche : {keys}").format(
                keys=QKeySequence("Ins").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.delete_button = QPushButton(self.tr("Supprimer…"))
        self.merge_button = QPushButton(self.tr("Fusionner…"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._build()
        self._connect()
        self._refresher = Refresher(context, self, self.areas, self._on_context_data_changed)
        self.refresh_filters()
        self.refresh()
        self.load_form(None)

    # -- to fill in by subclasses ------------------------------------------------------------
    def make_model(self) -> RegistryTableModel[Any]:
        raise NotImplementedError

    def query(self, flt: RegistryFilter) -> LazyPage[Any]:
        raise NotImplementedError

    def make_side_panel(self) -> QWidget:
        raise NotImplementedError

    def column_widths(self) -> list[int]:
        return [260]

    def show_page(self, page: LazyPage[Any]) -> None:
        self.model.set_page(page)

    @property
    def form(self) -> RecordForm:
        raise NotImplementedError

    def load_form(self, record: Any | None) -> None:
        raise NotImplementedError

    def describe(self, record: Any) -> str:
        raise NotImplementedError

    def delete_question(self, records: list[Any]) -> str:
        raise NotImplementedError

    def save_operation(self, record: Any, lang: Lang) -> Callable[[Store], Applied[Any]]:
        """The operation that adds the form's record (id 0) or saves its edits."""
        raise NotImplementedError

    def delete_operation(self, ids: list[int]) -> Callable[[Store], Applied[int]]:
        raise NotImplementedError

    def merge_operation(self, keep_id: int, drop_id: int) -> Callable[[Store], Applied[Any]]:
        raise NotImplementedError

    def merge_text(self) -> str:
        raise NotImplementedError

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        lang = current_lang()
        self.kind_filter.addItem(self.tr("Tous les types"), None)
        for kind in OrganisationKind:
            self.kind_filter.addItem(kind.label(lang), kind.value)
        self.kind_filter.setAccessibleName(self.tr("Filtrer par type de structure"))
        self.sdg_filter.addItem(self.tr("Tous les ODD"), None)
        for goal in all_sdgs():
            self.sdg_filter.addItem(f"{goal.number}. {goal.title(lang)}", goal.number)
        self.sdg_filter.setAccessibleName(self.tr("Filtrer par ODD"))
        self.territory_filter.setAccessibleName(self.tr("Filtrer par territoire"))
        self.territory_filter.setMinimumContentsLength(14)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(150)
        for section, width in enumerate(self.column_widths()):
            header.resizeSection(section, width)

        # Search above its filters, the count above the buttons: the list stays narrow enough
        # to sit beside its form and the phone panel on a 1366-pixel screen.
        filters = QHBoxLayout()
        for combo in (self.kind_filter, self.sdg_filter, self.territory_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo, 1)
        buttons = QHBoxLayout()
        self.buttons_row = buttons
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.new_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addLayout(filters)
        column.addWidget(self.view, 1)
        column.addWidget(self.count_label)
        column.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        side = self.make_side_panel()
        side.setMinimumWidth(max(360, self.form.minimumSizeHint().width() + 12))
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self._timer.timeout.connect(self.refresh)
        for combo in (self.kind_filter, self.sdg_filter, self.territory_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.new_button.clicked.connect(self.start_new)
        self.delete_button.clicked.connect(self.delete_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.form.submitted.connect(self._on_form_submitted)
        self.form.cancelled.connect(self._on_form_cancelled)
        self._view_keys = KeyClaims(
            self.view,
            [
                (QKeySequence.StandardKey.Delete, self.delete_selected),
                ("Return", self._edit_current),
                ("Enter", self._edit_current),
            ],
        )
        self._keys = KeyClaims(
            self,
            [
                (QKeySequence.StandardKey.Find, self.search.setFocus),
                # Ctrl+N is File > New everywhere: a new record is Insert, as in a table.
                ("Ins", self.start_new),
            ],
        )

    # -- data --------------------------------------------------------------------------------
    def current_filter(self) -> RegistryFilter:
        return RegistryFilter(
            text=self.search.text(),
            kind=OrganisationKind(kind) if (kind := self.kind_filter.currentData()) else None,
            sdg=self.sdg_filter.currentData(),
            territory=self.territory_filter.currentData() or "",
        )

    def refresh_filters(self) -> None:
        """The territory filter lists the territories named in the registry."""
        chosen = self.territory_filter.currentData()
        self.territory_filter.blockSignals(True)
        self.territory_filter.clear()
        self.territory_filter.addItem(self.tr("Tous les territoires"), None)
        for territory in territories(self.context.store):
            self.territory_filter.addItem(territory, territory)
        self.territory_filter.setCurrentIndex(max(0, self.territory_filter.findData(chosen)))
        self.territory_filter.blockSignals(False)

    def refresh(self) -> None:
        """Query again with the current search and filters, keeping the selection."""
        self._timer.stop()
        selected = {r.id for r in self.selected_records()}
        page = self.query(self.current_filter())
        shown, total = len(page), page.total
        self.show_page(page)
        header = self.view.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if page.capped:
            self.count_label.setText(
                self.tr(
                    "Plus de {total} résultats, {shown} affichés : affinez la recherche"
                ).format(total=f"{total:n}", shown=shown)
            )
        elif total > shown:
            self.count_label.setText(
                self.tr("{total} résultats, {shown} affichés : affinez la recherche").format(
                    total=f"{total:n}", shown=shown
                )
            )
        else:
            self.count_label.setText(self.tr("%n résultat(s)", "", total))
        self.select_ids(selected)
        self.refreshed.emit()

    def selected_records(self) -> list[Any]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.record(r) for r in rows if r < self.model.rowCount()]

    def select_ids(self, ids: set[int]) -> None:
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        selection.clearSelection()
        for row, record_id in enumerate(self.model.ids()):
            if record_id in ids:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.scrollTo(self.model.index(row, 0))
        selection.blockSignals(False)
        self._update_buttons()
        self._reload_form_if_clean()

    def _reload_form_if_clean(self) -> None:
        """After a change elsewhere (or an undo), show the fresh record unless being edited."""
        shown = self.form_record()
        if shown is None or not shown.id:
            return
        if self.form.build() != shown:
            return
        fresh = self.model.record_with_id(shown.id)
        if fresh is None:
            fresh = self.fetch(shown.id)
        if fresh != shown:
            self.load_form(fresh)

    def form_record(self) -> Any | None:
        return self.form.shown

    def fetch(self, record_id: int) -> Any | None:
        raise NotImplementedError

    def _update_buttons(self) -> None:
        count = len(self.view.selectionModel().selectedRows())
        self.delete_button.setEnabled(count >= 1)
        self.merge_button.setEnabled(count == 2)

    # -- handlers ----------------------------------------------------------------------------
    def _on_search_return_pressed(self) -> None:
        self.refresh()
        if self.model.rowCount():
            self.view.setFocus()
            self.view.selectRow(0)

    def _edit_current(self) -> None:
        """Enter on a row: edit it in the side form."""
        if len(self.selected_records()) == 1:
            self.form.first_field().setFocus()

    def _on_selection_changed(self) -> None:
        self._update_buttons()
        records = self.selected_records()
        if len(records) == 1:
            self.load_form(records[0])

    def _on_context_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.FILE):
            self.load_form(None)
        if changes.touches(Area.ORGANISATIONS, Area.PEOPLE, Area.FILE):
            self.refresh_filters()
            self.refresh()

    def start_new(self) -> None:
        """An empty form, focused, for a new record."""
        self.view.clearSelection()
        self.load_form(None)
        self.form.first_field().setFocus()

    def _on_form_cancelled(self) -> None:
        records = self.selected_records()
        self.load_form(records[0] if len(records) == 1 else None)

    def _on_form_submitted(self, record: Any) -> None:
        if record.id:
            before = self.fetch(record.id)
            if before is None or before == record:
                return
            text = self.tr("Modifier {name}").format(name=self.describe(record))
        else:
            text = self.tr("Ajouter {name}").format(name=self.describe(record))
        try:
            saved = self.context.apply(text, self.save_operation(record, current_lang()))
        except InvalidInput as error:
            self.form.show_refusal(error)
            return
        except CatalyseError as error:
            QMessageBox.warning(self, self.tr("Enregistrer"), str(error))
            return
        self.load_form(saved)
        if not record.id:
            self.select_ids({saved.id})

    def delete_selected(self) -> None:
        records = self.selected_records()
        if not records:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer"),
            self.delete_question(records) + "\n\n" + self.tr("Vous pourrez annuler (Ctrl+Z)."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        names = ", ".join(self.describe(r) for r in records[:3])
        try:
            self.context.apply(
                self.tr("Supprimer {names}").format(names=names),
                self.delete_operation([r.id for r in records]),
            )
        except CatalyseError as error:
            QMessageBox.warning(self, self.tr("Supprimer"), str(error))
            return
        self.load_form(None)

    def merge_selected(self) -> None:
        """Merge two selected duplicates: the user picks the one to keep."""
        records = self.selected_records()
        if len(records) != 2:
            return
        first, second = records
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Fusionner deux doublons"))
        box.setText(
            self.tr(
                "Fusionner « {a} » et « {b} » ? Tous les liens (personnes, contributions, "
                "alliances, engagements, présences) passent sur la fiche gardée ; ses champs "
                "vides sont complétés par l'autre. Vous pourrez annuler (Ctrl+Z)."
            ).format(a=self.describe(first), b=self.describe(second))
        )
        keep_first = box.addButton(
            self.tr("Garder « {a} »").format(a=self.describe(first)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        keep_second = box.addButton(
            self.tr("Garder « {b} »").format(b=self.describe(second)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep_first:
            keep, drop = first, second
        elif clicked is keep_second:
            keep, drop = second, first
        else:
            return
        try:
            self.context.apply(self.merge_text(), self.merge_operation(keep.id, drop.id))
        except CatalyseError as error:
            QMessageBox.warning(self, self.tr("Fusionner deux doublons"), str(error))
            return
        self.select_ids({keep.id})
        self.load_form(self.fetch(keep.id))


class OrganisationsTab(RegistryTab):
    """The organisations of the registry, with a form and each one's history."""

    table_name = "organisations"
    areas = frozenset({Area.ORGANISATIONS, Area.PEOPLE, *HISTORY_AREAS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.new_button.setText(self.tr("Nouvelle structure"))
        self.search.setPlaceholderText(
            self.tr("Rechercher une structure (nom, secteur, commune, territoire, notes)…")
        )
        self.search.setAccessibleName(self.tr("Rechercher des structures"))
        self.view.setAccessibleName(self.tr("Structures"))

    def make_model(self) -> RegistryTableModel[Organisation]:
        return organisation_model(self)

    def column_widths(self) -> list[int]:
        return [280, 200, 150, 150]

    def query(self, flt: RegistryFilter) -> LazyPage[Organisation]:
        return organisations_page(self.context.store, flt, ROW_LIMIT)

    def make_side_panel(self) -> QWidget:
        self._form = OrganisationForm()
        self.history = QTextBrowser()
        self.history.setOpenLinks(False)
        self.history.setAccessibleName(self.tr("Historique de la structure"))
        self.side_tabs = QTabWidget()
        self.side_tabs.tabBar().setStyleSheet(TAB_STYLE)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._form)
        self.side_tabs.addTab(scroll, self.tr("Fiche"))
        self.side_tabs.addTab(self.history, self.tr("Historique"))
        return self.side_tabs

    @property
    def form(self) -> OrganisationForm:
        return self._form

    def _on_context_data_changed(self, changes: Changes, initiator: object) -> None:
        super()._on_context_data_changed(changes, initiator)
        shown = self.form_record()
        if shown is not None and shown.id and changes.touches(*HISTORY_AREAS):
            current = self.fetch(shown.id)
            self.history.setHtml(self.history_html(current) if current else "")

    def fetch(self, record_id: int) -> Organisation | None:
        found = self.context.store.organisations.find("id = ?", [record_id])
        return found[0] if found else None

    def load_form(self, record: Organisation | None) -> None:
        self._form.load(record)
        self.history.setHtml(self.history_html(record) if record else "")

    def describe(self, record: Organisation) -> str:
        return record.name

    def save_operation(
        self, record: Organisation, lang: Lang
    ) -> Callable[[Store], Applied[Organisation]]:
        if record.id:
            return lambda store: edit_organisation(store, record, lang=lang)
        return lambda store: add_organisation(store, record, lang=lang)

    def delete_operation(self, ids: Sequence[int]) -> Callable[[Store], Applied[int]]:
        wanted = [OrganisationId(i) for i in ids]
        return lambda store: delete_organisations(store, wanted)

    def merge_operation(
        self, keep_id: int, drop_id: int
    ) -> Callable[[Store], Applied[Organisation]]:
        keep, drop, lang = OrganisationId(keep_id), OrganisationId(drop_id), current_lang()
        return lambda store: merge_organisations(store, keep, drop, lang=lang)

    def merge_text(self) -> str:
        return self.tr("Fusionner deux structures")

    def delete_question(self, records: list[Organisation]) -> str:
        if len(records) == 1:
            intro = self.tr("Supprimer la structure « {name} » ?").format(name=records[0].name)
        else:
            intro = self.tr("Supprimer %n structure(s) ?", "", len(records))
        return (
            intro
            + " "
            + self.tr(
                "Ses personnes restent, sans structure ; ses partenariats et leurs engagements "
                "sont supprimés."
            )
        )

    def history_html(self, organisation: Organisation) -> str:
        """Workshops attended, cards, alliances and commitments, as readable HTML."""
        lang = current_lang()
        history = organisation_history(self.context.store, organisation.id)
        parts = [f"<h3>{escape(organisation.name)}</h3>"]
        parts.append(f"<h4>{self.tr('Ateliers')}</h4>")
        if history.workshops:
            items = [
                self.tr("<li>{title} ({date}) : {text}</li>").format(
                    title=escape(w.title),
                    date=w.date.strftime("%d/%m/%Y") if w.date else "—",
                    text=self.tr("{present} présent(s) sur {registered} inscrit(s)").format(
                        present=present or 0, registered=registered
                    ),
                )
                for w, registered, present in history.workshops
            ]
            parts.append("<ul>" + "".join(items) + "</ul>")
        else:
            parts.append(f"<p>{self.tr('Aucun atelier.')}</p>")
        parts.append(f"<h4>{self.tr('Contributions')}</h4>")
        if history.cards:
            items = [
                f"<li>{escape(card.text)} <i>({escape(w.title)})</i></li>"
                for w, card in history.cards
            ]
            parts.append("<ul>" + "".join(items) + "</ul>")
        else:
            parts.append(f"<p>{self.tr('Aucune contribution.')}</p>")
        parts.append(f"<h4>{self.tr('Alliances et engagements')}</h4>")
        if not history.partnerships:
            parts.append(f"<p>{self.tr('Aucune alliance.')}</p>")
        for entry in history.partnerships:
            parts.append(
                "<p><b>{}</b> — {} · {}</p>".format(  # noqa: UP032 (long line otherwise)
                    escape(entry.alliance.name),
                    entry.partner.role.label(lang),
                    entry.alliance.status.label(lang),
                )
            )
            items = [
                "<li>{what} — <b>{status}</b>{due}{steps}</li>".format(
                    what=escape(c.description),
                    status=c.status.label(lang),
                    due=" · "
                    + self.tr("échéance {date}").format(date=c.due_date.strftime("%d/%m/%Y"))
                    if c.due_date
                    else "",
                    steps=self._follow_up_steps(c.id),
                )
                for c in entry.commitments
            ]
            if items:
                parts.append("<ul>" + "".join(items) + "</ul>")
        return "".join(parts)

    def _follow_up_steps(self, commitment_id: CommitmentId) -> str:
        """What happened to a commitment after the workshop (reminders, status and date
        changes), one small line each; "" when nothing did."""
        lang = current_lang()
        steps = [
            f"<li><small>{when} – {escape(describe(event, lang))}</small></li>"
            for event in commitment_timeline(self.context.store, commitment_id)
            if event.kind in FOLLOW_UP_KINDS
            for when in [event.at.strftime("%d/%m/%Y") if event.at else "—"]
        ]
        return "<ul>" + "".join(steps) + "</ul>" if steps else ""


class PeopleTab(RegistryTab):
    """The people of the registry, with a form and their personal-data actions."""

    table_name = "people"
    areas = frozenset({Area.ORGANISATIONS, Area.PEOPLE, Area.CURRENT_WORKSHOP})
    model: PersonTableModel
    _names_stale = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.new_button.setText(self.tr("Nouvelle personne"))
        self.search.setPlaceholderText(
            self.tr("Rechercher une personne (nom, e-mail, structure, notes)…")
        )
        self.search.setAccessibleName(self.tr("Rechercher des personnes"))
        self.view.setAccessibleName(self.tr("Personnes"))
        self.register_button = QPushButton(self.tr("Inscrire à l'atelier"))
        self.register_button.setToolTip(
            self.tr("Inscrire les personnes choisies à l'atelier en cours (émargement)")
        )
        self.register_button.clicked.connect(self.register_selected)
        self.buttons_row.insertWidget(1, self.register_button)
        self._update_buttons()

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "register_button"):
            self.register_button.setEnabled(
                self.context.current_workshop_id is not None and bool(self.selected_records())
            )

    def register_selected(self) -> None:
        """Register the selected people for the current workshop (one undoable step)."""
        workshop_id = self.context.current_workshop_id
        people = [PersonId(p.id) for p in self.selected_records()]
        if workshop_id is None or not people:
            return
        try:
            self.context.apply(
                self.tr("Inscrire %n personne(s) à l'atelier", "", len(people)),
                lambda store: register_people(store, workshop_id, people),
            )
        except CatalyseError as error:
            QMessageBox.warning(self, self.tr("Inscrire à l'atelier"), str(error))

    def make_model(self) -> PersonTableModel:
        return PersonTableModel(self)

    def column_widths(self) -> list[int]:
        return [130, 110, 250, 150, 240]

    def query(self, flt: RegistryFilter) -> LazyPage[Person]:
        return people_page(self.context.store, flt, ROW_LIMIT)

    def show_page(self, page: LazyPage[Person]) -> None:
        ids = (page.number(i, "organisation_id") for i in range(len(page)))
        wanted = [OrganisationId(i) for i in ids if i is not None]
        names = organisation_names(self.context.store, wanted)
        self.model.set_people(page, names)

    def _on_context_data_changed(self, changes: Changes, initiator: object) -> None:
        if changes.touches(Area.ORGANISATIONS, Area.FILE):
            self._names_stale = True
        super()._on_context_data_changed(changes, initiator)
        if changes.touches(Area.CURRENT_WORKSHOP):
            self._update_buttons()

    def make_side_panel(self) -> QWidget:
        self._form = PersonForm(self._resolve_organisation)
        self._form.organisation.installEventFilter(self)
        self.side = QWidget()
        column = QVBoxLayout(self.side)
        column.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._form)
        column.addWidget(scroll, 1)
        self.gdpr_box = PersonDataActions(self.context, self._form_person)
        column.addWidget(self.gdpr_box)
        return self.side

    def _form_person(self) -> Person | None:
        record = self.form_record()
        return record if isinstance(record, Person) and record.id else None

    @property
    def form(self) -> PersonForm:
        return self._form

    def _resolve_organisation(self, name: str) -> OrganisationId | None:
        """The organisation a typed name designates (case and accents ignored), if just one."""
        found = organisations_named(self.context.store, name)
        own = self._form.shown.organisation_id
        if own is not None and any(o.id == own for o in found):
            return own
        return found[0].id if len(found) == 1 else None

    def eventFilter(self, watched: object, event: object) -> bool:
        """The organisation names for completion are loaded when the field is first used."""
        from PySide6.QtCore import QEvent

        if (
            watched is self._form.organisation
            and isinstance(event, QEvent)
            and event.type() == QEvent.Type.FocusIn
            and self._names_stale
        ):
            self._form.set_organisation_names(all_organisation_names(self.context.store))
            self._names_stale = False
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def fetch(self, record_id: int) -> Person | None:
        found = self.context.store.people.find("id = ?", [record_id])
        return found[0] if found else None

    def load_form(self, record: Person | None) -> None:
        name = ""
        if record is not None and record.organisation_id is not None:
            name = organisation_names(self.context.store, [record.organisation_id]).get(
                record.organisation_id, ""
            )
        self._form.load(record, name)
        self.gdpr_box.setEnabled(record is not None and bool(record.id))

    def describe(self, record: Person) -> str:
        return record.full_name or self.tr("(sans nom)")

    def save_operation(self, record: Person, lang: Lang) -> Callable[[Store], Applied[Person]]:
        typed = self._form.organisation.text()
        if record.id:
            return lambda store: edit_person(store, record, typed, lang=lang)
        return lambda store: add_person(store, record, typed, lang=lang)

    def delete_operation(self, ids: Sequence[int]) -> Callable[[Store], Applied[int]]:
        wanted = [PersonId(i) for i in ids]
        return lambda store: delete_people(store, wanted)

    def merge_operation(self, keep_id: int, drop_id: int) -> Callable[[Store], Applied[Person]]:
        keep, drop, lang = PersonId(keep_id), PersonId(drop_id), current_lang()
        return lambda store: merge_people(store, keep, drop, lang=lang)

    def merge_text(self) -> str:
        return self.tr("Fusionner deux personnes")

    def delete_question(self, records: list[Person]) -> str:
        if len(records) == 1:
            return self.tr("Supprimer « {name} » ?").format(name=self.describe(records[0]))
        return self.tr("Supprimer %n personne(s) ?", "", len(records))
