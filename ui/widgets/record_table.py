"""Read-only table models over records: columns of text, Qt.UserRole returning the record."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.widgets.plain_text import plain_tooltip
from workshop.domain.text import sort_key

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header and how to show a record in it."""

    title: str
    value: Callable[[R], str]


class ColumnsModel(QAbstractTableModel, Generic[R]):
    """Records shown in columns, read only; Qt.UserRole gives the record. A subclass says how
    many rows there are (`row_count`) and which record is shown at a row (`record`), which is
    asked for only by the roles that show it."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)

    def row_count(self) -> int:
        raise NotImplementedError

    def record(self, row: int) -> R:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.row_count():
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.record(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()].value(self.record(index.row()))
        if role == Qt.ItemDataRole.ToolTipRole:
            value = self._columns[index.column()].value(self.record(index.row()))
            return plain_tooltip(str(value or ""))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class RecordTableModel(ColumnsModel[R]):
    """Rows of records shown in columns; Qt.UserRole gives the record itself."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._records: list[R] = []

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._records)

    def row_count(self) -> int:
        return len(self._records)

    def record(self, row: int) -> R:
        return self._records[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        value = self._columns[column].value
        self.layoutAboutToBeChanged.emit()
        self._records.sort(
            key=lambda r: sort_key(value(r)), reverse=order == Qt.SortOrder.DescendingOrder
        )
        self.layoutChanged.emit()
