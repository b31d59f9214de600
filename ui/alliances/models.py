"""Table models of the alliances screen: alliances, partners and commitments (UserRole = record)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.i18n import current_lang
from ui.widgets.record_table import Column, RecordTableModel
from workshop.domain.changes import Area
from workshop.domain.quantities import format_date
from workshop.domain.records import (
    Alliance,
    AllianceId,
    CommitmentId,
    OrganisationId,
    Partner,
    PersonId,
    Reminder,
)
from workshop.domain.totals import format_amount
from workshop.queries.commitments import CommitmentView

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
OVERDUE_TEXT = QColor("#B71C1C")
OVERDUE_BACKGROUND = QColor("#FDECEA")

# What a list of commitments shows: alliances, partners' names, their workshop.
COMMITMENT_LIST_AREAS = frozenset(
    {
        Area.ALLIANCES,
        Area.COMMITMENTS,
        Area.ORGANISATIONS,
        Area.PEOPLE,
        Area.WORKSHOPS,
        Area.CURRENT_WORKSHOP,
    }
)


class DecoratedTableModel(RecordTableModel[R]):
    """A record table whose rows can carry colours and right-aligned number columns."""

    numeric_columns: frozenset[int] = frozenset()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if value is not None or not index.isValid() or index.row() >= self.rowCount():
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric_columns:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.decorate(self.record(index.row()), role)

    def decorate(self, record: R, role: int) -> Any:
        """Extra roles (colours) for a record; none by default."""
        return None


class AllianceTableModel(DecoratedTableModel[Alliance]):
    """The workshop's alliances: name, status, how many partners and commitments."""

    numeric_columns = frozenset({2, 3})

    def __init__(self, parent: QObject | None = None) -> None:
        self._counts: Mapping[AllianceId, tuple[int, int]] = {}
        super().__init__(
            [
                Column(self.tr("Alliance"), lambda a: a.name),
                Column(self.tr("Statut"), lambda a: a.status.label(current_lang())),
                Column(self.tr("Partenaires"), lambda a: str(self._count(a)[0])),
                Column(self.tr("Engag."), lambda a: str(self._count(a)[1])),  # as Ateliers
            ],
            parent,
        )

    def set_alliances(
        self, alliances: Sequence[Alliance], counts: Mapping[AllianceId, tuple[int, int]]
    ) -> None:
        self._counts = counts
        self.set_records(alliances)

    def _count(self, alliance: Alliance) -> tuple[int, int]:
        return self._counts.get(alliance.id, (0, 0))


class PartnerTableModel(DecoratedTableModel[Partner]):
    """An alliance's partners: organisation, role, contact person."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._organisations: Mapping[OrganisationId, str] = {}
        self._people: Mapping[PersonId, str] = {}
        super().__init__(
            [
                Column(
                    self.tr("Organisation"),
                    lambda p: self._organisations.get(p.organisation_id, ""),
                ),
                Column(self.tr("Rôle"), lambda p: p.role.label(current_lang())),
                Column(
                    self.tr("Contact"),
                    lambda p: self._people.get(p.contact_person_id or PersonId(0), ""),
                ),
            ],
            parent,
        )

    def set_partners(
        self,
        partners: Sequence[Partner],
        organisations: Mapping[OrganisationId, str],
        people: Mapping[PersonId, str],
    ) -> None:
        self._organisations, self._people = organisations, people
        self.set_records(partners)


class CommitmentTableModel(DecoratedTableModel[CommitmentView]):
    """Commitments with their partner and alliance; overdue ones in red."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        with_alliance: bool = False,
        today: dt.date | None = None,
    ) -> None:
        self.today = today or dt.date.today()
        lang = current_lang()
        columns: list[Column[CommitmentView]] = [
            Column(self.tr("Partenaire"), lambda v: v.organisation),
            Column(self.tr("Engagement"), lambda v: v.commitment.description),
            Column(self.tr("Ressource"), lambda v: v.commitment.resource_kind.label(lang)),
            Column(self.tr("Quantité"), _quantity),
            Column(self.tr("Échéance"), self._due),
            Column(self.tr("Statut"), lambda v: v.commitment.status.label(lang)),
        ]
        self.fitted: tuple[int, ...] = (2, 3, 4, 5)
        self.last_reminders: dict[CommitmentId, Reminder] = {}
        if with_alliance:
            self.fitted = (4, 5, 6, 7, 8)
            columns[1:1] = [
                Column(self.tr("Alliance"), lambda v: v.alliance),
                Column(self.tr("Atelier"), lambda v: v.workshop),
            ]
            columns.append(Column(self.tr("Relancé le"), self._reminded))
        self.numeric_columns = frozenset({5 if with_alliance else 3})
        super().__init__(columns, parent)

    def _due(self, view: CommitmentView) -> str:
        """The due date, with "en retard" when it has passed (not by colour alone)."""
        due = format_date(view.commitment.due_date)
        return self.tr("{date} – en retard").format(date=due) if view.overdue(self.today) else due

    def _reminded(self, view: CommitmentView) -> str:
        """When the commitment was last reminded, and to whom ("" if never)."""
        reminder = self.last_reminders.get(view.id)
        if reminder is None:
            return ""
        when = format_date(reminder.made_at.date())
        return f"{when} – {reminder.to_name}" if reminder.to_name else when

    def decorate(self, record: CommitmentView, role: int) -> Any:
        if record.overdue(self.today):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_TEXT)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BACKGROUND)
        return None


def _quantity(view: CommitmentView) -> str:
    c = view.commitment
    return format_amount(c.quantity, c.unit, current_lang()) if c.quantity is not None else ""


def tidy_table(
    view: QTableView,
    model: RecordTableModel[Any],
    stretch: int,
    name: str,
    fitted: Sequence[int] = (),
) -> None:
    """A read-only table of whole rows, one line each: `stretch` takes the spare width,
    `fitted` columns fit their content, the others start 170 pixels wide."""
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)  # one line
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(model.columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif column in fitted:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 170)
