"""Table models of the registry: organisations and people, one record per row.

A page of the registry search holds up to 500 rows, of which a table shows a few dozen: the
models make a row's record only when the view asks for it, and sort by a stored text without
making the records (typing in the search field made 500 records a keystroke, and their garbage
collections were the slowest keystrokes).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.i18n import current_lang
from ui.widgets.record_table import Column as ShownColumn
from ui.widgets.record_table import ColumnsModel
from workshop.domain.records import Organisation, Person
from workshop.domain.text import sort_key

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("StakeholdersModels", text)


class Rows(Protocol[R_co]):
    """What a model reads its rows from: a core `LazyPage`, or a list of records."""

    def __len__(self) -> int: ...

    def record(self, i: int) -> R_co: ...

    def id(self, i: int) -> int: ...

    def text(self, i: int, field: str) -> str: ...

    def number(self, i: int, field: str) -> int | None: ...


class _Listed(Generic[R]):
    """Records already made, read as rows."""

    def __init__(self, records: Iterable[R]) -> None:
        self._records = list(records)

    def __len__(self) -> int:
        return len(self._records)

    def record(self, i: int) -> R:
        return self._records[i]

    def id(self, i: int) -> int:
        return int(getattr(self._records[i], "id"))  # noqa: B009 (any record type)

    def text(self, i: int, field: str) -> str:
        return str(getattr(self._records[i], field) or "")

    def number(self, i: int, field: str) -> int | None:
        value = getattr(self._records[i], field)
        return None if value is None else int(value)


@dataclass(frozen=True)
class Column(ShownColumn[R]):
    """One column: its header, how to show a record in it, and the stored text field it shows
    as is, if it does (sorting by it then makes no record)."""

    field: str = ""


class RegistryTableModel(ColumnsModel[R]):
    """Rows of records shown in columns, made when first shown; Qt.UserRole gives the record."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._columns: list[Column[R]] = list(columns)
        self._rows: Rows[R] = _Listed([])
        self._order: list[int] = []  # the row shown at each place

    def set_page(self, rows: Rows[R]) -> None:
        """Show these rows (a core `LazyPage`), in their order until sorted."""
        self.beginResetModel()
        self._rows = rows
        self._order = list(range(len(rows)))
        self.endResetModel()

    def set_records(self, records: Iterable[R]) -> None:
        self.set_page(_Listed(records))

    def records(self) -> list[R]:
        return [self._rows.record(i) for i in self._order]

    def record(self, row: int) -> R:
        return self._rows.record(self._order[row])

    def id_at(self, row: int) -> int:
        """The id of the record shown at `row`, without making the record."""
        return self._rows.id(self._order[row])

    def ids(self) -> list[int]:
        return [self._rows.id(i) for i in self._order]

    def numbers(self, field: str) -> list[int | None]:
        """One stored id field (`organisation_id`…) of every row, without making the records."""
        return [self._rows.number(i, field) for i in self._order]

    def record_with_id(self, record_id: int) -> R | None:
        """The record shown with this id, if it is shown."""
        for row, shown in enumerate(self.ids()):
            if shown == record_id:
                return self.record(row)
        return None

    def row_count(self) -> int:
        return len(self._order)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        shown = self._columns[column]
        rows = self._rows
        if shown.field:
            keys = [sort_key(rows.text(i, shown.field)) for i in range(len(rows))]
        else:
            keys = [sort_key(shown.value(rows.record(i))) for i in range(len(rows))]
        self.layoutAboutToBeChanged.emit()
        self._order.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def organisation_model(parent: Any = None) -> RegistryTableModel[Organisation]:
    """Organisations: name, kind, sector, commune, territory, SDGs of interest."""
    lang = current_lang()
    return RegistryTableModel(
        [
            Column(_tr("Nom"), lambda o: o.name, "name"),
            Column(_tr("Type"), lambda o: o.kind.label(lang)),
            Column(_tr("Secteur"), lambda o: o.sector, "sector"),
            Column(_tr("Commune"), lambda o: o.commune_name, "commune_name"),
            Column(_tr("Territoire"), lambda o: o.territory, "territory"),
            Column(_tr("ODD"), lambda o: ", ".join(str(n) for n in o.sdgs)),
        ],
        parent,
    )


class PersonTableModel(RegistryTableModel[Person]):
    """People: last and first name, organisation, role, e-mail, phone."""

    def __init__(self, parent: Any = None) -> None:
        self.organisation_names: dict[int, str] = {}
        super().__init__(
            [
                Column(_tr("Nom"), lambda p: p.last_name, "last_name"),
                Column(_tr("Prénom"), lambda p: p.first_name, "first_name"),
                Column(_tr("Structure"), self._organisation),
                Column(_tr("Fonction"), lambda p: p.title, "title"),
                Column(_tr("E-mail"), lambda p: p.email, "email"),
                Column(_tr("Téléphone"), lambda p: p.phone, "phone"),
            ],
            parent,
        )

    def _organisation(self, person: Person) -> str:
        if person.organisation_id is None:
            return ""
        return self.organisation_names.get(person.organisation_id, "")

    def set_people(
        self, people: Rows[Person] | Sequence[Person], organisation_names: dict[int, str]
    ) -> None:
        self.organisation_names = organisation_names
        if isinstance(people, Sequence):
            self.set_records(people)
        else:
            self.set_page(people)
