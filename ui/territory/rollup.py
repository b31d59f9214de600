"""The Territoire screen's "Vue d'ensemble": every workshop of the file rolled up, for a period.

Headline figures, then who is engaged (the most engaged organisations, by kind), the alliances
(by SDG, by the catalysts' four needs) and the commitments (by resource and status, quarter by
quarter), each as a chart and a table; exported as a PDF or a workbook for funders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from ui.refresh import Refresher
from ui.territory.charts import BarChart, ChartBar, ChartGroup, ColumnChart
from ui.widgets.date_field import DateField
from ui.widgets.open_file import open_with_system
from ui.widgets.plain_text import plain_tooltip
from workshop.domain.changes import Area, Changes
from workshop.domain.sdg import sdg
from workshop.domain.vocabulary import KIND_COLOURS, Lang
from workshop.errors import CatalyseError
from workshop.queries.territory import Period, TerritoryRollup, quarter_label, territory_rollup
from workshop.queries.territory_tables import (
    CHART_STATUSES,
    NEED_COLOURS,
    STATUS_COLOURS,
    Cell,
    by_kind_headers,
    by_kind_rows,
    cell_text,
    headline_figures,
    held_text,
    label,
    needs_table,
    organisations_table,
    quarter_rows,
    sdgs_table,
    workshops_table,
)

Index = QModelIndex | QPersistentModelIndex
AREAS = {
    Area.WORKSHOPS,
    Area.ORGANISATIONS,
    Area.PEOPLE,
    Area.ATTENDANCE,
    Area.BOARD,
    Area.ALLIANCES,
    Area.COMMITMENTS,
}
TOP_ORGANISATIONS = 100  # rows of the screen's table (the exports have them all)


def _colour(number: int) -> str:
    return sdg(number).colour


def _write_workbook(rollup: TerritoryRollup, path: Path, lang: Lang) -> None:
    from workshop.exporting.territory import write_territory_workbook  # openpyxl: when asked

    write_territory_workbook(rollup, path, lang)


def _write_pdf(rollup: TerritoryRollup, path: Path, lang: Lang) -> None:
    from workshop.report.files import write_atomically  # reportlab: when asked
    from workshop.report.territory import build_territory_report

    write_atomically(path, lambda temporary: build_territory_report(rollup, temporary, lang=lang))


class RowsModel(QAbstractTableModel):
    """A read-only table of typed cells: numbers right-aligned and sorted as numbers, text
    shown as it is; Qt.UserRole gives the row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[Cell, ...]] = []
        self._texts: list[tuple[str, ...]] = []

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
        lang = current_lang()
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [tuple(r) for r in rows]
        self._texts = [tuple(cell_text(v, lang) for v in r) for r in self._rows]
        self.endResetModel()

    def rows(self) -> list[tuple[Cell, ...]]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if not 0 <= index.column() < len(row):
            return None
        value = row[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._texts[index.row()][index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return

        def key(row: tuple[Cell, ...]) -> tuple[int, Any]:
            value = row[column]
            if isinstance(value, (int, float)):
                return (0, value)
            if isinstance(value, dt.date):
                return (0, value.toordinal())
            return (1, str(value or "").casefold())

        self.layoutAboutToBeChanged.emit()
        pairs = sorted(
            zip(self._rows, self._texts, strict=True),
            key=lambda pair: key(pair[0]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [row for row, _ in pairs]
        self._texts = [text for _, text in pairs]
        self.layoutChanged.emit()


def table_view(
    name: str, model: RowsModel, rows: int = 8, stretch: int | None = None
) -> QTableView:
    """A compact, sortable, keyboard-navigable table `rows` rows high, its `stretch` column
    (a name) taking the room the figures leave."""
    view = QTableView()
    view.setAccessibleName(name)
    view.setModel(model)
    view.setSortingEnabled(False)  # rows come in the roll-up's order; a header click sorts
    view.horizontalHeader().setSectionsClickable(True)
    view.horizontalHeader().sectionClicked.connect(lambda column: _sort_by(view, column))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table, the arrows move inside
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(40)  # the first rows give the widths: fast on 10,000
    header.setStretchLastSection(False)
    if stretch is not None:
        model.modelReset.connect(lambda: _stretch(view, stretch))
    view.setWordWrap(False)
    height = view.verticalHeader().defaultSectionSize() * rows
    view.setMinimumHeight(height + view.horizontalHeader().sizeHint().height() + 4)
    return view


def _stretch(view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    if column < header.count():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def _sort_by(view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    descending = header.sortIndicatorSection() == column and (
        header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    )
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    header.setSortIndicatorShown(True)
    header.setSortIndicator(column, order)
    view.model().sort(column, order)


class FigureTile(QFrame):
    """One headline figure: a big number above what it counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("figureTile")
        self.setStyleSheet("#figureTile { background: palette(base); border-radius: 6px; }")
        self.value = QLabel()
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setStyleSheet("font-size: 18pt; font-weight: 700; color: #19486A;")
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def show_figure(self, value: int, caption: str) -> None:
        self.value.setText(cell_text(value, current_lang()))
        self.caption.setText(caption)
        self.setAccessibleName(f"{cell_text(value, current_lang())} {caption}")


def _section(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title.replace("&", "&&"))
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 6, 8, 8)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)  # beside a taller section, the charts and tables stay at the top
    return box


PRESETS = ("all", "this_year", "last_year", "twelve_months", "chosen")


class RollupPanel(QWidget):
    """The Vue d'ensemble: a period, headline figures, charts and tables of every workshop."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rollup = TerritoryRollup(Period())
        self._last_export: Path | None = None
        self._setting_period = False
        self.today: Callable[[], dt.date] = dt.date.today

        # the period
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Période du bilan"))
        self.preset.addItem(self.tr("Toutes les dates"), "all")
        self.preset.addItem(self.tr("Cette année"), "this_year")
        self.preset.addItem(self.tr("L'année dernière"), "last_year")
        self.preset.addItem(self.tr("Les 12 derniers mois"), "twelve_months")
        self.preset.addItem(self.tr("Dates choisies"), "chosen")
        preset_label = QLabel(self.tr("&Période :"))
        preset_label.setBuddy(self.preset)
        self.start = DateField(optional=True)
        self.start.setAccessibleName(self.tr("Premier jour de la période"))
        self.end = DateField(optional=True)
        self.end.setAccessibleName(self.tr("Dernier jour de la période"))
        start_label = QLabel(self.tr("&Du"))
        start_label.setBuddy(self.start)
        end_label = QLabel(self.tr("a&u"))
        end_label.setBuddy(self.end)
        self.period_error = QLabel()
        self.period_error.setTextFormat(Qt.TextFormat.PlainText)
        self.period_error.setStyleSheet("color: #B3261E;")
        self.period_error.hide()
        self.held = QLabel()
        self.held.setTextFormat(Qt.TextFormat.PlainText)
        self.held.setStyleSheet("color: palette(placeholder-text);")
        self.pdf_button = QPushButton(self.tr("Exporter en PDF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button = QPushButton(self.tr("Exporter en Excel…"))
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_last_export)
        self.open_button.hide()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bar = QHBoxLayout()
        bar.addWidget(preset_label)
        bar.addWidget(self.preset)
        bar.addWidget(start_label)
        bar.addWidget(self.start)
        bar.addWidget(end_label)
        bar.addWidget(self.end)
        bar.addWidget(self.period_error)
        bar.addWidget(self.held, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.open_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.xlsx_button)

        # the figures
        self.tiles = [FigureTile() for _ in range(7)]
        figures = QHBoxLayout()
        figures.setSpacing(6)
        for tile in self.tiles:
            figures.addWidget(tile, 1)

        # the charts and tables
        self.kinds_chart = BarChart(self.tr("Organisations engagées par nature"))
        self.organisations = RowsModel(self)
        self.organisations_view = table_view(
            self.tr("Organisations les plus engagées"), self.organisations, 10, 0
        )
        self.sdg_chart = BarChart(self.tr("Alliances par ODD"))
        self.sdgs = RowsModel(self)
        self.sdgs_view = table_view(self.tr("Alliances et ateliers par ODD"), self.sdgs, 5, 1)
        self.needs_chart = BarChart(self.tr("Alliances par besoin du territoire"))
        self.needs = RowsModel(self)
        self.needs_view = table_view(self.tr("Alliances et ateliers par besoin"), self.needs, 5, 0)
        self.quarter_chart = ColumnChart(self.tr("Engagements par trimestre et par statut"))
        self.resources = RowsModel(self)
        self.resources_view = table_view(
            self.tr("Engagements par ressource et par statut"), self.resources, 5
        )
        self.quarters = RowsModel(self)
        self.quarters_view = table_view(
            self.tr("Engagements par trimestre, ressource et statut"), self.quarters, 8, 1
        )
        self.workshops = RowsModel(self)
        self.workshops_view = table_view(self.tr("Ateliers"), self.workshops, 8, 1)
        self.totals_note = QLabel()
        self.totals_note.setTextFormat(Qt.TextFormat.PlainText)
        self.totals_note.setWordWrap(True)
        self.totals_note.setStyleSheet("color: palette(placeholder-text);")

        rows = QVBoxLayout()
        rows.setSpacing(10)
        sections = (
            (
                (_section(self.tr("Organisations les plus engagées"), self.organisations_view), 3),
                (_section(self.tr("Organisations engagées par nature"), self.kinds_chart), 2),
            ),
            (
                (_section(self.tr("Alliances par ODD"), self.sdg_chart, self.sdgs_view), 1),
                (
                    _section(
                        self.tr("Alliances par besoin du territoire"),
                        self.needs_chart,
                        self.needs_view,
                    ),
                    1,
                ),
            ),
            (
                (_section(self.tr("Engagements par trimestre"), self.quarter_chart), 2),
                (
                    _section(
                        self.tr("Engagements par ressource et par statut"),
                        self.resources_view,
                        self.totals_note,
                    ),
                    3,
                ),
            ),
            (
                (
                    _section(
                        self.tr("Engagements par trimestre, ressource et statut"),
                        self.quarters_view,
                    ),
                    1,
                ),
            ),
            ((_section(self.tr("Ateliers"), self.workshops_view), 1),),
        )
        for row in sections:
            line = QHBoxLayout()
            line.setSpacing(10)
            for section, stretch in row:
                line.addWidget(section, stretch)
            rows.addLayout(line)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 4, 0)
        content_layout.addLayout(rows)
        content_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addLayout(figures)
        layout.addWidget(self.scroll, 1)

        self._period_timer = QTimer(self)
        self._period_timer.setSingleShot(True)
        self._period_timer.setInterval(300)  # a date being typed: refresh when it is whole
        self._period_timer.timeout.connect(self.refresh)
        self.preset.currentIndexChanged.connect(self._on_preset_current_index_changed)
        self.start.dateChanged.connect(self._on_date_changed)
        self.end.dateChanged.connect(self._on_date_changed)
        self.start.set_value(None)
        self.end.set_value(None)
        self.refresher = Refresher(context, self, AREAS, self._on_data_changed)
        self.refresh()

    # -- the period ---------------------------------------------------------------------------
    def period(self) -> Period:
        return Period(self.start.value(), self.end.value())

    def set_preset(self, preset: str) -> None:
        self.preset.setCurrentIndex(max(0, self.preset.findData(preset)))

    def _on_preset_current_index_changed(self, _index: int) -> None:
        preset = self.preset.currentData()
        today = self.today()
        dates: dict[str, tuple[dt.date | None, dt.date | None]] = {
            "all": (None, None),
            "this_year": (dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)),
            "last_year": (dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)),
            "twelve_months": (today - dt.timedelta(days=365), today),
        }
        if preset not in dates:
            self.start.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        start, end = dates[preset]
        self._setting_period = True
        try:
            self.start.set_value(start)
            self.end.set_value(end)
        finally:
            self._setting_period = False
        self.refresh()

    def _on_date_changed(self, *_args: object) -> None:
        if self._setting_period:
            return
        self.preset.blockSignals(True)
        self.set_preset("chosen")
        self.preset.blockSignals(False)
        self._period_timer.start()

    # -- refresh ------------------------------------------------------------------------------
    def _on_data_changed(self, _changes: Changes, _initiator: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Roll every workshop of the period up again and show it."""
        self._period_timer.stop()
        lang = current_lang()
        try:
            period = self.period().check(lang)
        except CatalyseError as error:
            self.period_error.setText(str(error))
            self.period_error.show()
            return
        self.period_error.hide()
        rollup = territory_rollup(self.context.store, period)
        self.rollup = rollup
        nothing = (
            self.tr("Aucun atelier sur cette période.")
            if period
            else self.tr("Aucun atelier dans ce fichier.")
        )
        self.held.setText(held_text(rollup, lang) or nothing)
        for tile, figure in zip(self.tiles, headline_figures(rollup, lang), strict=True):
            tile.show_figure(figure.value, figure.text)

        table = organisations_table(rollup, lang, TOP_ORGANISATIONS)
        self.organisations.set_rows(table.headers, table.rows)
        self.kinds_chart.set_bars(
            [
                ChartBar(k.kind.label(lang), k.organisations, KIND_COLOURS[k.kind])
                for k in rollup.kinds
            ]
        )
        self.sdg_chart.set_bars(
            [
                ChartBar(
                    f"{s.number}. {sdg(s.number).title(lang)}", s.alliances, sdg(s.number).colour
                )
                for s in rollup.sdgs
                if s.alliances
            ]
        )
        sdgs = sdgs_table(rollup, lang)
        self.sdgs.set_rows(sdgs.headers, sdgs.rows)
        needs = needs_table(rollup, lang)
        self.needs.set_rows(needs.headers, needs.rows)
        self.needs_chart.set_bars(
            [
                ChartBar(str(row[0]), n.alliances, NEED_COLOURS[n.need])
                for row, n in zip(needs.rows, rollup.needs, strict=True)
            ]
            if rollup.alliances
            else []
        )
        self.quarter_chart.set_data(
            [(label(s.value, lang), STATUS_COLOURS[s]) for s in CHART_STATUSES],
            [
                ChartGroup(
                    quarter_label(q.quarter, lang),
                    tuple(q.totals.count(s) for s in CHART_STATUSES),
                )
                for q in rollup.quarters
            ],
        )
        self.resources.set_rows(by_kind_headers(lang), by_kind_rows(rollup.commitments, lang))
        self.quarters.set_rows(
            (label("quarter", lang), *by_kind_headers(lang)), quarter_rows(rollup, lang)
        )
        self.totals_note.setText(label("totals_note", lang))
        workshops = workshops_table(rollup, lang)
        self.workshops.set_rows(workshops.headers, workshops.rows)
        for view in (
            self.organisations_view,
            self.needs_view,
            self.sdgs_view,
            self.resources_view,
            self.quarters_view,
            self.workshops_view,
        ):
            view.horizontalHeader().setSortIndicatorShown(False)

    # -- exports ------------------------------------------------------------------------------
    def export_pdf(self) -> Path | None:
        """The roll-up of the period shown as a PDF for funders."""
        lang = current_lang()
        rollup = self.rollup
        return self._export(
            ".pdf",
            self.tr("Document PDF (*.pdf)"),
            lambda path: _write_pdf(rollup, path, lang),
            self.tr("Ouvrir le PDF"),
        )

    def export_xlsx(self) -> Path | None:
        """The roll-up of the period shown as a workbook, one sheet per table."""
        lang = current_lang()
        rollup = self.rollup
        return self._export(
            ".xlsx",
            self.tr("Classeur Excel (*.xlsx)"),
            lambda path: _write_workbook(rollup, path, lang),
            self.tr("Ouvrir le classeur"),
        )

    def suggested_name(self, suffix: str) -> str:
        period = self.period()
        when = "-".join(d.isoformat() for d in (period.start, period.end) if d)
        base = self.tr("bilan-territorial")
        return f"{base}-{when}{suffix}" if when else f"{base}{suffix}"

    def _export(
        self, suffix: str, name_filter: str, write: Callable[[Path], None], open_label: str
    ) -> Path | None:
        self.refresh()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter le bilan territorial"),
            str(Path.home() / self.suggested_name(suffix)),
            name_filter,
        )
        if not name:
            return None
        path = Path(name) if name.lower().endswith(suffix) else Path(name + suffix)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write(path)
        except (CatalyseError, OSError) as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Export impossible"), str(error))
            return None
        QGuiApplication.restoreOverrideCursor()
        self.status.setText(self.tr("Bilan enregistré : {name}").format(name=path.name))
        self._last_export = path
        self.open_button.setText(open_label)
        self.open_button.setToolTip(plain_tooltip(str(path)))
        self.open_button.show()
        return path

    def open_last_export(self) -> bool:
        if self._last_export is None:
            return False
        return open_with_system(self, self._last_export)
