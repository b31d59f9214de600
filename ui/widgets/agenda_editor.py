"""Edit a workshop's agenda: timed steps in a small table (add, remove, reorder, minutes)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from workshop.domain.records import AgendaStep

TIME_COLUMN, TITLE_COLUMN, MINUTES_COLUMN = 0, 1, 2
MAX_MINUTES = 8 * 60


class MinutesDelegate(QStyledItemDelegate):
    """Edits a step's duration with a spin box of 1 to 480 minutes."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(1, MAX_MINUTES)
        editor.setSingleStep(5)
        editor.setSuffix(" min")
        editor.setAccessibleName(self.tr("Durée en minutes"))
        return editor


def format_duration(minutes: int) -> str:
    """90 -> "1 h 30", 45 -> "45 min"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"


class AgendaEditor(QWidget):
    """The agenda's steps with their times computed from the workshop's start.

    `agenda_changed` is emitted after every edit made by the user.
    """

    agenda_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start: dt.time | None = None
        self._end: dt.time | None = None
        self._loading = False
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Étapes du déroulé"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Horaire"), self.tr("Étape"), self.tr("Minutes")]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(MINUTES_COLUMN, MinutesDelegate(self.table))
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TIME_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MINUTES_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

        self.add_button = self._button("add", self.tr("Ajouter une étape"))
        self.remove_button = self._button("remove", self.tr("Retirer l'étape"))
        self.up_button = self._button("up", self.tr("Monter l'étape"))
        self.down_button = self._button("down", self.tr("Descendre l'étape"))
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.total_label = QLabel()

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, icon_name: str, text: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name))
        button.setToolTip(text)
        button.setAccessibleName(text)
        return button

    # -- public API -------------------------------------------------------------------------
    def agenda(self) -> tuple[AgendaStep, ...]:
        """The steps as shown (steps with an empty title are left out)."""
        steps = []
        for row in range(self.table.rowCount()):
            title = self._item(row, TITLE_COLUMN).text().strip()
            if title:
                steps.append(AgendaStep(title=title, minutes=self._minutes(row)))
        return tuple(steps)

    def set_agenda(
        self,
        steps: tuple[AgendaStep, ...],
        start: dt.time | None = None,
        end: dt.time | None = None,
    ) -> None:
        self._loading = True
        self._start, self._end = start, end
        self.table.setRowCount(0)
        for step in steps:
            self._append_row(step.title, step.minutes)
        self._loading = False
        self._refresh_times()
        self._update_buttons()

    def set_times(self, start: dt.time | None, end: dt.time | None) -> None:
        """The workshop's start (steps are timed from it) and end (an overrun is flagged)."""
        self._start, self._end = start, end
        self._refresh_times()

    def add_step(self) -> None:
        """Add a step after the current one and start typing its title."""
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        self._loading = True
        self.table.insertRow(row)
        self._fill_row(row, self.tr("Nouvelle étape"), 15)
        self._loading = False
        self._changed()
        self.table.setCurrentCell(row, TITLE_COLUMN)
        self.table.editItem(self._item(row, TITLE_COLUMN))

    def insert_step(self, row: int, title: str, minutes: int) -> None:
        """Put a named step at `row` (clamped to the agenda) and make it current."""
        row = min(max(row, 0), self.table.rowCount())
        self._loading = True
        self.table.insertRow(row)
        self._fill_row(row, title, minutes)
        self._loading = False
        self._changed()
        self.table.setCurrentCell(row, TITLE_COLUMN)

    def remove_step(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._changed()

    def move_step(self, offset: int) -> None:
        """Move the current step up (-1) or down (+1)."""
        row = self.table.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        title, minutes = self._item(row, TITLE_COLUMN).text(), self._minutes(row)
        self._loading = True
        self.table.removeRow(row)
        self.table.insertRow(target)
        self._fill_row(target, title, minutes)
        self._loading = False
        self.table.setCurrentCell(target, TITLE_COLUMN)
        self._changed()

    # -- internals --------------------------------------------------------------------------
    def _append_row(self, title: str, minutes: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._fill_row(row, title, minutes)

    def _fill_row(self, row: int, title: str, minutes: int) -> None:
        time_item = QTableWidgetItem()
        time_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, TIME_COLUMN, time_item)
        self.table.setItem(row, TITLE_COLUMN, QTableWidgetItem(title))
        minutes_item = QTableWidgetItem()
        minutes_item.setData(Qt.ItemDataRole.EditRole, minutes)
        minutes_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, MINUTES_COLUMN, minutes_item)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    def _minutes(self, row: int) -> int:
        value: Any = self._item(row, MINUTES_COLUMN).data(Qt.ItemDataRole.EditRole)
        try:
            return max(1, min(MAX_MINUTES, int(value)))
        except (TypeError, ValueError):
            return 15

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading and item.column() != TIME_COLUMN:
            self._changed()

    def _changed(self) -> None:
        self._refresh_times()
        self._update_buttons()
        self.agenda_changed.emit()

    def _refresh_times(self) -> None:
        """Each step's clock time from the start, and the total under the table."""
        self._loading, was_loading = True, self._loading
        elapsed = 0
        for row in range(self.table.rowCount()):
            minutes = self._minutes(row)
            text = ""
            if self._start is not None:
                begin = dt.datetime.combine(dt.date.today(), self._start)
                start = begin + dt.timedelta(minutes=elapsed)
                end = start + dt.timedelta(minutes=minutes)
                text = f"{start:%H:%M}–{end:%H:%M}"
            self._item(row, TIME_COLUMN).setText(text)
            elapsed += minutes
        self._loading = was_loading
        total = self.tr("Total : {duration}").format(duration=format_duration(elapsed))
        overrun = False
        if self._start is not None and elapsed:
            finish = dt.datetime.combine(dt.date.today(), self._start) + dt.timedelta(
                minutes=elapsed
            )
            total += self.tr(", fin prévue à {time}").format(time=f"{finish:%H:%M}")
            if self._end is not None and finish > dt.datetime.combine(finish.date(), self._end):
                overrun = True
                total += self.tr(" : au-delà de l'heure de fin ({end})").format(
                    end=f"{self._end:%H:%M}"
                )
        self.total_label.setText(total)
        self.total_label.setStyleSheet("color: #B3261E;" if overrun else "")

    def _update_buttons(self) -> None:
        row, rows = self.table.currentRow(), self.table.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < rows - 1)
